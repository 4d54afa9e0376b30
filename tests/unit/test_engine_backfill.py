"""History: an item ingested long after it arrived is decided with the mode in force when it
arrived (the mode log), and the weekly report shows what focus held back then."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from office_hours.config.load import Config, parse_config
from office_hours.domain.model import Channel, DecisionKind, Item, ModeKind
from office_hours.engine import Engine
from office_hours.storage.store import Store

BZ = ZoneInfo("Europe/Berlin")
MON = datetime(2026, 11, 16, 10, 0, tzinfo=BZ)  # Monday of 2026-W47, business hours

CONFIG = """\
[general]
timezone = "Europe/Berlin"

[[clients]]
id = "acme"
name = "Acme"
addresses = ["*@acme.com"]
rate = 100.0
billed_hours_per_week = 10.0
"""


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return parse_config(CONFIG, tmp_path / "config.toml")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "state.sqlite3")
    yield s
    s.close()


def engine_at(config: Config, store: Store, now: datetime) -> Engine:
    return Engine(config, store, clock=lambda: now)


def mail(at: datetime, item_id: str) -> Item:
    return Item("backfill", item_id, Channel.EMAIL, "bob@acme.com", "Question", at)


def test_a_back_filled_week_shows_what_focus_held(config: Config, store: Store) -> None:
    # Monday 10:00 the user chose focus until 12:00; nothing was ingested then. At 15:00,
    # reachable again, a back-fill brings the morning's mail: 10:15, 10:45 and 11:30 came in
    # focus (held, by the mode log), 14:00 came while reachable (delivered).
    engine_at(config, store, MON).set_mode(ModeKind.FOCUS, MON + timedelta(hours=2))
    later = engine_at(config, store, MON + timedelta(hours=5))
    assert later.mode().kind is ModeKind.REACHABLE
    arrived = [MON + timedelta(minutes=m) for m in (15, 45, 90, 240)]
    results = later.ingest([mail(t, f"m{i}") for i, t in enumerate(arrived)])
    kinds = [r.decision.kind for r in results if r.decision is not None]
    assert kinds == [DecisionKind.HOLD] * 3 + [DecisionKind.DELIVER]
    # History, not a queue: the hold ended with the focus at 12:00, nothing waits now.
    assert store.held_count() == 0
    assert later.held() == []
    # The report counts them as held: 3 held of 4 contacts.
    (week,) = [c for c in later.report("2026-W47").clients if c.client_id == "acme"]
    assert (week.contacts, week.held) == (4, 3)
    modes = [r[0] for r in store.db.execute("SELECT mode FROM interruptions ORDER BY ts")]
    assert modes == ["focus", "focus", "focus", "reachable"]


def test_a_recent_item_is_decided_with_the_mode_now(config: Config, store: Store) -> None:
    # Focus ended at 12:00; an item that arrived at 11:58 and is ingested at 12:03 (a poll
    # interval later) is delivered now, as live items always were, not held after its release.
    engine_at(config, store, MON).set_mode(ModeKind.FOCUS, MON + timedelta(hours=2))
    now = MON + timedelta(hours=2, minutes=3)
    (result,) = engine_at(config, store, now).ingest([mail(now - timedelta(minutes=5), "late")])
    assert result.decision is not None
    assert result.decision.kind is DecisionKind.DELIVER


def test_a_back_filled_item_held_in_a_focus_still_running_waits(
    config: Config, store: Store
) -> None:
    # Focus from 10:00 to 13:00; at 12:00 a back-fill brings a mail of 10:30: still held by
    # the same focus, so it waits for that focus to end like any held item.
    engine_at(config, store, MON).set_mode(ModeKind.FOCUS, MON + timedelta(hours=3))
    now = MON + timedelta(hours=2)
    (result,) = engine_at(config, store, now).ingest([mail(MON + timedelta(minutes=30), "a")])
    assert result.decision is not None
    assert result.decision.kind is DecisionKind.HOLD
    assert store.held_count() == 1


def test_the_stores_sums_give_the_report_the_single_rows_give(tmp_path: Path, store: Store) -> None:
    """The SQL aggregate (week_counts, contact_counts) and `count_rows` over the same stored
    rows count the same: contacts, outside terms, refocus, surcharges, for every client."""
    from datetime import UTC

    from office_hours.domain.report import build_report, report_span
    from office_hours.domain.schedule import iso_week_bounds

    config = parse_config(
        CONFIG + '\n[[clients]]\nid = "shop"\nname = "Shop"\naddresses = ["*@shop.example"]\n'
        'rate = 60.0\nbilled_hours_per_week = 5.0\nafter_hours = "with_surcharge"\n'
        "surcharge_percent = 30\n[clients.terms.email]\n"
        'windows = { monday = ["09:00-10:00"] }\n',
        tmp_path / "config.toml",
    )
    engine_at(config, store, MON).set_mode(ModeKind.FOCUS, MON + timedelta(hours=2))
    engine = engine_at(config, store, MON + timedelta(days=5))  # Saturday: back-fill
    items = []
    for back in range(3):
        monday = MON - timedelta(weeks=back)
        for k in range(12):  # day, evening, focus and off-hours contact for both clients
            at = monday + timedelta(hours=3 * k)
            for sender in ("bob@acme.com", "eve@shop.example"):
                items.append(Item("s", f"{sender}{back}{k}", Channel.EMAIL, sender, "?", at))
    for back in range(3):
        engine.log_call(config.client("acme"), 20, MON - timedelta(weeks=back, hours=-9))
    engine.ingest(items)
    from_store = engine.report("2026-W47")
    first, _, _ = report_span("2026-W47", config.timezone, config.report.trend_weeks)
    _, end = iso_week_bounds("2026-W47", config.timezone)
    start = datetime.fromtimestamp(first, UTC)
    from_rows = build_report(
        "2026-W47",
        store.contacts_between(start, end),
        store.calls_between(start, end),
        config.clients,
        config.hours,
        config.report,
    )
    assert from_store.to_json() == from_rows.to_json()
    shop = next(c for c in from_store.clients if c.client_id == "shop")
    assert shop.surcharge_contacts > 0  # the case the new sums are for is in the data
    assert shop.refocus_contacts > 0
