"""10,000 generated hostile messages through the mail, chat and JSON-lines parsers (the
reliability suite, docs/RELIABILITY.md): whatever arrives, a parser returns an item or a
refusal and never lets an exception escape into its source's loop.

The examples are split across the parsers (EXAMPLES); hypothesis prints the failing input
and its seed, and `pytest --hypothesis-seed=N` replays a run.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from office_hours.domain.model import Item
from office_hours.sources import slack
from office_hours.sources.jsonlines import BadLine, parse_line
from office_hours.sources.mail_parse import MailItem, Rejection, parse_headers
from office_hours.sources.matrix_parse import RoomView, parse_event
from office_hours.sources.notifications import decode_notify, to_item

pytestmark = pytest.mark.reliability

EXAMPLES = {"mail": 3000, "matrix": 2000, "slack": 1500, "jsonlines": 2500, "desktop": 1000}
assert sum(EXAMPLES.values()) == 10_000


def _settings(parser: str) -> settings:
    return settings(
        max_examples=EXAMPLES[parser],
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Text that breaks naive code: controls, NUL, bidi overrides, lone surrogates, huge runs.
NASTY = st.sampled_from(
    ["\x00", "\r", "\n", "\u202e", "\ud800", "\ufeff", "=?", "?=", "<", ">", "(", ")", "\\", '"']
)
TEXT = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(NASTY, st.text(max_size=4)), max_size=60).map("".join),
    st.builds(lambda c, n: c * n, st.sampled_from(["(", "<", "=?utf-8?b?", "a", "\u00e9"]),
              st.integers(0, 20_000)),
)  # fmt: skip
JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TEXT)
JSON = st.recursive(
    JSON_SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _storable(item: Item) -> bool:
    """Every text of the item can be written to SQLite (UTF-8: no lone surrogates)."""
    assert isinstance(item, Item)
    for text in (item.source, item.item_id, item.sender, item.subject, item.snippet):
        text.encode("utf-8")
    for text in (item.room, item.link):
        text.encode("utf-8")
    return True


# -- mail ------------------------------------------------------------------------------

HEADER_NAMES = st.sampled_from(
    ["From", "Sender", "Reply-To", "Return-Path", "Subject", "Date", "Message-ID",
     "List-Id", "List-Unsubscribe", "Auto-Submitted", "Precedence", "X-Junk", "from", "FROM"]
)  # fmt: skip
HEADER_VALUE = st.one_of(
    TEXT,
    st.builds(lambda w: f"=?utf-8?b?{w}?=", st.text(max_size=40)),
    st.builds(lambda w: f"=?x-unknown?q?{w}?=", st.text(max_size=40)),
    st.builds(lambda n: "(" * n + "a@b.c" + ")" * n, st.integers(0, 5000)),
    st.builds(lambda n: "a@b.c, " * n, st.integers(0, 3000)),
    st.sampled_from(["Mon, 32 Foo 99999 25:61:61 +9999", "Thu, 01 Jan 0001 00:00:00 -2359",
                     "Fri, 31 Dec 9999 23:59:59 -1200", "0", ""]),
)  # fmt: skip
HEADERS = st.lists(st.tuples(HEADER_NAMES, HEADER_VALUE), max_size=10).map(
    lambda pairs: "".join(f"{k}: {v}\r\n" for k, v in pairs)
)
MAIL_RAW = st.one_of(
    st.binary(max_size=2000),
    HEADERS.map(lambda t: t.encode("utf-8", "surrogatepass")),
    HEADERS.map(lambda t: t.encode("utf-8", "surrogatepass") + b"\r\n" + b"x" * 70_000),
)


@_settings("mail")
@given(raw=MAIL_RAW)
def test_mail_headers_never_raise(raw: bytes) -> None:
    result = parse_headers(raw, source="mail:work", default_time=datetime(2026, 11, 23, tzinfo=UTC))
    assert isinstance(result, MailItem | Rejection)
    if isinstance(result, MailItem):
        assert _storable(result.item)


# -- Matrix ----------------------------------------------------------------------------


def _event(shape: dict[str, Any], noise: dict[str, Any]) -> dict[str, Any]:
    return {**noise, **shape}


MATRIX_CONTENT = st.fixed_dictionaries(
    {},
    optional={
        "msgtype": st.one_of(st.sampled_from(["m.text", "m.emote", "m.notice"]), JSON),
        "body": st.one_of(TEXT, JSON),
        "formatted_body": st.one_of(TEXT, JSON),
        "m.mentions": st.one_of(st.fixed_dictionaries({"user_ids": JSON}), JSON),
        "m.relates_to": st.one_of(st.fixed_dictionaries({"rel_type": JSON}), JSON),
    },
)
MATRIX_EVENT = st.builds(
    _event,
    st.fixed_dictionaries(
        {},
        optional={
            "type": st.one_of(st.sampled_from(["m.room.message", "m.room.encrypted"]), JSON),
            "sender": st.one_of(st.sampled_from(["@anna:example.org", "@me:example.org"]), JSON),
            "event_id": st.one_of(TEXT, JSON),
            "origin_server_ts": st.one_of(
                st.integers(), st.sampled_from([2**63, -(2**63), 10**20]), JSON
            ),
            "content": st.one_of(MATRIX_CONTENT, JSON),
        },
    ),
    st.dictionaries(st.text(max_size=8), JSON, max_size=3),
)
ROOM = st.builds(
    RoomView,
    room_id=TEXT,
    direct=st.booleans(),
    watched=st.booleans(),
    room_key=TEXT,
    my_name=TEXT,
)


@_settings("matrix")
@given(event=MATRIX_EVENT, room=ROOM)
def test_matrix_events_never_raise(event: dict[str, Any], room: RoomView) -> None:
    item = parse_event(event, room, "@me:example.org")
    assert item is None or _storable(item)


# -- Slack -----------------------------------------------------------------------------

SLACK_MESSAGE = st.one_of(
    JSON,
    st.fixed_dictionaries(
        {},
        optional={
            "type": st.one_of(st.just("message"), JSON),
            "subtype": st.one_of(st.sampled_from(["file_share", "bot_message"]), JSON),
            "user": st.one_of(st.sampled_from(["U1", "UME"]), JSON),
            "ts": st.one_of(
                st.sampled_from(["1700000000.000100", "nan", "inf", "-inf", "1e400", "1e15",
                                 "-1e15", "abc", "", " 1.5 ", "0x10", "1_000"]),
                st.floats(allow_nan=True).map(str),
                TEXT,
                JSON,
            ),
            "text": st.one_of(TEXT, JSON, st.just("<@UME> <https://x|label> &amp;")),
        },
    ),
)  # fmt: skip


@_settings("slack")
@given(message=SLACK_MESSAGE, kind=st.sampled_from(["im", "mpim", "channel", "group"]))
def test_slack_messages_never_raise(message: Any, kind: str) -> None:
    """Each message of a history page, as SlackSource._fetch treats it."""
    oldest = "1600000000.000000"
    ts = message.get("ts") if isinstance(message, dict) else None
    if not isinstance(ts, str) or not slack.ts_after(ts, oldest):
        return
    slack.ts_after(ts, "1700000000.000000")  # the newest seen so far
    if slack.wanted(message, kind, "UME"):
        item = slack.parse_message(message, "C1", "https://team.slack.com/")
        assert _storable(item)


# -- JSON lines and desktop notifications ----------------------------------------------

ITEM_LINE = st.fixed_dictionaries(
    {},
    optional={
        k: st.one_of(TEXT, JSON)
        for k in ("source", "channel", "sender", "subject", "received_at", "id", "snippet",
                  "room", "link")
    },
).map(lambda d: json.dumps(d, ensure_ascii=False))  # fmt: skip
JSONLINE = st.one_of(
    ITEM_LINE.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=500),
    st.integers(1, 200_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 200_000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
    st.integers(4000, 20_000).map(lambda n: b'{"id": ' + b"9" * n + b"}"),
)


@_settings("jsonlines")
@given(raw=JSONLINE)
def test_json_lines_are_items_or_bad_lines(raw: bytes) -> None:
    try:
        item, _notes = parse_line(raw, datetime(2026, 11, 23, tzinfo=UTC))
    except BadLine:
        return
    assert _storable(item)


@_settings("desktop")
@given(body=st.lists(JSON, max_size=9), app=TEXT, summary=TEXT, text=TEXT)
def test_desktop_notifications_never_raise(
    body: list[Any], app: str, summary: str, text: str
) -> None:
    at = datetime(2026, 11, 23, tzinfo=UTC)
    for call in (body, [app, 0, "", summary, text, [], {}, -1]):
        note = decode_notify(call, ":1.42", 7, at)
        if note is not None:
            item = to_item(note)
            assert item is None or isinstance(item, Item)
