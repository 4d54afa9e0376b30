"""SQLite in WAL mode; every write is one short IMMEDIATE transaction.

Several processes (the tray app, `office-hours ingest`, `log-call`) share the file, so
writers take the lock up front (BEGIN IMMEDIATE) and wait for each other (busy_timeout).
De-duplication is the UNIQUE (source, external_id) key; an interruption's primary key is
its item's, so each item is counted once whatever happens later.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from office_hours.storage.auto_replies import AutoRepliesStore
from office_hours.storage.base import StoreBase, StoreError
from office_hours.storage.cursors import CursorsStore
from office_hours.storage.items import ItemsStore
from office_hours.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from office_hours.storage.modes import ModeLogStore
from office_hours.storage.moves import MovesStore
from office_hours.storage.releases import ReleasesStore
from office_hours.storage.report_queries import ReportQueries
from office_hours.storage.rows import DigestRow, HeldItem, Release

WAL_WAIT_S = 10.0

__all__ = ["DigestRow", "HeldItem", "Release", "Store", "StoreError"]


class Store(
    ItemsStore,
    ReleasesStore,
    ModeLogStore,
    CursorsStore,
    MovesStore,
    ReportQueries,
    AutoRepliesStore,
    StoreBase,
):
    """The one store: each aggregate in its own module, one connection for them all."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(
                path, isolation_level=None, timeout=10.0, check_same_thread=False
            )
            self._use_wal()
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"the database {path} cannot be opened: {exc}") from None

    def _use_wal(self) -> None:
        """Switching a new file to WAL takes an exclusive lock that sqlite's busy timeout
        does not wait for: when several processes open a fresh database at once, the
        losers see "locked" at once. Wait for the winner a bounded while instead."""
        deadline = time.monotonic() + WAL_WAIT_S
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the database {self.path} was written by a newer Office Hours "
                f"(schema {version}, this one knows {SCHEMA_VERSION}); update the app"
            )
        for number in range(version, SCHEMA_VERSION):
            self._run_migration(number)

    def _run_migration(self, number: int) -> None:
        """One migration as a whole script (sqlite parses it: a ';' in a string or a trigger
        body is no statement end), in one transaction with its new user_version. Another
        connection (the CLI, a second start) may migrate at the same moment: the loser's
        script fails on what the winner created, and it checks the version again."""
        script = (
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\n;PRAGMA user_version = {number + 1};\nCOMMIT;"
        )
        try:
            self.db.executescript(script)
        except sqlite3.Error:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if self.db.execute("PRAGMA user_version").fetchone()[0] > number:
                return  # migrated by another connection meanwhile
            raise

    def integrity_ok(self) -> bool:
        return bool(self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
