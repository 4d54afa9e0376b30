"""The command line end to end, as a user or a script runs it, in a fresh HOME."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers.cli_run import Run, client_row, item_line, lines, recent, report_of

pytestmark = pytest.mark.integration

CONFIG_CLIENTS = """
[[clients]]
id = "acme"
name = "ACME"
addresses = ["*@acme.example"]
rate = 100.0
billed_hours_per_week = 10.0

[[clients]]
id = "globex"
name = "Globex"
addresses = ["hank@globex.example"]
chat_users = ["@hank:matrix.example"]
"""


def _config(home: Path) -> Path:
    return home / ".config" / "office-hours" / "config.toml"


def _all_week_hours(oh: Run, home: Path) -> None:
    """Business hours around the clock, so that tests do not depend on when they run."""
    assert oh("status").returncode == 0  # creates the default config
    path = _config(home)
    text = path.read_text()
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        text = text.replace(f'{day} = ["09:00-18:00"]', f'{day} = ["00:00-24:00"]')
        text = text.replace(f"{day} = []", f'{day} = ["00:00-24:00"]')
    path.write_text(text + CONFIG_CLIENTS)


def test_first_start_creates_a_commented_config(oh: Run, home: Path) -> None:
    proc = oh("status", "--json")
    assert proc.returncode == 0, proc.stderr
    status = json.loads(proc.stdout)
    assert status["mode"] in ("reachable", "off_hours")
    assert status["held"] == 0
    assert status["app_running"] is False
    text = _config(home).read_text()
    assert text.startswith("# Office Hours configuration")
    assert "[[clients]]" in text
    assert "password" not in text.lower()


def test_ingest_counts_per_client_and_a_replay_adds_nothing(oh: Run, home: Path) -> None:
    _all_week_hours(oh, home)
    at = recent(5)
    feed = lines(
        [
            item_line("m1", "Anna <anna@acme.example>", "Invoice", at),
            item_line("m2", "bob@acme.example", "Question", at + timedelta(seconds=1)),
            item_line("c1", "@hank:matrix.example", "ping", at, channel="chat", source="matrix"),
            item_line("x1", "stranger@nowhere.example", "Hello", at),
        ]
    )
    first = oh("ingest", stdin=feed)
    assert first.returncode == 0, first.stderr
    assert "4 new, 0 already seen, 0 bad lines" in first.stdout
    before = report_of(oh)
    acme, globex, unknown = (client_row(before, c) for c in ("acme", "globex", "unknown"))
    assert (acme["contacts"], acme["by_channel"]) == (2, {"email": 2})
    assert (globex["contacts"], globex["by_channel"]) == (1, {"chat": 1})
    assert unknown["contacts"] == 1

    replay = oh("ingest", stdin=feed)
    assert replay.returncode == 0
    assert "0 new, 4 already seen" in replay.stdout
    assert report_of(oh) == before


def test_focus_holds_ordinary_items_and_lets_urgent_ones_through(oh: Run, home: Path) -> None:
    _all_week_hours(oh, home)
    proc = oh("mode", "focus", "--for", "25m")
    assert proc.returncode == 0, proc.stderr
    status = json.loads(oh("status", "--json").stdout)
    assert status["mode"] == "focus"
    assert status["manual"] is True
    until = datetime.fromisoformat(status["until"])
    assert timedelta(minutes=24) < until - datetime.now(UTC) <= timedelta(minutes=25)

    at = recent(0)
    feed = lines(
        [
            item_line("n1", "anna@acme.example", "Weekly notes", at),
            item_line("u1", "anna@acme.example", "СРОЧНО: сайт не работает", at),
        ]
    )
    out = oh("ingest", "--verbose", stdin=feed)
    assert out.returncode == 0, out.stderr
    results = {r["id"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert results["n1"]["decision"] == "hold"
    assert "focus until" in results["n1"]["reason"]
    assert results["u1"]["decision"] == "break_through"
    assert "срочно" in results["u1"]["reason"].lower()

    db = home / ".local/share/office-hours/office-hours.sqlite3"
    with sqlite3.connect(db) as con:
        stored = dict(
            con.execute(
                "SELECT i.external_id, x.reason_text"
                " FROM interruptions x JOIN items i ON i.id = x.item_id"
            ).fetchall()
        )
    assert stored == {"n1": results["n1"]["reason"], "u1": results["u1"]["reason"]}
    acme = client_row(report_of(oh), "acme")
    assert (acme["held"], acme["breakthroughs"]) == (1, 1)
    status = json.loads(oh("status", "--json").stdout)
    assert status["held"] == 1
    assert sum(status["waiting"].values()) == 1
    # Held items come back at the next batch or when this focus ends, whichever is first.
    next_release = datetime.fromisoformat(status["next_release"])
    assert next_release == min(until, datetime.fromisoformat(status["next_batch"]))
    assert status["last_release"] is None

    # On demand: one release, printed as one summary line; nothing is left waiting.
    out = oh("release")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [out.stdout.splitlines()[0]]
    assert out.stdout.startswith("1 waiting: ")
    assert "(You asked for them)" in out.stdout
    status = json.loads(oh("status", "--json").stdout)
    assert (status["held"], status["waiting"]) == (0, {})
    assert status["last_release"]["items"] == 1
    assert status["last_release"]["announced"] is True
    assert oh("release").stdout.strip() == "Nothing was waiting."


def test_bad_lines_are_reported_by_number_and_good_ones_kept(oh: Run, home: Path) -> None:
    _all_week_hours(oh, home)
    at = recent()
    feed = lines(
        [
            item_line("g1", "anna@acme.example", "ok", at),
            "{not json",
            json.dumps(
                {
                    "source": "t",
                    "channel": "email",
                    "sender": "a",
                    "subject": "s",
                    "received_at": "2026-11-23T10:00:00",
                    "id": "naive",
                }
            ),
            json.dumps(
                {
                    "source": "t",
                    "channel": "email",
                    "subject": "s",
                    "received_at": at.isoformat(),
                    "id": "nosender",
                }
            ),
            item_line("g2", "anna@acme.example", "ok too", at),
        ]
    )
    proc = oh("ingest", stdin=feed)
    assert proc.returncode == 1
    assert "line 2: not valid JSON" in proc.stderr
    assert "line 3: received_at '2026-11-23T10:00:00' has no UTC offset" in proc.stderr
    assert "line 4: missing field sender" in proc.stderr
    assert "2 new, 0 already seen, 3 bad lines" in proc.stdout
    assert client_row(report_of(oh), "acme")["contacts"] == 2


def test_log_call_counts_minutes_and_rejects_bad_input(oh: Run, home: Path) -> None:
    _all_week_hours(oh, home)
    assert oh("log-call", "acme", "--minutes", "30", "--note", "check-in").returncode == 0
    assert oh("log-call", "ACME", "--minutes", "15", "--meeting").returncode == 0
    db = home / ".local/share/office-hours/office-hours.sqlite3"
    for args, message in [
        (("log-call", "initech", "--minutes", "5"), "no client 'initech'"),
        (("log-call", "acme", "--minutes", "0"), "--minutes must be between 1 and 1440"),
        (("log-call", "acme", "--minutes", "5", "--at", "25:99"), "--at '25:99' is not a time"),
        (("log-call", "acme", "--minutes", "5", "--at", "2099-01-01 10:00"), "future"),
    ]:
        before = db.read_bytes()
        proc = oh(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert message in proc.stderr
        assert db.read_bytes() == before, f"{args} changed the database"
    acme = client_row(report_of(oh), "acme")
    assert acme["logged_minutes"] == 45
    assert acme["by_channel"] == {"call": 1, "meeting": 1}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("mode", "focus", "--for", "soon"), "'soon' is not a duration"),
        (("mode", "focus", "--until", "14:75"), "'14:75' is not a time of day"),
        (("mode", "schedule", "--for", "5m"), "takes no --for"),
        (("report", "--week", "2026-W60"), "'2026-W60' is not an ISO week"),
    ],
)
def test_bad_arguments_exit_2_and_change_nothing(
    oh: Run, home: Path, args: tuple[str, ...], message: str
) -> None:
    assert oh("status").returncode == 0
    before = oh("status", "--json").stdout
    proc = oh(*args)
    assert proc.returncode == 2
    assert message in proc.stderr
    after = oh("status", "--json").stdout
    assert json.loads(after)["mode"] == json.loads(before)["mode"]
    assert json.loads(after)["until"] == json.loads(before)["until"]


def test_broken_config_names_the_line_and_is_left_unchanged(oh: Run, home: Path) -> None:
    assert oh("status").returncode == 0
    path = _config(home)
    text = path.read_text().replace("repeat_count = 3", 'repeat_count = "three"')
    path.write_text(text)
    line = text.splitlines().index('repeat_count = "three"') + 1
    before = path.read_bytes()
    for args in (("status",), ("ingest",), ("report", "--format", "json"), ("mode", "focus")):
        proc = oh(*args, stdin="")
        assert proc.returncode == 2, args
        assert f"line {line}, key urgency.repeat_count" in proc.stderr
        assert "expected a number" in proc.stderr
        assert path.read_bytes() == before
    doctor = oh("doctor")
    assert doctor.returncode == 1
    assert f"line {line}" in doctor.stdout


def test_toml_syntax_error_names_the_line(oh: Run, home: Path) -> None:
    assert oh("status").returncode == 0
    path = _config(home)
    path.write_text(path.read_text() + "\n[general\n")
    before = path.read_bytes()
    proc = oh("status")
    assert proc.returncode == 2
    assert f"line {len(before.decode().splitlines())}" in proc.stderr
    assert path.read_bytes() == before


def test_doctor_explains_in_plain_words(oh: Run, home: Path) -> None:
    first = oh("doctor")
    assert "no config file yet" in first.stdout
    assert oh("status").returncode == 0
    proc = oh("doctor")
    assert proc.returncode == 0, proc.stdout
    assert "config:" in proc.stdout
    assert "tray app: not running" in proc.stdout
    assert "No problems found." in proc.stdout


def test_version(oh: Run) -> None:
    proc = oh("--version")
    assert proc.returncode == 0
    assert proc.stdout.startswith("office-hours 0.")
