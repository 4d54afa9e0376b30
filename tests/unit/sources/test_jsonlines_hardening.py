"""Hostile and implausible lines: a clear BadLine naming the problem, never a traceback, and
every change made to a line that is still stored reported as a Note (issue 14)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from office_hours.sources.jsonlines import (
    MAX_SUBJECT,
    BadLine,
    Fix,
    Note,
    parse_item,
    parse_line,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def line(**fields: Any) -> str:
    base: dict[str, Any] = {
        "source": "phone",
        "channel": "call",
        "sender": "+49 30 1234567",
        "subject": "Missed call",
        "received_at": "2026-11-23T10:15:00+01:00",
        "id": "call-1",
    }
    base.update(fields)
    return json.dumps(base, ensure_ascii=False)


@pytest.mark.parametrize(
    ("stamp", "message"),
    [
        ("9999-12-31T23:59:59-12:00", "outside the calendar in UTC"),
        ("0001-01-01T00:00:00+14:00", "outside the calendar in UTC"),
        ("0001-01-01T00:00:00+00:00", "more than 20 years ago"),
        ("2100-01-01T00:00:00+00:00", "more than a day in the future"),
        ("9999-12-31T23:59:59+00:00", "more than a day in the future"),
        ("2006-11-22T12:00:00+00:00", "more than 20 years ago"),
        ("2026-11-24T12:00:01+00:00", "more than a day in the future"),
    ],
)
def test_out_of_range_and_implausible_times_are_refused(stamp: str, message: str) -> None:
    with pytest.raises(BadLine) as caught:
        parse_item(line(received_at=stamp), NOW)
    assert message in str(caught.value)
    assert stamp in str(caught.value)


@pytest.mark.parametrize(
    "stamp",
    ["2006-11-30T12:00:00+00:00", "2026-11-24T11:59:59+00:00", "2026-11-24T12:59:59+01:00"],
)
def test_times_just_inside_the_bounds_are_kept(stamp: str) -> None:
    assert parse_item(line(received_at=stamp), NOW).received_at == datetime.fromisoformat(stamp)


@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_deeply_nested_json_is_a_bad_line(depth: int) -> None:
    with pytest.raises(BadLine, match="nested too deeply"):
        parse_item("[" * depth + "]" * depth, NOW)
    with pytest.raises(BadLine, match="nested too deeply"):
        parse_item('{"a":' * depth + "1" + "}" * depth, NOW)


def test_a_huge_integer_is_a_bad_line() -> None:
    with pytest.raises(BadLine, match="not valid JSON"):
        parse_item('{"id": ' + "7" * 5000 + "}", NOW)


def test_every_change_to_a_stored_line_is_noted() -> None:
    item, notes = parse_line(line(subject="s" * 10_000_000), NOW)
    assert item.subject == "s" * MAX_SUBJECT
    assert notes == [Note(Fix.CUT, "subject", MAX_SUBJECT)]

    item, notes = parse_line(line(subject="a\x00b", sender="x\x00"), NOW)
    assert (item.subject, item.sender) == ("ab", "x")
    assert notes == [Note(Fix.NUL, "sender"), Note(Fix.NUL, "subject")]

    raw = line(subject="caf\N{LATIN SMALL LETTER E WITH ACUTE}").encode()
    item, notes = parse_line(raw.replace("é".encode(), b"\xff\xfe"), NOW)
    assert item.subject == "caf\ufffd\ufffd"
    assert notes == [Note(Fix.REPLACED, "line")]

    item, notes = parse_line(line(subject="x\ud800y"), NOW)
    item.subject.encode("utf-8")  # storable
    assert notes == [Note(Fix.REPLACED, "subject")]

    item, notes = parse_line(line(), NOW)
    assert notes == []
