"""Releases of the held queue, and what the user was told of them (also the weekly report's
announcement): a release is one row, announced at least once, never released twice."""

from __future__ import annotations

import json
from datetime import datetime

from office_hours.domain.reasons import Reason
from office_hours.storage.base import StoreBase, StoreError
from office_hours.storage.rows import (
    _WAITING,
    Release,
    _dt,
    _release,
    _ts,
)


class ReleasesStore(StoreBase):
    def waiting_by_client(self) -> list[tuple[str, int]]:
        rows = self.db.execute(
            f"SELECT client_id, count(*) FROM interruptions WHERE {_WAITING} GROUP BY client_id"
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def oldest_waiting(self) -> datetime | None:
        """When the longest-waiting item was held (stored), or None when nothing waits."""
        row = self.db.execute(
            "SELECT min(i.ingested_ts) FROM interruptions x JOIN items i ON i.id = x.item_id"
            " WHERE x.released_ts IS NULL AND x.handled_ts IS NULL"
            " AND x.decision IN ('hold', 'hold_until_business_hours')"
        ).fetchone()
        return None if row is None or row[0] is None else _dt(row[0])

    def insert_release(
        self, now: datetime, cause: str, reason: Reason, summary: Reason, count: int
    ) -> Release:
        """Mark every waiting item released by one new release row. Call inside
        `transaction()`: the row and the marks commit together or not at all, and an item
        already released is never touched again."""
        cur = self.db.execute(
            "INSERT INTO releases (ts, cause, reason, summary, item_count) VALUES (?,?,?,?,?)",
            (
                _ts(now),
                cause,
                json.dumps(reason.to_json(), ensure_ascii=False),
                json.dumps(summary.to_json(), ensure_ascii=False),
                count,
            ),
        )
        release_id = int(cur.lastrowid or 0)
        marked = self.db.execute(
            f"UPDATE interruptions SET released_ts = ?, release_id = ? WHERE {_WAITING}",
            (_ts(now), release_id),
        ).rowcount
        if marked != count:  # another writer slipped in: impossible under BEGIN IMMEDIATE
            raise StoreError(f"release {release_id}: counted {count} waiting, marked {marked}")
        return Release(release_id, now, cause, reason, summary, count, False)

    def unannounced_releases(self) -> list[Release]:
        rows = self.db.execute(
            "SELECT id, ts, cause, reason, summary, item_count, announced_ts FROM releases"
            " WHERE announced_ts IS NULL ORDER BY id"
        ).fetchall()
        return [_release(r) for r in rows]

    def mark_announced(self, release_id: int, now: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE releases SET announced_ts = ? WHERE id = ? AND announced_ts IS NULL",
                (_ts(now), release_id),
            )

    def releases(self, limit: int = 50) -> list[Release]:
        rows = self.db.execute(
            "SELECT id, ts, cause, reason, summary, item_count, announced_ts FROM releases"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [_release(r) for r in rows]

    def report_announced(self) -> str | None:
        """The last ISO week whose report the app announced (kept with the source cursors)."""
        row = self.db.execute(
            "SELECT value FROM source_cursors WHERE source = 'report' AND key = 'announced'"
        ).fetchone()
        return None if row is None else str(row[0])

    def set_report_announced(self, week: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO source_cursors (source, key, value)"
                " VALUES ('report', 'announced', ?)",
                (week,),
            )
