"""The command line and the running tray app together, as separate real processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers.app_process import app_running, app_state
from helpers.cli_run import Run, item_line, lines, recent
from helpers.waiting import poll

pytestmark = pytest.mark.integration


@pytest.fixture
def app(home: Path, oh: Run) -> Iterator[subprocess.Popen[bytes]]:
    assert oh("status").returncode == 0  # the default config
    with app_running(home, "app") as proc:
        yield proc


def _wait(what: str, check: Any, timeout: float) -> Any:
    return poll(what, check, timeout, every=0.02)


def test_a_mode_change_from_the_command_line_shows_in_the_app_within_a_second(
    app: subprocess.Popen[bytes], oh: Run, home: Path
) -> None:
    assert app_state()["mode"] in ("reachable", "off_hours")  # type: ignore[index]
    proc = oh("mode", "focus", "--for", "25m")
    assert proc.returncode == 0, proc.stderr
    changed = time.monotonic()
    state = _wait(
        "focus in the tray", lambda: (s := app_state()) and s["mode"] == "focus" and s, timeout=1.0
    )
    assert time.monotonic() - changed <= 1.0
    assert "Focus until" in state["tooltip"]
    assert state["until"] is not None

    held = oh("ingest", stdin=lines([item_line("e2e-1", "anna@example.com", "notes", recent())]))
    assert held.returncode == 0, held.stderr
    state = _wait(
        "the held count", lambda: (s := app_state()) and s["held"] == 1 and s, timeout=1.0
    )
    assert "· 1 waiting" in state["tooltip"]

    # Released from the command line: the app shows the one summary and records that.
    released = oh("release")
    assert released.returncode == 0, released.stderr
    assert released.stdout.startswith("1 waiting: Example Client 1")
    _wait("the release announced by the app", lambda: _announced(home) == [1], timeout=2.0)
    _wait("nothing held in the tray", lambda: (s := app_state()) and s["held"] == 0, timeout=1.0)


def _announced(home: Path) -> list[int]:
    db = home / ".local/share/office-hours/office-hours.sqlite3"
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT announced_ts IS NOT NULL FROM releases")]


def test_a_release_cut_off_before_its_announcement_is_announced_at_the_next_start(
    home: Path, oh: Run
) -> None:
    assert oh("mode", "focus").returncode == 0
    feed = lines(item_line(f"c{i}", f"p{i}@elsewhere.org", "q", recent()) for i in range(3))
    assert oh("ingest", stdin=feed).returncode == 0
    cut = subprocess.Popen(
        [sys.executable, "-m", "office_hours", "release"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "OFFICE_HOURS_TEST_PAUSE_AT": "release_after_commit"},
    )
    assert cut.stderr is not None
    assert cut.stderr.readline().strip() == b"PAUSED release_after_commit"
    cut.send_signal(signal.SIGKILL)
    cut.wait(timeout=10)
    assert _announced(home) == [0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OFFICE_HOURS_TRAY_WAIT_S": "0"}
    app = subprocess.Popen(
        [sys.executable, "-m", "office_hours"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait("the app announcing the cut-off release", lambda: _announced(home) == [1], 20)
        assert oh("release").stdout.strip() == "Nothing was waiting."  # never released again
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=10)


def test_the_app_keeps_a_log_file(app: subprocess.Popen[bytes], home: Path) -> None:
    log = home / ".local/state/office-hours/log/office-hours.log"
    _wait("the log file", lambda: log.exists() and "started (pid" in log.read_text(), timeout=5)
    assert f"pid {app.pid}" in log.read_text()


def test_a_second_start_hands_over_to_the_first(app: subprocess.Popen[bytes], oh: Run) -> None:
    second = subprocess.run(
        [sys.executable, "-m", "office_hours"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert second.returncode == 0
    assert "already running" in second.stdout
    assert app.poll() is None, "the first instance must keep running"
    status = oh("status", "--json")
    assert '"app_running": true' in status.stdout


def test_a_killed_app_leaves_no_obstacle_to_the_next_start(
    app: subprocess.Popen[bytes], home: Path, oh: Run
) -> None:
    app.send_signal(signal.SIGKILL)
    app.wait(timeout=10)
    assert app_state() is None  # the stale socket file answers nobody
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OFFICE_HOURS_TRAY_WAIT_S": "0"}
    again = subprocess.Popen(
        [sys.executable, "-m", "office_hours"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait("the restarted app answering", app_state, timeout=20)
    finally:
        again.send_signal(signal.SIGTERM)
        again.wait(timeout=10)
