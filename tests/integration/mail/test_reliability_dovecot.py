"""The reliability suite's outage part (docs/RELIABILITY.md): the running app watches a real
Dovecot; Dovecot is stopped, mail arrives in the Maildir while it is down, Dovecot starts
again, and the app stores that mail exactly once within 2 s of the server's return.

Driven through the app process and its command socket only (no imap.py internals), so the
IMAP source's refactor can keep this test as it is."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mail.mailpeers import Dovecot, SecretService, account, config_text, message, wait_until
from office_hours import ipc, paths
from office_hours.storage.store import Store

pytestmark = [pytest.mark.integration, pytest.mark.reliability]

CATCH_UP_S = 2.0
WHILE_DOWN = 3


def _state() -> dict[str, Any] | None:
    try:
        reply = ipc.request({"cmd": "state"}, timeout=1.0)
    except OSError:
        return None
    return reply if reply and reply.get("ok") else None


DOWN = ("reconnecting", "unreachable", "timed_out")


def _account_is(*kinds: str) -> Callable[[], bool]:
    """The account's state kind (the app's `state` reply, source_kinds) is one of `kinds`."""
    return lambda: ((_state() or {}).get("source_kinds") or {}).get("imap:work") in kinds


def _stored() -> tuple[list[str], tuple[int, int]]:
    store = Store(paths.database_file())
    try:
        subjects = sorted(r[0] for r in store.db.execute("SELECT subject FROM items"))
        return subjects, store.counts()
    finally:
        store.close()


def _retry_in() -> int:
    """The app's announced wait before its next connection attempt, in seconds (0: none)."""
    text = str(((_state() or {}).get("accounts") or {}).get("work", ""))
    found = re.search(r"next try in (\d+) s", text)
    return int(found.group(1)) if found else 0


@pytest.mark.parametrize("outage", ["short", "long"])
def test_mail_that_arrived_while_dovecot_was_down_is_stored_once_within_2_s(
    dovecot: Dovecot, secret_service: SecretService, home: Path, outage: str
) -> None:
    """short: Dovecot is back as soon as the mail is in its Maildir (about a second).
    long: back only once the app has backed off to a wait of 5 s or more."""
    secret_service.set_password("work", "alicepw")
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(config_text(dovecot, [account(dovecot, "work", "alice")]))
    dovecot.deliver("alice", message("before the outage"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OFFICE_HOURS_TRAY_WAIT_S": "0"}
    log = home / "app.log"
    with log.open("ab") as out:
        app = subprocess.Popen(
            [sys.executable, "-m", "office_hours"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        wait_until(_account_is("connected"), 30, "the app's account to connect")
        wait_until(lambda: len(_stored()[0]) == 1, 15, "the first message to be stored")

        dovecot.stop()
        wait_until(_account_is(*DOWN), 15, "the app to see the server gone")
        for n in range(WHILE_DOWN):
            dovecot.save_offline("alice", message(f"while down {n}"))
        if outage == "long":
            wait_until(lambda: _retry_in() >= 5, 40, "the app to back off to 5 s or more")
        dovecot.start()  # returns once Dovecot listens again
        back = time.monotonic()
        expected = ["before the outage"] + [f"while down {n}" for n in range(WHILE_DOWN)]
        wait_until(
            lambda: _stored()[0] == expected,
            CATCH_UP_S + 8,
            f"the mail from the outage (last state {_state()})",
        )
        took = time.monotonic() - back
        print(f"caught up {took:.2f} s after Dovecot returned")
        assert took <= CATCH_UP_S, f"caught up {took:.2f} s after the server returned"
        wait_until(_account_is("connected"), 10, "the account connected again")
        # Nothing arrives twice afterwards: once more through a full IDLE round.
        dovecot.deliver("alice", message("after"))
        wait_until(lambda: len(_stored()[0]) == WHILE_DOWN + 2, 15, "the message after")
        subjects, counts = _stored()
        assert subjects == sorted([*expected, "after"])
        assert counts == (WHILE_DOWN + 2, WHILE_DOWN + 2)
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=15)
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text
