"""`office-hours ingest`: items as JSON lines, for webhooks, phone systems, scripts and tests."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from office_hours.domain.model import Channel, Item

REQUIRED = ("source", "channel", "sender", "subject", "received_at", "id")
MAX_SUBJECT = 300
MAX_SNIPPET = 280  # store a snippet, never a body


class BadLine(ValueError):
    pass


def _text(obj: dict[str, Any], key: str, *, required: bool = True, limit: int = 1000) -> str:
    value = obj.get(key)
    if value is None:
        if not required:  # absent or null: an optional field is simply empty
            return ""
        raise BadLine(f"missing field {key!r}")
    if isinstance(value, int | float) and not isinstance(value, bool) and key in ("id", "sender"):
        value = str(value)
    if not isinstance(value, str):
        raise BadLine(f"field {key!r} must be text, got {type(value).__name__}")
    return value.replace("\x00", "")[:limit]


def parse_item(line: str) -> Item:
    """One JSON line -> Item; BadLine names the field that is wrong."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise BadLine("expected a JSON object")
    missing = [k for k in REQUIRED if k not in obj]
    if missing:
        raise BadLine("missing field" + ("s " if len(missing) > 1 else " ") + ", ".join(missing))
    channel_text = _text(obj, "channel")
    try:
        channel = Channel(channel_text.lower())
    except ValueError:
        raise BadLine(
            f"channel {channel_text!r} is not one of {', '.join(c.value for c in Channel)}"
        ) from None
    stamp = _text(obj, "received_at")
    try:
        received = datetime.fromisoformat(stamp)
    except ValueError:
        raise BadLine(f"received_at {stamp!r} is not an ISO 8601 time") from None
    if received.tzinfo is None:
        raise BadLine(f"received_at {stamp!r} has no UTC offset (add e.g. +01:00 or Z)")
    source, item_id = _text(obj, "source", limit=100), _text(obj, "id", limit=500)
    if not source.strip() or not item_id.strip():
        raise BadLine("source and id must not be empty")
    return Item(
        source=source,
        item_id=item_id,
        channel=channel,
        sender=_text(obj, "sender", limit=500),
        subject=_text(obj, "subject", limit=MAX_SUBJECT),
        received_at=received,
        snippet=_text(obj, "snippet", required=False, limit=MAX_SNIPPET),
        room=_text(obj, "room", required=False, limit=500),
        link=_link(_text(obj, "link", required=False, limit=2000)),
    )


# Only links a desktop can open safely: no file:, no javascript:, no shell commands.
LINK_SCHEMES = ("https://", "http://", "mailto:", "mid:", "message:", "matrix:", "slack:")


def _link(value: str) -> str:
    value = value.strip()
    if value and not value.lower().startswith(LINK_SCHEMES):
        raise BadLine(f"link must start with one of {', '.join(LINK_SCHEMES)}")
    return value
