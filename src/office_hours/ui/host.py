"""Decides where the shell lives: the system tray, or a small window when there is none.

At login the tray often appears a few seconds after autostarted apps (aw-qt's lesson), so
the host polls for it — without blocking — before falling back to the window.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from office_hours.i18n import tr
from office_hours.ui.actions import ShellActions
from office_hours.ui.shell import Shell
from office_hours.ui.status_text import mode_line

if TYPE_CHECKING:  # imported when needed: only one of them is ever shown at start
    from office_hours.ui.fallback_window import FallbackWindow
    from office_hours.ui.tray import TrayIcon

log = logging.getLogger(__name__)

DEFAULT_TRAY_WAIT_S = 10.0
POLL_MS = 500
NO_TRAY_PLATFORMS = ("offscreen", "minimal")  # Qt platforms that never get a tray


def tray_wait_seconds(platform: str = "") -> float:
    """OFFICE_HOURS_TRAY_WAIT_S overrides the wait (tests use 0: decide at once); on a
    platform that can never have a tray there is nothing to wait for."""
    default = 0.0 if platform in NO_TRAY_PLATFORMS else DEFAULT_TRAY_WAIT_S
    try:
        return max(0.0, float(os.environ.get("OFFICE_HOURS_TRAY_WAIT_S", default)))
    except ValueError:
        return default


class ShellHost(QObject):
    tray_shown = Signal()
    fallback_shown = Signal()
    shown = Signal()  # either of them: the app is visible

    def __init__(
        self,
        shell: Shell,
        wait_s: float | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
        preview: QSystemTrayIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self.shell = shell
        self._preview = preview  # the first paint's icon, already shown: the tray adopts it
        self.actions = ShellActions(shell, self)
        if wait_s is None:
            wait_s = tray_wait_seconds(QGuiApplication.platformName())
        self.wait_ms = int(1000 * wait_s)
        self._tray_available = tray_available
        self.tray: TrayIcon | None = None  # once there is a tray
        self.window: FallbackWindow | None = None  # once we gave up waiting for one
        self._elapsed = QElapsedTimer()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_tray)

    def start(self) -> None:
        self._elapsed.start()
        self._check_tray()
        if self.tray is None and self.window is None:
            self._poll.start()

    def _check_tray(self) -> None:
        if self._tray_available():
            self._poll.stop()
            self.show_tray()
        elif self._elapsed.elapsed() >= self.wait_ms:
            self._poll.stop()
            self.show_fallback()

    def show_tray(self) -> None:
        from office_hours.ui.tray import TrayIcon

        if self.tray is None:
            self.tray = TrayIcon(self.shell, self.actions, self, icon=self._preview)
            self._preview = None
        self.tray.show()
        self.tray_shown.emit()
        self.shown.emit()

    def show_fallback(self) -> None:
        from office_hours.ui.fallback_window import FallbackWindow

        if self._preview is not None:  # the tray went away meanwhile: no stray icon
            self._preview.hide()
            self._preview = None
        log.warning("no system tray found; showing the Office Hours window instead")
        if self.window is None:
            self.window = FallbackWindow(self.actions)
        self.window.bring_up()
        self.fallback_shown.emit()
        self.shown.emit()

    def show_message(self, title: str, body: str) -> None:
        """Notifications that the desktop could not show (plain text)."""
        if self.tray is not None:
            self.tray.show_message(title, body)
        elif self.window is not None:
            self.window.show_message(title, body)
        else:
            log.info("no tray or window yet for the message %r", title)

    def activate(self) -> None:
        """A second start handed over: show where we are."""
        if self.window is not None:
            self.window.bring_up()
        elif self.tray is not None:
            self.tray.show_message(
                tr("ShellHost", "Office Hours is already running"), mode_line(self.shell.status)
            )

    def retranslate(self) -> None:
        """The interface language changed: the actions and the tray take the new texts;
        the fallback window, with texts of its own, is built anew in its place."""
        self.actions.retranslate()
        self.actions.show_status(self.shell.status)
        if self.tray is not None:
            self.tray.retranslate()
        if self.window is not None:
            from office_hours.ui.fallback_window import FallbackWindow

            old, self.window = self.window, FallbackWindow(self.actions)
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
            self.window.bring_up()

    def dispose(self) -> None:
        self._poll.stop()
        if self.tray is not None:
            self.tray.dispose()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
