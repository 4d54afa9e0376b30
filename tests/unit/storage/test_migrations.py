"""Migrations run as whole scripts: sqlite parses them (a ';' inside a string or a trigger
body is not a statement end), each in one transaction with its version, and two
connections migrating at once end with one schema."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from office_hours.storage import migrations, store
from office_hours.storage.store import Store

EXTRA = """
CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL DEFAULT 'a; b');
CREATE TRIGGER notes_stamp AFTER INSERT ON notes BEGIN
    UPDATE notes SET text = new.text || '; seen' WHERE id = new.id;
END;
"""


@pytest.fixture
def one_more(monkeypatch: pytest.MonkeyPatch) -> int:
    extended = (*migrations.MIGRATIONS, EXTRA)
    monkeypatch.setattr(store, "MIGRATIONS", extended)
    monkeypatch.setattr(store, "SCHEMA_VERSION", len(extended))
    return len(extended)


def test_a_script_with_semicolons_in_strings_and_triggers(tmp_path: Path, one_more: int) -> None:
    s = Store(tmp_path / "db.sqlite3")
    try:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == one_more
        s.db.execute("INSERT INTO notes (text) VALUES ('x')")
        assert s.db.execute("SELECT text FROM notes").fetchone()[0] == "x; seen"
        default = s.db.execute("INSERT INTO notes DEFAULT VALUES RETURNING id").fetchone()[0]
        assert s.db.execute("SELECT text FROM notes WHERE id = ?", (default,)).fetchone()[0] == (
            "a; b; seen"
        )
    finally:
        s.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    good = Store(tmp_path / "db.sqlite3")
    good.close()
    broken = (*migrations.MIGRATIONS, "CREATE TABLE half (x);\nTHIS IS NOT SQL;")
    monkeypatch.setattr(store, "MIGRATIONS", broken)
    monkeypatch.setattr(store, "SCHEMA_VERSION", len(broken))
    with pytest.raises((sqlite3.Error, store.StoreError)):
        Store(tmp_path / "db.sqlite3")
    db = sqlite3.connect(tmp_path / "db.sqlite3")
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables  # rolled back whole
    finally:
        db.close()


def test_two_connections_migrating_at_once(tmp_path: Path, one_more: int) -> None:
    path = tmp_path / "db.sqlite3"
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_one() -> None:
        try:
            start.wait(5)
            Store(path).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    s = Store(path)
    try:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == one_more
    finally:
        s.close()
