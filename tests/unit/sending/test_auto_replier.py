"""The message as built, and the sender thread's bookkeeping: a reply is recorded only
after the server accepted it, and never twice within the period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from office_hours.config.accounts import MailAccount
from office_hours.domain.auto_reply import Reply
from office_hours.domain.model import ModeKind
from office_hours.sending.auto_replier import AutoReplier, ReplyJob
from office_hours.sending.smtp import Accepted, SendProblem, build_message
from office_hours.storage.store import Store

NOW = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)
REPLY = Reply(
    "anna@acme.test", "Re: Hi", "Back on Monday.\n", "en", "m1@acme.test", ("m1@acme.test",)
)
ACCOUNT = MailAccount(
    "work",
    "imap.test",
    993,
    "tls",
    "me@me.test",
    ("INBOX",),
    None,
    smtp_host="smtp.test",
    smtp_port=587,
)


def test_the_message_headers() -> None:
    msg = build_message(REPLY, "me@me.test", NOW)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["In-Reply-To"] == "<m1@acme.test>"
    assert msg["References"] == "<m1@acme.test>"
    assert msg["To"] == "anna@acme.test"
    assert msg.get_content() == "Back on Monday.\n"


def test_a_subject_with_line_breaks_is_refused_not_sent() -> None:
    evil = Reply("anna@acme.test", "Re: x\r\nBcc: v@evil.test", "b\n", "en")
    with pytest.raises(ValueError, match="linefeed or carriage return"):
        build_message(evil, "me@me.test", NOW)


def run(tmp_path: Path, send: Any, jobs: int = 2) -> Store:
    replier = AutoReplier(tmp_path / "db.sqlite3", lambda: NOW, send=send)
    replier.start()
    for _ in range(jobs):
        replier._queue.put(ReplyJob(ACCOUNT, REPLY, "acme", ModeKind.OFF_HOURS, timedelta(days=7)))
    assert replier.flush(10)
    replier.stop()
    return Store(tmp_path / "db.sqlite3")


def test_recorded_once_after_acceptance(tmp_path: Path) -> None:
    calls: list[str] = []

    def accept(account: MailAccount, reply: Reply, now: datetime) -> Accepted:
        calls.append(reply.to)
        return Accepted("r1@me.test")

    store = run(tmp_path, accept)
    assert calls == ["anna@acme.test"]  # the second job found the first one recorded
    assert store.last_auto_reply("anna@acme.test") == NOW


def test_not_recorded_when_the_server_refused(tmp_path: Path) -> None:
    calls: list[str] = []

    def refuse(account: MailAccount, reply: Reply, now: datetime) -> Accepted:
        calls.append(reply.to)
        raise SendProblem("refused", "550 no")

    store = run(tmp_path, refuse)
    assert calls == ["anna@acme.test", "anna@acme.test"]  # tried again: nothing was sent
    assert store.last_auto_reply("anna@acme.test") is None
