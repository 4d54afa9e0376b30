"""Frozen values that flow through the app: items, clients, terms, modes and decisions."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, time

from office_hours.domain.reasons import Reason


class Channel(enum.StrEnum):
    EMAIL = "email"
    CHAT = "chat"
    CALL = "call"
    MEETING = "meeting"


class ModeKind(enum.StrEnum):
    REACHABLE = "reachable"
    FOCUS = "focus"
    OFF_HOURS = "off_hours"


class DecisionKind(enum.StrEnum):
    DELIVER = "deliver"
    HOLD = "hold"
    BREAK_THROUGH = "break_through"
    HOLD_UNTIL_BUSINESS_HOURS = "hold_until_business_hours"

    @property
    def is_held(self) -> bool:
        return self in (DecisionKind.HOLD, DecisionKind.HOLD_UNTIL_BUSINESS_HOURS)


class AfterHours(enum.StrEnum):
    """What a client's terms allow outside the user's business hours."""

    NEVER = "never"
    EMERGENCIES_ONLY = "emergencies_only"
    WITH_SURCHARGE = "with_surcharge"


def require_aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must carry a UTC offset or time zone, got {value.isoformat()}")
    return value


@dataclass(frozen=True, slots=True)
class Item:
    """One incoming contact, as any source sees it. Only headers and a short snippet."""

    source: str
    item_id: str
    channel: Channel
    sender: str
    subject: str
    received_at: datetime
    snippet: str = ""
    room: str = ""
    link: str = ""  # where the item lives: a chat permalink, mid:/mailto: for mail

    def __post_init__(self) -> None:
        require_aware(self.received_at, "received_at")
        if not self.source:
            raise ValueError("source must not be empty")
        if not self.item_id:
            raise ValueError("id must not be empty")


_MIDNIGHT = time(0, 0)


@dataclass(frozen=True, slots=True)
class TimeRange:
    """A span within one day, [start, end); end of 00:00 means midnight at the day's end."""

    start: time
    end: time

    def contains(self, t: time) -> bool:
        if self.end == _MIDNIGHT:
            return t >= self.start
        return self.start <= t < self.end


@dataclass(frozen=True, slots=True)
class WeeklyWindows:
    """Ranges per ISO weekday (1 = Monday .. 7 = Sunday) in one time zone's wall-clock time."""

    by_weekday: tuple[tuple[int, tuple[TimeRange, ...]], ...] = ()

    def ranges(self, weekday: int) -> tuple[TimeRange, ...]:
        for day, ranges in self.by_weekday:
            if day == weekday:
                return ranges
        return ()

    def contains(self, weekday: int, t: time) -> bool:
        for r in self.ranges(weekday):  # a loop, not any(): asked for every item ingested
            if r.contains(t):
                return True
        return False

    @property
    def is_empty(self) -> bool:
        return not any(ranges for _, ranges in self.by_weekday)


@dataclass(frozen=True, slots=True)
class ChannelTerms:
    """What a client agreed for one channel: when contact is welcome and how fast we answer."""

    windows: WeeklyWindows | None = None  # None: any time within the user's business hours
    response_hours: float | None = None


@dataclass(frozen=True, slots=True)
class Terms:
    channels: tuple[tuple[Channel, ChannelTerms], ...] = ()
    after_hours: AfterHours = AfterHours.EMERGENCIES_ONLY
    surcharge_percent: float = 0.0

    def for_channel(self, channel: Channel) -> ChannelTerms:
        for ch, terms in self.channels:
            if ch == channel:
                return terms
        return ChannelTerms()


@dataclass(frozen=True, slots=True)
class Client:
    client_id: str
    name: str
    addresses: tuple[str, ...] = ()  # exact addresses or "*@domain"
    chat_users: tuple[str, ...] = ()
    rooms: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    vip_senders: tuple[str, ...] = ()
    rate: float = 0.0  # nominal hourly rate
    billed_hours_per_week: float = 0.0
    terms: Terms = field(default_factory=Terms)
    # Desktop notifications: case-insensitive text, or a glob (* ? [..]) against a whole field
    notification_match: tuple[str, ...] = ()
    contact_name: str = ""  # the person drafts are addressed to ("" : a neutral greeting)


UNKNOWN_CLIENT_ID = "unknown"


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """The user's week: when they are at work, and the weekly focus blocks within it."""

    timezone: str
    windows: WeeklyWindows
    focus_blocks: WeeklyWindows = WeeklyWindows()


@dataclass(frozen=True, slots=True)
class ModeSetting:
    """What the user chose. `until=None` on focus means "until I turn it off";
    on reachable/off hours it means "until the schedule next changes"."""

    kind: ModeKind | None  # None: follow the schedule
    until: datetime | None = None
    set_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class EffectiveMode:
    kind: ModeKind
    until: datetime | None  # when this mode is expected to change, if known
    manual: bool
    in_business_hours: bool


@dataclass(frozen=True, slots=True)
class Decision:
    kind: DecisionKind
    reason: Reason
    urgent: bool = False
    after_hours: bool = False
    outside_terms: bool = False
    surcharge: bool = False
