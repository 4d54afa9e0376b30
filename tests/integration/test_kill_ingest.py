"""SIGKILL in the middle of ingest bursts, many times: nothing committed is lost, nothing
is counted twice, and the database stays intact."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers.cli_run import Run, item_line

pytestmark = pytest.mark.integration

ITEMS = 4000
KILLS = 12


def _feed(proc: subprocess.Popen[bytes], data: bytes) -> None:
    assert proc.stdin is not None
    try:
        # A burst arriving over ~1 s in small slices: the process commits many small batches
        # as they arrive, so a kill lands between and inside transactions.
        for start in range(0, len(data), 4096):
            proc.stdin.write(data[start : start + 4096])
            proc.stdin.flush()
            time.sleep(0.004)
        proc.stdin.close()
    except (BrokenPipeError, ValueError, OSError):
        pass  # killed while we were writing


def _ingest_and_kill(data: bytes, delay: float) -> tuple[set[str], bool]:
    """Run `ingest --verbose`, SIGKILL it `delay` s after its first stored result; return
    the ids it reported as stored (it reports only after each commit) and whether the kill
    landed before it finished."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "office_hours", "ingest", "--verbose"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    writer = threading.Thread(target=_feed, args=(proc, data), daemon=True)
    writer.start()
    assert proc.stdout is not None
    confirmed: set[str] = set()
    first = proc.stdout.readline()
    if first:
        confirmed.add(json.loads(first)["id"])
    deadline = time.monotonic() + delay

    def kill_later() -> None:
        time.sleep(max(0.0, deadline - time.monotonic()))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)

    killer = threading.Thread(target=kill_later, daemon=True)
    killer.start()
    for raw in proc.stdout:  # everything it printed before it died
        try:
            confirmed.add(json.loads(raw)["id"])
        except ValueError:
            break  # a line cut by the kill
    returncode = proc.wait(timeout=60)
    killer.join(timeout=10)
    writer.join(timeout=10)
    return confirmed, returncode == -signal.SIGKILL


def test_sigkill_during_ingest_loses_nothing_and_counts_nothing_twice(oh: Run, home: Path) -> None:
    assert oh("status").returncode == 0
    rng = random.Random(20261123)
    start = datetime.now(UTC) - timedelta(days=2)
    ids = [f"k{i:05d}" for i in range(ITEMS)]
    senders = [f"person{i}@client{i % 7}.example" for i in range(30)]
    all_lines = [
        item_line(ident, rng.choice(senders), f"subject {ident}", start + timedelta(seconds=i * 7))
        for i, ident in enumerate(ids)
    ]
    confirmed: set[str] = set()
    killed = 0
    for round_ in range(KILLS):
        # Each burst replays an overlapping window: old lines (duplicates) and new ones.
        lo = rng.randrange(0, ITEMS // 2)
        burst = all_lines[lo : lo + ITEMS // 2] if round_ % 2 else all_lines[lo:]
        data = ("\n".join(burst) + "\n").encode()
        got, was_killed = _ingest_and_kill(data, delay=rng.uniform(0.0, 0.3))
        confirmed |= got
        killed += was_killed
        db = home / ".local/share/office-hours/office-hours.sqlite3"
        with sqlite3.connect(db) as con:
            stored = {r[0] for r in con.execute("SELECT external_id FROM items")}
        lost = got - stored
        assert not lost, (
            f"round {round_}: {len(lost)} reported items missing, e.g. {sorted(lost)[:3]}"
        )

    assert killed >= KILLS * 3 // 4, f"only {killed} of {KILLS} kills landed mid-ingest"
    assert confirmed, "some items must have been stored before the kills"
    final = oh("ingest", stdin="\n".join(all_lines) + "\n", timeout=120)
    assert final.returncode == 0, final.stderr

    db = home / ".local/share/office-hours/office-hours.sqlite3"
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        items = con.execute(
            "SELECT count(*), count(DISTINCT source || '/' || external_id) FROM items"
        ).fetchone()
        interruptions = con.execute(
            "SELECT count(*), count(DISTINCT item_id) FROM interruptions"
        ).fetchone()
        orphans = con.execute(
            "SELECT count(*) FROM items WHERE id NOT IN (SELECT item_id FROM interruptions)"
        ).fetchone()[0]
        stored = {r[0] for r in con.execute("SELECT external_id FROM items")}
    assert items == (ITEMS, ITEMS)
    assert interruptions == (ITEMS, ITEMS)
    assert orphans == 0
    assert confirmed <= stored
    assert stored == set(ids)
    report = json.loads(oh("report", "--format", "json", "--week", _week(start)).stdout)
    assert sum(c["contacts"] for c in report["clients"]) > 0


def _week(at: datetime) -> str:
    year, week, _ = at.isocalendar()
    return f"{year}-W{week:02d}"
