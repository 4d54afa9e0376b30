"""Auto-replies against real peers: mail arrives in Dovecot, the IMAP source and the ingest
service store it, the auto-replier answers through aiosmtpd (STARTTLS, AUTH, the password
from a real Secret Service keyring). Issue 17's "must show" list."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest

from mail.mailpeers import (
    Dovecot,
    Harness,
    SecretService,
    account,
    wait_until,
)
from mail.smtppeer import Received, SmtpPeer, make_cert, running_smtp
from office_hours.config.load import parse_config
from office_hours.config.schema import WEEKDAYS
from office_hours.ingest import IngestService
from office_hours.sending import smtp
from office_hours.sending.auto_replier import AutoReplier
from office_hours.sources.imap import Cursor, MailSource
from office_hours.sources.state import SourceState
from office_hours.sources.state import StateKind as State
from office_hours.storage.store import Store

pytestmark = pytest.mark.integration

ME = {"alice": "alice@office.example", "bob": "bob@office.example"}


def config_text(
    dovecot: Dovecot, smtp_port: int, user: str, clients: dict[str, str], **more: Any
) -> str:
    """Always off hours (no business hours at all): every item is held."""
    lines = ["config_version = 1", "[general]", 'timezone = "UTC"', "[hours]"]
    lines += [f"{d} = []" for d in WEEKDAYS]
    lines += ["[urgency]", "repeat_count = 100"]  # many test mails: none is urgent by number
    for cid, pattern in clients.items():
        lines += [
            "",
            "[[clients]]",
            f'id = "{cid}"',
            f'name = "{cid.title()}"',
            f'addresses = ["{pattern}"]',
            'auto_reply = ["off_hours"]',
        ]
    a = account(dovecot, "work", user)
    a.update(smtp_host="127.0.0.1", smtp_port=smtp_port, smtp_security="starttls", address=ME[user])
    a.update(more)
    lines += ["", "[[accounts]]"]
    for key, value in a.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, list):
            lines.append(f'{key} = ["' + '", "'.join(value) + '"]')
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f'{key} = "{value}"')
    return "\n".join(lines) + "\n"


class Rig(Harness):
    """The app's path for mail: IMAP source -> ingest service -> auto-replier -> SMTP."""

    replier: AutoReplier | None = None
    problems: list[tuple[str, Exception]]

    def start_all(self, account_id: str = "work") -> None:
        self.problems = []
        self.replier = AutoReplier(
            self.db,
            lambda: datetime.now(UTC),
            on_problem=lambda acc, exc: self.problems.append((acc, exc)),
        )
        self.replier.start()

        def build(config: Any) -> list[MailSource]:
            return [MailSource(a, self.read_cursor, backoff_base=0.2) for a in config.accounts]

        def on_state(name: str, _label: str, state: SourceState | None) -> None:
            if state is not None:
                from mail.mailpeers import AccountState

                self.states.append(AccountState(name.removeprefix("imap:"), state))

        from mail.mailpeers import Running, Stored

        service = IngestService(
            self.config,
            self.open_engine,
            build,
            lambda d: self.stored.put(Stored(d)),
            on_state,
            after_batch=self.replier.after_batch,
        )
        self.sources = Running(service)
        service.start()
        self.wait_state(account_id, State.CONNECTED)

    def settle(self, n_items: int) -> None:
        """Until `n_items` are stored and every planned reply was sent (or refused)."""
        self.take(n_items)
        assert self.sources is not None
        assert self.sources.service.flush(15)
        assert self.replier is not None
        assert self.replier.flush(30)

    def stop(self) -> None:
        super().stop()
        if self.replier is not None:
            self.replier.stop()
            self.replier = None

    def sent_rows(self) -> list[tuple[str, str]]:
        store = Store(self.db)
        try:
            rows = store.db.execute("SELECT recipient, client_id FROM auto_replies").fetchall()
            return [(str(r[0]), str(r[1])) for r in rows]
        finally:
            store.close()


@pytest.fixture
def rig_for(tmp_path: Path, home: Path) -> Iterator[Callable[..., Rig]]:
    made: list[Rig] = []

    def make(
        dovecot: Dovecot,
        smtp_port: int,
        user: str = "alice",
        clients: dict[str, str] | None = None,
        **more: Any,
    ) -> Rig:
        directory = tmp_path / user
        directory.mkdir(exist_ok=True)
        path = directory / "config.toml"
        clients = clients or {"acme": "*@acme.example"}
        text = config_text(dovecot, smtp_port, user, clients, **more)
        path.write_text(text, encoding="utf-8")
        rig = Rig(parse_config(text, path), directory / "oh.sqlite3")
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.stop()


