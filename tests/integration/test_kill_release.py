"""SIGKILL in the middle of `office-hours release`: no held item is lost, none is released
twice, and a release whose announcement was cut off is announced at the next run.

Two kills land at exact points (inside the release transaction, and between its commit
and the announcement) through the engine's test pause points; more land at random times.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers.cli_run import Run, item_line, lines

pytestmark = pytest.mark.integration

PAUSE_ENV = "OFFICE_HOURS_TEST_PAUSE_AT"


def _db(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / ".local/share/office-hours/office-hours.sqlite3")


def _hold(oh: Run, prefix: str, n: int, client: bool = True) -> None:
    """n held items that arrived just now, newest first. Only the first batch writes as a
    client: a client writing again within minutes would break through instead of waiting,
    and items that arrived long before they were ingested are history (decided with the mode
    of their time), not waiting; so later batches come from senders of no client."""
    now = datetime.now(UTC)
    senders = ["anna@example.com" if client else "bob@elsewhere.org", "someone@elsewhere.org"]
    proc = oh(
        "ingest",
        stdin=lines(
            item_line(
                f"{prefix}{i}", senders[i % 2], f"question {i}", now - timedelta(seconds=i / 10)
            )
            for i in range(n)
        ),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr


def _kill_at(point: str) -> None:
    """Run `release`, wait until it reports reaching `point`, and SIGKILL it there."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "office_hours", "release"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, PAUSE_ENV: point},
    )
    assert proc.stderr is not None
    line = proc.stderr.readline().decode()  # bounded: the process exits or pauses
    assert line.strip() == f"PAUSED {point}", line
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


def _invariants(home: Path) -> tuple[int, int, int]:
    """(held and waiting, released, releases); fails if anything is lost or doubled."""
    with _db(home) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        held = "decision IN ('hold', 'hold_until_business_hours')"
        waiting = con.execute(
            f"SELECT count(*) FROM interruptions WHERE {held} AND released_ts IS NULL"
        ).fetchone()[0]
        released = con.execute(
            f"SELECT count(*) FROM interruptions WHERE {held} AND release_id IS NOT NULL"
        ).fetchone()[0]
        half = con.execute(
            "SELECT count(*) FROM interruptions WHERE (release_id IS NULL) != (released_ts IS NULL)"
        ).fetchone()[0]
        assert half == 0, "an item is marked released without its release, or the reverse"
        per_release = con.execute(
            "SELECT r.id, r.item_count, (SELECT count(*) FROM interruptions x"
            " WHERE x.release_id = r.id) FROM releases r"
        ).fetchall()
        for release_id, said, marked in per_release:
            assert said == marked > 0, f"release {release_id}: says {said}, marked {marked}"
        total = con.execute(f"SELECT count(*) FROM interruptions WHERE {held}").fetchone()[0]
    assert waiting + released == total, "an item is neither waiting nor released"
    return waiting, released, len(per_release)


def test_sigkill_during_release_loses_nothing_and_releases_nothing_twice(
    oh: Run, home: Path
) -> None:
    assert oh("mode", "focus").returncode == 0
    _hold(oh, "a", 2000)

    # Killed inside the transaction: nothing released, nothing half-released.
    _kill_at("release_before_commit")
    assert _invariants(home) == (2000, 0, 0)

    # Killed after the commit, before the announcement: released once, not yet announced.
    _kill_at("release_after_commit")
    assert _invariants(home) == (0, 2000, 1)
    with _db(home) as con:
        assert con.execute("SELECT announced_ts FROM releases").fetchone()[0] is None

    # The next run announces the cut-off release and releases only what is new.
    _hold(oh, "b", 300, client=False)
    proc = oh("release", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["released"]["items"] == 300
    assert [r["items"] for r in data["announced"]] == [2000, 300]
    assert data["announced"][0]["summary"] == ("2000 waiting: Example Client 1000, unknown 1000")
    assert _invariants(home) == (0, 2300, 2)
    with _db(home) as con:
        assert (
            con.execute("SELECT count(*) FROM releases WHERE announced_ts IS NULL").fetchone()[0]
            == 0
        )

    # Kills at random moments: start-up, the transaction, the announcement, the exit.
    rng = random.Random(20261123)
    for round_ in range(6):
        _hold(oh, f"r{round_}-", 400, client=False)
        proc = subprocess.Popen(
            [sys.executable, "-m", "office_hours", "release"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=os.environ.copy(),
        )
        time.sleep(rng.uniform(0.05, 0.6))  # a process, not Qt: a real delay is the point
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        _invariants(home)
    final = oh("release", "--json")
    assert final.returncode == 0, final.stderr
    waiting, released, _ = _invariants(home)
    assert (waiting, released) == (0, 2300 + 6 * 400)
    with _db(home) as con:
        assert (
            con.execute("SELECT count(*) FROM releases WHERE announced_ts IS NULL").fetchone()[0]
            == 0
        )
