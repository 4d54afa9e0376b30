"""The one ingest service: every source (IMAP, Slack, Matrix, desktop notifications) hands
its batches here, one writer thread owning the one Engine decides and stores them in arrival
order, and one rule (`notifies`) says which items the user hears about. Qt-free.

The config is live: `apply(config)` reaches the writer's engine before any batch that comes
after it, and starts, stops or restarts exactly the sources whose settings changed.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from office_hours.domain.model import DecisionKind
from office_hours.domain.unread import UnreadRow, UnreadView, unread_by_client
from office_hours.sources.base import Batch, Source
from office_hours.sources.state import SourceState, StateKind, backoff_delay

if TYPE_CHECKING:
    from office_hours.config import Config
    from office_hours.engine import Engine, IngestResult

log = logging.getLogger(__name__)

STOP_TIMEOUT_S = 5.0
NOTIFY_RECENT = timedelta(minutes=15)  # older items are backfill: counted, not announced
_NOTIFY_KINDS = (DecisionKind.DELIVER, DecisionKind.BREAK_THROUGH)


def notifies(result: IngestResult, batch: Batch, now: datetime) -> bool:
    """Whether the user hears about this stored item: new (not seen before), delivered or
    breaking through, not from a quiet batch, and recent (whatever path brought it)."""
    decision = result.decision
    received = result.item.received_at
    return (
        batch.notify
        and decision is not None
        and result.item_key is not None
        and decision.kind in _NOTIFY_KINDS
        and (batch.notify_after is None or received >= batch.notify_after)
        and received >= now - NOTIFY_RECENT
    )


def decide_batch(engine: Engine, batch: Batch) -> list[IngestResult]:
    """Store one batch with its cursors and mark the results that notify."""
    results = engine.ingest(batch.items, batch.cursors)
    now = engine.clock()
    # The engine's results say notify=False: only those that notify are copied (a replace()
    # per item cost a replayed batch nearly as much as the engine did, bench/ingest.py).
    return [replace(r, notify=True) if notifies(r, batch, now) else r for r in results]


@dataclass(frozen=True, slots=True)
class Delivered:
    """What one batch stored: results (each says whether it notifies), and what the batch
    covered (its cursors) and whether it was a quiet one (backfill)."""

    source: str
    results: tuple[IngestResult, ...]
    cursors: Mapping[tuple[str, str], str] = field(default_factory=dict)
    quiet: bool = False

    @property
    def notify_keys(self) -> tuple[int, ...]:
        return tuple(r.item_key for r in self.results if r.notify and r.item_key is not None)


OnDelivered = Callable[[Delivered], None]
# (source name, label, state); state None: the source was removed from the config
OnState = Callable[[str, str, "SourceState | None"], None]
BuildSources = Callable[["Config"], Sequence[Source]]
# (source name, client id -> unread mail); None: the source left the config
OnUnread = Callable[[str, "UnreadView | None"], None]


@dataclass(frozen=True, slots=True)
class _Forget:
    """A source left the config: its unread view goes with it (in order, on the writer)."""

    name: str


# On the writer, after a batch is stored: e.g. plan auto-replies (sending.auto_replier)
AfterBatch = Callable[["Engine", Batch, Sequence["IngestResult"]], None]


class IngestService:
    def __init__(
        self,
        config: Config,
        open_engine: Callable[[Config], Engine],
        build_sources: BuildSources,
        on_delivered: OnDelivered,
        on_state: OnState,
        on_unread: OnUnread | None = None,
        after_batch: AfterBatch | None = None,
    ) -> None:
        self.config = config
        self._after_batch = after_batch
        self._open_engine = open_engine
        self._build = build_sources
        self._on_delivered = on_delivered
        self._on_state = on_state
        self._on_unread = on_unread
        self._unread: dict[str, Mapping[str, tuple[UnreadRow, ...]]] = {}  # the writer's
        self._queue: queue.Queue[Config | tuple[str, Batch] | threading.Event | _Forget | None] = (
            queue.Queue()
        )
        self._control: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._wanted: dict[str, Source] = {}  # the sources the config asks for now
        self._running: dict[str, Source] = {}  # those started (their check passed)
        self._threads: list[threading.Thread] = []
        self._stopped = threading.Event()
        self.engine: Engine | None = None  # the writer's; read it only from that thread

    @property
    def sources(self) -> tuple[Source, ...]:
        with self._lock:
            return tuple(self._wanted.values())

    def start(self) -> None:
        """The writer and the control thread, then every source the config names."""
        for target, name in ((self._write_loop, "ingest"), (self._control_loop, "sources")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        self._apply_sources(self.config)

    def apply(self, config: Config) -> None:
        """A new config, from the file watcher, the settings or the digest: the writer
        decides with it from the next batch on; sources follow without blocking the caller."""
        self.config = config
        self._queue.put(config)
        self._apply_sources(config)

    def _apply_sources(self, config: Config) -> None:
        try:
            fresh = {s.name: s for s in self._build(config)}
        except Exception:  # a bug in a builder must not stop the others from following
            log.exception("building the sources failed")
            return
        with self._lock:
            old = self._wanted
            keep = {n: s for n, s in old.items() if n in fresh and fresh[n].spec == s.spec}
            drop = [s for n, s in old.items() if n not in keep]
            add = [s for n, s in fresh.items() if n not in keep]
            self._wanted = {n: keep.get(n) or fresh[n] for n in fresh}
        for source in drop:
            if source.name not in fresh:
                self._on_state(source.name, source.label, None)
                self._queue.put(_Forget(source.name))
        for source in add:
            self._on_state(source.name, source.label, SourceState(StateKind.STARTING))
        if drop or add:
            self._control.put(lambda: self._swap(drop, add))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything handed over before this call is stored (tests, quitting)."""
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def submit(self, name: str, batch: Batch) -> None:
        """A batch from outside the sources (tests, the command line's own service)."""
        self._queue.put((name, batch))

    # -- the control thread: stops and starts sources in order, off the caller's thread --

    def _control_loop(self) -> None:
        while (work := self._control.get()) is not None:
            try:
                work()
            except Exception:
                log.exception("changing the sources failed")

    def _swap(self, drop: Sequence[Source], add: Sequence[Source]) -> None:
        for source in drop:
            with self._lock:
                started = self._running.pop(source.name, None) is source
            if started:
                try:
                    source.stop()
                except Exception:
                    log.exception("stopping %s failed", source.name)
        for source in add:
            threading.Thread(
                target=self._start_one, args=(source,), name=f"start {source.name}", daemon=True
            ).start()

    def _current(self, source: Source) -> bool:
        return not self._stopped.is_set() and self._wanted.get(source.name) is source

    def _start_one(self, source: Source) -> None:
        """check() may touch the network: on its own thread, never the caller's."""
        report = self._reporter(source)
        try:
            problem = source.check()
        except Exception:  # a bug in a check must not take the others down
            log.exception("check of %s failed", source.name)
            problem = SourceState(StateKind.FAILED)
        if problem is not None:
            report(problem)
            return
        with self._lock:  # start() does not block (the Source contract): stop() waits for it
            if not self._current(source):  # dropped, replaced or quitting meanwhile
                return
            self._running[source.name] = source
            try:
                source.start(lambda batch: self.submit(source.name, batch), report)
            except Exception:
                log.exception("start of %s failed", source.name)
                report(SourceState(StateKind.FAILED))

    def _reporter(self, source: Source) -> Callable[[SourceState], None]:
        def report(state: SourceState) -> None:
            if self._current(source):  # a replaced source's last words are not news
                self._on_state(source.name, source.label, state)

        return report

    # -- the writer ------------------------------------------------------------------------

    def _write_loop(self) -> None:
        engine = self._open_writer()
        if engine is None:
            return
        self.engine = engine
        try:
            while (entry := self._queue.get()) is not None:
                if isinstance(entry, threading.Event):  # flush(): all before it is stored
                    entry.set()
                    continue
                if isinstance(entry, _Forget):
                    if self._unread.pop(entry.name, None) is not None:
                        self._tell_unread(entry.name, None)
                    continue
                if not isinstance(entry, tuple):  # a new config, in order with the batches
                    engine.reconfigure(entry)
                    for name in self._unread:  # the clients may have changed
                        self._tell_unread(name, engine)
                    continue
                name, batch = entry
                if batch.filed:
                    self._record_filed(engine, batch.filed)
                if batch.unread is not None:
                    self._unread[name] = batch.unread
                    self._tell_unread(name, engine)
                if (batch.unread is not None or batch.filed) and not batch.items:
                    if not batch.cursors:
                        continue
                try:
                    results = decide_batch(engine, batch)
                except Exception:
                    log.exception("storing a batch from %s failed", name)
                    continue
                self._on_delivered(Delivered(name, tuple(results), batch.cursors, not batch.notify))
                if self._after_batch is not None:
                    try:
                        self._after_batch(engine, batch, results)
                    except Exception:
                        log.exception("after storing a batch from %s", name)
        finally:
            engine.store.close()

    @staticmethod
    def _record_filed(
        engine: Engine, filed: Mapping[str, tuple[tuple[str, str, str, str], ...]]
    ) -> None:
        try:
            for account, moves in filed.items():
                engine.store.record_moves(account, moves, engine.clock().timestamp())
        except Exception:
            log.exception("recording filed mail failed")

    def _tell_unread(self, name: str, engine: Engine | None) -> None:
        """A source's unread rows, as client id -> count and oldest, matched with the
        writer's current clients; None when the source is gone."""
        if self._on_unread is None:
            return
        view: UnreadView | None = None
        if engine is not None:
            rows = (row for folder in self._unread.get(name, {}).values() for row in folder)
            view = unread_by_client(rows, engine.clients)
        try:
            self._on_unread(name, view)
        except Exception:
            log.exception("reporting unread mail of %s failed", name)

    def _open_writer(self) -> Engine | None:
        """The store may be busy a moment (another process switching it to WAL): retry."""
        attempt = 0
        while not self._stopped.is_set():
            try:
                return self._open_engine(self.config)
            except Exception as exc:
                delay = backoff_delay(attempt, 0.2, 10.0)
                attempt += 1
                log.warning("cannot open the store for ingest (%s); again in %.1f s", exc, delay)
                if self._stopped.wait(delay):
                    break
        return None

    def stop(self) -> None:
        """Stop every source (bounded), then let the writer store what they sent."""
        self._stopped.set()
        with self._lock:
            running, self._running = list(self._running.values()), {}
        for source in running:
            try:
                source.stop()
            except Exception:
                log.exception("stopping %s failed", source.name)
        self._control.put(None)
        self._queue.put(None)
        for thread in self._threads:
            thread.join(STOP_TIMEOUT_S)
        self._threads.clear()
