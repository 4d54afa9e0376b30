"""A batch is read from the store once and written once (bench/ingest.py), yet decided as
if each item were stored before the next: the same results and rows as one item at a time."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from office_hours.config.load import Config, parse_config
from office_hours.domain import reasons as R
from office_hours.domain.mode_log import ModeLog
from office_hours.domain.model import Channel, DecisionKind, Item, ModeKind, ModeSetting
from office_hours.domain.reasons import Reason
from office_hours.engine import Engine, IngestResult
from office_hours.storage.items import _reason_columns
from office_hours.storage.store import Store

BZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 19, 15, 0, tzinfo=BZ)  # Thursday afternoon

CONFIG = """\
[general]
timezone = "Europe/Berlin"
not_clients = ["recruiter@jobs.example", "*@spam.example"]

[focus]
blocks = { monday = ["10:00-11:00"] }

[urgency]
repeat_count = 3
repeat_minutes = 20

[[clients]]
id = "acme"
name = "Acme"
addresses = ["*@acme.com"]
chat_users = ["@bob:acme.com"]
phones = ["+49 30 1234567"]
after_hours = "never"

[[clients]]
id = "globex"
name = "Globex"
addresses = ["*@globex.com"]
after_hours = "with_surcharge"
surcharge_percent = 20.0

