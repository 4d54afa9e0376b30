""" "Log a call…": calls and meetings no integration can see, recorded through the engine.

Errors (a time in the future, a locked database) are shown in the dialog; nothing is
raised into Qt and nothing is written unless the engine accepts the call.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from office_hours.domain.model import Channel
from office_hours.engine import Engine
from office_hours.i18n import tr
from office_hours.storage.store import StoreError
from office_hours.ui.widgets import name_buttons, plain_label

DEFAULT_MINUTES = 15
NOTE_MAX = 500


class LogCallDialog(QDialog):
    call_logged = Signal(int)  # the new call's id
    confirmed = Signal(str, str)  # title, plain words: "Logged 20 min with ACME" for the tray

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(tr("LogCallDialog", "Log a call"))
        self.setMinimumWidth(380)
        self.zone = QTimeZone(engine.config.timezone.encode())
        self.confirmation = ""  # what was logged, once it was

        self.client_box = QComboBox()
        for client in engine.config.clients:
            self.client_box.addItem(client.name, client.client_id)  # combo items are plain
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, 600)
        self.minutes_box.setSuffix(tr("LogCallDialog", " min"))
        self.minutes_box.setValue(DEFAULT_MINUTES)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setTimeZone(self.zone)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        self._when_touched = False
        self._follow_minutes()
        self.when_edit.dateTimeChanged.connect(self._touched)
        self.minutes_box.valueChanged.connect(self._follow_minutes)
        self.channel_box = QComboBox()
        self.channel_box.addItem(tr("LogCallDialog", "Call"), Channel.CALL.value)
        self.channel_box.addItem(tr("LogCallDialog", "Meeting"), Channel.MEETING.value)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.error_label = plain_label(wrap=True)
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(tr("LogCallDialog", "Client"), self.client_box)
        form.addRow(tr("LogCallDialog", "Length"), self.minutes_box)
        form.addRow(
            tr("LogCallDialog", "Started at ({zone})").format(zone=engine.config.timezone),
            self.when_edit,
        )
        form.addRow(tr("LogCallDialog", "Kind"), self.channel_box)
        form.addRow(tr("LogCallDialog", "Note"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if not engine.config.clients:
            self.show_error(
                tr(
                    "LogCallDialog",
                    "There are no clients in your settings yet. Add one as a "
                    "[[clients]] table in {path}.",
                ).format(path=engine.config.path)
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    # -- the start time follows the length until the user picks one -----------------------

    def config_changed(self) -> None:
        """New clients: the list follows, keeping the chosen one where it still exists."""
        chosen = self.client_box.currentData()
        self.client_box.clear()
        for client in self.engine.config.clients:
            self.client_box.addItem(client.name, client.client_id)
        index = self.client_box.findData(chosen)
        if index >= 0:
            self.client_box.setCurrentIndex(index)

    def _follow_minutes(self) -> None:
        if self._when_touched:
            return
        start = self.engine.clock() - timedelta(minutes=self.minutes_box.value())
        self.when_edit.blockSignals(True)
        self.when_edit.setDateTime(self.to_qdatetime(start))
        self.when_edit.blockSignals(False)

    def _touched(self) -> None:
        self._when_touched = True

    def to_qdatetime(self, at: datetime) -> QDateTime:
        return QDateTime.fromMSecsSinceEpoch(round(at.timestamp() * 1000), self.zone)

    def started_at(self) -> datetime:
        return datetime.fromtimestamp(self.when_edit.dateTime().toMSecsSinceEpoch() / 1000, UTC)

    # -- accept -------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        client = self.engine.config.client(str(self.client_box.currentData()))
        if client is None:
            self.show_error(tr("LogCallDialog", "Choose a client."))
            return
        try:
            call_id = self.engine.log_call(
                client,
                self.minutes_box.value(),
                self.started_at(),
                self.note_edit.text().strip(),
                Channel(self.channel_box.currentData()),
            )
        except (ValueError, StoreError, sqlite3.Error) as exc:
            self.show_error(
                tr("LogCallDialog", "The call was not logged: {error}").format(error=exc)
            )
            return
        self.confirmation = tr("cli", "Logged {minutes} min with {client}").format(
            minutes=self.minutes_box.value(), client=client.name
        )
        self.call_logged.emit(call_id)
        self.confirmed.emit(tr("LogCallDialog", "Log a call"), self.confirmation)
        super().accept()