@pytest.fixture
def smtp_server(dovecot: Dovecot) -> Iterator[SmtpPeer]:
    """Trusted: its certificate is the test CA that the account's ca_file names."""
    with running_smtp(dovecot.root / "cert.pem", dovecot.root / "key.pem") as peer:
        yield peer


def mail(
    subject: str,
    sender: str = "anna@acme.example",
    to: str = "alice@office.example",
    extra: str = "",
    msgid: str | None = None,
) -> bytes:
    msgid = msgid or make_msgid(domain="acme.example")
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: {msgid}\r\n"
        f"Date: Fri, 04 Dec 2026 20:00:00 +0000\r\n{extra}\r\nHello.\r\n"
    ).encode()


# Each row of the never-reply list: (sender, message, envelope sender, the refusal expected).
# The envelope sender becomes the Return-Path that Dovecot's LMTP writes.
def never_rows() -> list[tuple[str, bytes, str, str]]:
    rows: list[tuple[str, bytes, str, str]] = []

    def row(name: str, kind: str, extra: str = "", env: str | None = None, **kw: Any) -> None:
        who = name if "@" in name else f"{name}@acme.example"
        raw = mail(f"row {name}", sender=who, extra=extra, **kw)
        rows.append((who, raw, who if env is None else env, kind))

    row("autosub", "auto_submitted", "Auto-Submitted: auto-replied\r\n")
    row("autogen", "auto_submitted", "Auto-Submitted: auto-generated\r\n")
    row("listid", "list", "List-Id: <team.acme.example>\r\n")
    row("listunsub", "list", "List-Unsubscribe: <mailto:u@acme.example>\r\n")
    row("bulk", "precedence", "Precedence: bulk\r\n")
    row("list", "precedence", "Precedence: list\r\n")
    row("junk", "precedence", "Precedence: junk\r\n")
    row("nullpath", "no_return_path", env="")
    for robot in ("MAILER-DAEMON", "LISTSERV", "majordomo", "owner-team", "team-request"):
        row(f"{robot}@acme.example", "robot_sender")
    row("no-reply@acme.example", "robot_sender")
    row("noreply@acme.example", "robot_sender")
    row("alice@office.example", "own_address")
    row("notme", "not_addressed", to="team@acme.example")
    row("oof", "suppressed", "X-Auto-Response-Suppress: OOF\r\n")
    row("all", "suppressed", "X-Auto-Response-Suppress: All\r\n")
    row("stranger@elsewhere.example", "unknown_sender")
    return rows


def test_never_reply_rows_and_one_polite_reply(
    caplog: pytest.LogCaptureFixture,
    dovecot: Dovecot,
    smtp_server: SmtpPeer,
    secret_service: SecretService,
    rig_for: Callable[..., Rig],
) -> None:
    secret_service.set_password("work", "alicepw")  # SMTP falls back to the IMAP password
    # Every row must reach the decision: automated mail is counted here, not skipped, and
    # the user's own domain is a client so that "own address" is what refuses it.
    clients = {"acme": "*@acme.example", "me": "*@office.example"}
    rig = rig_for(dovecot, smtp_server.port, clients=clients, count_automated=True)
    caplog.set_level(logging.DEBUG, logger="office_hours.sending.auto_replier")
    rig.start_all()
    rows = never_rows()
    for _who, raw, envelope, _kind in rows:
        dovecot.deliver("alice", raw, sender=envelope)
    good_id = "good-1@acme.example"
    dovecot.deliver(
        "alice",
        mail("Invoice", sender="anna@acme.example", msgid=f"<{good_id}>"),
        sender="anna-bounces@acme.example",
    )
    rig.settle(len(rows) + 1)

    got = smtp_server.received
    assert [r.rcpt_tos for r in got] == [("anna-bounces@acme.example",)], [
        (r.rcpt_tos, r.message["Subject"]) for r in got
    ]
    reply = got[0]
    assert reply.mail_from in ("", "<>")  # MAIL FROM:<>: a bounce of the reply goes nowhere
    msg = reply.message
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["In-Reply-To"] == f"<{good_id}>"
    assert good_id in msg["References"]
    assert msg["Subject"] == "Re: Invoice"
    assert msg["To"] == "anna-bounces@acme.example"
    assert msg["From"] == "alice@office.example"
    assert "outside my working hours" in msg.get_body().get_content()
    assert rig.sent_rows() == [("anna-bounces@acme.example", "acme")]
    assert not rig.problems
    refused = {
        r.args[0]: r.args[1]
        for r in caplog.records
        if r.name == "office_hours.sending.auto_replier" and isinstance(r.args, tuple)
    }
    for who, _raw, _env, kind in rows:
        assert refused.get(who.lower()) == kind, (who, refused.get(who.lower()))
    assert dovecot.status("alice")["unseen"] == len(rows) + 1  # the mailbox is untouched


