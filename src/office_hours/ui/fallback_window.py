"""Shown when the desktop has no system tray: the same controls, and how to get a tray.

Closing it keeps the app running (a second `office-hours` brings it back), because the
app still holds items and serves the command line.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from office_hours.engine import Status
from office_hours.i18n import tr
from office_hours.ui.actions import ShellActions
from office_hours.ui.icons import mode_icon
from office_hours.ui.status_text import summary_line
from office_hours.ui.widgets import TOOL_BUTTON_TEXT_ONLY, plain_label


class FallbackWindow(QWidget):
    def __init__(self, actions: ShellActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell_actions = actions  # not `actions`: QWidget.actions() exists
        self.setWindowTitle(tr("FallbackWindow", "Office Hours"))
        self.status_label = plain_label()
        font = QFont(self.status_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status_label.setFont(font)
        self.buttons: dict[str, QToolButton] = {}

        grid = QGridLayout()
        grid.addWidget(plain_label(tr("FallbackWindow", "Mode:")), 0, 0)
        grid.addLayout(
            self._row({"reachable": actions.reachable, "off_hours": actions.off_hours}), 0, 1
        )
        grid.addWidget(plain_label(tr("FallbackWindow", "Focus:")), 1, 0)
        focus = {f"focus_{m}": a for m, a in actions.focus_for.items()}
        grid.addLayout(self._row({**focus, "focus_open": actions.focus_open}), 1, 1)
        # Two rows of commands: one row of seven is wider than a small screen in Russian,
        # and a squeezed tool button cuts its text.
        commands = self._row(
            {
                "log_call": actions.log_call,
                "report": actions.report,
                "digest": actions.digest,
                "release_now": actions.release_now,
            }
        )
        more_commands = self._row(
            {
                "settings": actions.settings,
                "start_at_login": actions.start_at_login,
                "quit": actions.quit,
            }
        )

        # Commands sit on lines of their own so that wrapping never splits them at a hyphen.
        self.explanation = plain_label(
            tr(
                "FallbackWindow",
                "No system tray was found, so Office Hours shows this window instead.\n"
                'On GNOME, install and enable the "AppIndicator and KStatusNotifierItem Support" '
                "extension, then start Office Hours again.\n\n"
                "You can also use the command line, for example:\n"
                "    office-hours mode focus --for 50m\n"
                "    office-hours status\n\n"
                "Closing this window keeps Office Hours running. To bring it back, run:\n"
                "    office-hours",
            ),
            wrap=True,
        )
        self.notice_label = plain_label(wrap=True)
        self.notice_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_label.hide()

        self.mail_label = plain_label(wrap=True)  # one line per source and presence target
        self.mail_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.mail_label)
        layout.addLayout(grid)
        layout.addLayout(commands)
        layout.addLayout(more_commands)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.explanation)
        self._rows = (grid, commands, more_commands)
        self.setMinimumWidth(max(520, *(row.sizeHint().width() for row in self._rows)))
        actions.shell.status_changed.connect(self.show_status)
        self.show_status(actions.shell.status)

    def _row(self, named_actions: dict[str, QAction]) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, action in named_actions.items():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the wrapped lines at this width, also after a state line or a
        message was added: a top-level window does not follow heightForWidth by itself, and
        a short one squeezes its first and last lines."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def show_status(self, status: Status) -> None:
        self.status_label.setText(summary_line(status))
        margins = self.contentsMargins()
        if self.layout() is not None:
            margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        need = self.status_label.sizeHint().width() + margins.left() + margins.right()
        self.setMinimumWidth(max(self.minimumWidth(), need))  # the status line is never cut
        self.setWindowIcon(mode_icon(status.mode.kind, status.held))

    def show_state_lines(self, lines: dict[str, str]) -> None:
        """One line per source and presence target ("Mail work: connected"), rendered in
        the user's language by the tray app; a source gone from the config is gone here."""
        self.mail_label.setText("\n".join(lines.values()))
        self.mail_label.setVisible(bool(lines))
        self._fit_height()

    def show_message(self, title: str, body: str) -> None:
        """Notifications land here when there is no tray (plain text: untrusted)."""
        self.notice_label.setText(f"{title}\n{body}")
        self.notice_label.show()
        self._fit_height()

    def bring_up(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
