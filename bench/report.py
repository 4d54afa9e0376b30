"""The weekly report against a bare SQL aggregate over the same rows, measured in one run.

    python bench/report.py [--items 500000] [--runs 15] [--keep DIR]

Builds a year of synthetic contact (500,000 items, 50 clients with skewed volumes, all four
channels, decisions and flags as the policy leaves them, plus logged calls) in a database
created by the app's own Store (its migrations and indexes), then times, alternating, medians:

  floor week   SELECT client_id, channel, count(*), sum(flags...) ... GROUP BY client_id,
               channel over the report week: the least any weekly report must do;
  report week  Engine.report with no trend (trend_weeks = 0): the SQL aggregate by local
               hour, logged calls, and the pure report maths with suggestions;
  floor trend  the same bare aggregate over the four weeks before;
  trend part   the store's per-week aggregate over those four weeks;
  floor 5 wk   the bare aggregate over all five weeks;
  full report  Engine.report as the app runs it: the week by hour plus the four-week trend.

Bars: report week <= 2 x floor week; trend part <= 2 x floor trend. Exit 1 when missed.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchlib import load_note
from ingest import CLIENTS, client_id, write_config
from office_hours.config import load_config
from office_hours.domain.report import report_span
from office_hours.domain.schedule import iso_week_bounds, iso_week_of
from office_hours.engine import Engine
from office_hours.storage.store import Store

MAX_RATIO = 2.0
WEEK_FLOOR_SQL = (
    "SELECT client_id, channel, count(*), sum(after_hours), sum(outside_terms),"
    " sum(decision IN ('hold', 'hold_until_business_hours')), sum(decision = 'break_through'),"
    " sum(not_urgent) FROM interruptions WHERE ts >= ? AND ts < ? GROUP BY client_id, channel"
)
CHANNELS = ("email", "chat", "call", "meeting")
CHANNEL_WEIGHTS = (0.60, 0.25, 0.10, 0.05)
DECISIONS = ("deliver", "hold", "hold_until_business_hours", "break_through")


def fill(db_path: Path, n: int, end: datetime, seed: int = 20261123) -> None:
    """n items and their interruptions over the 52 weeks before `end`, plus logged calls."""
    rng = random.Random(seed)
    weights = [1 / (k + 1) ** 0.8 for k in range(CLIENTS)] + [0.05]  # and unknown senders
    ids = [client_id(k) for k in range(CLIENTS)] + ["unknown"]
    t1 = end.timestamp()
    t0 = t1 - timedelta(weeks=52).total_seconds()
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("BEGIN")
    items, inter = [], []
    for i in range(1, n + 1):
        ts = rng.uniform(t0, t1)
        channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        hour = (ts // 3600) % 24
        after = int(hour < 8 or hour >= 17 or rng.random() < 0.05)
        decision = rng.choices(DECISIONS, (0.5, 0.3, 0.15 if after else 0.02, 0.05))[0]
        items.append((i, "bench", f"b{i}", channel, "x@example.org", "subject", "", "", "", ts, ts))
        inter.append(
            (
                i,
                rng.choices(ids, weights)[0],
                channel,
                ts,
                decision,
                "{}",
                "",
                "focus",
                after,
                int(after or rng.random() < 0.1),
                int(decision == "break_through" and rng.random() < 0.4),
            )
        )
        if len(items) == 50_000:
            _flush(db, items, inter)
    _flush(db, items, inter)
    calls = [
        (rng.choice(ids[:-1]), "call", rng.uniform(t0, t1), rng.randint(5, 60), "", t1)
        for _ in range(n // 100)
    ]
    db.executemany(
        "INSERT INTO calls (client_id, channel, ts, minutes, note, logged_ts) VALUES (?,?,?,?,?,?)",
        calls,
    )
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.close()


def _flush(db: sqlite3.Connection, items: list[tuple], inter: list[tuple]) -> None:
    db.executemany(
        "INSERT INTO items (id, source, external_id, channel, sender, subject, snippet, room,"
        " received_at, received_ts, ingested_ts) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        items,
    )
    db.executemany(
        "INSERT INTO interruptions (item_id, client_id, channel, ts, decision, reason,"
        " reason_text, mode, after_hours, outside_terms, not_urgent)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        inter,
    )
    items.clear()
    inter.clear()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--items", type=int, default=500_000)
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--keep", type=Path, help="build (or reuse) the database in this directory")
    args = p.parse_args()
    if args.keep is None:
        with tempfile.TemporaryDirectory(prefix="oh-bench-report-") as tmp:
            return run(args, Path(tmp))  # ~100 MB: removed afterwards
    args.keep.mkdir(parents=True, exist_ok=True)
    return run(args, args.keep)


def run(args: argparse.Namespace, root: Path) -> int:
    config = load_config(write_config(root), create=False)
    tz = config.timezone
    end = datetime(2026, 11, 23, tzinfo=UTC)  # fixed, so runs compare
    db_path = root / f"report-{args.items}.sqlite3"
    if not db_path.exists():
        Store(db_path).close()  # the app's schema and indexes
        started = time.perf_counter()
        fill(db_path, args.items, end)
        print(f"generated {args.items:,} items in {time.perf_counter() - started:.1f} s")
    store = Store(db_path)
    week = iso_week_of(end - timedelta(days=3), tz)  # the last full week
    now = end
    full = Engine(config, store, clock=lambda: now)
    no_trend_config = dataclasses.replace(
        config, report=dataclasses.replace(config.report, trend_weeks=0)
    )
    week_only = Engine(no_trend_config, store, clock=lambda: now)
    w0, w1 = iso_week_bounds(week, tz)
    first, _, scale = report_span(week, tz, 4)
    t0 = datetime.fromtimestamp(first, UTC)

    def floor(a: datetime, b: datetime) -> Callable[[], object]:
        return lambda: store.db.execute(WEEK_FLOOR_SQL, (a.timestamp(), b.timestamp())).fetchall()

    measures: dict[str, Callable[[], object]] = {
        "floor week": floor(w0, w1),
        "report week": lambda: week_only.report(week),
        "floor trend": floor(t0, w0),
        "trend part": lambda: store.contact_counts(t0, w0, scale, 4),
        "floor 5 wk": floor(t0, w1),
        "full report": lambda: full.report(week),
    }
    rows = store.db.execute(
        "SELECT count(*) FROM interruptions WHERE ts >= ? AND ts < ?",
        (w0.timestamp(), w1.timestamp()),
    ).fetchone()[0]
    report = full.report(week)
    suggested = sum(len(c.suggestions) for c in report.clients)
    print(
        f"{args.items:,} items over 52 weeks, {CLIENTS} clients; week {week}: {rows:,} items; "
        f"{len(report.clients)} clients in the report, {suggested} suggestions; in {root}"
    )
    print(load_note())
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for fn in measures.values():  # warm caches once
        fn()
    for _ in range(args.runs):
        for name, fn in measures.items():
            samples[name].append(timed(fn))
    med = {name: statistics.median(s) * 1000 for name, s in samples.items()}
    print(f"{'':12} {'median ms':>10} {'min ms':>8}")
    for name, s in samples.items():
        print(f"{name:12} {med[name]:10.2f} {min(s) * 1000:8.2f}")
    week_ratio = med["report week"] / med["floor week"]
    trend_ratio = med["trend part"] / med["floor trend"]
    full_ratio = med["full report"] / med["floor 5 wk"]
    print(f"ratio report week / floor week   = {week_ratio:.2f} (bar <= {MAX_RATIO:g})")
    print(f"ratio trend part / floor trend   = {trend_ratio:.2f} (bar <= {MAX_RATIO:g})")
    print(f"ratio full report / floor 5 weeks = {full_ratio:.2f} (no bar; both over 5 weeks)")
    store.close()
    return 0 if week_ratio <= MAX_RATIO and trend_ratio <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
