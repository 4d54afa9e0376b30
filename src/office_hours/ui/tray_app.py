"""Wires the running app together: command socket -> shell -> tray or window, notifier."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from office_hours.engine import Engine
from office_hours.ui.host import ShellHost
from office_hours.ui.shell import Shell
from office_hours.ui.status_text import tooltip

if TYPE_CHECKING:
    from office_hours.ui.ipc_server import IpcServer
    from office_hours.ui.notify import Notifier, Send


class TrayApp(QObject):
    quit_requested = Signal()

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
        self.shell = Shell(engine, parent=self)
        if tray_available is None:
            self.host = ShellHost(self.shell, wait_s, parent=self)
        else:
            self.host = ShellHost(self.shell, wait_s, tray_available, parent=self)
        self._send = send
        self._notifier: Notifier | None = None
        self.mail_states: dict[str, str] = {}  # account id -> plain words (see mail_bridge)
        self.shell.message_requested.connect(self.host.show_message)
        self.host.shown.connect(lambda: self.show_mail_states(self.mail_states))
        self.shell.quit_requested.connect(self.quit_requested)
        if server is not None:
            server.quit_requested.connect(self.quit_requested)
            server.activate_requested.connect(lambda _argv: self.host.activate())
            server.refresh_requested.connect(self.refresh)
            server.describe = self.describe

    @property
    def notifier(self) -> Notifier:
        """Created on first use: most starts notify nothing for a while."""
        if self._notifier is None:
            from office_hours.ui.notify import Notifier, plyer_send

            config = self.engine.config
            self._notifier = Notifier(
                config.notifications,
                config.clients,
                self.host.show_message,
                self._send or plyer_send,
                self,
            )
        return self._notifier

    def describe(self) -> dict[str, Any]:
        """What the tray shows right now (the `state` command; scripts and tests read it)."""
        status = self.shell.status
        return {
            "mode": status.mode.kind.value,
            "until": status.mode.until.isoformat() if status.mode.until else None,
            "held": status.held,
            "tooltip": tooltip(status),
            "accounts": dict(self.mail_states),
        }

    def start(self) -> None:
        self.host.start()

    def show_mail_states(self, states: dict[str, str]) -> None:
        """Account states from the mail sources: one line each in the tray menu."""
        self.mail_states = dict(states)
        if self.host.tray is not None:
            self.host.tray.show_accounts(self.mail_states)
        if self.host.window is not None:
            self.host.window.show_accounts(self.mail_states)

    def refresh(self, item_keys: list[int]) -> None:
        """Another process (ingest, `mode`) changed the store: re-read it and notify."""
        self.shell.refresh()
        if item_keys:
            self.notifier.notify_items(self.engine.store.decided_items(item_keys))

    def dispose(self) -> None:
        self.host.dispose()
        self.shell.close_windows()
        if self._notifier is not None:
            self._notifier.shutdown()
