"""Scale of the unread view against a real Dovecot: 10 accounts and 50 clients, half the
accounts filing into client folders, hold exactly one IMAP connection per account (counted
on the server's port), count every client right, and still see a read elsewhere in 2 s."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator

import pytest

from mail.mailpeers import (
    Dovecot,
    Harness,
    SecretService,
    account,
    message,
    running_dovecot,
    wait_until,
)
from office_hours.sources.imap_filing import file_account

pytestmark = pytest.mark.integration

N_ACCOUNTS, N_CLIENTS = 10, 50
CLIENTS = "".join(
    f'\n[[clients]]\nid = "c{i:02}"\nname = "Client {i:02}"\naddresses = ["*@c{i:02}.example"]\n'
    for i in range(N_CLIENTS)
)


def connections(port: int) -> int:
    """Established TCP connections to `port` on this machine (one side of each)."""
    done = subprocess.run(
        ["ss", "-tnH", "state", "established", f"( dport = :{port} )"],
        capture_output=True, text=True, timeout=10, check=True,
    )  # fmt: skip
    return len(done.stdout.splitlines())


# The ten accounts all log in as one test user: Dovecot allows 10 connections per user and
# address by default, and the test's own "other mail client" needs an eleventh.
ROOMY = "protocol imap {\n  mail_max_userip_connections = 20\n}\n"


@pytest.fixture
def roomy_dovecot() -> Iterator[Dovecot]:
    with running_dovecot(ROOMY) as server:
        yield server


def test_ten_accounts_fifty_clients_one_connection_each(
    roomy_dovecot: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    dovecot = roomy_dovecot
    for i in range(N_CLIENTS):
        for n in range(2):
            dovecot.deliver("alice", message(f"c{i:02} {n}", sender=f"p{n}@c{i:02}.example"))
    ids = [f"a{n}" for n in range(N_ACCOUNTS)]
    accounts = [
        account(dovecot, ident, "alice", file_by_client=n % 2 == 0) for n, ident in enumerate(ids)
    ]
    for ident in ids:
        secret_service.set_password(ident, "alicepw")
    h = harness_for(dovecot, accounts, CLIENTS)
    # Filed before the app starts: 100 messages into 50 client folders; 50 new ones after.
    filed = file_account(h.config.accounts[0], h.config.clients, False, password="alicepw")
    assert filed.moved == 2 * N_CLIENTS
    for i in range(N_CLIENTS):
        dovecot.deliver("alice", message(f"c{i:02} new", sender=f"new@c{i:02}.example"))
    assert connections(dovecot.imaps) == 0

    started = time.monotonic()
    running = h.start()

    def view(ident: str) -> dict[str, int]:
        return {k: v.count for k, v in (h.unread.get(f"imap:{ident}") or {}).items()}

    def want(n: int, read: str = "") -> dict[str, int]:
        per = 3 if n % 2 == 0 else 1  # filing accounts see the client folders too
        return {
            f"c{i:02}": per - (1 if f"c{i:02}" == read and per > 1 else 0) for i in range(N_CLIENTS)
        }

    wait_until(
        lambda: all(view(ident) == want(n) for n, ident in enumerate(ids)),
        60,
        "every account's view complete",
    )
    complete = time.monotonic() - started
    assert connections(dovecot.imaps) == N_ACCOUNTS  # one per account, client folders included
    assert running.attempts() == N_ACCOUNTS

    other = dovecot.imap_client("alice")
    try:
        other.select_folder("Client 07")
        read_at = time.monotonic()
        other.add_flags(other.search(["SUBJECT", "c07 0"]), [b"\\Seen"])
        wait_until(
            lambda: all(view(ident) == want(n, "c07") for n, ident in enumerate(ids)),
            2.0,
            "a read in a client folder seen by the five filing accounts",
        )
        seen_in = time.monotonic() - read_at
    finally:
        other.logout()
    print(f"10 accounts x 50 clients: complete in {complete:.1f} s, read seen in {seen_in:.2f} s")
    h.stop()