def test_once_per_sender_per_period_across_a_restart(
    dovecot: Dovecot,
    smtp_server: SmtpPeer,
    secret_service: SecretService,
    rig_for: Callable[..., Rig],
) -> None:
    secret_service.set_password("work:smtp", "alicepw")  # its own SMTP password
    rig = rig_for(dovecot, smtp_server.port)
    rig.start_all()
    for n in (1, 2):  # two mails in a row: one reply
        dovecot.deliver("alice", mail(f"first {n}"), sender="anna@acme.example")
    rig.settle(2)
    assert len(smtp_server.received) == 1
    rig.stop()

    again = rig_for(dovecot, smtp_server.port)  # same database: a restart
    again.start_all()
    dovecot.deliver("alice", mail("after restart"), sender="anna@acme.example")
    dovecot.deliver(
        "alice", mail("other", sender="boris@acme.example"), sender="boris@acme.example"
    )
    again.settle(2)
    assert [r.rcpt_tos for r in smtp_server.received] == [
        ("anna@acme.example",),
        ("boris@acme.example",),
    ]
    assert sorted(again.sent_rows()) == [
        ("anna@acme.example", "acme"),
        ("boris@acme.example", "acme"),
    ]


def test_a_subject_with_cr_lf_injects_nothing(
    dovecot: Dovecot,
    smtp_server: SmtpPeer,
    secret_service: SecretService,
    rig_for: Callable[..., Rig],
) -> None:
    secret_service.set_password("work", "alicepw")
    rig = rig_for(dovecot, smtp_server.port)
    rig.start_all()
    evil = "Hi\r\nBcc: victim@evil.example\r\nX-Injected: yes\r\n\r\nbody"
    encoded = "=?utf-8?b?" + base64.b64encode(evil.encode()).decode() + "?="
    dovecot.deliver("alice", mail(encoded), sender="anna@acme.example")
    rig.settle(1)
    got = smtp_server.received
    assert len(got) == 1
    assert got[0].rcpt_tos == ("anna@acme.example",)
    msg = got[0].message
    assert msg["Bcc"] is None
    assert msg["X-Injected"] is None
    assert msg["Subject"] == "Re: Hi Bcc: victim@evil.example X-Injected: yes body"
    head = got[0].data.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc" not in head
    assert b"\nX-Injected" not in head


