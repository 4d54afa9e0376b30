"""Ingest throughput: raw SQLite (the floor) vs Engine.ingest vs `office-hours ingest`.

    python bench/ingest.py [--items 20000] [--mode focus] [--repeat 3] [--all-modes]

Generates realistic JSON-lines items (email, chat, calls, meetings; 50 clients matched by
`*@clientNN.example`, chat users and phones; some unknown senders, bursts and urgency words
in English, Russian and Thai), writes a 50-client config.toml, and measures:

  raw     executemany into an equivalent items + interruptions schema (same columns, keys and
          indexes), WAL, synchronous=FULL, 500 rows per transaction: the floor;
  engine  office_hours.engine.Engine.ingest in this process, batches of 500 (items parsed
          beforehand; parsing is timed separately);
  cli     `office-hours ingest` as a subprocess fed the JSON-lines file (includes its start).

Each is then replayed with the same lines, which must add nothing: the replay is timed and
the row counts are checked (exit 1 when they change or a count is wrong).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from benchlib import kill_group, load_note, office_hours_cmd, private_env
from office_hours.config import load_config
from office_hours.domain.model import UNKNOWN_CLIENT_ID, Item, ModeKind
from office_hours.engine import Engine
from office_hours.sources.jsonlines import parse_item
from office_hours.storage.store import Store

BATCH = 500
CLIENTS = 50
CLI_TIMEOUT_S = 900.0

# -- data -------------------------------------------------------------------------------------

FIRST = (
    "anna",
    "ben",
    "chloe",
    "dmitri",
    "elena",
    "farid",
    "grace",
    "hiro",
    "ivan",
    "julia",
    "kanya",
    "leo",
    "maria",
    "niran",
    "olga",
    "pavel",
    "quinn",
    "rosa",
    "somchai",
    "tanya",
)
SUBJECTS = (
    "Re: invoice {n}",
    "Quick question about the {thing}",
    "Can you call me back?",
    "Feedback on the {thing} draft",
    "Meeting notes {n}",
    "Re: Re: {thing} timeline",
    "New requirements for the {thing}",
    "Just checking in",
    "Fwd: contract appendix",
    "Вопрос по {thing}",
    "Счёт №{n}",
    "Созвон завтра?",
    "Правки к {thing}",
    "สอบถามเรื่อง {thing}",
    "ขอเอกสารเพิ่มเติม",
    "นัดประชุมสัปดาห์หน้า",
)
URGENT = (
    "URGENT: site is down",
    "Emergency - checkout broken",
    "need this ASAP",
    "Outage on prod",
    "СРОЧНО: сайт не работает",
    "Срочная правка",
    "Авария на сервере",
    "ด่วน! เว็บล่ม",
    "ระบบใช้งานไม่ได้",
)
THINGS = ("website", "logo", "report", "app", "budget", "landing page", "migration", "audit")
OFFSETS = (1, 1, 2, 3, -5, -8, 7, 0)  # clients' UTC offsets, hours
CHANNELS = (("email", 0.60), ("chat", 0.25), ("call", 0.10), ("meeting", 0.05))
SOURCES = {
    "email": "imap:work",
    "chat": "matrix:main",
    "call": "phone:sip",
    "meeting": "calendar:work",
}


def client_id(k: int) -> str:
    return f"client{k:02d}"


def client_phone(k: int, j: int) -> str:
    return f"+49 30 555{k:02d}{j}"


def config_text(timezone_name: str = "Europe/Berlin") -> str:
    """A config.toml with 50 clients, each with a domain rule, chat users and phones."""
    lines = [
        "config_version = 1",
        "[general]",
        f'timezone = "{timezone_name}"',
        'language = "en"',
        "[hours]",
        *(
            f'{d} = ["09:00-12:30", "13:30-18:00"]'
            for d in ("monday", "tuesday", "wednesday", "thursday", "friday")
        ),
        "saturday = []",
        "sunday = []",
        "[urgency]",
        "repeat_count = 3",
        "repeat_minutes = 20",
    ]
    after = ("emergencies_only", "never", "with_surcharge")
    for k in range(CLIENTS):
        users = ", ".join(
            f'"@{FIRST[(k + j) % len(FIRST)]}:client{k:02d}.example"' for j in range(3)
        )
        phones = ", ".join(f'"{client_phone(k, j)}"' for j in range(2))
        lines += [
            "",
            "[[clients]]",
            f'id = "{client_id(k)}"',
            f'name = "Client {k:02d}"',
            f'addresses = ["*@client{k:02d}.example"]',
            f"chat_users = [{users}]",
            f"phones = [{phones}]",
            f"rate = {60 + k}.0",
            "billed_hours_per_week = 10.0",
            f'after_hours = "{after[k % 3]}"',
            "surcharge_percent = 25.0",
            "[clients.terms.call]",
            'windows = { tuesday = ["14:00-16:00"], thursday = ["10:00-12:00"] }',
            "response_hours = 24.0",
        ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Generated:
    """The JSON lines and, per line, the client the generator meant it to match."""

    lines: list[str]
    truth: list[str]


def generate(n: int, seed: int = 20261123) -> Generated:
    """`n` items over the last eight weeks, oldest first, with realistic skew and bursts."""
    rng = random.Random(seed)
    weights = [1 / (k + 1) ** 0.8 for k in range(CLIENTS)]  # a few clients are much noisier
    end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    span = timedelta(weeks=8).total_seconds()
    stamps = sorted(end - timedelta(seconds=rng.uniform(0, span)) for _ in range(n))
    lines: list[str] = []
    truth: list[str] = []
    burst_client, burst_left = 0, 0
    for i, at in enumerate(stamps):
        if burst_left:
            k, burst_left = burst_client, burst_left - 1
            at = stamps[i - 1] + timedelta(minutes=rng.uniform(1, 6)) if i else at
        else:
            k = rng.choices(range(CLIENTS), weights)[0]
            if rng.random() < 0.05:
                burst_client, burst_left = k, rng.randint(2, 3)
        unknown = rng.random() < 0.04
        channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        first = rng.choice(FIRST)
        domain = f"other{rng.randint(0, 999)}.example" if unknown else f"client{k:02d}.example"
        if channel in ("email", "meeting"):
            address = f"{first}@{domain}"
            sender = f"{first.title()} <{address}>" if rng.random() < 0.5 else address
        elif channel == "chat":
            j = rng.randrange(3)
            sender = f"@{FIRST[(k + j) % len(FIRST)]}:{domain}"
        else:
            sender = (
                f"+1 212 555 {rng.randint(1000, 9999)}"
                if unknown
                else client_phone(k, rng.randrange(2)).replace(" 555", " (555) ")
            )
        if rng.random() < 0.04:
            subject = rng.choice(URGENT)
        else:
            subject = rng.choice(SUBJECTS).format(n=rng.randint(100, 999), thing=rng.choice(THINGS))
        offset = timezone(timedelta(hours=OFFSETS[k % len(OFFSETS)]))
        source = SOURCES[channel]
        lines.append(
            json.dumps(
                {
                    "source": source,
                    "channel": channel,
                    "sender": sender,
                    "subject": subject,
                    "received_at": at.astimezone(offset).isoformat(),
                    "id": f"{source}-{i:07d}",
                },
                ensure_ascii=False,
            )
        )
        truth.append(UNKNOWN_CLIENT_ID if unknown else client_id(k))
    return Generated(lines, truth)


# -- raw SQLite floor ---------------------------------------------------------------------------

# The same two tables as migration 1 in office_hours.storage.migrations: columns, keys, indexes.
RAW_SCHEMA = """
CREATE TABLE items (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, external_id TEXT NOT NULL,
    channel TEXT NOT NULL, sender TEXT NOT NULL, subject TEXT NOT NULL,
    snippet TEXT NOT NULL DEFAULT '', room TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL, received_ts REAL NOT NULL, ingested_ts REAL NOT NULL,
    UNIQUE (source, external_id));
