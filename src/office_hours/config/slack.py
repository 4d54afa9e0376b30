"""The `[slack]` section as a value: which workspace address, how often to look, which
channels to watch for mentions, and what to show while in focus. The token is in the keyring."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

DEFAULT_API_URL = "https://slack.com/api/"
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")
_LOOPBACK = ("http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:", "http://localhost/")


@dataclass(frozen=True, slots=True)
class SlackSettings:
    enabled: bool = False
    api_url: str = DEFAULT_API_URL
    poll_seconds: int = 20
    channels: tuple[str, ...] = ()
    focus_status_text: str = "Focusing: I reply at my next batch time"
    focus_status_emoji: str = ":no_bell:"
    focus_dnd: bool = True


def parse_slack(get: Callable[[str], Any], fail: Callable[[str, str], Exception]) -> SlackSettings:
    """`get(key)` reads a validated option; `fail(key, message)` builds the error naming it."""
    api_url = get("slack.api_url")
    if not (api_url.startswith("https://") or api_url.startswith(_LOOPBACK)):
        raise fail("api_url", f"{api_url!r} must start with https:// (http only on 127.0.0.1)")
    channels = get("slack.channels")
    for channel in channels:
        if not _CHANNEL_ID.match(channel):
            raise fail(
                "channels",
                f"{channel!r} is not a channel id like C024BE91L (in Slack: channel details, "
                "at the bottom)",
            )
    return SlackSettings(
        enabled=get("slack.enabled"),
        api_url=api_url,
        poll_seconds=get("slack.poll_seconds"),
        channels=channels,
        focus_status_text=get("slack.focus_status_text"),
        focus_status_emoji=get("slack.focus_status_emoji"),
        focus_dnd=get("slack.focus_dnd"),
    )
