"""The source runner: batches stored in arrival order with their cursors, states reported,
a source that cannot run explains itself and does not stop the others."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from office_hours.config.load import parse_config
from office_hours.domain.model import Channel, Item
from office_hours.engine import Engine
from office_hours.sources.base import Batch, Sink, StateReport
from office_hours.sources.runner import Delivered, SourceRunner
from office_hours.storage.store import Store

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


class _Fake:
    def __init__(self, name: str, batches: list[Batch], problem: str | None = None) -> None:
        self.name, self.label = name, name.title()
        self.batches, self.problem = batches, problem
        self.stopped = False

    def check(self) -> str | None:
        return self.problem

    def start(self, sink: Sink, report: StateReport) -> None:
        report("connected")
        for batch in self.batches:
            sink(batch)

    def stop(self) -> None:
        self.stopped = True


def _item(n: int, source: str = "fake") -> Item:
    return Item(source, f"m{n}", Channel.CHAT, "@anna:test", f"hi {n}", NOW)


def test_batches_stored_with_cursors_and_states_reported(tmp_path: Path) -> None:
    config = parse_config('config_version = 1\n[general]\ntimezone = "UTC"\n', tmp_path / "c.toml")
    db = tmp_path / "db.sqlite3"
    done = threading.Event()
    delivered: list[Delivered] = []
    states: list[tuple[str, str]] = []

    def on_delivered(d: Delivered) -> None:
        delivered.append(d)
        if len(delivered) == 3:
            done.set()

    good = _Fake(
        "fake",
        [
            Batch((_item(1), _item(2)), {("fake", "since"): "t1"}),
            Batch((_item(2),), {("fake", "since"): "t2"}),  # a replay: stored once
            Batch((_item(3),), notify=False),
        ],
    )
    broken = _Fake("broken", [], problem="the package matrix-nio is missing")
    runner = SourceRunner(
        [good, broken],
        lambda: Engine(config, Store(db), clock=lambda: NOW),
        on_delivered,
        lambda name, text: states.append((name, text)),
    )
    runner.start()
    assert done.wait(10)
    runner.stop()
    assert good.stopped
    assert not broken.stopped
    assert ("fake", "connected") in states
    assert ("broken", "the package matrix-nio is missing") in states
    assert [len(d.notify_keys) for d in delivered] == [2, 0, 0]
    store = Store(db)
    assert store.cursor("fake", "since") == "t2"
    assert store.counts()[0] == 3
    store.close()


def test_a_source_still_being_checked_when_the_app_quits_never_starts(tmp_path: Path) -> None:
    config = parse_config('config_version = 1\n[general]\ntimezone = "UTC"\n', tmp_path / "c.toml")
    checking, release = threading.Event(), threading.Event()

    class Slow(_Fake):
        def check(self) -> str | None:
            checking.set()
            release.wait(10)
            return None

        def start(self, sink: Sink, report: StateReport) -> None:
            self.started = True

    slow = Slow("slow", [])
    slow.started = False
    runner = SourceRunner(
        [slow],
        lambda: Engine(config, Store(tmp_path / "db.sqlite3"), clock=lambda: NOW),
        lambda d: None,
        lambda name, text: None,
    )
    runner.start()
    assert checking.wait(10)
    starter = next(t for t in threading.enumerate() if t.name == "start slow")
    runner.stop()
    release.set()
    starter.join(10)
    assert not starter.is_alive()
    assert slow.started is False
