"""parse_headers keeps what the auto-reply decision needs (RFC 3834 fields, To, Cc, ids)
and nothing of the body."""

from __future__ import annotations

from datetime import UTC, datetime

from office_hours.sources.mail_parse import MailItem, parse_headers

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)

RAW = (
    b"Return-Path: <Anna@Acme.test>\r\n"
    b"From: Anna <anna@acme.test>\r\n"
    b"To: Me <me@freelance.test>, team@acme.test\r\n"
    b"Cc: =?utf-8?b?0JjQstCw0L0=?= <ivan@acme.test>\r\n"
    b"Subject: Hello\r\n"
    b"Message-ID: <m2@acme.test>\r\n"
    b"References: <m0@acme.test> <m1@acme.test>\r\n"
    b"Auto-Submitted: no\r\n"
    b"Precedence: first-class\r\n"
    b"X-Auto-Response-Suppress: DR, OOF\r\n"
    b"List-Unsubscribe: <mailto:u@acme.test>\r\n"
    b"List-Id: <x.acme.test>\r\n"
    b"\r\n"
    b"SECRET BODY TEXT\r\n"
)


def parse(raw: bytes) -> MailItem:
    result = parse_headers(raw, source="imap:t", default_time=NOW)
    assert isinstance(result, MailItem)
    assert result.reply is not None
    return result


def test_the_reply_fields_are_kept() -> None:
    reply = parse(RAW).reply
    assert reply is not None
    assert reply.return_path == "anna@acme.test"
    assert reply.sender == "anna@acme.test"
    assert reply.to == ("me@freelance.test", "team@acme.test")
    assert reply.cc == ("ivan@acme.test",)
    assert reply.message_id == "m2@acme.test"
    assert reply.references == ("m0@acme.test", "m1@acme.test")
    assert reply.auto_submitted == "no"
    assert reply.precedence == "first-class"
    assert reply.auto_response_suppress == "DR, OOF"
    assert set(reply.list_headers) == {"List-Unsubscribe", "List-Id"}
    assert "SECRET" not in repr(parse(RAW))


def test_null_and_missing_return_path() -> None:
    null = parse(RAW.replace(b"<Anna@Acme.test>", b"<>")).reply
    assert null is not None
    assert null.return_path == ""
    missing = parse(RAW.replace(b"Return-Path: <Anna@Acme.test>\r\n", b"")).reply
    assert missing is not None
    assert missing.return_path is None


def test_a_huge_to_header_stays_bounded() -> None:
    many = b", ".join(b"u%d@a.test" % i for i in range(3000))
    reply = parse(RAW.replace(b"team@acme.test", many)).reply
    assert reply is not None
    assert len(reply.to) <= 50
