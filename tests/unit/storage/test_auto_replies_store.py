"""Sent auto-replies are durable: a new connection (a restart) sees the last one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from office_hours.storage.auto_replies import SentReply
from office_hours.storage.store import Store

AT = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)


def sent(recipient: str, at: datetime) -> SentReply:
    return SentReply(recipient, "acme", "work", "off_hours", "en", "Re: x", "m1@a", "r1@me", at)


def test_recorded_replies_survive_a_restart(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    assert store.last_auto_reply("anna@acme.test") is None
    store.record_auto_reply(sent("Anna@Acme.test", AT))
    store.record_auto_reply(sent("anna@acme.test", AT + timedelta(days=8)))
    store.record_auto_reply(sent("bob@acme.test", AT + timedelta(hours=1)))
    store.close()
    again = Store(tmp_path / "db.sqlite3")
    try:
        assert again.last_auto_reply("ANNA@acme.test") == AT + timedelta(days=8)
        assert again.auto_reply_count(AT, AT + timedelta(days=1)) == 2
        week = again.auto_replies(AT, AT + timedelta(days=1))
        assert [r.recipient for r in week] == ["anna@acme.test", "bob@acme.test"]
        assert week[0].sent_at == AT
    finally:
        again.close()
