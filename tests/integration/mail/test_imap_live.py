"""The IMAP source against a real Dovecot: live delivery, backfill, two accounts with two
folders, IMAPS and STARTTLS with the test CA, and mail never marked read."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mail.mailpeers import Dovecot, Harness, SecretService, account, message, running_dovecot
from office_hours.domain.model import DecisionKind
from office_hours.sources.state import StateKind as State

pytestmark = pytest.mark.integration


def test_two_accounts_two_folders_live_and_backfill(
    dovecot: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    # Mail that is already there: backfill, counted but not notified.
    dovecot.deliver("alice", message("old one"))
    dovecot.append("bob", "Clients", message("old two"))
    secret_service.set_password("work", "alicepw")
    secret_service.set_password("side", "bobpw")
    h = harness_for(
        dovecot,
        [
            account(dovecot, "work", "alice", folders=["INBOX", "Clients"]),
            account(
                dovecot, "side", "bob", folders=["INBOX", "Clients"], security="starttls",
                port=dovecot.imap,
            ),
        ],
    )  # fmt: skip
    dovecot.append("alice", "Clients", message("placeholder so the folder exists"))
    dovecot.append("bob", "INBOX", message("bob inbox old"))
    h.start()
    h.wait_state("work", State.CONNECTED)
    h.wait_state("side", State.CONNECTED)
    backfill = h.take(4)
    assert all(b.backfill for b in backfill)
    assert not any(b.notify_keys for b in backfill)

    started = time.monotonic()
    dovecot.deliver("alice", message("live in alice inbox"))
    dovecot.append("alice", "Clients", message("live in alice clients"))
    dovecot.deliver("bob", message("live in bob inbox"))
    dovecot.append("bob", "Clients", message("live in bob clients"))
    live = h.take(4)
    elapsed = time.monotonic() - started
    subjects = sorted(r.item.subject for b in live for r in b.results if not r.duplicate)
    assert subjects == [
        "live in alice clients",
        "live in alice inbox",
        "live in bob clients",
        "live in bob inbox",
    ]
    assert {(b.account_id, b.folder) for b in live} == {
        ("work", "INBOX"),
        ("work", "Clients"),
        ("side", "INBOX"),
        ("side", "Clients"),
    }
    for b in live:
        assert not b.backfill
        for r in b.results:
            assert r.client_id == "acme"
            assert r.decision is not None
            assert r.decision.kind is DecisionKind.DELIVER
            assert r.item_key in b.notify_keys
    assert elapsed < 10
    h.stop()
    assert h.counts() == (8, 8)
    # Never marked read: every message is still unseen on the server.
    for user, folder in (("alice", "INBOX"), ("alice", "Clients"), ("bob", "Clients")):
        status = dovecot.status(user, folder)
        assert status["unseen"] == status["messages"], (user, folder, status)


def test_lists_newsletters_and_robots_are_not_counted(
    dovecot: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    secret_service.set_password("work", "alicepw")
    h = harness_for(dovecot, [account(dovecot, "work", "alice")])
    h.start()
    h.wait_state("work", State.CONNECTED)
    h.drain(0.3)
    dovecot.deliver("alice", message("digest", extra="List-Id: <news.example>\r\n"))
    dovecot.deliver("alice", message("sale", extra="Precedence: bulk\r\n"))
    dovecot.deliver("alice", message("away", extra="Auto-Submitted: auto-replied\r\n"))
    dovecot.deliver("alice", message("a real one", extra="Auto-Submitted: no\r\n"))
    got = h.take(1)
    assert [r.item.subject for b in got for r in b.results] == ["a real one"]
    assert not h.drain(1.0)
    worker = h.sources.watchers[0].workers[0] if h.sources else None
    assert worker is not None
    assert worker.counts["automated"] == 3


def test_a_server_without_idle_is_polled(
    secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    no_idle = "imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE UIDPLUS\n"
    with running_dovecot(no_idle) as server:
        client = server.imap_client("alice")
        try:
            assert b"IDLE" not in client.capabilities()
        finally:
            client.logout()
        secret_service.set_password("work", "alicepw")
        h = harness_for(server, [account(server, "work", "alice", poll_seconds=5)])
        h.start()
        h.wait_state("work", State.CONNECTED)
        h.drain(0.2)
        server.deliver("alice", message("found by polling"))
        got = h.take(1, timeout=15)
        assert [r.item.subject for b in got for r in b.results] == ["found by polling"]
        h.stop()


def test_idle_is_renewed_without_reconnecting(
    dovecot: Dovecot,
    secret_service: SecretService,
    harness_for: Callable[..., Harness],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from office_hours.sources import imap

    monkeypatch.setattr(imap, "IDLE_RENEW_S", 0.3)  # 25 min in real life (RFC 2177: < 29)
    secret_service.set_password("work", "alicepw")
    h = harness_for(dovecot, [account(dovecot, "work", "alice")])
    sources = h.start()
    h.wait_state("work", State.CONNECTED)
    time.sleep(1.5)  # several renewals: DONE, NOOP, IDLE
    dovecot.deliver("alice", message("after renewals"))
    got = h.take(1)
    assert [r.item.subject for b in got for r in b.results] == ["after renewals"]
    assert sources.attempts() == 1  # the same connection all along
