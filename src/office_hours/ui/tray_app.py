"""Wires the running app together: command socket -> shell -> tray or window, notifier."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from office_hours.engine import Engine, Status
from office_hours.i18n import tr
from office_hours.ui.host import ShellHost
from office_hours.ui.shell import Shell
from office_hours.ui.status_text import tooltip

if TYPE_CHECKING:
    from office_hours.ui.ipc_server import IpcServer
    from office_hours.ui.notify import Notifier, Send


class TrayApp(QObject):
    quit_requested = Signal()
    report_announced = Signal(str)  # the ISO week

    def __init__(
        self,
        engine: Engine,
        server: IpcServer | None,
        wait_s: float | None = None,
        send: Send | None = None,
        tray_available: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.shell = Shell(engine, parent=self, release_on_refresh=False)
        if tray_available is None:
            self.host = ShellHost(self.shell, wait_s, parent=self)
        else:
            self.host = ShellHost(self.shell, wait_s, tray_available, parent=self)
        self._send = send
        self._notifier: Notifier | None = None
        self._telling: set[int] = set()  # releases whose notification is on its way
        self._carried: dict[int, Any] = {}  # unseen break-throughs, across a new notifier
        self._reminders: list[Any] = []  # "remind me at the next batch", likewise
        self.mail_states: dict[str, str] = {}  # account id -> plain words (see mail_bridge)
        self.shell.message_requested.connect(self.host.show_message)
        self.shell.released.connect(lambda _release: self.announce())
        self.source_states: dict[str, str] = {}  # label -> plain words (see source_bridge)
        self.presence_states: dict[str, str] = {}  # label -> plain words (presence_bridge)
        self.host.shown.connect(lambda: self.show_mail_states(self.mail_states))
        self.host.shown.connect(lambda: self.show_source_states(self.source_states))
        self.shell.quit_requested.connect(self.quit_requested)
        self.shell.status_changed.connect(self.announce_report)
        self.shell.config_changed.connect(self._settings_saved)
        if server is not None:
            server.quit_requested.connect(self.quit_requested)
            server.activate_requested.connect(lambda _argv: self.host.activate())
            server.refresh_requested.connect(self.refresh)
            server.describe = self.describe

    @property
    def notifier(self) -> Notifier:
        """Created on first use: most starts notify nothing for a while."""
        if self._notifier is None:
            from office_hours.ui.notify import Notifier, critical_send, default_dbus, plyer_send

            config = self.engine.config
            self._notifier = Notifier(
                config.notifications,
                config.clients,
                self.host.show_message,
                self._send or plyer_send,
                self,
                send_critical=self._send or critical_send,
                dbus=default_dbus() if self._send is None else None,
            )
            self._notifier.release_told.connect(self._told)  # queued: back on this thread
            self._connect_notifier(self._notifier)
            self._notifier.waiting.update(self._carried)  # a settings save made it anew
            self._notifier.reminders.extend(self._reminders)
        return self._notifier

    def _connect_notifier(self, notifier: Notifier) -> None:
        """A waiting break-through shows in the tray until seen; the notification's actions
        open the digest or teach the rule, as the digest's own buttons do."""
        notifier.waiting_changed.connect(self.show_waiting)
        notifier.open_requested.connect(lambda _item_id: self.shell.digest())
        notifier.not_urgent_requested.connect(self.engine.mark_not_urgent)

    def show_waiting(self, title: str) -> None:
        if self.host.tray is not None:
            self.host.tray.show_waiting(title, self.open_waiting)

    def open_waiting(self) -> None:
        if self._notifier is not None:
            self._notifier.open_waiting()

    def _settings_saved(self, _config: object) -> None:
        """The notifier holds the notifications switch and the clients: make it anew."""
        if self._notifier is not None:
            self._carried = dict(self._notifier.waiting)
            self._reminders = list(self._notifier.reminders)
            self._notifier.shutdown()
            self._notifier = None

    def describe(self) -> dict[str, Any]:
        """What the tray shows right now (the `state` command; scripts and tests read it)."""
        status = self.shell.status
        return {
            "mode": status.mode.kind.value,
            "until": status.mode.until.isoformat() if status.mode.until else None,
            "held": status.held,
            "tooltip": tooltip(status),
            "accounts": dict(self.mail_states),
            "sources": dict(self.source_states),
            "presence": dict(self.presence_states),
            "waiting": [n.title for n in self._notifier.waiting.values()] if self._notifier else [],
        }

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self.host.start()
        QTimer.singleShot(0, self.begin_releases)  # once the event loop runs

    def begin_releases(self) -> None:
        """Release what fell due while the app was not running, and tell what a crash left
        untold (it is told now, never released again); from now on every refresh checks."""
        self.shell.release_on_refresh = True
        self.shell.refresh()
        self.announce()

    def announce(self) -> int:
        """One summary notification per release not yet announced. It is recorded as
        announced once sent (or shown in the tray), so a crash before that tells it again at
        the next start; it is never released again."""
        pending = [
            r for r in self.engine.store.unannounced_releases() if r.release_id not in self._telling
        ]
        for release in pending:
            # The notifier is made only when there is something to say: start-up stays lean.
            if self.notifier.notify_release(release):
                self._telling.add(release.release_id)
            else:  # notifications are off: nothing to wait for
                self.engine.store.mark_announced(release.release_id, self.engine.clock())
        return len(pending)

    def _told(self, release_id: int) -> None:
        self._telling.discard(release_id)
        self.engine.store.mark_announced(release_id, self.engine.clock())

    def show_mail_states(self, states: dict[str, str]) -> None:
        """Account states from the mail sources: one line each in the tray menu."""
        self.mail_states = dict(states)
        if self.host.tray is not None:
            self.host.tray.show_accounts(self.mail_states)
        if self.host.window is not None:
            self.host.window.show_accounts(self.mail_states)

    def show_source_states(self, states: dict[str, str]) -> None:
        """Chat and desktop source states: one line each in the tray menu."""
        self.source_states = dict(states)
        shown = {**self.source_states, **self.presence_states}
        if self.host.tray is not None:
            self.host.tray.show_sources(shown)
        if self.host.window is not None:
            self.host.window.show_sources(shown)

    def show_presence_states(self, states: dict[str, str]) -> None:
        """Do-not-disturb and chat status targets: one line each, after the sources'."""
        self.presence_states = dict(states)
        self.show_source_states(self.source_states)

    def refresh(self, item_keys: list[int]) -> None:
        """Another process (ingest, `mode`, `release`) changed the store: re-read it, notify
        about new items, and announce releases it made."""
        self.shell.refresh()
        if item_keys:
            self.notifier.notify_items(self.engine.store.decided_items(item_keys))
        self.announce()

    def announce_report(self, status: Status | None = None) -> str | None:
        """On Monday morning, once: "last week's report is ready". The shell's status poll
        (every 30 s, and on every change) calls this; the decision is report_due's."""
        from office_hours.domain.report_due import report_due

        config = self.engine.config
        if not config.report_notify:
            return None
        now = status.now if status is not None else self.engine.clock()
        store = self.engine.store
        try:
            last = store.report_announced()
            week = report_due(now, config.timezone, config.report_notify_at, last)
            if week is None:
                return None
            store.set_report_announced(week)  # first: announced once even if showing fails
        except sqlite3.Error:  # a busy or broken store: the next status poll tries again
            return None
        if last is None:  # the first start ever: nothing was counted last week yet
            return None
        self.notifier.notify(
            tr("TrayApp", "Your weekly report is ready"),
            tr(
                "TrayApp", "Week {week}: see who interrupted how often, and what to propose."
            ).format(week=week),
        )
        self.report_announced.emit(week)
        return week

    def dispose(self) -> None:
        self.host.dispose()
        self.shell.close_windows()
        if self._notifier is not None:
            self._notifier.shutdown()
