"""Items and the decisions about them (interruptions), the digest's actions on them, and
logged calls: what happened, recorded once per item."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from office_hours.domain.model import Channel, Decision, Item, ModeKind
from office_hours.storage.base import StoreBase
from office_hours.storage.rows import (
    _DECIDED_COLUMNS,
    _DECIDED_ITEMS,
    _WAITING,
    DigestRow,
    HeldItem,
    _decided_fields,
    _decided_item,
    _dt,
    _ts,
)


class ItemsStore(StoreBase):
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
            " room, received_at, received_ts, ingested_ts, link) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
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
                item.link,
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

    def mark_history(self, item_key: int, released: datetime) -> None:
        """A back-filled item held in a mode that has since ended: recorded as held (the
        report counts it) and as released when that mode ended, so it does not wait now.
        Call inside `transaction()`."""
        self.db.execute(
            f"UPDATE interruptions SET released_ts = ? WHERE item_id = ? AND {_WAITING}",
            (_ts(released), item_key),
        )

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
            self.db.execute(f"SELECT count(*) FROM interruptions WHERE {_WAITING}").fetchone()[0]
        )

    def held_items(self, limit: int = 500) -> list[HeldItem]:
        rows = self.db.execute(
            f"{_DECIDED_ITEMS} WHERE {_WAITING} ORDER BY x.ts LIMIT ?", (limit,)
        ).fetchall()
        return [_decided_item(r) for r in rows]

    def decided_items(self, item_ids: Sequence[int]) -> list[HeldItem]:
        """Items with their decisions, for notifying about them after the fact."""
        if not item_ids:
            return []
        marks = ",".join("?" * len(item_ids))
        rows = self.db.execute(
            f"{_DECIDED_ITEMS} WHERE i.id IN ({marks}) ORDER BY i.id", tuple(item_ids)
        ).fetchall()
        return [_decided_item(r) for r in rows]

    def counts(self) -> tuple[int, int]:
        """(items, interruptions) — equal unless something is badly wrong."""
        items = self.db.execute("SELECT count(*) FROM items").fetchone()[0]
        inter = self.db.execute("SELECT count(*) FROM interruptions").fetchone()[0]
        return int(items), int(inter)

    def digest_rows(self, since: datetime, limit: int = 500) -> list[DigestRow]:
        """What the digest shows: items held (waiting or released) and break-throughs since
        `since` that are not handled yet, oldest first, at most `limit`."""
        rows = self.db.execute(
            f"SELECT {_DECIDED_COLUMNS}, i.link, i.external_id, i.source, x.released_ts,"
            " x.not_urgent FROM interruptions x JOIN items i ON i.id = x.item_id"
            " WHERE x.handled_ts IS NULL AND x.ts >= ?"
            " AND x.decision IN ('hold', 'hold_until_business_hours', 'break_through')"
            " ORDER BY x.ts LIMIT ?",
            (_ts(since), limit),
        ).fetchall()
        return [
            DigestRow(*_decided_fields(r), r[8], r[9], r[10], r[11] is not None, bool(r[12]))
            for r in rows
        ]

    def mark_handled(self, item_ids: Sequence[int], now: datetime) -> int:
        if not item_ids:
            return 0
        marks = ",".join("?" * len(item_ids))
        with self.transaction():
            return self.db.execute(
                f"UPDATE interruptions SET handled_ts = ? WHERE item_id IN ({marks})"
                " AND handled_ts IS NULL",
                (_ts(now), *item_ids),
            ).rowcount

    def mark_not_urgent(self, item_id: int, not_urgent: bool = True) -> bool:
        """Only a break-through can be "not urgent": the report counts those."""
        with self.transaction():
            return (
                self.db.execute(
                    "UPDATE interruptions SET not_urgent = ? WHERE item_id = ?"
                    " AND decision = 'break_through'",
                    (int(not_urgent), item_id),
                ).rowcount
                == 1
            )

    def reassign_sender(self, sender: str, from_client: str, to_client: str) -> int:
        """Count an unknown sender's earlier items for the client they turned out to be."""
        with self.transaction():
            return self.db.execute(
                "UPDATE interruptions SET client_id = ? WHERE client_id = ? AND item_id IN"
                " (SELECT id FROM items WHERE sender = ?)",
                (to_client, from_client, sender),
            ).rowcount

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
