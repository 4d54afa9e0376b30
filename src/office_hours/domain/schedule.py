"""Business hours, contact windows and mode transitions, in the user's IANA time zone.

Every function takes `now` (aware) and converts it to the user's zone, so no result
depends on the machine's own zone. Wall-clock times that DST skips or repeats are
resolved through UTC so that returned instants are real and ordered.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from office_hours.domain.model import (
    BusinessHours,
    EffectiveMode,
    ModeKind,
    ModeSetting,
    WeeklyWindows,
    require_aware,
)

# From the day before `now` for two weeks: a range on one weekday only must still be found
# when today's has passed, even when a DST change swallows next week's.
_SEARCH_DAYS = 16


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local(now: datetime, tz: str) -> datetime:
    return require_aware(now, "now").astimezone(zone(tz))


def wall_to_instant(day: date, t: time, tz: str) -> datetime:
    """The real instant for a wall-clock time. A time that DST skips maps to the end of the
    gap (the first instant the clock reads later than it); a repeated time to its first pass."""
    z = zone(tz)
    naive = datetime.combine(day, t)
    first = naive.replace(tzinfo=z, fold=0).astimezone(UTC)
    if first.astimezone(z).replace(tzinfo=None) == naive:
        return first.astimezone(z)
    # Inside a gap: fold=0 and fold=1 give instants on either side of it; the gap ends at the
    # offset change between them.
    other = naive.replace(tzinfo=z, fold=1).astimezone(UTC)
    return _offset_change(min(first, other), max(first, other), z).astimezone(z)


def _offset_change(before: datetime, after: datetime, z: ZoneInfo) -> datetime:
    """The first instant in (before, after] with after's UTC offset, to the second."""
    target = after.astimezone(z).utcoffset()
    lo, hi = math.floor(before.timestamp()), math.ceil(after.timestamp())
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, UTC).astimezone(z).utcoffset() == target:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


def in_windows(now: datetime, windows: WeeklyWindows, tz: str) -> bool:
    here = local(now, tz)
    return windows.contains(here.isoweekday(), here.time())


def is_business_hours(now: datetime, hours: BusinessHours) -> bool:
    return in_windows(now, hours.windows, hours.timezone)


def _boundaries(start_day: date, windows: WeeklyWindows, tz: str) -> Iterator[datetime]:
    """Every instant (in UTC, so that the repeated hour orders right) from start_day on at
    which being inside the windows can flip, in order and lazily, a day at a time: each range
    start and end, both passes of a repeated wall time, and each DST change, since a jump of
    the clock can enter or leave a range by itself."""
    if windows.is_empty:
        return
    z = zone(tz)
    pending: list[datetime] = []
    day_start = wall_to_instant(start_day, time(0, 0), tz).astimezone(UTC)
    for offset in range(_SEARCH_DAYS):
        day = start_day + timedelta(days=offset)
        day_end = wall_to_instant(day + timedelta(days=1), time(0, 0), tz).astimezone(UTC)
        # Zones change at most once a day: compare the offsets at both ends of it.
        dst_change = day_start.astimezone(z).utcoffset() != day_end.astimezone(z).utcoffset()
        if dst_change:
            heapq.heappush(pending, _offset_change(day_start, day_end, z))
        for r in windows.ranges(day.isoweekday()):
            end_day = day + timedelta(days=1) if r.end == time(0, 0) else day
            for d, t in ((day, r.start), (end_day, r.end)):
                heapq.heappush(pending, wall_to_instant(d, t, tz).astimezone(UTC))
                if dst_change or d != day:
                    naive = datetime.combine(d, t)
                    again = naive.replace(tzinfo=z, fold=1).astimezone(UTC)
                    if again.astimezone(z).replace(tzinfo=None) == naive:
                        heapq.heappush(pending, again)
        # Later days only add instants from their own start on.
        while pending and pending[0] < day_end:
            yield heapq.heappop(pending)
        day_start = day_end
    while pending:
        yield heapq.heappop(pending)


