"""`office-hours ingest` lines: JSON in, Item out, or an error that names the field."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from office_hours.domain.model import Channel
from office_hours.sources.jsonlines import MAX_SNIPPET, MAX_SUBJECT, BadLine, parse_item


def line(**fields: Any) -> str:
    base: dict[str, Any] = {
        "source": "phone",
        "channel": "call",
        "sender": "+49 30 1234567",
        "subject": "Missed call",
        "received_at": "2026-11-16T10:15:00+01:00",
        "id": "call-1",
    }
    base.update(fields)
    return json.dumps({k: v for k, v in base.items() if v is not ...}, ensure_ascii=False)


def test_minimal_line() -> None:
    item = parse_item(line())
    assert (item.source, item.item_id, item.channel, item.sender, item.subject) == (
        "phone",
        "call-1",
        Channel.CALL,
        "+49 30 1234567",
        "Missed call",
    )
    assert item.received_at == datetime(2026, 11, 16, 9, 15, tzinfo=UTC)
    assert item.received_at.utcoffset() == timedelta(hours=1)
    assert (item.snippet, item.room) == ("", "")


def test_optional_fields_and_forms() -> None:
    item = parse_item(
        line(
            channel="CHAT",
            received_at="2026-11-16T09:15:00Z",
            id=42,
            snippet="Сайт не работает",
            room="#green-web",
        )
    )
    assert item.channel is Channel.CHAT
    assert item.received_at.utcoffset() == timedelta(0)
    assert item.item_id == "42"
    assert (item.snippet, item.room) == ("Сайт не работает", "#green-web")


def test_null_optional_fields_are_empty() -> None:
    item = parse_item(line(snippet=None, room=None))
    assert (item.snippet, item.room) == ("", "")


def test_long_text_is_cut_and_nul_removed() -> None:
    item = parse_item(line(subject="s" * 1000, snippet="b\x00" * 1000))
    assert item.subject == "s" * MAX_SUBJECT
    assert item.snippet == "b" * MAX_SNIPPET


def test_other_offsets_keep_the_instant() -> None:
    item = parse_item(line(received_at="2026-11-16T16:15:00+07:00"))
    assert item.received_at.astimezone(UTC) == datetime(2026, 11, 16, 9, 15, tzinfo=UTC)
    assert item.received_at.tzinfo == timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"source": "x",', "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('"text"', "expected a JSON object"),
        (line(id=...), "missing field id"),
        (line(id=..., subject=...), "missing fields subject, id"),
        (line(channel="fax"), "channel 'fax' is not one of email, chat, call, meeting"),
        (line(received_at="yesterday"), "received_at 'yesterday' is not an ISO 8601 time"),
        (line(received_at="2026-11-16T10:15:00"), "has no UTC offset"),
        (line(received_at="2026-11-16"), "has no UTC offset"),
        (line(received_at=1763284500), "field 'received_at' must be text, got int"),
        (line(subject=["a"]), "field 'subject' must be text, got list"),
        (line(snippet={"a": 1}), "field 'snippet' must be text, got dict"),
        (line(id=True), "field 'id' must be text, got bool"),
        (line(subject=None), "missing field 'subject'"),
        (line(source=" "), "source and id must not be empty"),
        (line(id=""), "source and id must not be empty"),
    ],
)
def test_bad_lines_name_the_problem(raw: str, message: str) -> None:
    with pytest.raises(BadLine) as caught:
        parse_item(raw)
    assert message in str(caught.value)
