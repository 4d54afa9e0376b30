"""What every part of the store shares: the connection and the one way to write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class StoreError(Exception):
    """The database cannot be used; the message says why in plain words."""


class StoreBase:
    """The connection (one per thread) and IMMEDIATE transactions: several processes share
    the file, so a writer takes the lock up front and waits for the others."""

    db: sqlite3.Connection
    path: Path

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
