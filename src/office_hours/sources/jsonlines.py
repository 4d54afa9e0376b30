"""`office-hours ingest`: items as JSON lines, for webhooks, phone systems, scripts and tests."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from office_hours.domain.model import Channel, Item

REQUIRED = ("source", "channel", "sender", "subject", "received_at", "id")
MAX_SUBJECT = 300
MAX_SNIPPET = 280  # store a snippet, never a body
# A contact from before the last 20 years, or more than a day ahead (clock skew allows
# hours, not days), is a broken feed or a typo: counting it would skew every report.
MAX_AGE = timedelta(days=20 * 365 + 5)
MAX_AHEAD = timedelta(days=1)


class BadLine(ValueError):
    pass


class Fix(enum.Enum):
    """What was changed in a line that was still stored, so the command line can say so."""

    CUT = "cut"  # longer than the field's limit
    NUL = "nul"  # NUL characters removed
    REPLACED = "replaced"  # bytes that were not UTF-8, or lone surrogates, replaced


@dataclass(frozen=True, slots=True)
class Note:
    fix: Fix
    field: str  # "line" for the whole line (its encoding)
    limit: int = 0


def _text(
    obj: dict[str, Any],
    key: str,
    notes: list[Note],
    *,
    required: bool = True,
    limit: int = 1000,
) -> str:
    value = obj.get(key)
    if type(value) is str and len(value) <= limit and "\x00" not in value and value.isascii():
        return value  # the usual field: nothing below would change it (ASCII: no surrogate)
    if value is None:
        if not required:  # absent or null: an optional field is simply empty
            return ""
        raise BadLine(f"missing field {key!r}")
    if isinstance(value, int | float) and not isinstance(value, bool) and key in ("id", "sender"):
        value = str(value)
    if not isinstance(value, str):
        raise BadLine(f"field {key!r} must be text, got {type(value).__name__}")
    if "\x00" in value:
        value = value.replace("\x00", "")
        notes.append(Note(Fix.NUL, key))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # "\ud800" in the JSON: a lone surrogate cannot be stored
        value = value.encode("utf-8", "replace").decode("utf-8")
        notes.append(Note(Fix.REPLACED, key))
    if len(value) > limit:
        value = value[:limit]
        if key != "snippet":  # a snippet is by definition the start of a longer text
            notes.append(Note(Fix.CUT, key, limit))
    return value


def parse_item(line: str | bytes, now: datetime | None = None) -> Item:
    """One JSON line -> Item; BadLine names the field that is wrong."""
    return parse_line(line, now)[0]


def parse_line(line: str | bytes, now: datetime | None = None) -> tuple[Item, list[Note]]:
    """One JSON line -> Item and what had to be changed to store it (cut, cleaned); BadLine
    names what is wrong when it cannot be stored at all. `now` bounds received_at."""
    notes: list[Note] = []
    if isinstance(line, bytes):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = line.decode("utf-8", errors="replace")
            notes.append(Note(Fix.REPLACED, "line"))
    else:
        text = line
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise BadLine("not valid JSON (nested too deeply)") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise BadLine(f"not valid JSON ({exc})") from None
    if not isinstance(obj, dict):
        raise BadLine("expected a JSON object")
    missing = [k for k in REQUIRED if k not in obj]
    if missing:
        raise BadLine("missing field" + ("s " if len(missing) > 1 else " ") + ", ".join(missing))
    channel_text = _text(obj, "channel", notes)
    try:
        channel = Channel(channel_text.lower())
    except ValueError:
        raise BadLine(
            f"channel {channel_text!r} is not one of {', '.join(c.value for c in Channel)}"
        ) from None
    received = _received_at(_text(obj, "received_at", notes, limit=100), now)
    source, item_id = _text(obj, "source", notes, limit=100), _text(obj, "id", notes, limit=500)
    if not source.strip() or not item_id.strip():
        raise BadLine("source and id must not be empty")
    item = Item(
        source=source,
        item_id=item_id,
        channel=channel,
        sender=_text(obj, "sender", notes, limit=500),
        subject=_text(obj, "subject", notes, limit=MAX_SUBJECT),
        received_at=received,
        snippet=_text(obj, "snippet", notes, required=False, limit=MAX_SNIPPET),
        room=_text(obj, "room", notes, required=False, limit=500),
        link=_link(_text(obj, "link", notes, required=False, limit=2000)),
    )
    return item, notes


def _received_at(stamp: str, now: datetime | None) -> datetime:
    """An aware time within [now - MAX_AGE, now + MAX_AHEAD]. The range check comes first,
    in UTC, so that a date at the edge of the calendar (9999-12-31T23:59:59-12:00) is refused
    here instead of overflowing later in the engine."""
    try:
        received = datetime.fromisoformat(stamp)
    except ValueError:
        raise BadLine(f"received_at {stamp!r} is not an ISO 8601 time") from None
    if received.tzinfo is None:
        raise BadLine(f"received_at {stamp!r} has no UTC offset (add e.g. +01:00 or Z)")
    try:
        utc = received.astimezone(UTC)
    except (OverflowError, ValueError):
        raise BadLine(f"received_at {stamp!r} is outside the calendar in UTC") from None
    now = now or datetime.now(UTC)
    if utc < now - MAX_AGE:
        raise BadLine(f"received_at {stamp!r} is more than 20 years ago")
    if utc > now + MAX_AHEAD:
        raise BadLine(f"received_at {stamp!r} is more than a day in the future")
    return received


# Only links a desktop can open safely: no file:, no javascript:, no shell commands.
LINK_SCHEMES = ("https://", "http://", "mailto:", "mid:", "message:", "matrix:", "slack:")


def _link(value: str) -> str:
    value = value.strip()
    if value and not value.lower().startswith(LINK_SCHEMES):
        raise BadLine(f"link must start with one of {', '.join(LINK_SCHEMES)}")
    return value
