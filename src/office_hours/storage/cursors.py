"""Source cursors (IMAP UIDVALIDITY/UID, chat sync tokens), written in the same transaction
as the items they cover."""

from __future__ import annotations

from office_hours.storage.base import StoreBase


class CursorsStore(StoreBase):
    def cursor(self, source: str, key: str) -> str | None:
        row = self.db.execute(
            "SELECT value FROM source_cursors WHERE source = ? AND key = ?", (source, key)
        ).fetchone()
        return None if row is None else str(row[0])

    def put_cursor(self, source: str, key: str, value: str) -> None:
        """Call inside `transaction()`, with the items the cursor covers."""
        self.db.execute(
            "INSERT INTO source_cursors (source, key, value) VALUES (?,?,?)"
            " ON CONFLICT (source, key) DO UPDATE SET value = excluded.value",
            (source, key, value),
        )
