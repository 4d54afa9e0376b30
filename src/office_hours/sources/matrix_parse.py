"""Matrix events to items, with no I/O: which events count (every message in a direct chat,
mentions in watched rooms) and what of them is kept (sender, room, a short plain snippet).
The transport (sources/matrix.py) feeds raw event dicts; tests feed recorded JSON."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from office_hours.domain.model import Channel, Item

SNIPPET_CHARS = 120
ENCRYPTED_SUBJECT = "(encrypted message)"
# Bots and bridges speak in m.notice (the spec asks clients never to answer them): not contact.
COUNTED_MSGTYPES = frozenset(
    {"m.text", "m.emote", "m.image", "m.file", "m.audio", "m.video", "m.location"}
)
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class RoomView:
    """What the parser needs to know about a room, gathered by the transport."""

    room_id: str
    direct: bool  # the user and one other member, or listed in m.direct
    watched: bool  # listed in matrix.rooms: mentions of the user count
    room_key: str = ""  # what goes into Item.room: the id, or the alias a client lists
    my_name: str = ""  # the user's display name here, for mentions in plain text


def source_name(user_id: str) -> str:
    return f"matrix:{user_id}"


def permalink(room_id: str, event_id: str) -> str:
    server = room_id.split(":", 1)[1] if ":" in room_id else ""
    via = f"?via={quote(server, safe='')}" if server else ""
    return f"https://matrix.to/#/{quote(room_id, safe='')}/{quote(event_id, safe='')}{via}"


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """One line of plain text: quoted reply fallbacks dropped, controls and bidi overrides
    removed, whitespace folded, cut at `limit` characters."""
    lines = [line for line in text.splitlines() if not line.startswith(">")]
    flat = _SPACE.sub(" ", _CONTROL.sub("", " ".join(lines))).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def mentions(content: Mapping[str, Any], user_id: str, my_name: str) -> bool:
    """m.mentions when the sender's client sets it (it then is the whole truth, per the
    spec); otherwise the user id or display name in the text, as older clients do."""
    declared = content.get("m.mentions")
    if isinstance(declared, Mapping):
        ids = declared.get("user_ids")
        return isinstance(ids, list) and user_id in ids
    texts = [content.get("body"), content.get("formatted_body")]
    haystack = " ".join(t for t in texts if isinstance(t, str))
    if user_id in haystack or quote(user_id, safe="@") in haystack:
        return True
    name = my_name.strip()
    if len(name) < 2:
        return False
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", haystack, re.IGNORECASE) is not None


def direct_rooms(content: Mapping[str, Any]) -> set[str]:
    """The room ids in m.direct account data ({user id: [room ids]})."""
    return {
        room
        for rooms in content.values()
        if isinstance(rooms, list)
        for room in rooms
        if isinstance(room, str)
    }


def room_key(room_id: str, aliases: Collection[str], client_rooms: Collection[str]) -> str:
    """The room as clients name it: an alias a client lists, else the room id."""
    folded = {r.casefold() for r in client_rooms}
    if room_id.casefold() in folded:
        return room_id
    for alias in aliases:
        if alias and alias.casefold() in folded:
            return alias
    return room_id


def is_watched(room_id: str, aliases: Collection[str], watched: Collection[str]) -> bool:
    folded = {r.casefold() for r in watched}
    return room_id.casefold() in folded or any(a.casefold() in folded for a in aliases if a)


def parse_event(event: Mapping[str, Any], room: RoomView, user_id: str) -> Item | None:
    """An Item when this timeline event is contact the user should count, else None."""
    kind, sender = event.get("type"), event.get("sender")
    event_id, ts = event.get("event_id"), event.get("origin_server_ts")
    if not (isinstance(sender, str) and isinstance(event_id, str) and event_id):
        return None
    if sender == user_id or not isinstance(ts, int) or isinstance(ts, bool):
        return None
    content = event.get("content")
    if not isinstance(content, Mapping) or not content:
        return None  # redacted
    if kind == "m.room.encrypted":
        if not room.direct:  # mentions cannot be seen without the keys
            return None
        subject = ENCRYPTED_SUBJECT
    elif kind == "m.room.message":
        relates = content.get("m.relates_to")
        if isinstance(relates, Mapping) and relates.get("rel_type") == "m.replace":
            return None  # an edit of a message already counted
        msgtype = content.get("msgtype")
        if not isinstance(msgtype, str) or msgtype not in COUNTED_MSGTYPES:
            return None
        if not room.direct and not (room.watched and mentions(content, user_id, room.my_name)):
            return None
        body = content.get("body")
        subject = snippet(body if isinstance(body, str) else "")
    else:
        return None
    try:
        received = datetime.fromtimestamp(ts / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    room_id = storable(room.room_id)
    event_id = storable(event_id)
    return Item(
        source=source_name(user_id),
        item_id=event_id,
        channel=Channel.CHAT,
        sender=storable(sender),
        subject=storable(subject),
        received_at=received,
        room=storable(room.room_key) or room_id,
        link=permalink(room_id, event_id),
    )


def storable(text: str) -> str:
    """JSON may carry lone surrogates ("\\ud800"), which UTF-8 (and so SQLite) cannot hold:
    replaced, so that one hostile event cannot stop the sync loop."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text
