"""Engine.report counts in SQL; the same rows counted one by one in Python must agree."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from office_hours.config.load import Config, parse_config
from office_hours.domain.model import Channel, Item
from office_hours.domain.report import build_report, report_span
from office_hours.domain.schedule import iso_week_bounds
from office_hours.engine import Engine
from office_hours.storage.store import Store

CONFIG = """\
[general]
timezone = "Europe/Berlin"

[report]
target_rate = 90.0

[[clients]]
id = "acme"
name = "Acme"
addresses = ["*@acme.com"]
phones = ["+49 30 1234567"]
rate = 100.0
billed_hours_per_week = 10.0

[clients.terms.call]
windows = { tuesday = ["14:00-16:00"] }

[[clients]]
id = "zeta"
name = "Zeta"
addresses = ["*@zeta.org"]
chat_users = ["@zed:zeta.org"]
rate = 60.0
billed_hours_per_week = 5.0
after_hours = "with_surcharge"
surcharge_percent = 20.0
"""
WEEK = "2026-W44"  # 26 Oct - 1 Nov; the trend reaches back over the end of summer time


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return parse_config(CONFIG, tmp_path / "config.toml")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "office-hours.sqlite3")
    yield s
    s.close()


def test_sql_counts_equal_row_by_row_counts_across_dst(config: Config, store: Store) -> None:
    start, end, _ = report_span(WEEK, config.timezone, 4)
    rng = random.Random(6)
    senders = [
        (Channel.EMAIL, "bob@acme.com"),
        (Channel.CALL, "+49 30 1234567"),
        (Channel.CHAT, "@zed:zeta.org"),
        (Channel.EMAIL, "x@unknown.example"),
        (Channel.MEETING, "eve@zeta.org"),
    ]
    # Over the whole span, including the hour Berlin repeats on 25 October, and just outside.
    stamps = [rng.uniform(start - 3600, end + 3600) for _ in range(1500)]
    stamps += [datetime(2026, 10, 25, 0, 30, tzinfo=UTC).timestamp() + m * 60 for m in range(90)]
    items = []
    for i, ts in enumerate(sorted(stamps)):
        channel, sender = senders[rng.randrange(len(senders))]
        when = datetime.fromtimestamp(ts, UTC)
        items.append(Item("t", f"i{i}", channel, sender, "Question", when))
    now = datetime.fromtimestamp(end + 7200, UTC)
    engine = Engine(config, store, clock=lambda: now)
    engine.ingest(items)
    for k in range(12):
        at = datetime.fromtimestamp(rng.uniform(start, end), UTC)
        engine.log_call(config.clients[k % 2], 5 + k, at)

    by_sql = engine.report(WEEK).to_json()
    first = datetime.fromtimestamp(start, UTC)
    _, week_end = iso_week_bounds(WEEK, config.timezone)
    by_rows = build_report(
        WEEK,
        store.contacts_between(first, week_end),
        store.calls_between(first, week_end),
        config.clients,
        config.hours,
        config.report,
    ).to_json()
    assert by_sql == by_rows
    acme = by_sql["clients"][0]
    assert acme["client"] == "acme"
    assert acme["contacts"] > 100
    assert len(acme["trend"]) == 4
    assert sum(p["contacts"] for p in acme["trend"]) > 4 * 100
    assert sum(acme["hours"]) == acme["contacts"]
    assert sum(sum(v) for v in acme["per_day"].values()) == acme["contacts"]
    # Nothing outside the five weeks is counted.
    total = sum(c["contacts"] + sum(p["contacts"] for p in c["trend"]) for c in by_sql["clients"])
    inside = sum(1 for ts in stamps if start <= ts < end) + 12
    assert total == inside
    assert timedelta(seconds=end - start) == timedelta(weeks=5, hours=1)
