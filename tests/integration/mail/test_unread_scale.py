"""Scale of the unread view against a real Dovecot: 10 accounts (10 users) and 50 clients,
half the accounts filing into 50 client folders, hold exactly one IMAP connection per
account (counted on the server's port), count every client right, and still see a read
elsewhere in 2 s."""

from __future__ import annotations

import shutil
import smtplib
import subprocess
import time
from collections.abc import Callable, Iterator

import pytest

from mail import mailpeers
from mail.mailpeers import Dovecot, Harness, SecretService, account, message, wait_until

pytestmark = pytest.mark.integration

N_ACCOUNTS, N_CLIENTS = 10, 50
USERS = {f"u{n}": f"pw{n}" for n in range(N_ACCOUNTS)}
CLIENTS = "".join(
    f'\n[[clients]]\nid = "c{i:02}"\nname = "Client {i:02}"\naddresses = ["*@c{i:02}.example"]\n'
    for i in range(N_CLIENTS)
)


@pytest.fixture
def many_users(monkeypatch: pytest.MonkeyPatch) -> Iterator[Dovecot]:
    monkeypatch.setattr(mailpeers, "USERS", {**mailpeers.USERS, **USERS})
    with mailpeers.running_dovecot() as server:
        yield server


def connections(port: int) -> int:
    """Established TCP connections to `port` on this machine (one side of each)."""
    assert shutil.which("ss"), "ss is missing: apt-get install iproute2 (scripts/test-packages.txt)"
    done = subprocess.run(
        ["ss", "-tnH", "state", "established", f"( dport = :{port} )"],
        capture_output=True, text=True, timeout=10, check=True,
    )  # fmt: skip
    return len(done.stdout.splitlines())


def test_ten_accounts_fifty_clients_one_connection_each(
    many_users: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    dovecot = many_users
    with smtplib.LMTP("127.0.0.1", dovecot.lmtp, timeout=30) as lmtp:
        for user in USERS:
            for i in range(N_CLIENTS):
                lmtp.sendmail(
                    "x@outside.example", [user], message(f"c{i:02}", f"p@c{i:02}.example")
                )
            for n in range(5):
                lmtp.sendmail(
                    "x@outside.example", [user], message(f"s{n}", f"s{n}@nowhere.example")
                )
    ids = [f"a{n}" for n in range(N_ACCOUNTS)]
    accounts = [
        account(dovecot, ident, f"u{n}", file_by_client=n % 2 == 0) for n, ident in enumerate(ids)
    ]
    for n, ident in enumerate(ids):
        secret_service.set_password(ident, f"pw{n}")
    h = harness_for(dovecot, accounts, CLIENTS)
    assert connections(dovecot.imaps) == 0

    started = time.monotonic()
    running = h.start()

    def view(ident: str) -> dict[str, int]:
        return {k: v.count for k, v in (h.unread.get(f"imap:{ident}") or {}).items()}

    everyone = {f"c{i:02}": 1 for i in range(N_CLIENTS)}

    def filed(n: int) -> bool:  # the filing accounts' INBOX keeps the 5 unknown senders
        return n % 2 == 1 or dovecot.status(f"u{n}")["messages"] == 5

    def tracked(n: int) -> int:  # client folders the account's one worker looks at
        [worker] = running.watchers[n].workers
        assert worker.unread is not None
        folders = worker.unread.client_folders
        return len(folders.trackers) if folders else 0

    # Right after a move the INBOX count is not yet refreshed: the view still looks complete
    # while the client folders are not yet tracked. Complete means both.
    wait_until(
        lambda: (
            all(view(i) == everyone for i in ids)
            and all(map(filed, range(N_ACCOUNTS)))
            and all(tracked(n) == (N_CLIENTS if n % 2 == 0 else 0) for n in range(N_ACCOUNTS))
        ),
        90,
        "every account's view complete and the filing accounts' mail filed and tracked",
    )
    complete = time.monotonic() - started
    assert connections(dovecot.imaps) == N_ACCOUNTS  # one per account, client folders included
    assert running.attempts() == N_ACCOUNTS

    other = dovecot.imap_client("u0")
    try:
        other.select_folder("Client 07")
        read_at = time.monotonic()
        other.add_flags(other.search(["ALL"]), [b"\\Seen"])
        want = {k: v for k, v in everyone.items() if k != "c07"}
        wait_until(lambda: view("a0") == want, 2.0, "a read in a client folder seen")
        seen_in = time.monotonic() - read_at
    finally:
        other.logout()
    print(f"10 accounts x 50 clients: complete in {complete:.1f} s, read seen in {seen_in:.2f} s")
    h.stop()
    for n in range(N_ACCOUNTS):  # nothing marked read but the one the other client read
        status = dovecot.status(f"u{n}")
        assert status["unseen"] == status["messages"], (n, status)
