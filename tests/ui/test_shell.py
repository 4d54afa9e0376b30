"""Shell intents that open things: the settings dialog, windows, start-up errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from office_hours import paths
from office_hours.app import run_app
from office_hours.engine import Engine
from office_hours.ui.shell import Shell
from office_hours.ui.startup_error import EXIT_CODE

pytestmark = pytest.mark.gui


def test_settings_opens_one_dialog(qtbot, engine: Engine) -> None:
    from office_hours.ui.settings_dialog import SettingsDialog

    shell = Shell(engine)
    shell.settings()
    dialog = shell.window("settings")
    assert isinstance(dialog, SettingsDialog)
    assert dialog.isVisible()
    assert dialog.path == engine.config.path
    shell.settings()  # a second click raises the open one, keeping what was typed
    assert shell.window("settings") is dialog
    shell.close_windows()


def test_log_call_and_report_windows_open(qtbot, engine: Engine) -> None:
    shell = Shell(engine)
    shell.log_call()
    shell.weekly_report()
    report = shell.window("report")
    assert shell.window("log_call").isVisible()
    assert report.isVisible()
    qtbot.waitUntil(lambda: not report.loading, timeout=5000)
    shell.weekly_report()
    assert shell.window("report") is report  # one report window, raised again
    shell.close_windows()


def test_a_bad_config_is_shown_and_left_alone(qtbot, home: Path) -> None:
    config = paths.config_file()
    config.parent.mkdir(parents=True)
    text = 'config_version = 1\n\n[general]\ntimezone = "Mars/Olympus"\n'
    config.write_text(text, encoding="utf-8")
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        box.close()

    QTimer.singleShot(100, read_and_close)
    assert run_app([]) == EXIT_CODE
    assert str(config) in shown[0]
    assert "line 4" in shown[0]
    assert "general.timezone" in shown[0]
    assert config.read_text(encoding="utf-8") == text  # never rewritten
