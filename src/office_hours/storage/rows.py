"""The rows the store hands out (held items, releases, digest rows), the SQL fragments
the aggregates share, and the conversions between datetimes and stored timestamps."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from office_hours.domain.model import Channel, DecisionKind
from office_hours.domain.reasons import Reason
from office_hours.domain.schedule import HourScale

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
