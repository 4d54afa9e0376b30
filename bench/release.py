"""Releasing the held queue: Engine.release_now against a raw SQLite UPDATE (the floor).

    python bench/release.py [--items 1000 20000] [--repeat 3]

For each size: a fresh store with that many held items (focus, 50 clients and unknown
senders), copied so that both sides start from the same file. The floor is one
transaction that inserts a release row and marks every waiting item (what any release must
do at least); the engine adds the per-client counts and the summary. Also times the
digest's read (LIMIT 500) over the same data. Exit 1 when a release is not exactly one row
covering every item.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchlib import load_note
from office_hours.config.load import parse_config
from office_hours.domain.model import Channel, Item, ModeKind
from office_hours.engine import Engine
from office_hours.storage.store import Store

CONFIG = '[general]\ntimezone = "UTC"\n' + "".join(
    f'\n[[clients]]\nid = "c{n:02d}"\nname = "Client {n:02d}"\naddresses = ["*@c{n:02d}.example"]\n'
    for n in range(50)
)
NOW = datetime(2026, 11, 18, 10, 30, tzinfo=UTC)


def seed(path: Path, items: int) -> None:
    config = parse_config(CONFIG, path.parent / "config.toml")
    store = Store(path)
    engine = Engine(config, store, lambda: NOW)
    engine.set_mode(ModeKind.FOCUS)
    # One contact per sender and 20 min: nothing breaks through as repeated contact.
    senders = [f"p{n}@c{n % 50:02d}.example" for n in range(45)] + ["x@unknown.example"]
    batch = []
    for i in range(items):
        at = NOW - timedelta(minutes=21 * (i // len(senders)) + 1, seconds=i % len(senders))
        batch.append(Item("bench", f"b{i}", Channel.EMAIL, senders[i % len(senders)], "q", at))
    for start in range(0, len(batch), 500):
        engine.ingest(batch[start : start + 500])
    assert store.held_count() == items, store.held_count()
    store.close()


def raw_release(path: Path) -> float:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=FULL")
    t = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    cur = con.execute(
        "INSERT INTO releases (ts, cause, reason, summary, item_count)"
        " VALUES (1, 'b', '{}', '{}', 0)"
    )
    con.execute(
        "UPDATE interruptions SET released_ts = 1, release_id = ? WHERE released_ts IS NULL"
        " AND decision IN ('hold', 'hold_until_business_hours')",
        (cur.lastrowid,),
    )
    con.execute("COMMIT")
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def engine_release(path: Path) -> tuple[float, float, int]:
    config = parse_config(CONFIG, path.parent / "config.toml")
    store = Store(path)
    engine = Engine(config, store, lambda: NOW)
    t = time.perf_counter()
    digest = engine.digest(500)
    digest_s = time.perf_counter() - t
    t = time.perf_counter()
    release = engine.release_now()
    elapsed = time.perf_counter() - t
    assert release is not None
    covered = store.db.execute(
        "SELECT count(*) FROM interruptions WHERE release_id = ?", (release.release_id,)
    ).fetchone()[0]
    ok = len(store.releases()) == 1 and covered == release.item_count == store.counts()[1]
    store.close()
    return elapsed, digest_s, len(digest) if ok else -1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--items", type=int, nargs="+", default=[1000, 20000])
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    print(load_note())
    failed = False
    for n in args.items:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp) / "seed.sqlite3"
            seed(base, n)
            raws, engines, digests = [], [], []
            for r in range(args.repeat):
                for name in ("raw", "engine"):
                    copy = Path(tmp) / f"{name}{r}.sqlite3"
                    shutil.copy(base, copy)
                    if name == "raw":
                        raws.append(raw_release(copy))
                    else:
                        took, digest_s, rows = engine_release(copy)
                        engines.append(took)
                        digests.append(digest_s)
                        failed |= rows < 0
            raw_ms = 1000 * statistics.median(raws)
            eng_ms = 1000 * statistics.median(engines)
            print(
                f"{n:>6} held: raw release {raw_ms:7.1f} ms, engine {eng_ms:7.1f} ms "
                f"(x{eng_ms / raw_ms:.2f}); digest read (LIMIT 500) "
                f"{1000 * statistics.median(digests):6.1f} ms"
            )
    print(load_note())
    if failed:
        print("FAILED: a release did not cover every item exactly once")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
