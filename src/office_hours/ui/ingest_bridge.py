"""Runs the one ingest service beside the tray: its threads report here through queued
signals, so stored items refresh the tray and notify on the UI thread, and source states
show in the menu. A new config reaches the writer and the sources through `apply`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot

from office_hours.config import Config
from office_hours.domain.unread import UnreadView
from office_hours.engine import Engine
from office_hours.ingest import Delivered, IngestService
from office_hours.sources.base import Source
from office_hours.sources.state import SourceState, StateKind
from office_hours.storage.store import Store


class IngestBridge(QObject):
    delivered = Signal(object)  # ingest.Delivered, from the writer thread
    state_changed = Signal(str, str, object)  # name, label, SourceState | None; any thread
    states_changed = Signal(dict)  # name -> (label, SourceState), on the UI thread
    unread_changed = Signal(str, object)  # name, UnreadView | None; from the writer thread
    unread_views_changed = Signal(dict)  # name -> UnreadView, on the UI thread
    auto_reply_sent = Signal(object)  # storage.auto_replies.SentReply, from the sender thread

    def __init__(
        self,
        config: Config,
        database: Path,
        state_dir: Path,
        refresh: Callable[[list[int]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._state_dir, self._refresh = database, state_dir, refresh
        self.states: dict[str, tuple[str, SourceState]] = {}
        self.unread: dict[str, UnreadView] = {}
        self._stopped = False
        # Auto-replies (issue 17): planned after each stored batch, sent on their own thread.
        from datetime import UTC, datetime

        from office_hours.sending.auto_replier import AutoReplier

        self.replier = AutoReplier(
            database, lambda: datetime.now(UTC), self.auto_reply_sent.emit, self._send_problem
        )
        self.service = IngestService(
            config,
            self._open_engine,
            self._build,
            self.delivered.emit,
            self.state_changed.emit,
            self.unread_changed.emit,
            after_batch=self.replier.after_batch,
        )
        queued = Qt.ConnectionType.QueuedConnection
        self.delivered.connect(self._on_delivered, queued)
        self.state_changed.connect(self._on_state, queued)
        self.unread_changed.connect(self._on_unread, queued)

    def _open_engine(self, config: Config) -> Engine:
        return Engine(config, Store(self._database))

    def _read_cursor(self, source: str, key: str) -> str | None:
        """A source asks once, when it starts; a short-lived connection of its own thread."""
        store = Store(self._database)
        try:
            return store.cursor(source, key)
        finally:
            store.close()

    def _build(self, config: Config) -> Sequence[Source]:
        from office_hours.sources.registry import configured_sources

        return configured_sources(config, self._read_cursor, self._state_dir)

    def start(self) -> None:
        self.replier.start()
        self.service.start()

    def _send_problem(self, account_id: str, problem: Exception) -> None:
        """An auto-reply that could not be sent shows as its account's SMTP line in the menu."""
        kind = str(getattr(problem, "kind", "failed"))
        known = kind in StateKind._value2member_map_
        state = SourceState(StateKind(kind) if known else StateKind.FAILED, str(problem)[:200])
        self.state_changed.emit(f"smtp:{account_id}", f"Auto-replies {account_id}", state)

    def apply(self, config: Config) -> None:
        self.service.apply(config)

    def stop(self) -> None:
        """At quit. What the writer reported before it stopped may still wait in the event
        queue: once stopped it is dropped (it is stored; the store may be closed next)."""
        self._stopped = True
        self.service.stop()
        self.replier.stop()

    @Slot(object)
    def _on_delivered(self, delivered: Delivered) -> None:
        if self._stopped:
            return
        self._refresh(list(delivered.notify_keys))

    @Slot(str, str, object)
    def _on_state(self, name: str, label: str, state: SourceState | None) -> None:
        if self._stopped:
            return
        if state is None:
            self.states.pop(name, None)
        else:
            self.states[name] = (label, state)
        self.states_changed.emit(dict(self.states))

    @Slot(str, object)
    def _on_unread(self, name: str, view: UnreadView | None) -> None:
        if self._stopped:
            return
        if view is None:
            self.unread.pop(name, None)
        else:
            self.unread[name] = view
        self.unread_views_changed.emit(dict(self.unread))
