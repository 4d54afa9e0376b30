"""The real app on Xvfb with a tray: a quit leaves the first paint for the next start, which
shows the same icon at once and then takes it over; a change made while the app was closed
(here `office-hours mode` on the command line) means a start without it, never a stale icon."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_tray_screenshot import TRAYER, require_tools, x_server

from helpers.app_process import app_state
from helpers.waiting import poll
from office_hours import paths
from office_hours.ui import first_paint

pytestmark = pytest.mark.integration
APP = [sys.executable, "-m", "office_hours"]


@contextmanager
def tray_host(env: dict[str, str], log: Path) -> Iterator[None]:
    with log.open("wb") as out:
        trayer = subprocess.Popen(TRAYER, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        poll(
            "trayer",
            lambda: subprocess.run(
                ["xdotool", "search", "--class", "trayer"], env=env, capture_output=True
            ).stdout.strip(),
            timeout=20,
        )
        yield
    finally:
        trayer.terminate()
        trayer.wait(10)


def _run(env: dict[str, str], log: Path) -> dict:  # type: ignore[type-arg]
    """Start the app, return its state once it answers, and quit it as a user would."""
    with log.open("ab") as out:
        proc = subprocess.Popen(APP, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        state = poll("the app answering", app_state, timeout=30)
        assert state["pid"] == proc.pid
        return state
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        text = log.read_text(errors="replace")
        assert "Traceback" not in text, text


def _cli(env: dict[str, str], *args: str) -> None:
    done = subprocess.run([*APP, *args], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_first_paint_after_a_quit_and_none_after_a_change(home: Path, tmp_path: Path) -> None:
    require_tools("Xvfb", "trayer", "xdotool")
    with x_server() as env, tray_host(env, tmp_path / "trayer.log"):
        env = {**env, "OFFICE_HOURS_FIRST_RUN": "0", "OFFICE_HOURS_TRAY_WAIT_S": "5"}
        log = tmp_path / "app.log"
        first = _run(env, log)
        assert first["first_paint"] is False  # nothing saved yet
        snapshot = paths.state_dir() / first_paint.FILE_NAME
        assert snapshot.exists()

        _cli(env, "mode", "focus", "--for", "50m")  # while the app is closed: the store changes
        second = _run(env, log)
        assert second["first_paint"] is False  # the saved icon would be stale: not used
        assert second["mode"] == "focus"

        third = _run(env, log)  # nothing changed since the last quit
        assert third["first_paint"] is True
        assert third["mode"] == "focus"
        assert third["tooltip"] == second["tooltip"]
        assert os.environ.get("DISPLAY") != env["DISPLAY"]  # it ran on the test's own X server
