"""Who is waiting: unread mail per client, and when each client's agreed answer is due.

Pure functions over what an IMAP server says about its unread messages (UID, From address,
INTERNALDATE, flags), so the tray, the digest, `status --json` and the tests read one answer.
The server's \\Seen flag is the truth: a message read in any mail client stops counting.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from office_hours.domain.matching import ClientIndex
from office_hours.domain.model import Channel, Client, Item, require_aware

SEEN, DELETED = "\\Seen", "\\Deleted"
# "Due soon" once this share of the agreed response time is left (at most DUE_SOON_MAX).
DUE_SOON_SHARE = 0.25
DUE_SOON_MAX = timedelta(hours=2)


@dataclass(frozen=True, slots=True)
class UnreadRow:
    """One message as the server lists it; `flags` as the server spells them."""

    uid: int
    sender: str  # the From address, e.g. anna@acme.example
    arrived: datetime  # INTERNALDATE: when the server got it
    flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        require_aware(self.arrived, "arrived")

    @property
    def unread(self) -> bool:
        return SEEN not in self.flags and DELETED not in self.flags


@dataclass(frozen=True, slots=True)
class ClientUnread:
    count: int
    oldest: datetime  # the oldest unread message's arrival


UnreadView = Mapping[str, ClientUnread]  # client id -> what waits from that client


def unread_by_client(rows: Iterable[UnreadRow], index: ClientIndex) -> dict[str, ClientUnread]:
    """Count the unread rows per client, matched as the engine matches mail (the same
    ClientIndex), and keep the oldest arrival; unknown senders are left out."""
    counts: dict[str, int] = {}
    oldest: dict[str, datetime] = {}
    for row in rows:
        if not row.unread:
            continue
        item = Item(
            source="imap",
            item_id=str(row.uid),
            channel=Channel.EMAIL,
            sender=row.sender,
            subject="",
            received_at=row.arrived,
        )
        client = index.match(item)
        if client is None:
            continue
        key = client.client_id
        counts[key] = counts.get(key, 0) + 1
        if key not in oldest or row.arrived < oldest[key]:
            oldest[key] = row.arrived
    return {key: ClientUnread(counts[key], oldest[key]) for key in counts}


def merge_views(views: Iterable[UnreadView]) -> dict[str, ClientUnread]:
    """Several accounts' (or folders') views as one: counts add up, the oldest wins."""
    merged: dict[str, ClientUnread] = {}
    for view in views:
        for key, part in view.items():
            had = merged.get(key)
            if had is None:
                merged[key] = part
            else:
                merged[key] = ClientUnread(had.count + part.count, min(had.oldest, part.oldest))
    return merged


class DueState(enum.StrEnum):
    NO_TERMS = "no_terms"  # no agreed response time for mail
    OK = "ok"
    SOON = "soon"  # within the last DUE_SOON_SHARE of the agreed time
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class Due:
    state: DueState
    at: datetime | None = None  # when the answer is due (UTC)

    def left(self, now: datetime) -> timedelta | None:
        return None if self.at is None else self.at - now


def due_for(oldest: datetime, response_hours: float | None, now: datetime) -> Due:
    """The oldest unread message plus the client's agreed response time for mail, counted
    in elapsed time (a time-zone or daylight-saving change moves neither end); "soon" once a
    quarter of that time (at most two hours) is left."""
    require_aware(oldest, "oldest")
    require_aware(now, "now")
    if response_hours is None or response_hours <= 0:
        return Due(DueState.NO_TERMS)
    window = timedelta(hours=response_hours)
    at = oldest.astimezone(UTC) + window  # in UTC: aware arithmetic in a zone is wall-clock
    left = at - now
    if left <= timedelta(0):
        return Due(DueState.OVERDUE, at)
    if left <= min(window * DUE_SOON_SHARE, DUE_SOON_MAX):
        return Due(DueState.SOON, at)
    return Due(DueState.OK, at)


@dataclass(frozen=True, slots=True)
class Waiting:
    """One client in the "Waiting" list."""

    client_id: str
    name: str
    count: int
    oldest: datetime
    due: Due


def waiting_list(view: UnreadView, clients: Iterable[Client], now: datetime) -> list[Waiting]:
    """The clients with unread mail, most pressing first: overdue, then due soonest, then
    the longest waiting. A client no longer in the config is left out."""
    by_id = {c.client_id: c for c in clients}
    out = []
    for key, part in view.items():
        client = by_id.get(key)
        if client is None or part.count <= 0:
            continue
        hours = client.terms.for_channel(Channel.EMAIL).response_hours
        out.append(
            Waiting(key, client.name, part.count, part.oldest, due_for(part.oldest, hours, now))
        )
    far = now + timedelta(days=36500)
    out.sort(key=lambda w: (w.due.state is not DueState.OVERDUE, w.due.at or far, w.oldest))
    return out


def age_parts(age: timedelta) -> tuple[int, str]:
    """An age as (number, unit) for words: under an hour in minutes, under two days in
    hours, else days; never negative (a server clock slightly ahead)."""
    seconds = max(0, int(age.total_seconds()))
    if seconds < 3600:
        return seconds // 60, "min"
    if seconds < 2 * 86400:
        return seconds // 3600, "h"
    return seconds // 86400, "d"
