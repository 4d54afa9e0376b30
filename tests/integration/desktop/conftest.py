"""A private desktop session per test module: Xvfb, a session dbus-daemon on a socket in a
temp dir, and a real dunst owning org.freedesktop.Notifications (notify-send needs one)."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.waiting import poll

TOOLS = ("Xvfb", "dbus-daemon", "dunst", "dunstctl", "notify-send")


@dataclass(frozen=True)
class Session:
    env: dict[str, str]  # DISPLAY and DBUS_SESSION_BUS_ADDRESS for clients
    tmp: Path

    def run(self, *argv: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, **self.env},
            check=False,
        )

    def dunst_paused(self) -> bool:
        done = self.run("dunstctl", "is-paused")
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() in ("true", "false"), done.stdout
        return done.stdout.strip() == "true"

    def set_dunst_paused(self, paused: bool) -> None:
        done = self.run("dunstctl", "set-paused", "true" if paused else "false")
        assert done.returncode == 0, done.stderr

    def notify_send(self, app: str, summary: str, body: str) -> None:
        done = self.run("notify-send", "-a", app, summary, body)
        assert done.returncode == 0, f"notify-send failed: {done.stderr}"


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _first_line(proc: subprocess.Popen[bytes], what: str, timeout: float = 15) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline().decode().strip() if ready else ""
    if not line:
        pytest.fail(f"{what} did not start (exit code {proc.poll()})")
    return line


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.fail(
            f"these tests need {', '.join(missing)} (apt-get install -y xvfb dbus dunst "
            "libnotify-bin); not skipping silently"
        )
    tmp = tmp_path_factory.mktemp("desktop")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        procs.append(xvfb)
        display = _first_line(xvfb, "Xvfb")
        bus = subprocess.Popen(
            [
                "dbus-daemon",
                "--session",
                "--nofork",
                f"--address=unix:path={tmp / 'bus'}",
                "--print-address=1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        procs.append(bus)
        env = {"DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": _first_line(bus, "dbus")}
        empty = tmp / "dunstrc"
        empty.write_text("")
        dunst_log = (tmp / "dunst.log").open("wb")
        procs.append(
            subprocess.Popen(
                ["dunst", "-config", str(empty)],
                env={**os.environ, **env},
                stdout=dunst_log,
                stderr=subprocess.STDOUT,
            )
        )
        session = Session(env, tmp)
        poll("dunst answering", lambda: session.run("dunstctl", "is-paused").returncode == 0)
        yield session
    finally:
        for proc in reversed(procs):
            _stop(proc)


@pytest.fixture
def on_session(session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    """This process (jeepney, dunstctl) and its children talk to the private session."""
    for key, value in session.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    session.set_dunst_paused(False)
    return session