[clients.terms.call]
windows = { tuesday = ["14:00-16:00"] }
"""


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return parse_config(CONFIG, tmp_path / "config.toml")


def _store(config: Config, path: Path) -> Store:
    """A store with a mode log (history is decided by it) and a logged call."""
    store = Store(path)
    for days, kind, hours in (
        (6, ModeKind.FOCUS, 3),
        (4, ModeKind.OFF_HOURS, None),
        (2, None, None),
    ):
        at = NOW - timedelta(days=days)
        until = at + timedelta(hours=hours) if hours else None
        Engine(config, store, clock=lambda at=at: at).set_mode(kind, until)
    acme = config.client("acme")
    assert acme is not None
    Engine(config, store, clock=lambda: NOW).log_call(acme, 10, NOW - timedelta(days=3))
    return store


def _items() -> list[Item]:
    """Back-filled and recent items, out of order, bursts inside one batch, duplicates
    inside it and of one another, senders who are no client, unknown senders."""
    rng = random.Random(12)
    senders = [
        (Channel.EMAIL, "bob@acme.com"),
        (Channel.EMAIL, "Ann <ann@globex.com>"),
        (Channel.CHAT, "@bob:acme.com"),
        (Channel.CALL, "+49 (30) 1234567"),
        (Channel.CALL, "+1 212 555 0100"),
        (Channel.EMAIL, "recruiter@jobs.example"),
        (Channel.EMAIL, "x@spam.example"),
        (Channel.EMAIL, "nobody@else.example"),
    ]
    subjects = ["Question", "URGENT: down", "Invoice", "Срочно"]
    items = []
    for n in range(400):
        channel, sender = senders[rng.randrange(len(senders))]
        if n % 5 == 0:
            at = NOW - timedelta(minutes=rng.uniform(0, 14))  # recent: the mode of now
        else:
            at = NOW - timedelta(days=7) + timedelta(minutes=n * 25 + rng.uniform(0, 20))
        items.append(Item("t", f"i{n}", channel, sender, rng.choice(subjects), at))
    rng.shuffle(items)
    return items + items[:7] + items[100:103]  # seen again within the same batch


def _rows(store: Store) -> list[tuple[object, ...]]:
    items = store.db.execute("SELECT * FROM items ORDER BY id").fetchall()
    decided = store.db.execute("SELECT * FROM interruptions ORDER BY item_id").fetchall()
    return [*items, *decided]


def _summary(results: Sequence[IngestResult]) -> list[tuple[object, ...]]:
    return [(r.item.item_id, r.client_id, r.decision, r.item_key, r.duplicate) for r in results]


def test_a_batch_is_decided_as_its_items_one_at_a_time(config: Config, tmp_path: Path) -> None:
    items = _items()
    together = _store(config, tmp_path / "together.sqlite3")
    single = _store(config, tmp_path / "single.sqlite3")
    at_once = Engine(config, together, clock=lambda: NOW).ingest(items)
    one_by_one = Engine(config, single, clock=lambda: NOW)
    singly = [r for item in items for r in one_by_one.ingest([item])]

    assert _summary(at_once) == _summary(singly)
    assert _rows(together) == _rows(single)
    kinds = {r.decision.kind for r in at_once if r.decision is not None}
    assert kinds == set(DecisionKind)  # every kind of decision was made, both ways
    reasons = {r.decision.reason.template for r in at_once if r.decision is not None}
    assert {R.REPEATED, R.URGENT_WORD} <= {
        dict(r.decision.reason.params)["why"].template
        for r in at_once
        if r.decision is not None and r.decision.reason.template == R.BREAKS_OFF_HOURS
    } or R.BREAKS_FOCUS in reasons
    not_clients = [
        r for r in at_once if "example" in r.item.sender and "nobody" not in r.item.sender
    ]
    assert not_clients
    assert all(r.duplicate for r in not_clients)
    repeats = at_once[-10:]
    assert all(r.duplicate and r.client_id for r in repeats)
    replay = Engine(config, together, clock=lambda: NOW).ingest(items)
    assert all(r.duplicate for r in replay)
    assert _rows(together) == _rows(single)


def test_repeated_contact_inside_one_batch_breaks_through(config: Config, tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    engine = Engine(config, store, clock=lambda: NOW)
    engine.set_mode(ModeKind.FOCUS)
    burst = [
        Item("t", str(n), Channel.EMAIL, "bob@acme.com", "Question", NOW - timedelta(minutes=9 - n))
        for n in range(3)
    ]
    results = engine.ingest(burst)  # the third counts the two before it, from this batch
    kinds = [r.decision.kind for r in results if r.decision is not None]
    assert kinds == [DecisionKind.HOLD, DecisionKind.HOLD, DecisionKind.BREAK_THROUGH]
    last = results[2].decision
    assert last is not None
    assert last.reason.params[0][1].template == R.REPEATED


def test_an_item_row_without_its_decision_is_left_alone(config: Config, tmp_path: Path) -> None:
    # Never written by the app (item and decision go in one transaction), but a store that
    # has one must not count the item twice: the insert is ignored, as before batching.
    store = Store(tmp_path / "s.sqlite3")
    store.db.execute(
        "INSERT INTO items (source, external_id, channel, sender, subject, received_at,"
        " received_ts, ingested_ts) VALUES ('t', 'orphan', 'email', 'bob@acme.com', 'x', '', 0, 0)"
    )
    orphan = Item("t", "orphan", Channel.EMAIL, "bob@acme.com", "x", NOW)
    fresh = Item("t", "fresh", Channel.EMAIL, "bob@acme.com", "x", NOW)
    results = Engine(config, store, clock=lambda: NOW).ingest([orphan, fresh, orphan])
    assert [(r.client_id, r.decision is None, r.item_key) for r in results] == [
        ("acme", True, None),
        ("acme", False, 2),
        ("acme", True, None),
    ]
    assert store.counts() == (2, 1)


def test_the_first_change_is_the_first_of_the_changes(config: Config) -> None:
    rng = random.Random(3)
    start = NOW - timedelta(days=10)
    rows = []
    for n in range(12):
        at = start + timedelta(hours=n * 17 + rng.uniform(0, 5))
        until = at + timedelta(hours=rng.choice([1, 30, 70])) if n % 2 else None
        rows.append((at.timestamp(), ModeSetting(ModeKind.FOCUS, until, at)))
    log = ModeLog(rows, config.hours)
    for _ in range(300):
        a = start + timedelta(hours=rng.uniform(-20, 260))
        b = a + timedelta(hours=rng.uniform(0, 100))
        changes = log.changes_between(a, b)
        assert log.first_change_between(a, b) == (changes[0] if changes else None)


def test_reason_columns_are_reused_only_when_written_alike() -> None:
    assert _reason_columns(Reason.of(R.URGENT_WORD, word="asap")) == (
        '{"template": "Urgent word: {word}", "params": {"word": "asap"}}',
        "Urgent word: asap",
    )
    three = Reason.of(R.REPEATED, count=3, client="Acme", minutes=20)
    also = Reason.of(R.REPEATED, count=3.0, client="Acme", minutes=20)  # equal, written apart
    assert '"count": 3,' in _reason_columns(three)[0]
    assert '"count": 3.0,' in _reason_columns(also)[0]
    nested = Reason.of(R.BREAKS_FOCUS, why=Reason.of(R.URGENT_WORD, word="срочно"))
    assert _reason_columns(nested)[1] == "Breaks through focus: Urgent word: срочно"
    assert _reason_columns(Reason.of(R.VIP_SENDER, sender=["a"]))[1] == "VIP sender: ['a']"


def test_a_batch_that_repeats_a_sender_matches_it_once(
    config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "s.sqlite3")
    engine = Engine(config, store, clock=lambda: NOW)
    calls = []
    match = type(engine.clients).match

    def counting(index: object, item: Item) -> object:
        calls.append(item.item_id)
        return match(index, item)  # type: ignore[arg-type]

    monkeypatch.setattr(type(engine.clients), "match", counting)
    at = NOW - timedelta(hours=1)
    items = [Item("t", str(n), Channel.EMAIL, "bob@acme.com", "x", at) for n in range(5)]
    items.append(Item("desktop", "d", Channel.CHAT, "bob@acme.com", "x", at))
    results = engine.ingest(items)
    assert {r.client_id for r in results} == {"acme"}
    assert calls == ["0", "d"]  # desktop notifications are matched with their text each time