@lru_cache(maxsize=256)  # a batch asks with the same `now` for every item
def next_open(now: datetime, windows: WeeklyWindows, tz: str) -> datetime | None:
    """The next instant after `now` at which the windows are open (now itself if open)."""
    here = local(now, tz)
    if in_windows(here, windows, tz):
        return here
    for instant in _boundaries(here.date() - timedelta(days=1), windows, tz):
        if instant > now and in_windows(instant, windows, tz):
            return instant.astimezone(zone(tz))
    return None


@lru_cache(maxsize=256)  # a batch asks with the same `now` for every item
def next_change(now: datetime, windows: WeeklyWindows, tz: str) -> datetime | None:
    """The next instant after `now` at which being inside the windows flips."""
    here = local(now, tz)
    inside = in_windows(here, windows, tz)
    for instant in _boundaries(here.date() - timedelta(days=1), windows, tz):
        if instant > now and in_windows(instant, windows, tz) != inside:
            return instant.astimezone(zone(tz))
    return None


def in_focus_block(now: datetime, hours: BusinessHours) -> bool:
    """Inside a weekly focus block and inside business hours (a block never makes a day
    off a working one)."""
    return in_windows(now, hours.focus_blocks, hours.timezone) and is_business_hours(now, hours)


def scheduled_mode(now: datetime, hours: BusinessHours) -> ModeKind:
    if not is_business_hours(now, hours):
        return ModeKind.OFF_HOURS
    return ModeKind.FOCUS if in_focus_block(now, hours) else ModeKind.REACHABLE


def schedule_change(now: datetime, hours: BusinessHours) -> datetime | None:
    """The next instant after `now` at which the scheduled mode changes."""
    candidates = [
        c
        for c in (
            next_change(now, hours.windows, hours.timezone),
            next_change(now, hours.focus_blocks, hours.timezone),
        )
        if c is not None
    ]
    kind = scheduled_mode(now, hours)
    # A block boundary outside business hours changes nothing: look past it, boundedly.
    for _ in range(64):
        if not candidates:
            return None
        at = min(candidates)
        if scheduled_mode(at, hours) is not kind:
            return at
        candidates = [
            c
            for c in (
                next_change(at, hours.windows, hours.timezone),
                next_change(at, hours.focus_blocks, hours.timezone),
            )
            if c is not None
        ]
    return None


def manual_end(setting: ModeSetting, hours: BusinessHours) -> datetime | None:
    """When a manual choice stops applying: its own end, or for reachable/off hours
    without one, the next change of the schedule after it was set."""
    if setting.kind is None:
        return None
    if setting.until is not None:
        return setting.until
    if setting.kind is ModeKind.FOCUS or setting.set_at is None:
        return None
    return schedule_change(setting.set_at, hours)


def effective_mode(setting: ModeSetting, hours: BusinessHours, now: datetime) -> EffectiveMode:
    require_aware(now, "now")
    in_hours = is_business_hours(now, hours)
    if setting.kind is not None:
        end = manual_end(setting, hours)
        if end is None or now < end:
            return EffectiveMode(setting.kind, end, manual=True, in_business_hours=in_hours)
    kind = scheduled_mode(now, hours)
    until = schedule_change(now, hours)
    return EffectiveMode(kind, until, manual=False, in_business_hours=in_hours)


def resolve_until(text: str, now: datetime, tz: str) -> datetime:
    """`14:00` in the user's zone: today if still ahead, else tomorrow."""
    t = parse_clock(text)
    here = local(now, tz)
    candidate = wall_to_instant(here.date(), t, tz)
    if candidate <= here:
        candidate = wall_to_instant(here.date() + timedelta(days=1), t, tz)
    return candidate


