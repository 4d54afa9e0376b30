"""parse_headers on the hostile corpus (tests/data/mail): every message is an item or a
counted rejection, none raises, none takes long; encoded words in Russian and Thai decode."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from office_hours.sources.mail_parse import (
    MAX_HEADER_BYTES,
    TIME_BUDGET_S,
    MailItem,
    Rejection,
    parse_headers,
)

DATA = Path(__file__).resolve().parents[2] / "data" / "mail"
EXPECTED: dict[str, dict[str, str]] = json.loads((DATA / "expected.json").read_text("utf-8"))
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_the_corpus_is_large_enough_and_complete() -> None:
    files = sorted(p.name for p in (DATA / "corpus").glob("*.eml"))
    assert len(files) >= 50
    assert files == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_message(name: str) -> None:
    raw = (DATA / "corpus" / name).read_bytes()
    started = time.perf_counter()
    result = parse_headers(raw, source="imap:test", default_time=NOW)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.2, f"{name} took {elapsed:.3f} s"
    expected = EXPECTED[name]
    if expected["expect"] == "rejection":
        assert isinstance(result, Rejection), result
        assert result.reason
        return
    assert isinstance(result, MailItem), result
    assert bool(result.automated) == (expected["expect"] == "automated")
    item = result.item
    assert item.source == "imap:test"
    assert item.item_id.startswith(("mid:", "hdr:"))
    assert len(item.subject) <= 300
    assert len(item.sender) <= 320
    assert "\x00" not in item.subject
    assert "\n" not in item.subject
    if "subject" in expected:
        assert item.subject == expected["subject"]
    if "sender" in expected:
        assert item.sender == expected["sender"]


def test_arrival_time_comes_from_the_server_not_the_date_header() -> None:
    raw = (DATA / "corpus" / "ru_subject_utf8_b.eml").read_bytes()
    arrived = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    result = parse_headers(raw, source="s", arrived=arrived, default_time=NOW)
    assert isinstance(result, MailItem)
    assert result.item.received_at == arrived
    assert result.item.item_id == "mid:ru1@corpus.example"


def test_a_message_without_message_id_keeps_its_id_when_fetched_again() -> None:
    raw = (DATA / "corpus" / "no_message_id.eml").read_bytes()
    first = parse_headers(raw, source="s", default_time=NOW)
    again = parse_headers(raw, source="s", default_time=NOW.replace(hour=15))
    assert isinstance(first, MailItem)
    assert isinstance(again, MailItem)
    assert first.item.item_id == again.item.item_id


def test_over_budget_parsing_is_a_rejection() -> None:
    ticks = iter([0.0, TIME_BUDGET_S + 1])
    result = parse_headers(
        b"From: a@b.example\r\n\r\n", source="s", default_time=NOW, clock=lambda: next(ticks)
    )
    assert isinstance(result, Rejection)
    assert "budget" in result.reason


def test_headers_beyond_the_cap_are_not_read() -> None:
    raw = b"Subject: x\r\nX-Pad: " + b"p" * MAX_HEADER_BYTES + b"\r\nFrom: late@b.example\r\n"
    assert isinstance(parse_headers(raw, source="s", default_time=NOW), Rejection)
