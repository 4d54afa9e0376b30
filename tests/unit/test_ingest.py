"""The one ingest service: batches stored in arrival order with their cursors, one rule for
notifying, states reported as data, a source that cannot run explains itself, and a new
config reaches the writer's engine and starts, stops or restarts exactly the sources whose
settings changed."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.waiting import poll
from office_hours.config import Config
from office_hours.config.load import parse_config
from office_hours.domain.model import UNKNOWN_CLIENT_ID, Channel, Item
from office_hours.engine import Engine
from office_hours.ingest import Delivered, IngestService
from office_hours.sources.base import Batch, Sink, StateReport
from office_hours.sources.state import SourceState, StateKind
from office_hours.storage.store import Store

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
ALWAYS = "\n".join(
    f'{d} = ["00:00-00:00"]'
    for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
BASE = f'config_version = 1\n[general]\ntimezone = "UTC"\n[hours]\n{ALWAYS}\n'


class _Fake:
    def __init__(
        self,
        name: str,
        batches: Sequence[Batch] = (),
        problem: SourceState | None = None,
        spec: object = None,
    ) -> None:
        self.name, self.label = name, name.title()
        self.batches, self.problem, self.spec = list(batches), problem, spec
        self.started = self.stopped = False
        self.sink: Sink | None = None

    def check(self) -> SourceState | None:
        return self.problem

    def start(self, sink: Sink, report: StateReport) -> None:
        self.started, self.sink = True, sink
        report(SourceState(StateKind.CONNECTED))
        for batch in self.batches:
            sink(batch)

    def stop(self) -> None:
        self.stopped = True


def _item(n: int, sender: str = "@anna:test", at: datetime = NOW) -> Item:
    return Item("fake", f"m{n}", Channel.CHAT, sender, f"hi {n}", at)


def _config(tmp_path: Path, extra: str = "") -> Config:
    return parse_config(BASE + extra, tmp_path / "c.toml")


class _Run:
    """A service over a real store, recording what it delivers and reports."""

    def __init__(
        self, tmp_path: Path, config: Config, build: object, on_unread: object = None
    ) -> None:
        self.db = tmp_path / "db.sqlite3"
        self.delivered: list[Delivered] = []
        self.states: list[tuple[str, SourceState | None]] = []
        self.service = IngestService(
            config,
            lambda c: Engine(c, Store(self.db), clock=lambda: NOW),
            build,  # type: ignore[arg-type]
            self.delivered.append,
            lambda name, _label, state: self.states.append((name, state)),
            on_unread,  # type: ignore[arg-type]
        )


def test_batches_stored_with_cursors_and_states_reported(tmp_path: Path) -> None:
    good = _Fake(
        "fake",
        [
            Batch((_item(1), _item(2)), {("fake", "since"): "t1"}),
            Batch((_item(2),), {("fake", "since"): "t2"}),  # a replay: stored once
            Batch((_item(3),), notify=False),  # backfill: counted quietly
            Batch((_item(4, at=NOW - timedelta(hours=2)),)),  # old: never pops up
            Batch((_item(5), _item(6, at=NOW - timedelta(minutes=5))), notify_after=NOW),
        ],
    )
    missing = SourceState(StateKind.MISSING_PACKAGE, "matrix-nio")
    broken = _Fake("broken", problem=missing)
    run = _Run(tmp_path, _config(tmp_path), lambda _c: [good, broken])
    run.service.start()
    poll("five batches stored", lambda: len(run.delivered) == 5)
    run.service.stop()
    assert good.stopped
    assert not broken.started
    assert ("fake", SourceState(StateKind.CONNECTED)) in run.states
    assert ("broken", missing) in run.states
    assert [len(d.notify_keys) for d in run.delivered] == [2, 0, 0, 0, 1]
    assert [d.quiet for d in run.delivered] == [False, False, True, False, False]
    assert all(r.notify == (r.item_key in d.notify_keys) for d in run.delivered for r in d.results)
    store = Store(run.db)
    assert store.cursor("fake", "since") == "t2"
    assert store.counts()[0] == 6
    store.close()


def test_a_new_config_reaches_the_writer_before_the_next_batch(tmp_path: Path) -> None:
    """A sender that was unknown is the new client's from the first batch after apply()."""
    source = _Fake("fake")
    run = _Run(tmp_path, _config(tmp_path), lambda _c: [source])
    run.service.start()
    poll("the source started", lambda: source.sink is not None)
    assert source.sink is not None
    source.sink(Batch((_item(1, sender="@bob:test"),)))
    poll("the first batch", lambda: len(run.delivered) == 1)
    assert run.delivered[0].results[0].client_id == UNKNOWN_CLIENT_ID
    run.service.apply(
        _config(tmp_path, '[[clients]]\nid = "bob"\nname = "Bob Ltd"\nchat_users = ["@bob:test"]\n')
    )
    source.sink(Batch((_item(2, sender="@bob:test"),)))
    poll("the second batch", lambda: len(run.delivered) == 2)
    assert run.delivered[1].results[0].client_id == "bob"
    assert source.started
    assert not source.stopped  # its settings did not change: it kept running
    run.service.stop()