CREATE TABLE interruptions (
    item_id INTEGER PRIMARY KEY REFERENCES items(id), client_id TEXT NOT NULL,
    channel TEXT NOT NULL, ts REAL NOT NULL, decision TEXT NOT NULL, reason TEXT NOT NULL,
    reason_text TEXT NOT NULL, mode TEXT NOT NULL, urgent INTEGER NOT NULL DEFAULT 0,
    after_hours INTEGER NOT NULL DEFAULT 0, outside_terms INTEGER NOT NULL DEFAULT 0,
    surcharge INTEGER NOT NULL DEFAULT 0, not_urgent INTEGER NOT NULL DEFAULT 0,
    released_ts REAL, handled_ts REAL);
CREATE INDEX interruptions_client_ts ON interruptions (client_id, ts, channel);
CREATE INDEX interruptions_ts ON interruptions (ts);
CREATE INDEX interruptions_waiting ON interruptions (ts)
    WHERE released_ts IS NULL AND decision IN ('hold', 'hold_until_business_hours');
"""
RAW_ITEM = (
    "INSERT OR IGNORE INTO items (id, source, external_id, channel, sender, subject,"
    " snippet, room, received_at, received_ts, ingested_ts) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)
RAW_INTERRUPTION = (
    "INSERT OR IGNORE INTO interruptions (item_id, client_id, channel, ts, decision, reason,"
    " reason_text, mode, urgent, after_hours, outside_terms, surcharge)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
RAW_REASON = json.dumps({"template": "Held: you are in focus", "params": {}})


def raw_rows(items: Sequence[Item], truth: Sequence[str]) -> tuple[list[tuple], list[tuple]]:
    """The rows Store.insert_decided would write, with a fixed decision, keyed 1..n."""
    now = time.time()
    item_rows, interruption_rows = [], []
    for key, (item, client) in enumerate(zip(items, truth, strict=True), start=1):
        ts = item.received_at.timestamp()
        item_rows.append(
            (
                key,
                item.source,
                item.item_id,
                item.channel.value,
                item.sender,
                item.subject,
                item.snippet,
                item.room,
                item.received_at.isoformat(),
                ts,
                now,
            )
        )
        interruption_rows.append(
            (
                key,
                client,
                item.channel.value,
                ts,
                "hold",
                RAW_REASON,
                "Held: you are in focus",
                "focus",
                0,
                0,
                0,
                0,
            )
        )
    return item_rows, interruption_rows


def raw_open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.executescript(RAW_SCHEMA)
    return db


def raw_insert(db: sqlite3.Connection, item_rows: list[tuple], inter_rows: list[tuple]) -> float:
    """Insert both tables in transactions of BATCH rows; seconds taken."""
    start = time.perf_counter()
    for i in range(0, len(item_rows), BATCH):
        db.execute("BEGIN IMMEDIATE")
        db.executemany(RAW_ITEM, item_rows[i : i + BATCH])
        db.executemany(RAW_INTERRUPTION, inter_rows[i : i + BATCH])
        db.execute("COMMIT")
    return time.perf_counter() - start


def counts(db: sqlite3.Connection) -> tuple[int, int]:
    return (
        db.execute("SELECT count(*) FROM items").fetchone()[0],
        db.execute("SELECT count(*) FROM interruptions").fetchone()[0],
    )


# -- measurements -------------------------------------------------------------------------------


@dataclass(slots=True)
class Result:
    """Seconds for the first pass and the replay of one way of ingesting."""

    name: str
    first_s: float
    replay_s: float
    counts: tuple[int, int]


class CheckFailed(Exception):
    """A count was wrong or a replay added rows."""


def check(ok: bool, message: str) -> None:
    if not ok:
        raise CheckFailed(message)


def measure_raw(workdir: Path, items: Sequence[Item], truth: Sequence[str], tag: str) -> Result:
    n = len(items)
    item_rows, inter_rows = raw_rows(items, truth)
    db = raw_open(workdir / f"raw-{tag}.sqlite3")
    try:
        first = raw_insert(db, item_rows, inter_rows)
        before = counts(db)
        check(before == (n, n), f"raw: counts {before} after inserting {n}")
        replay = raw_insert(db, item_rows, inter_rows)
        check(counts(db) == before, f"raw: replay changed counts {before} -> {counts(db)}")
    finally:
        db.close()
    return Result("raw", first, replay, before)


def write_config(root: Path) -> Path:
    path = root / "config" / "office-hours" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(config_text(), encoding="utf-8")
    return path


def open_engine(root: Path, mode: str) -> Engine:
    config = load_config(write_config(root), create=False)
    engine = Engine(config, Store(root / "engine.sqlite3"))
    kind = None if mode == "schedule" else ModeKind(mode.replace("-", "_"))
    engine.set_mode(kind)
    return engine


def run_engine(engine: Engine, items: Sequence[Item]) -> tuple[float, list[str | None]]:
    """Engine.ingest in batches; (seconds, client id per new item or None for duplicates)."""
    clients: list[str | None] = []
    start = time.perf_counter()
    for i in range(0, len(items), BATCH):
        for r in engine.ingest(items[i : i + BATCH]):
            clients.append(None if r.duplicate else r.client_id)
    return time.perf_counter() - start, clients


def measure_engine(root: Path, items: Sequence[Item], truth: Sequence[str], mode: str) -> Result:
    n = len(items)
    engine = open_engine(root, mode)
    try:
        first, clients = run_engine(engine, items)
        before = engine.store.counts()
        check(before == (n, n), f"engine: counts {before} after ingesting {n}")
        wrong = [(i, c, t) for i, (c, t) in enumerate(zip(clients, truth, strict=True)) if c != t]
        if wrong:
            line, got, meant = wrong[0]
            raise CheckFailed(
                f"engine: {len(wrong)} items matched to the wrong client, "
                f"e.g. line {line + 1}: {got} instead of {meant}"
            )
        replay, again = run_engine(engine, items)
        check(all(c is None for c in again), "engine: the replay stored new items")
        after = engine.store.counts()
        check(after == before, f"engine: replay changed counts {before} -> {after}")
    finally:
        engine.store.close()
    return Result(f"engine ({mode})", first, replay, before)


def run_cli(
    args: list[str], env: dict[str, str], stdin_path: Path | None, cwd: Path
) -> tuple[float, str]:
    """Run `office-hours ARGS` with stdin from a file; (seconds, stdout). Bounded, killed."""
    with open(stdin_path or "/dev/null", "rb") as stdin:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*office_hours_cmd(), *args],
            env=env,
            cwd=cwd,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=CLI_TIMEOUT_S)
            elapsed = time.perf_counter() - start
        except subprocess.TimeoutExpired:
            raise CheckFailed(
                f"office-hours {' '.join(args)} took over {CLI_TIMEOUT_S:g} s"
            ) from None
        finally:
            kill_group(proc)
    text = out.decode(errors="replace")
    if proc.returncode != 0:
        raise CheckFailed(
            f"office-hours {' '.join(args)} exited {proc.returncode}: "
            f"{err.decode(errors='replace')[-1500:]}"
        )
    return elapsed, text


SUMMARY = re.compile(r"(\d+) new, (\d+) already seen, (\d+) bad")


def _summary(text: str) -> tuple[int, int, int]:
    m = SUMMARY.search(text)
    if m is None:
        raise CheckFailed(f"office-hours ingest printed no summary: {text[-500:]!r}")
    return int(m[1]), int(m[2]), int(m[3])


def db_counts(root: Path) -> tuple[int, int]:
    files = list((root / "data").rglob("*.sqlite3"))
    check(len(files) == 1, f"cli: expected one database under {root / 'data'}, found {files}")
    db = sqlite3.connect(f"file:{files[0]}?mode=ro", uri=True)
    try:
        return counts(db)
    finally:
        db.close()


def measure_cli(root: Path, lines_file: Path, n: int, mode: str) -> tuple[Result, float]:
    """The CLI end to end; also its fixed cost (median of 3 runs with empty input)."""
    env = private_env(root)
    write_config(root)
    if mode != "schedule":
        run_cli(["mode", mode], env, None, root)
    empty = statistics.median(run_cli(["ingest"], env, None, root)[0] for _ in range(3))
    first, out = run_cli(["ingest"], env, lines_file, root)
    check(_summary(out) == (n, 0, 0), f"cli: first pass said {_summary(out)}, expected {n} new")
    before = db_counts(root)
    check(before == (n, n), f"cli: counts {before} after ingesting {n}")
    replay, out = run_cli(["ingest"], env, lines_file, root)
    check(_summary(out) == (0, n, 0), f"cli: replay said {_summary(out)}, expected {n} seen")
    after = db_counts(root)
    check(after == before, f"cli: replay changed counts {before} -> {after}")
    return Result(f"cli ({mode})", first, replay, before), empty


def median_result(results: Sequence[Result]) -> Result:
    return Result(
        results[0].name,
        statistics.median(r.first_s for r in results),
        statistics.median(r.replay_s for r in results),
        results[0].counts,
    )


# -- report -----------------------------------------------------------------------------------


def print_table(n: int, rows: Sequence[Result], floor: Result) -> None:
    print(
        f"{'':22} {'seconds':>8} {'items/s':>9} {'x raw time':>10}   "
        f"{'replay s':>8} {'items/s':>9} {'x raw':>6}"
    )
    for r in rows:
        print(
            f"{r.name:22} {r.first_s:8.3f} {n / r.first_s:9,.0f}"
            f" {r.first_s / floor.first_s:10.1f}   {r.replay_s:8.3f}"
            f" {n / r.replay_s:9,.0f} {r.replay_s / floor.replay_s:6.1f}"
        )


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--items", type=int, default=20_000, help="items to ingest (default 20000)")
    p.add_argument(
        "--mode",
        default="focus",
        choices=["focus", "reachable", "off-hours", "schedule"],
        help="the mode set before ingesting (default focus)",
    )
    p.add_argument(
        "--all-modes",
        action="store_true",
        help="also time the engine in each of focus, reachable and off-hours",
    )
    p.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="fresh-database repetitions of raw and engine; medians (default 3)",
    )
    p.add_argument("--no-cli", action="store_true", help="skip the subprocess measurement")
    p.add_argument("--dir", type=Path, help="where the temporary databases go (default /tmp)")
    p.add_argument("--keep", action="store_true", help="keep the generated files")
    args = p.parse_args(argv)
    n = args.items
    if n < 1 or args.repeat < 1:
        p.error("--items and --repeat must be at least 1")

    tmp = tempfile.mkdtemp(prefix="oh-ingest-", dir=args.dir)
    work = Path(tmp)
    try:
        gen = generate(n)
        lines_file = work / "items.jsonl"
        lines_file.write_text("\n".join(gen.lines) + "\n", encoding="utf-8")
        parse_s = timed(lambda: [parse_item(line) for line in gen.lines])
        items = [parse_item(line) for line in gen.lines]
        unknown = sum(1 for t in gen.truth if t == UNKNOWN_CLIENT_ID)
        print(
            f"{n:,} items, {CLIENTS} clients ({unknown} from unknown senders), "
            f"batches of {BATCH}, WAL + synchronous=FULL, in {work}"
        )
        print(f"parse_item alone: {parse_s:.3f} s ({n / parse_s:,.0f} items/s)")
        print(load_note())

        raw = median_result(
            [measure_raw(work, items, gen.truth, str(i)) for i in range(args.repeat)]
        )
        engine = median_result(
            [
                measure_engine(work / f"engine-{args.mode}-{i}", items, gen.truth, args.mode)
                for i in range(args.repeat)
            ]
        )
        rows = [raw, engine]
        if args.all_modes:
            for mode in ("focus", "reachable", "off-hours"):
                if mode != args.mode:
                    rows.append(
                        median_result(
                            [
                                measure_engine(work / f"engine-{mode}-{i}", items, gen.truth, mode)
                                for i in range(args.repeat)
                            ]
                        )
                    )
        empty_s = None
        if not args.no_cli:
            cli, empty_s = measure_cli(work / "cli", lines_file, n, args.mode)
            rows.append(cli)
        print(load_note())
        print_table(n, rows, raw)
        print(
            f"ratio engine/raw (throughput) = {raw.first_s / engine.first_s:.3f}  "
            f"(engine takes {engine.first_s / raw.first_s:.1f}x the raw time)"
        )
        if empty_s is not None:
            print(
                f"ratio cli/raw (throughput)    = {raw.first_s / cli.first_s:.3f}  "
                f"(cli takes {cli.first_s / raw.first_s:.1f}x the raw time; "
                f"its fixed start-up cost, empty input: {empty_s * 1000:.0f} ms)"
            )
        print("replay added nothing: counts unchanged for " + ", ".join(r.name for r in rows))
    except CheckFailed as exc:
        print(f"ingest: CHECK FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
