"""Issue 14 as a user meets it: private files from the first start, bad lines refused by
number while every good one is stored, and eight commands racing to create the config."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers.app_process import app_running
from helpers.cli_run import Run, item_line, lines, recent
from helpers.waiting import poll

pytestmark = pytest.mark.integration

PYTHON = [sys.executable, "-m", "office_hours"]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _loose_run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """As a user whose shell has the usual umask 022: nothing we create may show it."""
    return subprocess.run(
        [*PYTHON, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        preexec_fn=lambda: os.umask(0o022),
    )


def _ours(home: Path) -> list[Path]:
    roots = [home / ".config/office-hours", home / ".local/share/office-hours"]
    roots.append(home / ".local/state/office-hours")
    found = []
    for root in roots:
        if root.exists():
            found.append(root)
            found.extend(root.rglob("*"))
    return found


def _assert_private(home: Path) -> None:
    loose = [
        f"{p} {_mode(p):o}"
        for p in _ours(home)
        if not p.is_socket() and _mode(p) != (0o700 if p.is_dir() else 0o600)
    ]
    assert not loose, "readable by others: " + ", ".join(loose)


def test_a_fresh_install_is_private_from_the_first_command(home: Path) -> None:
    proc = _loose_run("ingest", stdin=lines([item_line("p1", "a@b.example", "x", recent())]))
    assert proc.returncode == 0, proc.stderr
    config = home / ".config/office-hours/config.toml"
    database = home / ".local/share/office-hours/office-hours.sqlite3"
    assert _mode(config) == 0o600
    assert _mode(config.parent) == 0o700
    assert _mode(database) == 0o600
    assert _mode(database.parent) == 0o700
    _assert_private(home)


def test_the_running_app_keeps_database_wal_and_log_private(home: Path) -> None:
    os.umask(0o022)  # the app inherits it; run_app must override it before creating anything
    with app_running(home, "app"):
        data = home / ".local/share/office-hours"
        wal = data / "office-hours.sqlite3-wal"
        shm = data / "office-hours.sqlite3-shm"
        log = home / ".local/state/office-hours/log/office-hours.log"
        poll("the WAL, SHM and log files", lambda: wal.exists() and shm.exists() and log.exists())
        for path in (wal, shm, log, data / "office-hours.sqlite3"):
            assert _mode(path) == 0o600, f"{path} {_mode(path):o}"
        _assert_private(home)


def test_an_existing_loose_install_is_tightened_on_start(home: Path, oh: Run) -> None:
    assert oh("status").returncode == 0
    data = home / ".local/share/office-hours"
    state = home / ".local/state/office-hours"
    (state / "log").mkdir(parents=True)
    (state / "log/office-hours.log").write_text("old\n")
    (state / "presence.json").write_text("{}")
    (data / "office-hours.sqlite3-wal").write_bytes(b"")
    for p in _ours(home):
        p.chmod(0o755 if p.is_dir() else 0o644)
    proc = _loose_run("status")
    assert proc.returncode == 0, proc.stderr
    _assert_private(home)


def test_bad_lines_are_named_and_every_good_line_is_stored(home: Path, oh: Run) -> None:
    def raw(ident: str, stamp: str) -> str:
        return (
            '{"source": "t", "channel": "email", "sender": "a@b.example", "subject": "s", '
            f'"received_at": "{stamp}", "id": "{ident}"}}'
        )

    now = datetime.now(UTC)
    good = (now - timedelta(hours=1)).isoformat()
    feed = [
        raw("good-1", good),  # line 1
        raw("far-future", "9999-12-31T23:59:59-12:00"),  # line 2
        raw("year-one", "0001-01-01T00:00:00+14:00"),  # line 3
        raw("good-2", good),  # line 4
        "[" * 100_000 + "]" * 100_000,  # line 5
        raw("too-old", (now - timedelta(days=365 * 21)).isoformat()),  # line 6
        raw("2100", "2100-01-01T00:00:00+00:00"),  # line 7
        raw("tomorrow-plus", (now + timedelta(days=2)).isoformat()),  # line 8
        raw("good-3", good),  # line 9
    ]
    proc = oh("ingest", stdin=lines(feed))
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for number, words in [
        (2, "outside the calendar"),
        (3, "outside the calendar"),
        (5, "nested too deeply"),
        (6, "more than 20 years ago"),
        (7, "more than a day in the future"),
        (8, "more than a day in the future"),
    ]:
        said = [ln for ln in proc.stderr.splitlines() if f": line {number}: " in ln]
        assert len(said) == 1, proc.stderr
        assert words in said[0]
    assert "3 new, 0 already seen, 6 bad lines" in proc.stdout
    with sqlite3.connect(home / ".local/share/office-hours/office-hours.sqlite3") as con:
        stored = {r[0] for r in con.execute("SELECT external_id FROM items")}
    assert stored == {"good-1", "good-2", "good-3"}


@pytest.mark.parametrize("week", ["0001-W01", "9999-W52"])
def test_a_week_at_the_edge_of_the_calendar_is_a_clear_error(oh: Run, week: str) -> None:
    proc = oh("report", "--week", week)
    assert proc.returncode == 2
    assert f"week {week}: " in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cleaned_lines_are_stored_and_named(home: Path, oh: Run) -> None:
    at = recent()
    feed = (
        lines([item_line("c1", "a@b.example", "fine", at)])
        + lines([item_line("c2", "a@b.example", "s" * 10_000_000, at)])
        + lines([item_line("c3", "a@b.example", "nul\x00here", at)])
    ).encode() + item_line("c4", "a@b.example", "XX", at).encode().replace(b"XX", b"\xff\xfe")
    proc = subprocess.run([*PYTHON, "ingest"], input=feed + b"\n", capture_output=True, timeout=60)
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert "line 2: subject cut to 300 characters" in err
    assert "line 3: NUL characters removed from subject" in err
    assert "line 4: bytes that are not UTF-8 replaced" in err
    assert "line 1:" not in err
    with sqlite3.connect(home / ".local/share/office-hours/office-hours.sqlite3") as con:
        rows = dict(con.execute("SELECT external_id, subject FROM items"))
    assert rows == {"c1": "fine", "c2": "s" * 300, "c3": "nulhere", "c4": "\ufffd\ufffd"}


@pytest.mark.parametrize("trial", range(3))
def test_eight_commands_creating_the_config_at_once_all_succeed(home: Path, trial: int) -> None:
    """Each of 8 simultaneous first commands ingests its own line: all exit 0, all 8 lines
    are stored, one config file is left and no temp file."""
    procs = [
        subprocess.Popen(
            [*PYTHON, "ingest"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        for _ in range(8)
    ]
    outcomes = [
        (
            p.communicate(
                lines([item_line(f"race-{trial}-{n}", "a@b.example", "x", recent())]), 60
            ),
            p,
        )
        for n, p in enumerate(procs)
    ]
    for (_out, err), p in outcomes:
        assert p.returncode == 0, err
    folder = home / ".config/office-hours"
    assert sorted(p.name for p in folder.iterdir()) == ["config.toml"]
    with sqlite3.connect(home / ".local/share/office-hours/office-hours.sqlite3") as con:
        assert con.execute("SELECT count(*) FROM items").fetchone()[0] == 8
