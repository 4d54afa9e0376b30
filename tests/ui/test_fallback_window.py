"""No system tray (vanilla GNOME, offscreen): a window with the same controls appears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from office_hours.domain.model import ModeKind
from office_hours.engine import Engine
from office_hours.ui.host import ShellHost, tray_wait_seconds
from office_hours.ui.shell import Shell

pytestmark = pytest.mark.gui


@pytest.fixture
def host(qtbot, engine: Engine):
    hosts: list[ShellHost] = []

    def make(wait_s: float = 0, tray_available=QSystemTrayIcon.isSystemTrayAvailable):
        made = ShellHost(Shell(engine), wait_s, tray_available)
        hosts.append(made)
        return made

    yield make
    for made in hosts:
        made.dispose()


def test_no_tray_shows_the_window_with_controls(qtbot, host) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has none
    shell_host = host(wait_s=0)
    shell_host.start()
    window = shell_host.window
    assert window is not None
    assert shell_host.tray is None
    qtbot.waitExposed(window)
    texts = {name: button.text() for name, button in window.buttons.items()}
    assert texts == {
        "reachable": "Reachable",
        "off_hours": "Off hours",
        "focus_25": "25 min",
        "focus_50": "50 min",
        "focus_90": "90 min",
        "focus_open": "Until I turn it off",
        "log_call": "Log a call…",
        "report": "Weekly report…",
        "digest": "Digest…",
        "release_now": "Release held items now",
        "settings": "Settings…",
        "start_at_login": "Start at login",
        "quit": "Quit",
    }
    explanation = window.explanation.text()
    assert "No system tray was found" in explanation
    assert "AppIndicator" in explanation
    assert "office-hours mode focus" in explanation
    assert window.explanation.textFormat() == Qt.TextFormat.PlainText
    assert window.status_label.text() == "Reachable until 18:00 · next batch 13:30 · 0 waiting"


def test_window_buttons_drive_the_engine(qtbot, host, engine: Engine) -> None:
    shell_host = host(wait_s=0)
    shell_host.start()
    window = shell_host.window
    qtbot.mouseClick(window.buttons["focus_25"], Qt.MouseButton.LeftButton)
    assert engine.mode().kind is ModeKind.FOCUS
    assert window.status_label.text() == "Focus until 10:25 · next batch 13:30 · 0 waiting"
    qtbot.mouseClick(window.buttons["reachable"], Qt.MouseButton.LeftButton)
    assert engine.mode().kind is ModeKind.REACHABLE
    assert window.buttons["reachable"].isChecked()
    with qtbot.waitSignal(shell_host.shell.quit_requested):
        qtbot.mouseClick(window.buttons["quit"], Qt.MouseButton.LeftButton)


def test_waits_for_a_late_tray_before_falling_back(qtbot, host) -> None:
    answers = iter([False, False, True])
    shell_host = host(wait_s=5, tray_available=lambda: next(answers, True))
    with qtbot.waitSignal(shell_host.tray_shown, timeout=3000):
        shell_host.start()
        assert shell_host.tray is None
        assert shell_host.window is None
    assert shell_host.window is None  # the tray came: no window


def test_falls_back_only_after_the_wait(qtbot, host) -> None:
    shell_host = host(wait_s=0.6, tray_available=lambda: False)
    shell_host.start()
    assert shell_host.window is None
    with qtbot.waitSignal(shell_host.fallback_shown, timeout=3000):
        pass
    assert shell_host.window is not None
    assert shell_host.window.isVisible()


def test_activation_brings_the_window_back(qtbot, host) -> None:
    shell_host = host(wait_s=0)
    shell_host.start()
    shell_host.window.close()  # closing keeps the app running
    assert not shell_host.window.isVisible()
    shell_host.activate()
    assert shell_host.window.isVisible()
    shell_host.show_message("Eve <eve@acme.com>", "<b>x</b>")
    assert shell_host.window.notice_label.text() == "Eve <eve@acme.com>\n<b>x</b>"


def test_wait_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFICE_HOURS_TRAY_WAIT_S", "0")
    assert tray_wait_seconds("xcb") == 0
    monkeypatch.setenv("OFFICE_HOURS_TRAY_WAIT_S", "2.5")
    assert tray_wait_seconds("offscreen") == 2.5
    monkeypatch.setenv("OFFICE_HOURS_TRAY_WAIT_S", "soon")
    assert tray_wait_seconds("xcb") == 10
    monkeypatch.delenv("OFFICE_HOURS_TRAY_WAIT_S")
    assert tray_wait_seconds("xcb") == 10  # a tray may come late at login
    assert tray_wait_seconds("offscreen") == 0  # never comes: decide at once


def test_mail_account_states_show_in_the_window(qtbot, engine) -> None:
    from office_hours.ui.actions import ShellActions
    from office_hours.ui.fallback_window import FallbackWindow
    from office_hours.ui.shell import Shell

    shell = Shell(engine)
    window = FallbackWindow(ShellActions(shell))
    qtbot.addWidget(window)
    assert window.mail_label.isHidden()
    window.show_state_lines(
        {"imap:work": "Mail work: connected", "imap:home": "Mail home: login refused"}
    )
    assert not window.mail_label.isHidden()
    assert window.mail_label.text() == "Mail work: connected\nMail home: login refused"
