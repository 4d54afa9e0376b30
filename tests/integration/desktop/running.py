"""The real app in a subprocess, on the test's private desktop session, and its state
through the command socket: shared by the presence tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from office_hours import ipc

from .conftest import poll


def app_state() -> dict[str, Any] | None:
    try:
        reply = ipc.request({"cmd": "state"}, timeout=1.0)
    except OSError:
        return None
    return reply if reply and reply.get("ok") else None


@contextmanager
def app_running(home: Path, name: str) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OFFICE_HOURS_TRAY_WAIT_S": "0"}
    log = home / f"{name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "office_hours"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        poll("the app answering on its socket", app_state, timeout=20)
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(15)
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text
