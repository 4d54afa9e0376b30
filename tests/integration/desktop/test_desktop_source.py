"""Other apps' notifications on a private session bus, sent by real notify-send processes
to a real dunst, seen by the desktop source and stored as the client's items."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from office_hours.config.load import parse_config
from office_hours.engine import Engine
from office_hours.ingest import Delivered, IngestService
from office_hours.sources.desktop import DesktopSource
from office_hours.sources.registry import configured_sources
from office_hours.state_words import state_text
from office_hours.storage.store import Store

from .conftest import Session, poll

pytestmark = pytest.mark.integration

CONFIG = """config_version = 1
[general]
timezone = "UTC"

[[clients]]
id = "acme"
name = "ACME"
notification_match = ["Anna Petrova", "ACME*"]
"""


def test_a_notify_send_from_another_app_is_the_named_clients_item(
    on_session: Session, tmp_path: Path
) -> None:
    config = parse_config(CONFIG, tmp_path / "config.toml")
    sources = configured_sources(config, lambda _s, _k: None, tmp_path)
    assert [type(s) for s in sources] == [DesktopSource]
    assert sources[0].check() is None
    delivered: list[Delivered] = []
    states: list[str] = []
    arrived = threading.Event()

    def on_delivered(d: Delivered) -> None:
        delivered.append(d)
        arrived.set()

    db = tmp_path / "db.sqlite3"
    runner = IngestService(
        config,
        lambda c: Engine(c, Store(db)),
        lambda c: configured_sources(c, lambda _s, _k: None, tmp_path),
        on_delivered,
        lambda _name, _label, state: states.append(state_text(state) if state else ""),
    )
    runner.start()
    try:
        poll("the source watching", lambda: "watching" in states)
        on_session.notify_send("Telegram", "Bob Stranger", "are you there?")  # no client's
        on_session.notify_send("notify-send", "Anna Petrova", "a script's, not a chat")
        on_session.notify_send("Telegram", "Anna Petrova", "can you <b>call</b> me?")
        assert arrived.wait(10), f"nothing delivered; states {states}"
        # Give the two that must not arrive the same chance as the one that did.
        on_session.notify_send("Thunderbird", "ACME Corp", "Invoice 42")
        poll("the second item", lambda: len(delivered) >= 2)
    finally:
        runner.stop()
    results = [r for d in delivered for r in d.results]
    assert [(r.client_id, r.item.sender, r.item.subject) for r in results] == [
        ("acme", "Anna Petrova", "can you call me?"),
        ("acme", "ACME Corp", "Invoice 42"),
    ]
    assert [r.item.channel.value for r in results] == ["chat", "email"]
    assert all(d.notify_keys == () for d in delivered)  # the other app already showed it
    store = Store(db)
    try:
        assert store.counts()[0] == 2
    finally:
        store.close()


def test_without_a_session_bus_the_source_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    config = parse_config(CONFIG, Path("config.toml"))
    source = DesktopSource(config.desktop, config.clients)
    state = source.check()
    assert state is not None
    assert state_text(state) == "no desktop session bus: log in to a desktop session"
