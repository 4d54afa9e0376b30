"""Items and the decisions about them (interruptions), the digest's actions on them, and
logged calls: what happened, recorded once per item."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from office_hours.domain.model import Channel, Decision, Item, ModeKind
from office_hours.domain.reasons import Reason
from office_hours.storage.base import StoreBase
from office_hours.storage.rows import (
    _DECIDED_COLUMNS,
    _DECIDED_ITEMS,
    _WAITING,
    DigestRow,
    HeldItem,
    _decided_fields,
    _decided_item,
    _ts,
)

_IN_CHUNK = 500  # external ids per IN (...) query, well under SQLite's variable limit
_ITEM_COLUMNS = (
    "source, external_id, channel, sender, subject, snippet, room, received_at, received_ts,"
    " ingested_ts, link"
)
_INTERRUPTION_COLUMNS = (
    "item_id, client_id, channel, ts, decision, reason, reason_text, mode, urgent, after_hours,"
    " outside_terms, surcharge, released_ts"
)
_INTERRUPTION_MARKS = ",".join("?" * 13)


@dataclass(frozen=True, slots=True)
class DecidedItem:
    """A new item with its decision, for insert_decided. `released`: a back-filled item held
    in a mode that has ended since is recorded as held (the report counts it) and as released
    when that mode ended, so it does not wait now."""

    key: int
    item: Item
    client_id: str
    decision: Decision
    mode: ModeKind
    ingested_ts: float
    released: datetime | None = None
    received_ts: float | None = None  # item.received_at.timestamp(), when already known


def _item_row(item: Item, ingested_ts: float, received_ts: float) -> tuple[object, ...]:
    return (
        item.source,
        item.item_id,
        item.channel.value,
        item.sender,
        item.subject,
        item.snippet,
        item.room,
        item.received_at.isoformat(),
        received_ts,
        ingested_ts,
        item.link,
    )


_REASONS_KEPT = 1024
_reasons: dict[Reason, tuple[str, str]] = {}


def _reason_json(reason: Reason) -> str:
    return json.dumps(reason.to_json(), ensure_ascii=False)


def _text_only(reason: Reason) -> bool:
    """Whether every parameter is text (or such a reason): then equal reasons are written
    alike (3 == 3.0 == True would not be), so their columns can be reused."""
    return all(type(v) is str or (type(v) is Reason and _text_only(v)) for _, v in reason.params)


def _reason_columns(reason: Reason) -> tuple[str, str]:
    """(reason as JSON, its English text): a batch repeats a few reasons many times. Only
    text-only reasons are kept, and only such a reason can equal one of them."""
    try:
        known = _reasons.get(reason)
    except TypeError:  # a parameter that cannot be hashed (none the policy gives)
        return _reason_json(reason), str(reason)
    if known is not None:
        return known
    columns = _reason_json(reason), str(reason)
    if _text_only(reason):
        if len(_reasons) >= _REASONS_KEPT:
            _reasons.clear()
        _reasons[reason] = columns
    return columns


def _interruption_row(
    item_key: int,
    item: Item,
    client_id: str,
    decision: Decision,
    mode: ModeKind,
    released: datetime | None,
    received_ts: float,
) -> tuple[object, ...]:
    reason_json, reason_text = _reason_columns(decision.reason)
    return (
        item_key,
        client_id,
        item.channel.value,
        received_ts,
        decision.kind.value,
        reason_json,
        reason_text,
        mode.value,
        decision.urgent,
        decision.after_hours,
        decision.outside_terms,
        decision.surcharge,
        _ts(released) if released is not None and decision.kind.is_held else None,
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

    # -- a batch at once (Engine.ingest): a few statements per batch, not four per item --

    def stored_clients(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
        """Which of these (source, external id) are stored: the client each was counted
        for, or None for an item row without its interruption (an insert would be ignored).
        Keys not stored are absent."""
        by_source: dict[str, list[str]] = {}
        for source, external_id in keys:
            by_source.setdefault(source, []).append(external_id)
        found: dict[tuple[str, str], str | None] = {}
        for source, ids in by_source.items():
            unique = list(dict.fromkeys(ids))
            for start in range(0, len(unique), _IN_CHUNK):
                chunk = unique[start : start + _IN_CHUNK]
                rows = self.db.execute(
                    "SELECT i.external_id, x.client_id FROM items i"
                    " LEFT JOIN interruptions x ON x.item_id = i.id"
                    f" WHERE i.source = ? AND i.external_id IN ({','.join('?' * len(chunk))})",
                    (source, *chunk),
                ).fetchall()
                for external_id, client_id in rows:
                    found[(source, external_id)] = None if client_id is None else str(client_id)
        return found

    def contact_times_in(self, spans: Sequence[tuple[float, float]]) -> dict[str, list[float]]:
        """Every client's contacts (items and logged calls) with a timestamp inside one of
        `spans` ([start, end] each, inclusive), sorted per client: every window inside them
        can then be answered without asking the store again."""
        times: dict[str, list[float]] = {}
        for start, end in spans:
            rows = self.db.execute(
                "SELECT client_id, ts FROM interruptions WHERE ts BETWEEN ?1 AND ?2"
                " UNION ALL SELECT client_id, ts FROM calls WHERE ts BETWEEN ?1 AND ?2",
                (start, end),
            ).fetchall()
            for client_id, ts in rows:
                times.setdefault(client_id, []).append(ts)
        for found in times.values():
            found.sort()
        return times

    def next_item_key(self) -> int:
        """The key SQLite would give the next item (one more than the largest, as for an
        INTEGER PRIMARY KEY without AUTOINCREMENT). Call inside `transaction()`."""
        return int(self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0])

    def insert_decided(self, decided: Sequence[DecidedItem]) -> None:
        """Store new items (keys from next_item_key, none stored yet: see stored_clients)
        and their interruptions, with one executemany per table. Call inside
        `transaction()`."""
        if not decided:
            return
        received = [
            d.received_ts if d.received_ts is not None else _ts(d.item.received_at) for d in decided
        ]
        self.db.executemany(
            f"INSERT INTO items (id, {_ITEM_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (d.key, *_item_row(d.item, d.ingested_ts, ts))
                for d, ts in zip(decided, received, strict=True)
            ],
        )
        self.db.executemany(
            f"INSERT INTO interruptions ({_INTERRUPTION_COLUMNS}) VALUES ({_INTERRUPTION_MARKS})",
            [
                _interruption_row(d.key, d.item, d.client_id, d.decision, d.mode, d.released, ts)
                for d, ts in zip(decided, received, strict=True)
            ],
        )

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
