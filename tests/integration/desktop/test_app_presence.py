"""The real app follows the mode with dunst's pause, and a kill in focus followed by a
start restores it: the prior state survived in presence.json."""

from __future__ import annotations

import json
import signal
import sqlite3
from pathlib import Path

import pytest

from helpers.app_process import app_running as _app
from helpers.app_process import app_state as _state
from helpers.cli_run import Run

from .conftest import Session, poll

pytestmark = pytest.mark.integration

LABEL = "Desktop do-not-disturb (dunst)"


def _desktop_items(home: Path) -> list[tuple[str, str]]:
    db = home / ".local/share/office-hours/office-hours.sqlite3"
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT i.sender, x.client_id FROM items i JOIN interruptions x ON x.item_id = i.id"
            " WHERE i.source = 'desktop'"
        ).fetchall()
    return [(str(a), str(b)) for a, b in rows]


def test_the_app_records_a_notification_its_rules_name(
    on_session: Session, home: Path, oh: Run
) -> None:
    assert oh("status").returncode == 0
    config = home / ".config/office-hours/config.toml"
    with config.open("a") as out:
        out.write('\n[[clients]]\nid = "acme"\nname = "ACME"\nnotification_match = ["Anna*"]\n')
    assert "can watch other apps' notifications" in oh("doctor").stdout
    with _app(home, "app"):
        poll("the source watching", lambda: _sources().get("Desktop notifications") == "watching")
        on_session.notify_send("Telegram", "Stranger", "not a client")
        on_session.notify_send("Telegram", "Anna Petrova", "can you call me?")
        poll("the item stored", lambda: _desktop_items(home), timeout=5)
    assert _desktop_items(home) == [("Anna Petrova", "acme")]


def _sources() -> dict[str, str]:
    state = _state()
    return dict(state["sources"]) if state else {}


def _presence(label: str = LABEL) -> str:
    state = _state()
    return str(state["presence"].get(label, "")) if state else ""


def test_focus_in_the_app_pauses_dunst_and_a_kill_is_restored_at_the_next_start(
    on_session: Session, home: Path, oh: Run
) -> None:
    assert oh("mode", "reachable").returncode == 0
    crash_file = home / ".local/state/office-hours/presence.json"

    with _app(home, "first") as app:
        poll("the dunst target ready", lambda: _presence() == "ready")
        assert oh("mode", "focus").returncode == 0
        poll("dunst paused by focus", on_session.dunst_paused, timeout=5)
        poll("the tray saying so", lambda: _presence() == "on while you focus")
        saved = json.loads(crash_file.read_text())["targets"]
        assert saved == {"dunst": {"state": "engaged", "saved": {"paused": False}}}
        assert "dunst: on while you focus" in oh("doctor").stdout

        app.send_signal(signal.SIGKILL)
        assert app.wait(10) == -signal.SIGKILL
    assert on_session.dunst_paused() is True  # nobody restored it
    assert crash_file.exists()
    doctor = oh("doctor").stdout
    assert "dunst: left in its focus state by an app that stopped" in doctor, doctor
    assert f"{LABEL}: ready" in doctor, doctor

    assert oh("mode", "reachable").returncode == 0  # while no app runs
    with _app(home, "second"):
        poll("dunst unpaused after the restart", lambda: not on_session.dunst_paused(), 5)
        poll("the crash file cleared", lambda: not crash_file.exists(), 5)
        assert "dunst: left" not in oh("doctor").stdout

        # Focus again, then quit while in focus: the user is leaving, so it is put back.
        assert oh("mode", "focus").returncode == 0
        poll("dunst paused again", on_session.dunst_paused, timeout=5)
    assert on_session.dunst_paused() is False
    assert not crash_file.exists()


def test_a_restart_still_in_focus_keeps_the_original_state(
    on_session: Session, home: Path, oh: Run
) -> None:
    """Killed in focus, started again in focus: dunst stays paused, and leaving focus
    afterwards unpauses it (the saved state is the one from before focus, not ours)."""
    assert oh("mode", "reachable").returncode == 0
    with _app(home, "first") as app:
        assert oh("mode", "focus").returncode == 0
        poll("dunst paused by focus", on_session.dunst_paused, timeout=5)
        app.send_signal(signal.SIGKILL)
        app.wait(10)
    with _app(home, "second"):
        poll("the target on again", lambda: _presence() == "on while you focus", 5)
        assert on_session.dunst_paused() is True
        assert oh("mode", "reachable").returncode == 0
        poll("dunst unpaused on leaving focus", lambda: not on_session.dunst_paused(), 5)