def parse_clock(text: str) -> time:
    """`9:00`, `09:00`, `14:30` -> time; anything else raises ValueError naming the input."""
    parts = text.strip().split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or len(parts[1]) != 2:
        raise ValueError(f"'{text}' is not a time of day like 14:00")
    hour, minute = int(parts[0]), int(parts[1])
    if hour == 24 and minute == 0:
        return time(0, 0)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"'{text}' is not a time of day like 14:00")
    return time(hour, minute)


def parse_duration(text: str) -> timedelta:
    """`25m`, `90m`, `1h`, `1h30m`, `2h` -> timedelta; rejects zero, negatives and junk."""
    s = text.strip().lower()
    total = 0
    number = ""
    seen_unit = False
    for ch in s:
        if ch.isdigit():
            number += ch
        elif ch in "hm" and number:
            total += int(number) * (60 if ch == "h" else 1)
            number = ""
            seen_unit = True
        else:
            raise ValueError(f"'{text}' is not a duration like 25m, 1h or 1h30m")
    if number:
        if seen_unit:
            raise ValueError(f"'{text}' is not a duration like 25m, 1h or 1h30m")
        total += int(number)  # a bare number means minutes
    if total <= 0 or total > 7 * 24 * 60:
        raise ValueError(f"'{text}' must be between 1 minute and 7 days")
    return timedelta(minutes=total)


def iso_week_bounds(week: str, tz: str) -> tuple[datetime, datetime]:
    """`2026-W47` -> [Monday 00:00, next Monday 00:00) in the user's zone, as aware instants."""
    try:
        year_s, week_s = week.upper().split("-W")
        monday = date.fromisocalendar(int(year_s), int(week_s), 1)
    except ValueError as exc:
        raise ValueError(f"'{week}' is not an ISO week like 2026-W47") from exc
    return (
        wall_to_instant(monday, time(0, 0), tz),
        wall_to_instant(monday + timedelta(days=7), time(0, 0), tz),
    )


def iso_week_of(now: datetime, tz: str) -> str:
    year, week, _ = local(now, tz).isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True, slots=True)
class HourScale:
    """Local hours counted from a week's start, for an aggregate query that cannot read zones.

    The local hour of an instant `ts` is `floor((ts + offset - base) / 3600)`, where `offset`
    is the zone's UTC offset in effect at `ts`: the last of `offsets` whose start is <= ts.
    Across a DST change the local week still has 7 x 24 local hours (one is empty, or holds
    two real hours), as a person reading a calendar would count them.
    """

    base: float  # the start's wall-clock time, read as if it were UTC seconds
    offsets: tuple[tuple[float, int], ...]  # (from instant, UTC offset in seconds), ordered

    def offset_at(self, ts: float) -> int:
        current = self.offsets[0][1]
        for start, offset in self.offsets:
            if ts >= start:
                current = offset
        return current

    def hour_of(self, ts: float) -> int:
        return math.floor((ts + self.offset_at(ts) - self.base) / 3600)


def hour_scale(start: datetime, end: datetime, tz: str) -> HourScale:
    """The offsets in force in [start, end): a probe every 6 hours, changes found to the second."""
    z = zone(tz)
    first = local(start, tz)
    base = first.replace(tzinfo=UTC).timestamp()

    def offset(ts: float) -> int:
        off = datetime.fromtimestamp(ts, UTC).astimezone(z).utcoffset()
        return int(off.total_seconds()) if off is not None else 0

    t0, t1 = start.timestamp(), end.timestamp()
    offsets = [(t0, offset(t0))]
    previous, current = t0, offset(t0)
    probe = t0
    while probe < t1:
        probe = min(probe + 6 * 3600, t1)
        now_offset = offset(probe)
        if now_offset != current:
            lo, hi = previous, probe  # offset(lo) == current, offset(hi) == now_offset
            while hi - lo > 1:
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if offset(mid) == current else (lo, mid)
            offsets.append((math.ceil(hi), now_offset))
            current = now_offset
        previous = probe
    return HourScale(base, tuple(offsets))
