"""SQLite in WAL mode; every write is one short IMMEDIATE transaction.

Several processes (the tray app, `office-hours ingest`, `log-call`) share the file, so
writers take the lock up front (BEGIN IMMEDIATE) and wait for each other (busy_timeout).
De-duplication is the UNIQUE (source, external_id) key; an interruption's primary key is
its item's, so each item is counted once whatever happens later.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from office_hours.domain.model import Channel, Decision, DecisionKind, Item, ModeKind, ModeSetting
from office_hours.domain.reasons import Reason
from office_hours.domain.report_inputs import CallRow, ContactRow
from office_hours.storage.migrations import MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """The database cannot be used; the message says why in plain words."""


def _ts(at: datetime) -> float:
    return at.timestamp()


def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


@dataclass(frozen=True, slots=True)
class HeldItem:
    item_id: int
    client_id: str
    channel: Channel
    sender: str
    subject: str
    received_at: datetime
    decision: DecisionKind
    reason: Reason


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(
                path, isolation_level=None, timeout=10.0, check_same_thread=False
            )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"the database {path} cannot be opened: {exc}") from None

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
            with self.transaction():
                # Another connection (a source thread, the CLI) may have migrated meanwhile:
                # decide again under the write lock.
                if self.db.execute("PRAGMA user_version").fetchone()[0] > number:
                    continue
                # executescript would commit; run statements one by one inside our transaction
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")

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

    # -- items and interruptions -------------------------------------------------------

    def has_item(self, source: str, external_id: str) -> bool:
        return self.stored_client(source, external_id) is not None

    def stored_client(self, source: str, external_id: str) -> str | None:
        """The client an item was counted for, or None when (source, id) is new."""
        row = self.db.execute(
            "SELECT x.client_id FROM items i JOIN interruptions x ON x.item_id = i.id"
            " WHERE i.source = ? AND i.external_id = ?",
            (source, external_id),
        ).fetchone()
        return None if row is None else str(row[0])

    def insert_item(
        self, item: Item, client_id: str, decision: Decision, mode: ModeKind, now: datetime
    ) -> int | None:
        """Store the item and its interruption; None when (source, id) was seen before.
        Call inside `transaction()`."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO items (source, external_id, channel, sender, subject, snippet,"
            " room, received_at, received_ts, ingested_ts) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                item.source,
                item.item_id,
                item.channel.value,
                item.sender,
                item.subject,
                item.snippet,
                item.room,
                item.received_at.isoformat(),
                _ts(item.received_at),
                _ts(now),
            ),
        )
        if cur.rowcount == 0:
            return None
        item_key = cur.lastrowid
        self.db.execute(
            "INSERT INTO interruptions (item_id, client_id, channel, ts, decision, reason,"
            " reason_text, mode, urgent, after_hours, outside_terms, surcharge)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                item_key,
                client_id,
                item.channel.value,
                _ts(item.received_at),
                decision.kind.value,
                json.dumps(decision.reason.to_json(), ensure_ascii=False),
                str(decision.reason),
                mode.value,
                decision.urgent,
                decision.after_hours,
                decision.outside_terms,
                decision.surcharge,
            ),
        )
        return item_key

    def recent_contact_times(
        self, client_id: str, since: datetime, until: datetime
    ) -> list[datetime]:
        """The client's contacts in [since, until], items and logged calls alike."""
        rows = self.db.execute(
            "SELECT ts FROM interruptions WHERE client_id = ?1 AND ts BETWEEN ?2 AND ?3"
            " UNION ALL SELECT ts FROM calls WHERE client_id = ?1 AND ts BETWEEN ?2 AND ?3",
            (client_id, _ts(since), _ts(until)),
        ).fetchall()
        return [_dt(r[0]) for r in rows]

    def held_count(self) -> int:
        return int(
            self.db.execute(
                "SELECT count(*) FROM interruptions WHERE released_ts IS NULL"
                " AND decision IN ('hold', 'hold_until_business_hours')"
            ).fetchone()[0]
        )

    def held_items(self, limit: int = 500) -> list[HeldItem]:
        rows = self.db.execute(
            "SELECT i.id, x.client_id, i.channel, i.sender, i.subject, i.received_ts,"
            " x.decision, x.reason FROM interruptions x JOIN items i ON i.id = x.item_id"
            " WHERE x.released_ts IS NULL AND x.decision IN ('hold', 'hold_until_business_hours')"
            " ORDER BY x.ts LIMIT ?",
            (limit,),
        ).fetchall()
        return [
            HeldItem(
                r[0],
                r[1],
                Channel(r[2]),
                r[3],
                r[4],
                _dt(r[5]),
                DecisionKind(r[6]),
                Reason.from_json(json.loads(r[7])),
            )
            for r in rows
        ]

    def decided_items(self, item_ids: Sequence[int]) -> list[HeldItem]:
        """Items with their decisions, for notifying about them after the fact."""
        if not item_ids:
            return []
        marks = ",".join("?" * len(item_ids))
        rows = self.db.execute(
            "SELECT i.id, x.client_id, i.channel, i.sender, i.subject, i.received_ts,"
            f" x.decision, x.reason FROM interruptions x JOIN items i ON i.id = x.item_id"
            f" WHERE i.id IN ({marks}) ORDER BY i.id",
            tuple(item_ids),
        ).fetchall()
        return [
            HeldItem(
                r[0],
                r[1],
                Channel(r[2]),
                r[3],
                r[4],
                _dt(r[5]),
                DecisionKind(r[6]),
                Reason.from_json(json.loads(r[7])),
            )
            for r in rows
        ]

    def contacts_between(self, start: datetime, end: datetime) -> list[ContactRow]:
        rows = self.db.execute(
            "SELECT client_id, channel, ts, decision, after_hours, outside_terms, not_urgent,"
            " surcharge FROM interruptions WHERE ts >= ? AND ts < ?",
            (_ts(start), _ts(end)),
        ).fetchall()
        return [
            ContactRow(
                r[0],
                Channel(r[1]),
                _dt(r[2]),
                DecisionKind(r[3]),
                bool(r[4]),
                bool(r[5]),
                bool(r[6]),
                bool(r[7]),
            )
            for r in rows
        ]

    def counts(self) -> tuple[int, int]:
        """(items, interruptions) — equal unless something is badly wrong."""
        items = self.db.execute("SELECT count(*) FROM items").fetchone()[0]
        inter = self.db.execute("SELECT count(*) FROM interruptions").fetchone()[0]
        return int(items), int(inter)

    # -- calls ---------------------------------------------------------------------------

    def log_call(
        self, client_id: str, channel: Channel, at: datetime, minutes: int, note: str, now: datetime
    ) -> int:
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO calls (client_id, channel, ts, minutes, note, logged_ts)"
                " VALUES (?,?,?,?,?,?)",
                (client_id, channel.value, _ts(at), minutes, note, _ts(now)),
            )
        return int(cur.lastrowid or 0)

    def calls_between(self, start: datetime, end: datetime) -> list[CallRow]:
        rows = self.db.execute(
            "SELECT client_id, ts, minutes, channel FROM calls WHERE ts >= ? AND ts < ?",
            (_ts(start), _ts(end)),
        ).fetchall()
        return [CallRow(r[0], _dt(r[1]), int(r[2]), Channel(r[3])) for r in rows]

    # -- mode ------------------------------------------------------------------------------

    def mode_setting(self) -> ModeSetting:
        row = self.db.execute(
            "SELECT kind, until_ts, set_ts FROM mode_history ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return ModeSetting(None)
        kind = ModeKind(row[0]) if row[0] else None
        return ModeSetting(kind, _dt(row[1]) if row[1] is not None else None, _dt(row[2]))

    def set_mode(self, setting: ModeSetting, origin: str) -> None:
        assert setting.set_at is not None
        with self.transaction():
            self.db.execute(
                "INSERT INTO mode_history (kind, until_ts, set_ts, origin) VALUES (?,?,?,?)",
                (
                    setting.kind.value if setting.kind else None,
                    _ts(setting.until) if setting.until else None,
                    _ts(setting.set_at),
                    origin,
                ),
            )

    # -- source cursors (IMAP UIDVALIDITY/UID, chat sync tokens) -------------------------------

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

    def integrity_ok(self) -> bool:
        return bool(self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
