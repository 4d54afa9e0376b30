"""Runs chat and desktop sources: each delivers batches from its own thread, and one ingest
thread owning its own Engine (sqlite3 objects stay in one thread) decides and stores them in
arrival order, then tells the caller which item keys to notify about. Qt-free."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from office_hours.engine import Engine, IngestResult
from office_hours.sources.base import Batch, Source

log = logging.getLogger(__name__)

STOP_TIMEOUT_S = 5.0


@dataclass(frozen=True, slots=True)
class Delivered:
    """What one batch stored: results, and the item keys the user should hear about."""

    source: str
    results: tuple[IngestResult, ...]
    notify_keys: tuple[int, ...]


OnDelivered = Callable[[Delivered], None]
OnState = Callable[[str, str], None]  # (source name, plain-words state)


class SourceRunner:
    def __init__(
        self,
        sources: Sequence[Source],
        open_engine: Callable[[], Engine],
        on_delivered: OnDelivered,
        on_state: OnState,
    ) -> None:
        self.sources = tuple(sources)
        self._open_engine = open_engine
        self._on_delivered = on_delivered
        self._on_state = on_state
        self._queue: queue.Queue[tuple[str, Batch] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._running: list[Source] = []
        self._lock = threading.Lock()  # start threads add to _running while stop() may run
        self._stopped = False

    def start(self) -> None:
        """Start the ingest thread, then every source that can run; the others report why."""
        self._thread = threading.Thread(target=self._ingest_loop, name="ingest", daemon=True)
        self._thread.start()
        for source in self.sources:
            threading.Thread(
                target=self._start_one, args=(source,), name=f"start {source.name}", daemon=True
            ).start()

    def _start_one(self, source: Source) -> None:
        """check() may touch the network: never on the caller's (UI) thread."""
        report = self._reporter(source)
        try:
            problem = source.check()
        except Exception as exc:  # a bug in a check must not take the others down
            log.exception("check of %s failed", source.name)
            problem = str(exc) or type(exc).__name__
        if problem:
            report(problem)
            return
        with self._lock:  # start() does not block (the Source contract): stop() waits for it
            if self._stopped:  # the app quit while this source was being checked
                return
            self._running.append(source)
            try:
                source.start(lambda batch: self._queue.put((source.name, batch)), report)
            except Exception as exc:
                log.exception("start of %s failed", source.name)
                report(str(exc) or type(exc).__name__)

    def _reporter(self, source: Source) -> Callable[[str], None]:
        return lambda text: self._on_state(source.name, text)

    def _ingest_loop(self) -> None:
        engine = self._open_engine()
        try:
            while (entry := self._queue.get()) is not None:
                name, batch = entry
                try:
                    results = engine.ingest(batch.items, batch.cursors)
                except Exception:
                    log.exception("storing a batch from %s failed", name)
                    continue
                keys = tuple(r.item_key for r in results if batch.notify and r.item_key is not None)
                self._on_delivered(Delivered(name, tuple(results), keys))
        finally:
            engine.store.close()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            running, self._running = self._running, []
        for source in running:
            try:
                source.stop()
            except Exception:
                log.exception("stopping %s failed", source.name)
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(STOP_TIMEOUT_S)
            self._thread = None
