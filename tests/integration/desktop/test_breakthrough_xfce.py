"""Issue 13 on XFCE, the real xfce4-notifyd and xfconfd on Xvfb and a private session bus:
focus turns xfce4-notifyd's do-not-disturb on through xfconf, which still shows critical
notifications; a break-through goes out as critical over D-Bus and is on screen within 1 s,
and so does the batch summary while in focus.
The user's prior setting (here: never set, so the property does not exist) comes back
exactly after focus and after a kill in focus followed by a start."""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.app_process import app_running, app_state
from helpers.cli_run import Run, item_line, lines, recent

from .conftest import Session, _first_line, _stop, poll

pytestmark = pytest.mark.integration

# Debian puts it under the multiarch library directory, not on PATH.
NOTIFYD = next(iter(sorted(glob.glob("/usr/lib/*/xfce4/notifyd/xfce4-notifyd"))), "xfce4-notifyd")
REPO = Path(__file__).resolve().parents[3]
SHOTS = REPO / "artifacts" / "screenshots"
SENDER = "Eve <eve@acme.example>"


@pytest.fixture(scope="module")
def xfce(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    tools = ("Xvfb", "dbus-daemon", "xfconf-query", "xdotool", "import", "notify-send")
    missing = [t for t in tools if shutil.which(t) is None]
    if missing or not Path(NOTIFYD).exists():
        pytest.fail(
            f"these tests need xfce4-notifyd, xfconf and {', '.join(missing) or 'its tools'} "
            "(scripts/test-packages.txt); not skipping silently"
        )
    tmp = tmp_path_factory.mktemp("xfce")
    xdg = {  # xfconfd is started by the bus: its settings live in this temp dir
        "HOME": str(tmp),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "XDG_DATA_HOME": str(tmp / "data"),
    }
    procs: list[subprocess.Popen[bytes]] = []
    try:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        procs.append(xvfb)
        display = f":{_first_line(xvfb, 'Xvfb')}"
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
            env={**os.environ, **xdg, "DISPLAY": display},
        )
        procs.append(bus)
        env = {"DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": _first_line(bus, "dbus")}
        log = (tmp / "notifyd.log").open("wb")
        procs.append(
            subprocess.Popen(
                [NOTIFYD], env={**os.environ, **xdg, **env}, stdout=log, stderr=subprocess.STDOUT
            )
        )
        session = Session(env, tmp)
        # NameHasOwner, not a call to the service: a call would let the bus start dunst,
        # whose service file also offers org.freedesktop.Notifications.
        poll(
            "xfce4-notifyd on the bus",
            lambda: "boolean true"
            in session.run(
                "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.Notifications",
            ).stdout,
        )  # fmt: skip
        yield session
    finally:
        for proc in reversed(procs):
            _stop(proc)


@pytest.fixture
def on_xfce(xfce: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    for key, value in xfce.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "XFCE")
    xfce.run("xfconf-query", "-c", "xfce4-notifyd", "-p", "/do-not-disturb", "-r")
    return xfce


def dnd(session: Session) -> str:
    """'true', 'false', or 'absent' (never set by anyone)."""
    done = session.run("xfconf-query", "-c", "xfce4-notifyd", "-p", "/do-not-disturb")
    if done.returncode != 0:
        assert "does not exist" in done.stderr, done.stderr
        return "absent"
    return done.stdout.strip()


def bubbles(session: Session) -> list[str]:
    """Visible xfce4-notifyd notification windows (its 10x10 helper window is unmapped)."""
    found = session.run("xdotool", "search", "--onlyvisible", "--classname", "xfce4-notifyd")
    return found.stdout.split()


def test_xfce_dnd_holds_the_ordinary_and_shows_a_break_through_within_a_second(
    on_xfce: Session, home: Path, oh: Run
) -> None:
    assert dnd(on_xfce) == "absent"
    assert oh("mode", "reachable").returncode == 0
    with app_running(home, "xfce", platform="xcb") as app:
        assert oh("mode", "focus").returncode == 0
        poll("XFCE do-not-disturb on", lambda: dnd(on_xfce) == "true", timeout=5)
        poll("the target engaged", lambda: "on while you focus" in str(app_state()), 5)
        before = len(bubbles(on_xfce))
        on_xfce.run("notify-send", "-a", "Chat", "Ordinary", "held by do-not-disturb")
        item = item_line("x1", SENDER, "URGENT: the server is down", recent(0))
        started = time.monotonic()  # `ingest`'s own start-up counts against the 1 s too
        done = oh("ingest", stdin=lines([item]))
        assert done.returncode == 0, done.stderr
        poll("a notification shown", lambda: len(bubbles(on_xfce)) > before, 5, every=0.02)
        latency = time.monotonic() - started
        assert latency < 1.0, f"the break-through took {latency:.2f} s to be on screen"
        print(f"XFCE: break-through on screen {latency:.3f} s after `ingest` started")
        # The ordinary one was sent first and xfce4-notifyd shows them in order: had DND
        # not held it, it would be on screen before ours.
        assert len(bubbles(on_xfce)) == before + 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["import", "-window", "root", str(SHOTS / "breakthrough-xfce.png")],
            env={**os.environ, **on_xfce.env},
            check=True,
            capture_output=True,
        )
        state = app_state()
        assert state is not None
        assert state["waiting"] == [SENDER]

        # The batch summary is what the user agreed to see: in focus it goes as critical,
        # which xfce4-notifyd shows through its do-not-disturb.
        ordinary = item_line("o1", "bob@nowhere.example", "a question", recent(0))
        assert oh("ingest", stdin=lines([ordinary])).returncode == 0
        shown = len(bubbles(on_xfce))
        released = time.monotonic()
        assert oh("release").returncode == 0  # what a batch time does, now
        poll("the summary shown", lambda: len(bubbles(on_xfce)) > shown, 5, every=0.02)
        took = time.monotonic() - released
        print(f"XFCE: batch summary on screen {took:.3f} s after `release` started")
        assert took < 1.0
        assert dnd(on_xfce) == "true"  # still in focus: shown through do-not-disturb
        subprocess.run(
            ["import", "-window", "root", str(SHOTS / "batch-summary-xfce.png")],
            env={**os.environ, **on_xfce.env},
            check=True,
            capture_output=True,
        )
        assert oh("mode", "reachable").returncode == 0
        poll("the setting removed again, as before", lambda: dnd(on_xfce) == "absent", 5)

        # The user's own "false", a kill in focus, then a start: "false" again.
        on_xfce.run(
            "xfconf-query", "-c", "xfce4-notifyd", "-p", "/do-not-disturb",
            "-n", "-t", "bool", "-s", "false",
        )  # fmt: skip
        assert oh("mode", "focus").returncode == 0
        poll("XFCE do-not-disturb on again", lambda: dnd(on_xfce) == "true", timeout=5)
        app.send_signal(signal.SIGKILL)
        assert app.wait(10) == -signal.SIGKILL
    assert dnd(on_xfce) == "true"  # nobody restored it
    assert oh("mode", "reachable").returncode == 0
    with app_running(home, "xfce-after-kill", platform="xcb"):
        poll("the user's 'false' back after the start", lambda: dnd(on_xfce) == "false", 5)
