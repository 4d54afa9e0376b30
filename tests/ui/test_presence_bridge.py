"""The presence bridge: manager calls run off the UI thread in order, states come back as
tray lines, and a quit in focus restores."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from office_hours.domain.model import ModeKind
from office_hours.engine import Engine
from office_hours.presence.base import Saved
from office_hours.ui.presence_bridge import PresenceBridge


class SlowDnd:
    """Blocks in engage until released: proves the UI thread never waits for it."""

    name, label = "slow", "Slow DND"

    def __init__(self) -> None:
        self.on = False
        self.threads: set[str] = set()
        self.gate = threading.Event()

    def check(self) -> str | None:
        return None

    def engage(self) -> Saved:
        self.threads.add(threading.current_thread().name)
        self.gate.wait(10)
        prior, self.on = self.on, True
        return {"on": prior}

    def restore(self, saved: Saved) -> None:
        self.threads.add(threading.current_thread().name)
        self.on = bool(saved["on"])


def test_focus_engages_off_the_ui_thread_and_quit_restores(
    qtbot: QtBot, engine: Engine, tmp_path: Path
) -> None:
    target = SlowDnd()
    bridge = PresenceBridge([target], tmp_path)
    shown: list[dict[str, str]] = []
    bridge.states_changed.connect(shown.append)
    bridge.start(engine.status())
    qtbot.waitUntil(lambda: bridge.states == {"Slow DND": "ready"})

    engine.set_mode(ModeKind.FOCUS)
    bridge.follow(engine.status())  # returns at once although engage blocks
    bridge.follow(engine.status())  # a poll with the same mode: nothing new queued
    assert target.on is False
    target.gate.set()
    qtbot.waitUntil(lambda: bridge.states == {"Slow DND": "on while you focus"})
    assert target.on is True
    assert shown[-1] == {"Slow DND": "on while you focus"}

    bridge.stop()  # quit while in focus: the user is leaving
    assert target.on is False
    assert target.threads == {"presence"}
