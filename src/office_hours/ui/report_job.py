"""Computes a weekly report off the UI thread.

sqlite3 connections must not be used by two threads at once, so the worker opens its own
Store (and Engine over it) for the computation and closes it afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from office_hours.config import Config
from office_hours.engine import Clock, Engine
from office_hours.storage.store import Store


class ReportSignals(QObject):
    """Lives on the UI thread; the job emits through it, so delivery is queued."""

    finished = Signal(int, object)  # request id, WeeklyReport
    failed = Signal(int, str)  # request id, what went wrong


class ReportJob(QRunnable):
    def __init__(
        self,
        config: Config,
        db_path: Path,
        clock: Clock,
        week: str,
        request_id: int,
        signals: ReportSignals,
    ) -> None:
        super().__init__()
        self.config, self.db_path, self.clock = config, db_path, clock
        self.week, self.request_id, self.signals = week, request_id, signals

    def run(self) -> None:
        try:
            store = Store(self.db_path)
            try:
                report = Engine(self.config, store, self.clock).report(self.week)
            finally:
                store.close()
        except Exception as exc:  # shown in the window, never raised into Qt
            self.signals.failed.emit(self.request_id, str(exc))
            return
        self.signals.finished.emit(self.request_id, report)
