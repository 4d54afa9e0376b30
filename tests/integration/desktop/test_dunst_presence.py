"""Focus pauses a real dunst and leaving focus restores exactly what was there, through the
presence manager and the registry's desktop targets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from office_hours.config.load import parse_config
from office_hours.presence.desktop import DunstDnd
from office_hours.presence.manager import FILE_NAME, PresenceManager
from office_hours.sources.registry import configured_presence

from .conftest import Session

pytestmark = pytest.mark.integration


def _manager(tmp_path: Path) -> PresenceManager:
    config = parse_config('config_version = 1\n[general]\ntimezone = "UTC"\n', tmp_path / "c")
    targets = configured_presence(config, tmp_path)
    assert [type(t) for t in targets] == [DunstDnd]
    return PresenceManager(targets, tmp_path)


def test_focus_pauses_dunst_and_leaving_unpauses_it(on_session: Session, tmp_path: Path) -> None:
    manager = _manager(tmp_path)
    manager.recover(False)
    assert manager.states == {"dunst": "ready"}
    assert on_session.dunst_paused() is False

    manager.apply(True)
    assert on_session.dunst_paused() is True
    saved = json.loads((tmp_path / FILE_NAME).read_text())["targets"]
    assert saved == {"dunst": {"state": "engaged", "saved": {"paused": False}}}
    # A notification during focus waits in dunst's queue instead of showing.
    on_session.notify_send("Telegram", "Anna Petrova", "held while you focus")
    waiting = on_session.run("dunstctl", "count", "waiting")
    assert waiting.stdout.strip() == "1", waiting

    manager.apply(False)
    assert on_session.dunst_paused() is False
    assert not (tmp_path / FILE_NAME).exists()


def test_a_dunst_paused_before_focus_stays_paused_after(
    on_session: Session, tmp_path: Path
) -> None:
    on_session.set_dunst_paused(True)
    manager = _manager(tmp_path)
    manager.apply(True)
    assert on_session.dunst_paused() is True
    manager.apply(False)
    assert on_session.dunst_paused() is True


def test_dunst_not_running_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    problem = DunstDnd().check()
    assert problem is not None
    assert problem == "dunst is not running here", problem  # dunstctl's words go to the log
