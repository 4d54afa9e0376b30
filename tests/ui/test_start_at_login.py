"""The "Start at login" toggle in the tray menu and the fallback window writes the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from office_hours import autostart
from office_hours.engine import Engine
from office_hours.ui.actions import ShellActions
from office_hours.ui.fallback_window import FallbackWindow
from office_hours.ui.shell import Shell
from office_hours.ui.tray import TrayIcon

pytestmark = pytest.mark.gui


@pytest.fixture
def actions(qtbot, home: Path, engine: Engine) -> ShellActions:
    return ShellActions(Shell(engine))


def test_toggle_writes_and_removes_the_autostart_entry(actions: ShellActions) -> None:
    action = actions.start_at_login
    assert action.isCheckable()
    assert not action.isChecked()
    action.trigger()
    assert action.isChecked()
    assert autostart.is_enabled()
    assert autostart.entry_path().is_file()
    action.trigger()
    assert not action.isChecked()
    assert not autostart.entry_path().exists()


def test_check_mark_follows_the_file_at_start(qtbot, home: Path, engine: Engine) -> None:
    autostart.enable(["/usr/bin/office-hours"])
    assert ShellActions(Shell(engine)).start_at_login.isChecked()


def test_a_failure_is_explained_and_the_mark_stays_true(
    actions: ShellActions, home: Path, qtbot
) -> None:
    blocker = autostart.entry_path().parent
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder", encoding="utf-8")
    with qtbot.waitSignal(actions.shell.message_requested) as signal:
        actions.start_at_login.trigger()
    assert signal.args[0] == "Could not change start at login"
    assert not actions.start_at_login.isChecked()


def test_in_the_tray_menu_next_to_quit_and_in_the_fallback_window(
    actions: ShellActions, qtbot
) -> None:
    tray = TrayIcon(actions.shell, actions)
    try:
        menu_actions = tray.menu.actions()
        assert menu_actions[-2] is actions.start_at_login
        assert menu_actions[-1] is actions.quit
    finally:
        tray.dispose()
    window = FallbackWindow(actions)
    qtbot.addWidget(window)
    assert window.buttons["start_at_login"].defaultAction() is actions.start_at_login
