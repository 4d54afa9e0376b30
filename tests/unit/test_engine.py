"""The engine over a real SQLite file, with a fixed clock: match, decide, record, report."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from office_hours.config.load import Config, parse_config
from office_hours.domain import reasons as R
from office_hours.domain.model import (
    UNKNOWN_CLIENT_ID,
    Channel,
    DecisionKind,
    Item,
    ModeKind,
    ModeSetting,
)
from office_hours.domain.reasons import Reason
from office_hours.engine import Engine
from office_hours.storage.migrations import SCHEMA_VERSION
from office_hours.storage.store import Store, StoreError

BZ = ZoneInfo("Europe/Berlin")
MON_10 = datetime(2026, 11, 16, 10, 0, tzinfo=BZ)  # Monday, business hours
SAT_11 = datetime(2026, 11, 21, 11, 0, tzinfo=BZ)  # Saturday, off hours

CONFIG = """\
[general]
timezone = "Europe/Berlin"

[urgency]
repeat_count = 3
repeat_minutes = 20

[[clients]]
id = "acme"
name = "Acme"
addresses = ["*@acme.com"]
phones = ["+49 30 1234567"]
rate = 100.0
billed_hours_per_week = 10.0

[clients.terms.call]
windows = { tuesday = ["14:00-16:00"] }
"""


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return parse_config(CONFIG, tmp_path / "config.toml")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "data" / "office-hours.sqlite3")
    yield s
    s.close()


def engine_at(config: Config, store: Store, now: datetime) -> Engine:
    return Engine(config, store, clock=lambda: now)


def mail(
    at: datetime,
    item_id: str,
    subject: str = "Question",
    sender: str = "bob@acme.com",
    channel: Channel = Channel.EMAIL,
) -> Item:
    return Item("test", item_id, channel, sender, subject, at)


# -- items -------------------------------------------------------------------------------------


def test_business_hours_item_is_delivered_and_recorded(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)
    (result,) = engine.ingest([mail(MON_10 - timedelta(minutes=1), "m1")])
    assert result.client_id == "acme"
    assert not result.duplicate
    assert result.decision is not None
    assert result.decision.kind is DecisionKind.DELIVER
    assert store.counts() == (1, 1)
    assert store.held_count() == 0
    (row,) = store.contacts_between(MON_10 - timedelta(hours=1), MON_10)
    assert (row.client_id, row.channel, row.decision) == (
        "acme",
        Channel.EMAIL,
        DecisionKind.DELIVER,
    )
    assert row.at == MON_10 - timedelta(minutes=1)


def test_an_item_is_counted_once(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)
    first = engine.ingest([mail(MON_10, "m1"), mail(MON_10, "m1")])
    again = engine.ingest([mail(MON_10, "m1", subject="changed")])
    assert [r.duplicate for r in first + again] == [False, True, True]
    assert again[0].decision is None
    assert again[0].item_key is None
    assert store.counts() == (1, 1)
    # The same id from another source is another item.
    other = Item("other-source", "m1", Channel.EMAIL, "bob@acme.com", "Q", MON_10)
    assert not engine.ingest([other])[0].duplicate
    assert store.counts() == (2, 2)


def test_a_failing_batch_stores_nothing(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)

    def items() -> Iterator[Item]:
        yield mail(MON_10, "m1")
        raise RuntimeError("the source broke mid-batch")

    with pytest.raises(RuntimeError, match="mid-batch"):
        engine.ingest(items())
    assert store.counts() == (0, 0)
    assert not store.has_item("test", "m1")


def test_unknown_sender(config: Config, store: Store) -> None:
    (result,) = engine_at(config, store, MON_10).ingest([mail(MON_10, "x", sender="a@b.org")])
    assert result.client_id == UNKNOWN_CLIENT_ID


def test_call_from_a_known_phone_is_matched(config: Config, store: Store) -> None:
    call = mail(MON_10, "c1", "Missed call", sender="+49 (30) 123-4567", channel=Channel.CALL)
    (result,) = engine_at(config, store, MON_10).ingest([call])
    assert result.client_id == "acme"
    assert result.decision is not None
    assert result.decision.outside_terms  # Monday is not in the Tuesday call window


# -- modes -------------------------------------------------------------------------------------


def test_focus_holds_and_the_reason_survives_the_database(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)
    mode = engine.set_mode(ModeKind.FOCUS, MON_10 + timedelta(minutes=50))
    assert (mode.kind, mode.manual) == (ModeKind.FOCUS, True)
    (result,) = engine.ingest([mail(MON_10, "m1")])
    assert result.decision is not None
    assert result.decision.kind is DecisionKind.HOLD
    assert str(result.decision.reason) == "Held: you are in focus until 10:50"
    assert store.held_count() == 1
    (held,) = engine.held()
    assert held.item_id == result.item_key
    assert held.reason == result.decision.reason
    assert (held.client_id, held.subject, held.decision) == ("acme", "Question", DecisionKind.HOLD)


def test_focus_ends_by_the_clock(config: Config, store: Store) -> None:
    engine_at(config, store, MON_10).set_mode(ModeKind.FOCUS, MON_10 + timedelta(minutes=25))
    assert engine_at(config, store, MON_10 + timedelta(minutes=24)).mode().kind is ModeKind.FOCUS
    later = engine_at(config, store, MON_10 + timedelta(minutes=25)).mode()
    assert (later.kind, later.manual) == (ModeKind.REACHABLE, False)


def test_repeated_contact_across_channels_breaks_through_focus(
    config: Config, store: Store
) -> None:
    engine = engine_at(config, store, MON_10)
    engine.set_mode(ModeKind.FOCUS)
    first = engine.ingest([mail(MON_10 - timedelta(minutes=15), "m1")])
    second = engine.ingest(
        [mail(MON_10 - timedelta(minutes=5), "c1", "call", "+49 30 1234567", Channel.CALL)]
    )
    third = engine.ingest([mail(MON_10, "m2", sender="Anna <anna@acme.com>")])
    kinds = [r.decision.kind for r in first + second + third if r.decision]
    assert kinds == [DecisionKind.HOLD, DecisionKind.HOLD, DecisionKind.BREAK_THROUGH]
    reason = third[0].decision.reason if third[0].decision else None
    assert reason == Reason.of(
        R.BREAKS_FOCUS, why=Reason.of(R.REPEATED, count=3, client="Acme", minutes=20)
    )


def test_a_logged_call_counts_as_contact(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)
    acme = config.client("acme")
    assert acme is not None
    engine.log_call(acme, 5, at=MON_10 - timedelta(minutes=18))
    engine.log_call(acme, 3, at=MON_10 - timedelta(minutes=30))  # outside the 20 minutes
    engine.set_mode(ModeKind.FOCUS)
    (a,) = engine.ingest([mail(MON_10 - timedelta(minutes=2), "m1")])
    (b,) = engine.ingest([mail(MON_10, "m2")])
    assert a.decision is not None
    assert a.decision.kind is DecisionKind.HOLD
    assert b.decision is not None
    assert b.decision.kind is DecisionKind.BREAK_THROUGH


def test_off_hours_holds_until_monday(config: Config, store: Store) -> None:
    engine = engine_at(config, store, SAT_11)
    assert engine.mode().kind is ModeKind.OFF_HOURS
    (result,) = engine.ingest([mail(SAT_11, "m1")])
    assert result.decision is not None
    assert result.decision.kind is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert str(result.decision.reason) == "Held until business hours (Mon 09:00): off hours"
    (urgent,) = engine.ingest([mail(SAT_11, "m2", "Сайт не работает")])
    assert urgent.decision is not None
    assert urgent.decision.kind is DecisionKind.BREAK_THROUGH
    assert store.held_count() == 1


def test_choosing_what_the_schedule_gives_means_follow_it(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)
    mode = engine.set_mode(ModeKind.REACHABLE)
    assert store.mode_setting().kind is None
    assert (mode.kind, mode.manual) == (ModeKind.REACHABLE, False)


def test_manual_off_hours_until_the_schedule_changes(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)
    mode = engine.set_mode(ModeKind.OFF_HOURS)
    assert (mode.kind, mode.manual) == (ModeKind.OFF_HOURS, True)
    assert mode.until == datetime(2026, 11, 16, 18, 0, tzinfo=BZ)
    setting = store.mode_setting()
    assert setting == ModeSetting(ModeKind.OFF_HOURS, None, MON_10)
    (result,) = engine.ingest([mail(MON_10, "m1")])
    assert result.decision is not None
    assert result.decision.kind is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert not result.decision.after_hours


def test_a_mode_ending_in_the_past_is_refused(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)
    with pytest.raises(ValueError, match="already in the past"):
        engine.set_mode(ModeKind.FOCUS, MON_10)
    assert store.mode_setting() == ModeSetting(None)


def test_status(config: Config, store: Store) -> None:
    engine = engine_at(config, store, MON_10)
    engine.set_mode(ModeKind.FOCUS)
    engine.ingest([mail(MON_10, "m1"), mail(MON_10, "m2")])
    status = engine.status()
    assert (status.mode.kind, status.held, status.timezone) == (ModeKind.FOCUS, 2, "Europe/Berlin")
    assert status.now == MON_10
    assert status.setting.set_at == MON_10


# -- calls and reports -------------------------------------------------------------------------


def test_log_call_defaults_to_just_ended_and_refuses_the_future(
    config: Config, store: Store
) -> None:
    engine = engine_at(config, store, MON_10)
    acme = config.client("acme")
    assert acme is not None
    engine.log_call(acme, 30)
    (call,) = store.calls_between(MON_10 - timedelta(hours=1), MON_10)
    assert (call.at, call.minutes) == (MON_10 - timedelta(minutes=30), 30)
    with pytest.raises(ValueError, match="future"):
        engine.log_call(acme, 5, at=MON_10 + timedelta(minutes=2))


def test_weekly_report_from_the_store(config: Config, store: Store) -> None:
    engine = engine_at(config, store, SAT_11)
    acme = config.client("acme")
    assert acme is not None
    # Six calls on Monday, none in the Tuesday window: ad hoc, 10 minutes each.
    for i in range(6):
        engine.log_call(acme, 10, at=MON_10 + timedelta(hours=i % 4, minutes=15 * (i // 4)))
    engine.ingest(
        [mail(MON_10 + timedelta(days=1), "m1"), mail(MON_10 + timedelta(days=1, hours=11), "m2")]
    )  # Tuesday 21:00
    # Outside the week: the Sunday before, and the Monday after (Berlin time).
    engine.ingest([mail(datetime(2026, 11, 15, 23, 59, tzinfo=BZ), "old")])
    engine_at(config, store, datetime(2026, 11, 23, 0, 1, tzinfo=BZ)).ingest(
        [mail(datetime(2026, 11, 23, 0, 0, tzinfo=BZ), "next")]
    )
    assert engine.current_week() == "2026-W47"
    report = engine.report()
    assert report.week == "2026-W47"
    (week,) = [c for c in report.clients if c.client_id == "acme"]
    assert week.contacts == 8
    assert week.by_channel == {"call": 6, "email": 2}
    assert week.ad_hoc_calls == 6
    assert week.after_hours == 1
    assert week.logged_minutes == 60
    # 60 logged + 15 min refocus for the 6 ad-hoc calls and the mail at 21:00 (the one at
    # 10:00 is inside business hours: no cost) = 60 + 105 = 165 min;
    # 100 x 10 / (10 + 2.75) = 78.43/h. One short week is no reason to raise the rate.
    assert week.time_cost_minutes == 165.0
    assert week.effective_rate == pytest.approx(1000 / 12.75)
    by_rule = {s.rule: s for s in week.suggestions}
    assert by_rule["propose_scheduled_calls"].numbers["ad_hoc_calls"] == 6
    assert "raise_rate" not in by_rule


def test_current_week_is_in_the_users_zone(config: Config, store: Store) -> None:
    sunday_night_utc = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)  # Monday 00:30 in Berlin
    assert engine_at(config, store, sunday_night_utc).current_week() == "2026-W48"


# -- the store itself --------------------------------------------------------------------------


def test_store_keeps_everything_across_reopening(config: Config, tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    first = Store(path)
    engine = engine_at(config, first, MON_10)
    engine.set_mode(ModeKind.FOCUS, MON_10 + timedelta(hours=1))
    engine.ingest([mail(MON_10, "m1")])
    first.close()
    again = Store(path)
    try:
        assert again.mode_setting() == ModeSetting(
            ModeKind.FOCUS, MON_10 + timedelta(hours=1), MON_10
        )
        assert again.counts() == (1, 1)
        assert again.has_item("test", "m1")
        assert again.held_count() == 1
        assert again.integrity_ok()
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        again.close()


def test_store_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer Office Hours"):
        Store(path)


def test_a_file_that_is_not_a_database_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        Store(path)
