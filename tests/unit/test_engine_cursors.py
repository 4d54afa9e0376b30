"""A source's cursor is stored in the same transaction as the items it covers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from office_hours.config.load import parse_config
from office_hours.domain.model import Channel, Item
from office_hours.engine import Engine
from office_hours.storage.store import Store

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def _engine(tmp_path: Path) -> Engine:
    path = tmp_path / "config.toml"
    config = parse_config('config_version = 1\n[general]\ntimezone = "UTC"\n', path)
    return Engine(config, Store(tmp_path / "db.sqlite3"), clock=lambda: NOW)


def _item(n: int) -> Item:
    return Item("imap:w", f"mid:{n}", Channel.EMAIL, "a@b.example", f"s{n}", NOW)


def test_items_and_cursor_together(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    engine.ingest([_item(1), _item(2)], {("imap:w", "INBOX"): "c1"})
    assert engine.store.cursor("imap:w", "INBOX") == "c1"
    engine.ingest([_item(2)], {("imap:w", "INBOX"): "c2"})  # a duplicate still moves it
    assert engine.store.cursor("imap:w", "INBOX") == "c2"
    assert engine.store.counts() == (2, 2)


def test_a_failed_batch_keeps_the_old_cursor(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    engine.ingest([_item(1)], {("imap:w", "INBOX"): "c1"})

    def broken():  # type: ignore[no-untyped-def]
        yield _item(2)
        raise RuntimeError("killed mid-batch")

    with pytest.raises(RuntimeError):
        engine.ingest(broken(), {("imap:w", "INBOX"): "c2"})
    assert engine.store.cursor("imap:w", "INBOX") == "c1"
    assert engine.store.counts() == (1, 1)
