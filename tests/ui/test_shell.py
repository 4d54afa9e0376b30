"""Shell intents that open things: settings in the editor, windows, start-up errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from office_hours import paths
from office_hours.app import run_app
from office_hours.engine import Engine
from office_hours.ui.shell import Shell
from office_hours.ui.startup_error import EXIT_CODE

pytestmark = pytest.mark.gui


def test_settings_opens_the_file_and_says_when_it_applies(qtbot, engine: Engine) -> None:
    opened: list[QUrl] = []
    shell = Shell(engine, open_url=lambda url: opened.append(url) or True)
    shell.settings()
    assert opened == [QUrl.fromLocalFile(str(engine.config.path))]
    box = shell.window("settings")
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert "restart the app" in box.text()
    assert str(engine.config.path) in box.text()
    shell.close_windows()


def test_settings_without_an_editor_names_the_file(qtbot, engine: Engine) -> None:
    shell = Shell(engine, open_url=lambda _url: False)
    shell.settings()
    assert shell.window("settings").text().startswith("No editor could be opened")
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
