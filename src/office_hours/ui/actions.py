"""The controls, declared once as QActions: the tray menu and the fallback window share them."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from office_hours import autostart
from office_hours.domain.model import ModeKind
from office_hours.engine import Status
from office_hours.i18n import tr
from office_hours.ui.shell import Shell
from office_hours.ui.status_text import summary_line

FOCUS_MINUTES = (25, 50, 90)


class ShellActions(QObject):
    """Mode choices and commands; checked states follow the shell's status."""

    def __init__(self, shell: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.header = QAction("", self)
        self.header.setEnabled(False)  # a status line, not a command
        self.reachable = self._action(shell.reachable, checkable=True)
        self.focus_for = {
            minutes: self._action(partial(self._focus, minutes), checkable=True)
            for minutes in FOCUS_MINUTES
        }
        self.focus_open = self._action(partial(self._focus, None), checkable=True)
        self.off_hours = self._action(shell.off_hours, checkable=True)
        # One choice excludes the others: radio items, in the menu and in the window. None
        # may be checked (e.g. a focus block from the schedule has no length chosen here).
        self._focus_choice: QAction | None = None
        self.focus_group = QActionGroup(self)
        self.mode_group = QActionGroup(self)
        for group, members in (
            (self.focus_group, self.focus_actions()),
            (self.mode_group, [self.reachable, self.off_hours]),
        ):
            group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
            for action in members:
                group.addAction(action)
        self.digest = self._action(shell.digest)
        self.release_now = self._action(shell.release_now)
        self.log_call = self._action(shell.log_call)
        self.report = self._action(shell.weekly_report)
        self.settings = self._action(shell.settings)
        self.start_at_login = self._action(self._toggle_start_at_login, checkable=True)
        self.start_at_login.setChecked(autostart.is_enabled())
        self.start_at_login.setVisible(autostart.supported())
        self.quit = self._action(shell.quit)
        self.retranslate()
        shell.status_changed.connect(self.show_status)
        self.show_status(shell.status)

    def retranslate(self) -> None:
        """Every text, in the interface's language: at start and when it changes."""
        texts = {
            self.reachable: tr("ShellActions", "Reachable"),
            self.focus_open: tr("ShellActions", "Until I turn it off"),
            self.off_hours: tr("ShellActions", "Off hours"),
            self.digest: tr("ShellActions", "Digest…"),
            self.release_now: tr("ShellActions", "Release held items now"),
            self.log_call: tr("ShellActions", "Log a call…"),
            self.report: tr("ShellActions", "Weekly report…"),
            self.settings: tr("ShellActions", "Settings…"),
            self.start_at_login: tr("ShellActions", "Start at login"),
            self.quit: tr("ShellActions", "Quit"),
        }
        for minutes, action in self.focus_for.items():
            texts[action] = tr("ShellActions", "{minutes} min").format(minutes=minutes)
        for action, text in texts.items():
            action.setText(text)
            action.setIconText(text)  # buttons keep the "…" that says a window opens

    def _action(self, slot: object, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _toggle_start_at_login(self) -> None:
        """Write or remove the autostart entry; the check mark shows what is on disk."""
        try:
            autostart.set_enabled(self.start_at_login.isChecked())
        except OSError as exc:
            self.shell.message_requested.emit(
                tr("ShellActions", "Could not change start at login"), str(exc)
            )
        self.start_at_login.setChecked(autostart.is_enabled())

    def _focus(self, minutes: int | None) -> None:
        self._focus_choice = self.focus_for.get(minutes) if minutes else self.focus_open
        self.shell.focus(minutes)

    def focus_actions(self) -> list[QAction]:
        return [*self.focus_for.values(), self.focus_open]

    def show_status(self, status: Status) -> None:
        self.header.setText(summary_line(status))
        self.reachable.setChecked(status.mode.kind is ModeKind.REACHABLE)
        self.off_hours.setChecked(status.mode.kind is ModeKind.OFF_HOURS)
        in_focus = status.mode.kind is ModeKind.FOCUS
        if not in_focus:
            self._focus_choice = None
        for action in self.focus_actions():
            action.setChecked(in_focus and action is self._focus_choice)
        self.release_now.setEnabled(status.held > 0)
