"""Releases of the held queue, driven by a fake clock through a whole working day.

No sleeps: the clock moves in five-minute steps from 07:00 to 20:00, the engine is asked
at each step whether a release is due (as the tray's timer does), and items arrive at
chosen steps. The day has off hours, a weekly focus block, a timed focus, a manual focus
and the three batch times.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from office_hours.config.load import Config, parse_config
from office_hours.domain import reasons as R
from office_hours.domain.model import Channel, DecisionKind, Item, ModeKind
from office_hours.domain.release import (
    ReleaseCause,
    batch_instants,
    due_release,
    next_batch,
    summary,
)
from office_hours.engine import Engine
from office_hours.storage.store import Release, Store

BZ = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 11, 16, tzinfo=BZ)

CONFIG = """\
[general]
timezone = "Europe/Berlin"

[focus]
batch_times = ["10:00", "13:30", "17:00"]
blocks = { monday = ["09:00-12:00"], tuesday = ["09:00-12:00"] }

[[clients]]
id = "acme"
name = "ACME"
addresses = ["*@acme.com"]

[[clients]]
id = "globex"
name = "Globex"
addresses = ["*@globex.com"]
after_hours = "never"

[[clients]]
id = "initech"
name = "Initech"
addresses = ["*@initech.com"]
after_hours = "with_surcharge"
surcharge_percent = 50.0
"""


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def at(hour: int, minute: int = 0) -> datetime:
    return MONDAY.replace(hour=hour, minute=minute)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return parse_config(CONFIG, tmp_path / "config.toml")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "office-hours.sqlite3")
    yield s
    s.close()


def mail(ident: str, sender: str, when: datetime, subject: str = "Question") -> Item:
    return Item("test", ident, Channel.EMAIL, sender, subject, when)


# -- the pure rules ------------------------------------------------------------------------------


def test_batch_instants_are_the_configured_times_in_the_users_zone() -> None:
    times = (time(10), time(13, 30), time(17))
    got = batch_instants(at(9), at(17), times, "Europe/Berlin")
    assert got == [at(10), at(13, 30), at(17)]
    assert batch_instants(at(17), at(18), times, "Europe/Berlin") == []  # (start, end]
    # A week away: batches are still found, bounded to the last days.
    long = batch_instants(at(9) - timedelta(days=300), at(9), times, "Europe/Berlin")
    assert 0 < len(long) <= 3 * 9


def test_a_batch_in_off_hours_releases_nothing() -> None:
    def mode_at(t: datetime) -> ModeKind:
        return ModeKind.OFF_HOURS

    times = (time(10),)
    assert due_release(at(9), at(11), times, "Europe/Berlin", mode_at) is None
    assert next_batch(at(9), times, "Europe/Berlin", mode_at) is None


def test_focus_ending_into_off_hours_releases_nothing() -> None:
    def mode_at(t: datetime) -> ModeKind:
        return ModeKind.FOCUS if t < at(18) else ModeKind.OFF_HOURS

    assert due_release(at(17, 55), at(18), (), "Europe/Berlin", mode_at) is None


def test_the_summary_is_one_line_biggest_first() -> None:
    text = summary([("unknown", 1), ("Globex", 2), ("ACME", 4), ("Nobody", 0)])
    assert str(text) == "7 waiting: ACME 4, Globex 2, unknown 1"
    assert text.template == R.RELEASE_SUMMARY


# -- a whole day ---------------------------------------------------------------------------------


def test_a_whole_working_day_releases_at_the_expected_times(config: Config, store: Store) -> None:
    clock = FakeClock(at(7))
    engine = Engine(config, store, clock)
    arrivals: dict[datetime, list[Item]] = {
        at(7, 30): [mail("n1", "anna@acme.com", at(7, 30)), mail("n2", "bob@acme.com", at(7, 30))],
        at(9, 20): [
            mail("f1", "anna@acme.com", at(9, 20)),
            mail("f2", "gus@globex.com", at(9, 20)),
            mail("f3", "stranger@nowhere.org", at(9, 20)),
        ],
        at(9, 40): [mail("u1", "olga@nowhere.org", at(9, 40), "Сайт не работает")],
        at(11): [mail("f4", "gus@globex.com", at(11))],
        at(12, 30): [mail("r1", "anna@acme.com", at(12, 30))],
        at(13, 10): [mail("t1", "anna@acme.com", at(13, 10))],
        at(14, 10): [mail("m1", "gus@globex.com", at(14, 10))],
        at(15): [mail("m2", "stranger@nowhere.org", at(15))],
        at(19): [
            mail("o1", "anna@acme.com", at(19)),
            # Off hours, each client's terms: ACME emergencies only, Globex never, Initech
            # through with a surcharge.
            mail("o2", "anna@acme.com", at(19), "Сайт не работает"),
            mail("o3", "gus@globex.com", at(19), "Сайт не работает"),
            mail("o4", "ian@initech.com", at(19), "a small question"),
        ],
    }
    actions: dict[datetime, Callable[[], object]] = {
        at(13): lambda: engine.set_mode(ModeKind.FOCUS, at(13, 25), origin="test"),
        at(14): lambda: engine.set_mode(ModeKind.FOCUS, at(18), origin="test"),
    }
    releases: list[Release] = []
    modes: dict[datetime, ModeKind] = {}
    steps = 0
    while clock.now <= at(20):
        steps += 1
        assert steps < 1000  # bounded
        release = engine.release_due()
        if release is not None:
            releases.append(release)
        if clock.now in actions:
            actions[clock.now]()
        if clock.now in arrivals:
            engine.ingest(arrivals[clock.now])
        modes[clock.now] = engine.mode().kind
        clock.now += timedelta(minutes=5)

    got = [(local_hm(r.ts), r.cause, r.item_count, str(r.summary)) for r in releases]
    assert got == [
        ("09:00", ReleaseCause.OFF_HOURS_ENDED, 2, "2 waiting: ACME 2"),
        ("10:00", ReleaseCause.BATCH, 3, "3 waiting: ACME 1, Globex 1, unknown 1"),
        ("12:00", ReleaseCause.FOCUS_ENDED, 1, "1 waiting: Globex 1"),
        ("13:25", ReleaseCause.FOCUS_ENDED, 1, "1 waiting: ACME 1"),
        ("17:00", ReleaseCause.BATCH, 2, "2 waiting: Globex 1, unknown 1"),
    ]
    assert str(releases[1].reason) == "Batch time 10:00"
    # The schedule did what the day says: the weekly block, then off hours at 18:00.
    assert modes[at(8)] is ModeKind.OFF_HOURS
    assert modes[at(9, 30)] is ModeKind.FOCUS
    assert modes[at(12, 30)] is ModeKind.REACHABLE
    assert modes[at(18, 30)] is ModeKind.OFF_HOURS
    # The urgent word broke through and was never held; the evening item waits for tomorrow.
    rows = {r.external_id: r for r in engine.digest()}
    assert rows["u1"].decision is DecisionKind.BREAK_THROUGH
    assert "не работает" in str(rows["u1"].reason)
    assert rows["o1"].decision is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert not rows["o1"].released
    assert rows["o2"].decision is DecisionKind.BREAK_THROUGH
    assert str(rows["o2"].reason) == "Breaks through off hours: Urgent word: не работает"
    assert rows["o3"].decision is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert "Globex's terms allow no contact after hours" in str(rows["o3"].reason)
    assert rows["o4"].decision is DecisionKind.BREAK_THROUGH
    assert str(rows["o4"].reason) == "Through after hours with a 50% surcharge (Initech's terms)"
    surcharged = store.db.execute(
        "SELECT i.external_id FROM interruptions x JOIN items i ON i.id = x.item_id"
        " WHERE x.surcharge = 1"
    ).fetchall()
    assert surcharged == [("o4",)]  # noted for the report
    assert store.held_count() == 2
    assert all(rows[i].released for i in ("n1", "n2", "f1", "f2", "f3", "f4", "t1", "m1", "m2"))
    # Nothing was released twice: each item points at one release, the counts add up.
    counted = store.db.execute(
        "SELECT count(*) FROM interruptions WHERE release_id IS NOT NULL"
    ).fetchone()[0]
    assert counted == sum(r.item_count for r in releases) == 9
    # Tomorrow 09:00 brings the evening item back.
    clock.now = MONDAY.replace(day=17, hour=9)
    morning = engine.release_due()
    assert morning is not None
    assert (morning.cause, morning.item_count) == (ReleaseCause.OFF_HOURS_ENDED, 2)
    assert str(morning.summary) == "2 waiting: ACME 1, Globex 1"


def local_hm(t: datetime) -> str:
    return t.astimezone(BZ).strftime("%H:%M")


def test_a_thousand_held_items_come_back_as_one_summary(config: Config, store: Store) -> None:
    clock = FakeClock(at(9, 30))  # inside the focus block
    engine = Engine(config, store, clock)
    senders = ["a@acme.com", "g@globex.com", "x@nowhere.org"]
    engine.ingest(
        mail(f"k{i}", senders[i % 3], at(9, 30) - timedelta(seconds=i), f"Q {i}")
        for i in range(1000)
    )
    assert store.held_count() == 1000
    release = engine.release_now()
    assert release is not None
    assert release.item_count == 1000
    assert str(release.summary) == "1000 waiting: ACME 334, Globex 333, unknown 333"
    announced: list[str] = []
    engine.announce_pending(lambda r: announced.append(str(r.summary)))
    assert announced == ["1000 waiting: ACME 334, Globex 333, unknown 333"]  # one, not 1000
    assert engine.announce_pending(lambda r: announced.append("again")) == []
    assert engine.release_now() is None  # nothing left to release
    assert store.held_count() == 0


def test_an_unannounced_release_is_announced_after_a_restart_never_released_again(
    config: Config, tmp_path: Path
) -> None:
    path = tmp_path / "restart.sqlite3"
    clock = FakeClock(at(9, 30))
    first = Store(path)
    Engine(config, first, clock).ingest([mail("a", "a@acme.com", at(9, 29))])
    release = Engine(config, first, clock).release_now()
    assert release is not None
    first.close()  # "crashed" before announcing
    second = Store(path)
    engine = Engine(config, second, clock)
    told = engine.announce_pending(lambda r: None)
    assert [r.release_id for r in told] == [release.release_id]
    assert engine.release_now() is None
    assert len(second.releases()) == 1
    second.close()


def test_status_says_when_the_next_batch_is(config: Config, store: Store) -> None:
    engine = Engine(config, store, FakeClock(at(10, 5)))
    status = engine.status()
    assert status.next_batch == at(13, 30)
    assert Engine(config, store, FakeClock(at(17, 30))).status().next_batch == at(10) + timedelta(
        days=1
    )
    assert engine.next_release_check() == at(12)  # the focus block ends first


def test_a_focus_that_began_and_ended_while_nobody_looked_still_releases(
    config: Config, store: Store
) -> None:
    clock = FakeClock(at(12, 55))
    engine = Engine(config, store, clock)
    assert engine.release_due() is None  # the app looks at 12:55, then is closed
    clock.now = at(13)
    engine.set_mode(ModeKind.FOCUS, at(13, 20), origin="cli")  # from the command line
    clock.now = at(13, 5)
    engine.ingest([mail("x1", "anna@acme.com", at(13, 5))])
    assert store.held_count() == 1
    clock.now = at(13, 25)  # the app starts again: focus ended at 13:20, reachable now
    release = engine.release_due()
    assert release is not None
    assert (release.cause, release.item_count) == (ReleaseCause.FOCUS_ENDED, 1)


def test_the_latest_cause_names_a_release_after_a_long_absence(
    config: Config, store: Store
) -> None:
    clock = FakeClock(at(8))
    engine = Engine(config, store, clock)
    assert engine.release_due() is None
    engine.ingest([mail("y1", "anna@acme.com", at(8))])  # off hours: waits for 09:00
    clock.now = at(14)  # missed: 09:00 opening, 10:00 batch, 12:00 block end
    release = engine.release_due()
    assert release is not None
    assert (release.cause, str(release.reason)) == (ReleaseCause.BATCH, "Batch time 13:30")
    assert engine.release_due() is None


def test_an_item_handled_from_the_digest_is_not_released_again(
    config: Config, store: Store
) -> None:
    clock = FakeClock(at(9, 30))
    engine = Engine(config, store, clock)
    engine.ingest([mail("h1", "anna@acme.com", at(9, 29)), mail("h2", "gus@globex.com", at(9, 29))])
    (first,) = [r.item_id for r in engine.digest() if r.external_id == "h1"]
    assert engine.mark_handled([first]) == 1
    assert store.held_count() == 1
    release = engine.release_now()
    assert release is not None
    assert (release.item_count, str(release.summary)) == (1, "1 waiting: Globex 1")
    assert [r.external_id for r in engine.digest()] == ["h2"]


def test_a_version_1_store_upgrades_with_its_held_items_waiting(
    config: Config, tmp_path: Path
) -> None:
    from office_hours.storage.migrations import MIGRATIONS

    path = tmp_path / "v1.sqlite3"
    con = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0].split(";"):
        if statement.strip():
            con.execute(statement)
    con.execute("PRAGMA user_version = 1")
    con.execute(
        "INSERT INTO items (id, source, external_id, channel, sender, subject, received_at,"
        " received_ts, ingested_ts) VALUES (1, 't', 'old', 'email', 'anna@acme.com', 'old',"
        " '2026-11-16T09:00:00+01:00', ?, ?)",
        (at(9).timestamp(), at(9).timestamp()),
    )
    con.execute(
        "INSERT INTO interruptions (item_id, client_id, channel, ts, decision, reason,"
        " reason_text, mode) VALUES (1, 'acme', 'email', ?, 'hold',"
        " '{\"template\": \"Held: you are in focus\", \"params\": {}}', 'Held', 'focus')",
        (at(9).timestamp(),),
    )
    con.close()
    store = Store(path)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.held_count() == 1
        release = Engine(config, store, FakeClock(at(10))).release_now()
        assert release is not None
        assert (release.item_count, str(release.summary)) == (1, "1 waiting: ACME 1")
        assert store.db.execute("SELECT link FROM items").fetchone() == ("",)
    finally:
        store.close()


def test_what_comes_next_for_the_held_queue(config: Config, store: Store) -> None:
    clock = FakeClock(at(9, 30))
    engine = Engine(config, store, clock)
    assert engine.next_release() == (at(10), ReleaseCause.BATCH)
    clock.now = at(10, 5)  # in the block, which ends before the next batch
    assert engine.next_release() == (at(12), ReleaseCause.FOCUS_ENDED)
    clock.now = at(17, 30)
    engine.set_mode(ModeKind.FOCUS, at(19), origin="test")
    # Focus ends into off hours: the items come back when business hours begin, which is
    # before the first batch of the next day.
    tuesday_9 = at(9) + timedelta(days=1)
    assert engine.next_release() == (tuesday_9, ReleaseCause.OFF_HOURS_ENDED)
    status = engine.status()
    assert (status.next_release, status.next_release_is_batch) == (tuesday_9, False)
    assert status.next_batch == at(10) + timedelta(days=1)
