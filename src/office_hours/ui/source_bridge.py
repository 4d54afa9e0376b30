"""Runs the chat and desktop sources beside the tray: their threads report here through
queued signals, so stored items refresh the tray and notify on the UI thread, and source
states show in the menu. Imported only when a source is configured."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot

from office_hours.config import Config
from office_hours.engine import Engine
from office_hours.sources.base import Source
from office_hours.sources.runner import Delivered, SourceRunner
from office_hours.storage.store import Store


class SourceBridge(QObject):
    delivered = Signal(object)  # sources.runner.Delivered, from the ingest thread
    state_changed = Signal(str, str)  # source name, plain words; from a source thread
    states_changed = Signal(dict)  # label -> plain-words state, on the UI thread

    def __init__(
        self,
        config: Config,
        database: Path,
        sources: Sequence[Source],
        refresh: Callable[[list[int]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._config, self._database, self._refresh = config, database, refresh
        self._labels = {s.name: s.label for s in sources}
        self.states: dict[str, str] = {s.label: "starting" for s in sources}
        self._runner = SourceRunner(
            sources, self._open_engine, self.delivered.emit, self.state_changed.emit
        )
        queued = Qt.ConnectionType.QueuedConnection
        self.delivered.connect(self._on_delivered, queued)
        self.state_changed.connect(self._on_state, queued)

    def _open_engine(self) -> Engine:
        return Engine(self._config, Store(self._database))

    def start(self) -> None:
        self._runner.start()

    def stop(self) -> None:
        self._runner.stop()

    @Slot(object)
    def _on_delivered(self, delivered: Delivered) -> None:
        self._refresh(list(delivered.notify_keys))

    @Slot(str, str)
    def _on_state(self, name: str, text: str) -> None:
        self.states[self._labels.get(name, name)] = text
        self.states_changed.emit(dict(self.states))
