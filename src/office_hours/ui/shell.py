"""The shell's state and intents, shared by the tray menu and the fallback window.

Views call these methods and listen to `status_changed`; only this object talks to the
engine for them, so the tray and the window can never disagree about the mode.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from office_hours.domain.model import ModeKind
from office_hours.engine import Engine, Status
from office_hours.i18n import tr
from office_hours.storage.store import StoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from office_hours.config import Config, ConfigError

# Re-read the mode at least this often, so that a change made elsewhere shows up even
# without a refresh request (and so that a schedule change is never missed for long).
POLL_MS = 30_000
_SETTLE_MS = 50  # read just after a transition, not just before it


class Shell(QObject):
    status_changed = Signal(object)  # engine.Status
    released = Signal(object)  # storage.store.Release: held items came back (announce it)
    message_requested = Signal(str, str)  # title, plain-text body; the view shows it
    quit_requested = Signal()
    config_changed = Signal(object)  # config.Config, published (file, settings, digest)
    config_failed = Signal(object)  # config.ConfigError, or None once the file is valid again

    def __init__(
        self,
        engine: Engine,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        parent: QObject | None = None,
        release_on_refresh: bool = True,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        # The tray app turns this on once it is visible: a release due at start writes (and
        # fsyncs) the store, which the first paint need not wait for.
        self.release_on_refresh = release_on_refresh
        self._open_url = open_url
        self._status: Status | None = None
        self._windows: dict[str, QWidget] = {}
        self._published = engine.config  # what every listener was last told
        self.unread_lines: list[str] = []  # unread mail per client, for the digest (tray_app)
        self.config_problem: ConfigError | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    @property
    def status(self) -> Status:
        return self._status if self._status is not None else self.refresh()

    def refresh(self) -> Status:
        """Release what is due, re-read mode and held count, tell the views, and wake again
        at the next change of mode or the next batch time."""
        try:
            release = self.engine.release_due() if self.release_on_refresh else None
            status = self.engine.status()
        except (StoreError, sqlite3.Error) as exc:
            self._timer.start(POLL_MS)
            self.message_requested.emit(tr("Shell", "Could not read the state"), str(exc))
            if self._status is None:
                raise
            return self._status
        self._status = status
        wait_ms = POLL_MS
        for at in (status.mode.until, status.next_batch):
            if at is not None:
                to_change = (at - status.now).total_seconds() * 1000
                wait_ms = int(max(_SETTLE_MS, min(wait_ms, to_change + _SETTLE_MS)))
        self._timer.start(wait_ms)
        self.status_changed.emit(status)
        if release is not None:
            self.released.emit(release)
        return status

    # -- intents ---------------------------------------------------------------------------

    def set_mode(self, kind: ModeKind | None, minutes: int | None = None) -> None:
        until = self.engine.clock() + timedelta(minutes=minutes) if minutes else None
        try:
            self.engine.set_mode(kind, until=until, origin="tray")
        except (ValueError, StoreError, sqlite3.Error) as exc:
            self.message_requested.emit(tr("Shell", "Could not change the mode"), str(exc))
        self.refresh()

    def reachable(self) -> None:
        self.set_mode(ModeKind.REACHABLE)

    def focus(self, minutes: int | None) -> None:
        """Focus for `minutes`, or until turned off when None."""
        self.set_mode(ModeKind.FOCUS, minutes)

    def off_hours(self) -> None:
        self.set_mode(ModeKind.OFF_HOURS)

    def release_now(self) -> None:
        """Everything held comes back now, as one summary."""
        try:
            release = self.engine.release_now()
        except (StoreError, sqlite3.Error) as exc:
            self.message_requested.emit(tr("Shell", "Could not release the held items"), str(exc))
            return
        self.refresh()
        if release is not None:
            self.released.emit(release)
        else:
            self.message_requested.emit(tr("Shell", "Nothing is waiting"), "")

    def digest(self) -> None:
        """The digest window, imported on first use (start-up stays lean)."""
        window = self._windows.get("digest")
        if window is None:
            from office_hours.ui.digest_window import DigestWindow

            window = DigestWindow(self.engine, self._open_url)
            window.changed.connect(self._digest_changed)
            window.show_unread(self.unread_lines)
        else:
            window.reload()  # type: ignore[attr-defined]
        self._show("digest", window)

    def log_call(self) -> None:
        """A fresh dialog each time, unless one is open: then what was typed is kept."""
        open_dialog = self._windows.get("log_call")
        if open_dialog is not None and open_dialog.isVisible():
            self._show("log_call", open_dialog)
            return
        from office_hours.ui.log_call import LogCallDialog

        dialog = LogCallDialog(self.engine)
        dialog.call_logged.connect(lambda _call_id: self.refresh())
        dialog.confirmed.connect(self.message_requested)  # "Logged 20 min with ACME"
        self._show("log_call", dialog)

    def weekly_report(self) -> None:
        window = self._windows.get("report")
        if window is None:
            from office_hours.ui.report_window import ReportWindow

            window = ReportWindow(self.engine)
        self._show("report", window)

    def settings(self) -> None:
        """The settings dialog (one at a time); what it saves applies at once."""
        open_dialog = self._windows.get("settings")
        if open_dialog is not None and open_dialog.isVisible():
            self._show("settings", open_dialog)
            return
        from office_hours.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.engine.config.path)
        dialog.saved.connect(self.apply_config)
        self._show("settings", dialog)

    def first_run(self) -> None:
        """The first-run wizard, beside a working tray (the default config is in place)."""
        from office_hours.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.engine.config.path)
        wizard.saved.connect(self.apply_config)
        self._show("first_run", wizard)

    def apply_config(self, config: Config) -> None:
        """The one place a new config is published, whoever made it (the file watcher, the
        settings dialog, the wizard, the digest's "assign"): this engine, and through
        `config_changed` the ingest service, the sources, presence and the notifier, use it
        from now on, and open windows show it."""
        if self.config_problem is not None:
            self.config_problem = None
            self.config_failed.emit(None)
        if config == self._published:
            return
        self._published = config
        self.engine.reconfigure(config)
        self.config_changed.emit(config)
        self._refresh_windows()
        self.refresh()

    def config_invalid(self, problem: ConfigError) -> None:
        """An edit broke the file: the running config stays, and the user is told where."""
        self.config_problem = problem
        self.config_failed.emit(problem)
        self.message_requested.emit(
            tr("Shell", "Your settings file has an error; the previous settings stay in use"),
            str(problem),
        )

    def _digest_changed(self) -> None:
        """ "Assign to client" wrote a rule and reconfigured the engine: publish it."""
        if self.engine.config is not self._published:
            self.apply_config(self.engine.config)
        self.refresh()

    def _refresh_windows(self) -> None:
        """Open windows show the new clients, hours and time zone at once."""
        for window in self._windows.values():
            refresh = getattr(window, "config_changed", None)
            if callable(refresh):
                refresh()

    def retranslate_windows(self) -> None:
        """A new interface language: each open window is built again with its texts (the
        settings dialog is left alone: it holds what the user may be typing)."""
        open_names = [
            name
            for name, window in self._windows.items()
            if window.isVisible() and name not in ("settings", "first_run")
        ]
        builders = {"digest": self.digest, "log_call": self.log_call, "report": self.weekly_report}
        for name in open_names:
            old = self._windows.pop(name)
            geometry = old.geometry()
            old.close()
            old.deleteLater()
            builders[name]()
            self._windows[name].setGeometry(geometry)

    def quit(self) -> None:
        self.quit_requested.emit()

    # -- windows -----------------------------------------------------------------------------

    def window(self, name: str) -> QWidget | None:
        """The open window called `name` ("log_call", "report", "settings", "first_run")."""
        return self._windows.get(name)

    def _show(self, name: str, window: QWidget) -> None:
        old = self._windows.get(name)
        if old is not None and old is not window:
            old.close()
            old.deleteLater()
        self._windows[name] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def describe_windows(self) -> dict[str, object]:
        """The open windows, and what those that can say it show."""
        out: dict[str, object] = {}
        for name, window in self._windows.items():
            describe = getattr(window, "describe", None)
            out[name] = describe() if callable(describe) else {"visible": window.isVisible()}
        return out

    def close_windows(self) -> None:
        """At quit: the windows close, and the status poll stops (the store closes next)."""
        self._timer.stop()
        for window in self._windows.values():
            window.close()
            window.deleteLater()
        self._windows.clear()