def test_sources_follow_the_config(tmp_path: Path) -> None:
    """Added: started; removed: stopped and its line goes; changed: restarted; the rest
    keep running. The caller is never blocked by a slow stop."""
    made: dict[tuple[str, object], _Fake] = {}

    def build(config: Config) -> list[_Fake]:
        wanted = [("a", config.default_focus_minutes)] + [("b", 1)] * bool(config.clients)
        out = []
        for name, spec in wanted:
            out.append(made.setdefault((name, spec), _Fake(name, spec=spec)))
        return out

    first = _config(tmp_path)
    run = _Run(tmp_path, first, build)
    run.service.start()
    a1 = made[("a", first.default_focus_minutes)]
    poll("a started", lambda: a1.started)
    with_b = _config(tmp_path, '[[clients]]\nid = "x"\nname = "X"\n')
    run.service.apply(with_b)
    b = made[("b", 1)]
    poll("b started", lambda: b.started)
    assert not a1.stopped
    longer = _config(tmp_path, '[focus]\ndefault_minutes = 77\n[[clients]]\nid = "x"\nname = "X"\n')
    run.service.apply(longer)
    a2 = made[("a", 77)]
    poll("a restarted", lambda: a1.stopped and a2.started)
    assert not b.stopped
    run.service.apply(_config(tmp_path, "[focus]\ndefault_minutes = 77\n"))
    poll("b stopped", lambda: b.stopped)
    assert ("b", None) in run.states  # its line goes from the tray
    assert {s.name for s in run.service.sources} == {"a"}
    run.service.stop()
    assert a2.stopped


def test_a_source_still_being_checked_when_the_app_quits_never_starts(tmp_path: Path) -> None:
    checking, release = threading.Event(), threading.Event()

    class Slow(_Fake):
        def check(self) -> SourceState | None:
            checking.set()
            release.wait(10)
            return None

    slow = Slow("slow")
    run = _Run(tmp_path, _config(tmp_path), lambda _c: [slow])
    run.service.start()
    assert checking.wait(10)
    starter = next(t for t in threading.enumerate() if t.name == "start slow")
    run.service.stop()
    release.set()
    starter.join(10)
    assert not starter.is_alive()
    assert slow.started is False


def test_a_source_removed_while_being_checked_never_starts(tmp_path: Path) -> None:
    checking, release = threading.Event(), threading.Event()

    class Slow(_Fake):
        def check(self) -> SourceState | None:
            checking.set()
            release.wait(10)
            return None

    slow = Slow("slow")
    first = _config(tmp_path)
    run = _Run(tmp_path, first, lambda c: [slow] if c is first else [])
    run.service.start()
    assert checking.wait(10)
    run.service.apply(_config(tmp_path, "[focus]\ndefault_minutes = 30\n"))
    release.set()
    poll(
        "the start thread ended",
        lambda: not any(t.name == "start slow" for t in threading.enumerate()),
    )
    assert slow.started is False
    run.service.stop()


def test_unread_rows_become_client_counts_and_follow_the_config(tmp_path: Path) -> None:
    """A mail source reports raw unread rows; the writer matches them with the current
    clients (a config change re-matches without the source), stores nothing, and a source
    that leaves the config takes its counts along."""
    from office_hours.domain.unread import ClientUnread, UnreadRow

    acme = '[[clients]]\nid = "acme"\nname = "ACME"\naddresses = ["*@acme.test"]\n'
    bob = '[[clients]]\nid = "bob"\nname = "Bob"\naddresses = ["bob@other.test"]\n'
    mail = _Fake("imap:work", spec="work")
    views: list[tuple[str, object]] = []
    wanted = [mail]
    run = _Run(
        tmp_path,
        _config(tmp_path, acme),
        lambda _c: list(wanted),
        lambda name, view: views.append((name, view)),
    )
    run.service.start()
    poll("the source started", lambda: mail.sink is not None)
    assert mail.sink is not None
    rows = (
        UnreadRow(1, "anna@acme.test", NOW - timedelta(hours=1)),
        UnreadRow(2, "carl@acme.test", NOW),
        UnreadRow(3, "bob@other.test", NOW),
        UnreadRow(4, "anna@acme.test", NOW, ("\\Seen",)),
    )
    mail.sink(Batch((), unread={"INBOX": rows[:2], "Later": rows[2:]}))
    poll("a view", lambda: len(views) == 1)
    assert views[0] == ("imap:work", {"acme": ClientUnread(2, NOW - timedelta(hours=1))})
    assert run.delivered == []  # nothing stored
    run.service.apply(_config(tmp_path, acme + bob))
    poll("the view again", lambda: len(views) == 2)
    assert views[1][1] == {
        "acme": ClientUnread(2, NOW - timedelta(hours=1)),
        "bob": ClientUnread(1, NOW),
    }
    wanted.clear()  # the account is removed from the config
    run.service.apply(_config(tmp_path, acme + bob))
    poll("the view gone", lambda: views[-1] == ("imap:work", None))
    run.service.stop()
    store = Store(run.db)
    assert store.counts()[0] == 0
    store.close()
