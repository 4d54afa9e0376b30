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
from typing import Any

from office_hours.domain.model import Channel, Decision, DecisionKind, Item, ModeKind, ModeSetting
from office_hours.domain.reasons import Reason
from office_hours.domain.report_inputs import CallRow, ContactCount, ContactRow
from office_hours.domain.schedule import HourScale
from office_hours.storage.migrations import MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """The database cannot be used; the message says why in plain words."""


HELD = "decision IN ('hold', 'hold_until_business_hours')"


def _hour_sql(scale: HourScale, unit: int = 3600) -> str:
    """SQL for the local hour (or day, unit=86400) of `ts` counted from the scale's start
    (see HourScale); one plain sum when no offset changes within it."""
    if len(scale.offsets) == 1:
        shift = int(scale.offsets[0][1]) - float(scale.base)
        return f"CAST((ts + {shift!r}) / {unit} AS INTEGER)"
    offset = "CASE" + "".join(
        f" WHEN ts >= {float(t)!r} THEN {int(o)}" for t, o in reversed(scale.offsets)
    )
    offset += f" ELSE {int(scale.offsets[0][1])} END"
    return f"CAST((ts + {offset} - {float(scale.base)!r}) / {unit} AS INTEGER)"


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


# Held, not yet released, and not already dealt with from the digest (a handled item is not
# announced again). The partial indexes cover the first two terms.
_DECIDED_COLUMNS = (
    "i.id, x.client_id, i.channel, i.sender, i.subject, i.received_ts, x.decision, x.reason"
)
_DECIDED_ITEMS = f"SELECT {_DECIDED_COLUMNS} FROM interruptions x JOIN items i ON i.id = x.item_id"


def _decided_fields(
    r: Sequence[Any],
) -> tuple[int, str, Channel, str, str, datetime, DecisionKind, Reason]:
    """The first eight columns (_DECIDED_COLUMNS) as HeldItem's fields, in order."""
    return (
        r[0],
        r[1],
        Channel(r[2]),
        r[3],
        r[4],
        _dt(r[5]),
        DecisionKind(r[6]),
        Reason.from_json(json.loads(r[7])),
    )


def _decided_item(r: Sequence[Any]) -> HeldItem:
    return HeldItem(*_decided_fields(r))


_WAITING = (
    "released_ts IS NULL AND handled_ts IS NULL"
    " AND decision IN ('hold', 'hold_until_business_hours')"
)


@dataclass(frozen=True, slots=True)
class Release:
    """Held items brought back together: why, how many, and whether the user was told."""

    release_id: int
    ts: datetime
    cause: str
    reason: Reason
    summary: Reason
    item_count: int
    announced: bool


@dataclass(frozen=True, slots=True)
class DigestRow:
    item_id: int
    client_id: str
    channel: Channel
    sender: str
    subject: str
    received_at: datetime
    decision: DecisionKind
    reason: Reason
    link: str
    external_id: str
    source: str
    released: bool
    not_urgent: bool


def _release(r: Sequence[object]) -> Release:
    return Release(
        int(r[0]),  # type: ignore[call-overload]
        _dt(float(r[1])),  # type: ignore[arg-type]
        str(r[2]),
        Reason.from_json(json.loads(str(r[3]))),
        Reason.from_json(json.loads(str(r[4]))),
        int(r[5]),  # type: ignore[call-overload]
        r[6] is not None,
    )


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

    def contact_counts(
        self, start: datetime, end: datetime, scale: HourScale, weeks: int
    ) -> list[ContactCount]:
        """The report's figures for the weeks before, counted in SQL per client, channel and
        week. Weeks are counted back from the last of `weeks` + 1 weeks that `scale` starts
        at; SQLite cannot read time zones, so the offsets come from the scale."""
        rows = self._count(start, end, scale, "h / 168", "''")
        make = ContactCount._make
        return [make((r[0], Channel(r[1]), weeks - r[2], None, *r[3:13])) for r in rows]

    def week_counts(
        self, start: datetime, end: datetime, scale: HourScale, weeks: int
    ) -> tuple[list[ContactCount], dict[str, list[int]]]:
        """The report week's figures per client, channel and local day, and per client and
        local hour (168 counts per client: the heat map), in one pass over the rows."""
        rows = self._count(start, end, scale, "h / 24", "group_concat(h % 24)")
        make = ContactCount._make
        counts = [make((r[0], Channel(r[1]), weeks - r[2] // 7, r[2] % 7, *r[3:13])) for r in rows]
        per_client: dict[str, list[int]] = {}
        for r in rows:
            if (hours := per_client.get(r[0])) is None:
                hours = per_client[r[0]] = [0] * 168
            day = (r[2] % 7) * 24
            for hour in r[13].split(","):
                hours[day + int(hour)] += 1
        return counts, per_client

    def _count(
        self, start: datetime, end: datetime, scale: HourScale, group: str, hours: str
    ) -> list[Any]:
        return self.db.execute(
            f"SELECT client_id, channel, {group}, count(*), sum(after_hours), sum(outside_terms),"
            f" sum({HELD}), sum(decision = 'break_through'), sum(not_urgent),"
            f" sum(after_hours AND (not_urgent OR {HELD})),"
            f" sum(channel = 'call' AND outside_terms), sum(h % 168 >= 120),"
            f" sum(decision = 'break_through' AND NOT outside_terms), {hours}"
            f" FROM (SELECT client_id, channel, decision, after_hours, outside_terms, not_urgent,"
            f" {_hour_sql(scale)} AS h FROM interruptions WHERE ts >= ? AND ts < ?)"
            f" GROUP BY client_id, channel, {group}",
            (_ts(start), _ts(end)),
        ).fetchall()

    def counts(self) -> tuple[int, int]:
        """(items, interruptions) — equal unless something is badly wrong."""
        items = self.db.execute("SELECT count(*) FROM items").fetchone()[0]
        inter = self.db.execute("SELECT count(*) FROM interruptions").fetchone()[0]
        return int(items), int(inter)

    # -- releases -------------------------------------------------------------------------

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

    def mode_setting_at(self, at: datetime) -> ModeSetting:
        """The choice in force at `at`: the last one made at or before it."""
        row = self.db.execute(
            "SELECT kind, until_ts, set_ts FROM mode_history WHERE set_ts <= ?"
            " ORDER BY set_ts DESC, id DESC LIMIT 1",
            (_ts(at),),
        ).fetchone()
        if row is None:
            return ModeSetting(None)
        kind = ModeKind(row[0]) if row[0] else None
        return ModeSetting(kind, _dt(row[1]) if row[1] is not None else None, _dt(row[2]))

    def mode_changes_between(self, start: datetime, end: datetime) -> list[datetime]:
        """Instants in (start, end] at which a choice was made or a chosen span ended."""
        rows = self.db.execute(
            "SELECT set_ts, until_ts FROM mode_history WHERE (set_ts > ?1 AND set_ts <= ?2)"
            " OR (until_ts > ?1 AND until_ts <= ?2)",
            (_ts(start), _ts(end)),
        ).fetchall()
        out = set()
        for set_ts, until_ts in rows:
            for ts in (set_ts, until_ts):
                if ts is not None and _ts(start) < ts <= _ts(end):
                    out.add(_dt(ts))
        return sorted(out)

    # -- the digest ------------------------------------------------------------------------

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

    # -- small state ------------------------------------------------------------------------

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