def test_two_instances_answer_each_other_once_and_stop(
    dovecot: Dovecot, secret_service: SecretService, rig_for: Callable[..., Rig]
) -> None:
    """Alice's and Bob's Office Hours, each the other's client; the provider's SMTP server
    delivers what it accepts to Dovecot. One reply each, then silence."""
    local = {v: k for k, v in ME.items()}

    def relay(got: Received) -> None:
        for rcpt in got.rcpt_tos:
            if rcpt in local:
                dovecot.deliver(local[rcpt], got.data, sender=got.mail_from.strip("<>"))

    secret_service.set_password("work", "alicepw")
    with running_smtp(dovecot.root / "cert.pem", dovecot.root / "key.pem", relay) as server:
        a = rig_for(dovecot, server.port, "alice", {"bob": ME["bob"]})
        a.start_all()
        # Bob's instance: its own keyring entry would collide with alice's "work" in one
        # keyring, so it logs in with bob's password under its own id.
        b_text = config_text(dovecot, server.port, "bob", {"alice": ME["alice"]})
        b_text = b_text.replace('id = "work"', 'id = "bobwork"')
        b_dir = a.db.parent.parent / "bob"
        b_dir.mkdir()
        (b_dir / "config.toml").write_text(b_text, encoding="utf-8")
        secret_service.set_password("bobwork", "bobpw")
        b = Rig(parse_config(b_text, b_dir / "config.toml"), b_dir / "oh.sqlite3")
        try:
            b.start_all("bobwork")
            # Each writes to the other, as people do.
            dovecot.deliver("alice", mail("Hi Alice", ME["bob"], ME["alice"]), sender=ME["bob"])
            dovecot.deliver("bob", mail("Hi Bob", ME["alice"], ME["bob"]), sender=ME["alice"])
            # Each stores the person's mail and replies once; the other's auto-reply reaches
            # each mailbox (UID 2) and is passed over as automated mail, without an answer.
            a.settle(1)
            b.settle(1)
            wait_until(lambda: len(server.received) >= 2, 15, "both replies")
            for rig, ident in ((a, "work"), (b, "bobwork")):
                wait_until(
                    lambda rig=rig, ident=ident: (
                        (c := Cursor.load(rig.read_cursor(f"imap:{ident}", "INBOX"))) is not None
                        and c.last_uid >= 2
                    ),
                    15,
                    f"{ident} to read the other's auto-reply",
                )
            for rig in (a, b):
                assert rig.sources is not None
                assert rig.sources.service.flush(10)
                assert rig.replier is not None
                assert rig.replier.flush(30)
            assert dovecot.status("alice")["messages"] == 2
            assert dovecot.status("bob")["messages"] == 2
        finally:
            b.stop()
        got = sorted((r.rcpt_tos, r.mail_from) for r in server.received)
        assert [(rcpt, sender.strip("<>")) for rcpt, sender in got] == [
            ((ME["alice"],), ""),
            ((ME["bob"],), ""),
        ]
        assert a.sent_rows() == [(ME["bob"], "bob")]
        assert b.sent_rows() == [(ME["alice"], "alice")]


def test_an_untrusted_certificate_is_refused_with_a_clear_message(
    dovecot: Dovecot,
    tmp_path: Path,
    secret_service: SecretService,
    rig_for: Callable[..., Rig],
) -> None:
    cert, key = make_cert(tmp_path, "stranger")  # not the CA the account trusts
    with running_smtp(cert, key) as server:
        rig = rig_for(dovecot, server.port)
        acct = rig.config.accounts[0]
        with pytest.raises(smtp.SendProblem) as err:
            smtp.check_login(acct, password="alicepw")
        assert err.value.kind == "cert_untrusted"
        text = str(err.value)
        assert f"127.0.0.1:{server.port}" in text
        assert "not trusted" in text
        assert "nothing was sent" in text
        assert "does not vouch for it" in text
        assert server.received == []
        # The app's path: the reply is not sent, not recorded, and the problem is reported.
        secret_service.set_password("work:smtp", "alicepw")
        rig.start_all()
        dovecot.deliver("alice", mail("Question"), sender="anna@acme.example")
        rig.settle(1)
        assert server.received == []
        assert rig.sent_rows() == []
        [(account_id, problem)] = rig.problems
        assert account_id == "work"
        assert isinstance(problem, smtp.SendProblem)
        assert problem.kind == "cert_untrusted"


def test_doctor_checks_the_smtp_login(
    dovecot: Dovecot,
    smtp_server: SmtpPeer,
    secret_service: SecretService,
    rig_for: Callable[..., Rig],
) -> None:
    from office_hours.cli.doctor import _smtp_states

    config = rig_for(dovecot, smtp_server.port).config
    # The keyring lives for the session: set the SMTP entry itself (it wins over "work").
    secret_service.set_password("work:smtp", "wrong")
    [(level, text)] = _smtp_states(config)
    assert level == "PROBLEM", text
    assert "refused the login of 'alice@office.example'" not in text  # the IMAP username
    assert "refused the login of 'alice'" in text
    assert "account set-password work:smtp" in text
    secret_service.set_password("work:smtp", "alicepw")
    [(level, text), (note, why)] = _smtp_states(replace(config, accounts=(
        replace(config.accounts[0], address=""),)))  # fmt: skip
    assert level == "ok", text
    assert note == "note"
    assert 'set address = "you@example.com"' in why
    assert f"SMTP login at 127.0.0.1:{smtp_server.port} works" in text
    assert smtp_server.received == []
