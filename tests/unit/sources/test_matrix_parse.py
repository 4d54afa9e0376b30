"""Matrix events to items on events recorded from a real Synapse (tests/data/matrix): what
counts in a direct chat and in a watched room, and what of it is kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from office_hours.domain.model import Channel
from office_hours.sources.matrix_parse import (
    ENCRYPTED_SUBJECT,
    SNIPPET_CHARS,
    RoomView,
    direct_rooms,
    is_watched,
    mentions,
    parse_event,
    permalink,
    room_key,
    snippet,
)

DATA = json.loads(
    (Path(__file__).resolve().parents[2] / "data" / "matrix" / "events.json").read_text("utf-8")
)
ME: str = DATA["user_id"]
MY_NAME: str = DATA["my_name"]


def events(room: str) -> dict[str, dict[str, Any]]:
    return {e["name"]: e["event"] for e in DATA["rooms"][room]["events"]}


def view(room: str, direct: bool, watched: bool) -> RoomView:
    return RoomView(DATA["rooms"][room]["room_id"], direct, watched, my_name=MY_NAME)


DM_COUNTED = {
    "dm_text": "Hi Alice, can we move the call to 15:00?",
    "dm_reply": "yes, agreed",
    "dm_typo": "tpyo",
    "dm_encrypted": ENCRYPTED_SUBJECT,
    "dm_image": "screenshot.png",
    "dm_controls": "paynow <b>bold</b> spaced out",
}
DM_IGNORED = {"dm_edit", "dm_notice", "dm_reaction", "dm_redacted", "dm_own"}
GROUP_COUNTED = {"group_mentions_me", "group_legacy_name", "group_legacy_pill"}
GROUP_IGNORED = {"group_plain", "group_mentions_bob", "group_name_inside_word", "group_encrypted"}


def test_the_recording_covers_every_case() -> None:
    assert set(events("dm")) == set(DM_COUNTED) | DM_IGNORED
    assert set(events("group")) == GROUP_COUNTED | GROUP_IGNORED


@pytest.mark.parametrize("name", sorted(DM_COUNTED))
def test_direct_chat_messages_are_items(name: str) -> None:
    event = events("dm")[name]
    item = parse_event(event, view("dm", direct=True, watched=False), ME)
    assert item is not None
    assert item.source == f"matrix:{ME}"
    assert item.item_id == event["event_id"]
    assert item.channel is Channel.CHAT
    assert item.sender == "@anna:test.local"
    assert item.room == event["room_id"]
    assert item.subject.startswith(DM_COUNTED[name])
    assert len(item.subject) <= SNIPPET_CHARS
    assert item.received_at.timestamp() == event["origin_server_ts"] / 1000
    assert item.link == permalink(event["room_id"], event["event_id"])


@pytest.mark.parametrize("name", sorted(DM_IGNORED))
def test_edits_notices_reactions_redactions_and_own_messages_are_not(name: str) -> None:
    assert parse_event(events("dm")[name], view("dm", direct=True, watched=True), ME) is None


@pytest.mark.parametrize("name", sorted(GROUP_COUNTED | GROUP_IGNORED))
def test_group_rooms_count_only_mentions_and_only_when_watched(name: str) -> None:
    event = events("group")[name]
    watched = parse_event(event, view("group", direct=False, watched=True), ME)
    assert (watched is not None) == (name in GROUP_COUNTED)
    assert parse_event(event, view("group", direct=False, watched=False), ME) is None


def test_long_messages_are_cut_to_a_snippet() -> None:
    item = parse_event(events("dm")["dm_text"], view("dm", True, False), ME)
    assert item is not None
    assert len(item.subject) == SNIPPET_CHARS
    assert item.subject.endswith("…")


def test_snippet_drops_quotes_controls_and_bidi_overrides() -> None:
    assert snippet("> quoted\n\nreal\u202e text\x00") == "real text"
    assert snippet("a" * 500, 10) == "a" * 9 + "…"


def test_mentions_prefers_declared_mentions() -> None:
    assert mentions({"body": "hi", "m.mentions": {"user_ids": [ME]}}, ME, MY_NAME)
    assert not mentions({"body": MY_NAME, "m.mentions": {}}, ME, MY_NAME)
    assert mentions({"body": f"ping {ME}"}, ME, "")
    assert not mentions({"body": "A"}, ME, "A")  # one-letter names are noise


def test_room_key_uses_an_alias_a_client_lists() -> None:
    assert room_key("!r:hs", ["#team:hs"], ["#TEAM:hs"]) == "#team:hs"
    assert room_key("!r:hs", ["#team:hs"], ["!r:hs"]) == "!r:hs"
    assert room_key("!r:hs", [], []) == "!r:hs"
    assert is_watched("!r:hs", ["#team:hs"], ["#team:hs"])
    assert not is_watched("!r:hs", [], ["#team:hs"])


def test_permalink_escapes_ids() -> None:
    assert permalink("!a:hs.org", "$e/1") == "https://matrix.to/#/%21a%3Ahs.org/%24e%2F1?via=hs.org"


def test_malformed_events_are_skipped() -> None:
    room = view("dm", True, False)
    good = events("dm")["dm_typo"]
    for broken in (
        {**good, "origin_server_ts": "soon"},
        {**good, "origin_server_ts": 10**20},
        {**good, "event_id": ""},
        {**good, "content": "text"},
        {**good, "sender": None},
    ):
        assert parse_event(broken, room, ME) is None


def test_direct_rooms_from_account_data() -> None:
    content = {"@anna:hs": ["!a:hs", "!b:hs"], "@bob:hs": ["!c:hs", 5], "@x:hs": "!d:hs"}
    assert direct_rooms(content) == {"!a:hs", "!b:hs", "!c:hs"}
