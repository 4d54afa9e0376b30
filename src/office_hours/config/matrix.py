"""The [matrix] section as one frozen value, so sources/matrix.py and the presence target
read settings without knowing the TOML layout."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

USER_ID = re.compile(r"^@[^:\s]+:[^\s]+$")
_HOMESERVER = re.compile(
    r"^(https://[^\s/]+|http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?)(/\S*)?$"
)
DEFAULT_FOCUS_STATUS = "In focus, back at the next batch time"


@dataclass(frozen=True, slots=True)
class MatrixSettings:
    enabled: bool = False
    homeserver: str = ""  # e.g. https://matrix.example.org
    user_id: str = ""  # e.g. @me:example.org
    rooms: tuple[str, ...] = ()  # room ids or aliases watched for mentions
    focus_presence: bool = True
    focus_status: str = DEFAULT_FOCUS_STATUS


def homeserver_problem(url: str) -> str | None:
    if _HOMESERVER.match(url):
        return None
    return (
        f"{url!r} is not a homeserver address like https://matrix.example.org "
        "(http only on 127.0.0.1 or localhost)"
    )


def parse_matrix(
    get: Callable[[str], Any], fail: Callable[[str, str], Exception]
) -> MatrixSettings:
    """`get(key)` reads a validated option; `fail(key, message)` builds the error naming it.
    The token travels to the homeserver, so plain http is allowed only on this machine."""
    settings = MatrixSettings(
        enabled=get("matrix.enabled"),
        homeserver=get("matrix.homeserver").rstrip("/"),
        user_id=get("matrix.user_id"),
        rooms=get("matrix.rooms"),
        focus_presence=get("matrix.focus_presence"),
        focus_status=get("matrix.focus_status"),
    )
    problem = homeserver_problem(settings.homeserver) if settings.homeserver else None
    if problem:
        raise fail("homeserver", problem)
    if settings.user_id and not USER_ID.match(settings.user_id):
        raise fail("user_id", f"{settings.user_id!r} is not a Matrix user id like @me:example.org")
    for key in ("homeserver", "user_id"):
        if settings.enabled and not getattr(settings, key):
            raise fail(key, f"Matrix is enabled but {key} is empty")
    return settings
