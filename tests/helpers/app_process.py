"""The real tray app in a subprocess (offscreen, the test's HOME), and its state through the
command socket: shared by the end-to-end tests that drive it with the command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from helpers.waiting import poll
from office_hours import ipc


def app_state() -> dict[str, Any] | None:
    try:
        reply = ipc.request({"cmd": "state"}, timeout=1.0)
    except OSError:
        return None
    return reply if reply and reply.get("ok") else None


@contextmanager
def app_running(
    home: Path, name: str, platform: str = "offscreen"
) -> Iterator[subprocess.Popen[bytes]]:
    """Started, answering on its socket; stopped with SIGTERM (killed if it hangs) and its
    log (home/NAME.log) checked for tracebacks afterwards. `platform` "xcb" shows its
    windows on the test's X server (DISPLAY)."""
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "OFFICE_HOURS_TRAY_WAIT_S": "0"}
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
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text
