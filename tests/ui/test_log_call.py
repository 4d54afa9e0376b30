"""The "Log a call…" dialog records through the engine and shows errors in place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from office_hours.domain.model import Channel
from office_hours.engine import Engine
from office_hours.ui.log_call import LogCallDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, engine: Engine) -> LogCallDialog:
    made = LogCallDialog(engine)
    qtbot.addWidget(made)
    return made


def calls(engine: Engine):
    return engine.store.calls_between(
        engine.clock() - timedelta(days=1), engine.clock() + timedelta(days=1)
    )


def test_logs_a_meeting(qtbot, dialog: LogCallDialog, engine: Engine) -> None:
    assert dialog.client_box.currentText() == "ACME <Corp> & Co"
    assert dialog.started_at() == engine.clock() - timedelta(minutes=15)
    dialog.minutes_box.setValue(40)
    assert dialog.started_at() == engine.clock() - timedelta(minutes=40)  # follows the length
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData("meeting"))
    dialog.note_edit.setText("scope <review>")
    with qtbot.waitSignal(dialog.call_logged):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    [call] = calls(engine)
    assert (call.client_id, call.minutes, call.channel) == ("acme", 40, Channel.MEETING)
    assert call.at == engine.clock() - timedelta(minutes=40)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_future_call_is_refused_in_the_dialog(
    qtbot, dialog: LogCallDialog, engine: Engine
) -> None:
    dialog.when_edit.setDateTime(dialog.to_qdatetime(engine.clock() + timedelta(hours=2)))
    dialog.minutes_box.setValue(30)  # a chosen time no longer follows the length
    assert dialog.started_at() == engine.clock() + timedelta(hours=2)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == (
        "The call was not logged: a call cannot be logged in the future"
    )
    assert calls(engine) == []
    assert dialog.result() != dialog.DialogCode.Accepted


def test_shows_the_time_in_the_configured_zone(dialog: LogCallDialog) -> None:
    assert dialog.when_edit.text() == "2026-11-18 09:45"  # 08:45 UTC is 09:45 in Berlin


def test_the_tray_confirms_what_was_logged(qtbot, engine: Engine) -> None:
    """After OK the dialog closes and the tray (or the no-tray window) says what was logged."""
    from office_hours.ui.shell import Shell

    shell = Shell(engine)
    shell.log_call()
    dialog = shell.window("log_call")
    assert isinstance(dialog, LogCallDialog)
    dialog.minutes_box.setValue(20)
    with qtbot.waitSignal(shell.message_requested) as said:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert said.args == ["Log a call", "Logged 20 min with ACME <Corp> & Co"]
    assert not dialog.isVisible()
    shell.close_windows()
