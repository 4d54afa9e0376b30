"""The real tray app process with a mail account: it connects, stores mail delivered while
IDLE, shows the account in its state, and after SIGKILL and a restart counts nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mail.mailpeers import Dovecot, SecretService, account, config_text, message, wait_until
from office_hours import ipc, paths
from office_hours.storage.store import Store

pytestmark = pytest.mark.integration


def _state() -> dict[str, Any] | None:
    try:
        reply = ipc.request({"cmd": "state"}, timeout=1.0)
    except OSError:
        return None
    return reply if reply and reply.get("ok") else None


def _start(home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OFFICE_HOURS_TRAY_WAIT_S": "0"}
    with (home / "app.log").open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "office_hours"], env=env, stdout=out, stderr=subprocess.STDOUT
        )


def _subjects() -> list[str]:
    store = Store(paths.database_file())
    try:
        return sorted(r[0] for r in store.db.execute("SELECT subject FROM items"))
    finally:
        store.close()


def _connected() -> Callable[[], bool]:
    return lambda: ((_state() or {}).get("accounts") or {}).get("work") == "connected"


def test_the_app_watches_mail_and_survives_sigkill(
    dovecot: Dovecot, secret_service: SecretService, home: Path
) -> None:
    secret_service.set_password("work", "alicepw")
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(config_text(dovecot, [account(dovecot, "work", "alice")]))
    dovecot.deliver("alice", message("backfill"))
    proc = _start(home)
    try:
        wait_until(_connected(), 30, "the app's account to connect")
        dovecot.deliver("alice", message("live while idle"))
        wait_until(lambda: len(_subjects()) == 2, 15, "the live message to be stored")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    dovecot.deliver("alice", message("while the app was dead"))
    proc = _start(home)
    try:
        wait_until(_connected(), 30, "the restarted app's account to connect")
        wait_until(lambda: len(_subjects()) == 3, 15, "the missed message to be stored")
        assert _subjects() == ["backfill", "live while idle", "while the app was dead"]
        store = Store(paths.database_file())
        try:
            assert store.counts() == (3, 3)
        finally:
            store.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
    log = (home / "app.log").read_text(errors="replace")
    assert "Traceback" not in log, log
