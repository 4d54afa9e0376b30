"""Runs the mail sources beside the tray: their threads report here through queued signals,
so stored items refresh the tray and notify on the UI thread, and account states show in
the menu. Imported only when an account is configured (start-up stays lean)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from office_hours.config import Config
from office_hours.engine import Engine
from office_hours.storage.store import Store

if TYPE_CHECKING:
    from office_hours.sources.imap import AccountState, MailSources, Stored


class MailBridge(QObject):
    stored = Signal(object)  # sources.imap.Stored, emitted from a source thread
    state_changed = Signal(object)  # sources.imap.AccountState, emitted from a source thread
    states_changed = Signal(dict)  # account id -> plain-words state, on the UI thread

    def __init__(
        self,
        config: Config,
        database: Path,
        refresh: Callable[[list[int]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._config, self._database, self._refresh = config, database, refresh
        self.states: dict[str, str] = {a.account_id: "starting" for a in config.accounts}
        self._sources: MailSources | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self.stored.connect(self._on_stored, queued)
        self.state_changed.connect(self._on_state, queued)

    def _open_engine(self) -> Engine:
        """Each source thread gets its own connection: sqlite3 objects stay in one thread."""
        return Engine(self._config, Store(self._database))

    def start(self) -> None:
        from office_hours.sources.imap import MailSources

        self._sources = MailSources(
            self._config.accounts, self._open_engine, self.stored.emit, self.state_changed.emit
        )
        self._sources.start()

    def stop(self) -> None:
        if self._sources is not None:
            self._sources.stop()
            self._sources = None

    @Slot(object)
    def _on_stored(self, batch: Stored) -> None:
        self._refresh(list(batch.notify_keys))

    @Slot(object)
    def _on_state(self, state: AccountState) -> None:
        self.states[state.account_id] = state.text
        self.states_changed.emit(dict(self.states))
