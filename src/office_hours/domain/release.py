"""When held items come back: the releases due between two instants, and the summary.

Pure: the caller passes `mode_at(instant)` (the effective mode the user had or will have
then), so the same rules serve the tray's timer, a restart after hours away, and tests
that drive a whole day with a fake clock.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from office_hours.domain import reasons as R
from office_hours.domain.model import ModeKind, require_aware
from office_hours.domain.reasons import Reason
from office_hours.domain.schedule import local, wall_to_instant

ModeAt = Callable[[datetime], ModeKind]

# A restart after a long absence looks at most this far back for missed batch times: one
# release brings everything back anyway, so only "was any batch missed" matters.
_LOOKBACK_DAYS = 8


class ReleaseCause(enum.StrEnum):
    BATCH = "batch"
    FOCUS_ENDED = "focus_ended"
    OFF_HOURS_ENDED = "off_hours_ended"
    ON_DEMAND = "on_demand"


@dataclass(frozen=True, slots=True)
class DueRelease:
    cause: ReleaseCause
    reason: Reason


def batch_instants(
    start: datetime, end: datetime, batch_times: Sequence[time], tz: str
) -> list[datetime]:
    """Batch instants in (start, end], in order, in the user's zone."""
    require_aware(start, "start")
    require_aware(end, "end")
    if end <= start or not batch_times:
        return []
    first_day = max(local(start, tz).date(), local(end, tz).date() - timedelta(_LOOKBACK_DAYS))
    out: list[datetime] = []
    day = first_day
    while day <= local(end, tz).date():
        for t in batch_times:
            at = wall_to_instant(day, t, tz)
            if start < at <= end:
                out.append(at)
        day += timedelta(days=1)
    return sorted(out)


def next_batch(
    now: datetime, batch_times: Sequence[time], tz: str, mode_at: ModeAt
) -> datetime | None:
    """The first batch time after `now` that is not in off hours (off-hours items wait for
    business hours, not for a batch)."""
    for at in batch_instants(now, now + timedelta(days=_LOOKBACK_DAYS), batch_times, tz):
        if mode_at(at) is not ModeKind.OFF_HOURS:
            return at
    return None


def _releases_on_change(before: ModeKind, after: ModeKind) -> bool:
    if before is ModeKind.OFF_HOURS:
        return after is not ModeKind.OFF_HOURS
    return before is ModeKind.FOCUS and after is ModeKind.REACHABLE


def next_release(
    now: datetime,
    batch_times: Sequence[time],
    tz: str,
    mode_at: ModeAt,
    mode_changes: Callable[[datetime], datetime | None],
) -> tuple[datetime, ReleaseCause] | None:
    """When held items next come back, and why: the next batch time, or the end of focus or
    off hours if that comes first (following a focus that ends into off hours on to the
    morning). `mode_changes(t)` is the next instant after t at which the mode changes."""
    found: list[tuple[datetime, ReleaseCause]] = []
    batch = next_batch(now, batch_times, tz, mode_at)
    if batch is not None:
        found.append((batch, ReleaseCause.BATCH))
    at, kind = now, mode_at(now)
    for _ in range(8):  # a few changes ahead is enough: a batch comes within a day or so
        change = mode_changes(at)
        if change is None or (batch is not None and change >= batch):
            break
        after = mode_at(change)
        if _releases_on_change(kind, after):
            cause = (
                ReleaseCause.OFF_HOURS_ENDED
                if kind is ModeKind.OFF_HOURS
                else ReleaseCause.FOCUS_ENDED
            )
            found.append((change, cause))
            break
        at, kind = change, after
    return min(found, key=lambda f: f[0]) if found else None


def due_release(
    since: datetime,
    now: datetime,
    batch_times: Sequence[time],
    tz: str,
    mode_at: ModeAt,
    changes: Sequence[datetime] = (),
) -> DueRelease | None:
    """Whether held items are due back at `now`, having last looked at `since`.

    Off hours ending brings back what waited overnight; focus ending into reachable brings
    back what focus held; a batch time brings everything back unless it falls in off hours.
    Focus ending into off hours releases nothing: those items now wait for business hours.
    `changes` are the instants in between at which the mode may have changed (choices made,
    their ends, schedule changes): a focus that began and ended while nobody looked still
    counts. One release brings everything back, so the latest cause names it.
    """
    if now <= since:
        return None
    events: list[tuple[datetime, DueRelease]] = []
    instants = [since, *sorted(c for c in set(changes) if since < c < now), now]
    modes = [mode_at(t) for t in instants]
    for at, before, after in zip(instants[1:], modes[:-1], modes[1:], strict=True):
        if not _releases_on_change(before, after):
            continue
        if before is ModeKind.OFF_HOURS:
            reason = Reason.of(R.RELEASE_OFF_HOURS_ENDED)
            events.append((at, DueRelease(ReleaseCause.OFF_HOURS_ENDED, reason)))
        else:
            events.append(
                (at, DueRelease(ReleaseCause.FOCUS_ENDED, Reason.of(R.RELEASE_FOCUS_ENDED)))
            )
    for at in batch_instants(since, now, batch_times, tz):
        if mode_at(at) is not ModeKind.OFF_HOURS:
            clock = local(at, tz).strftime("%H:%M")
            events.append(
                (at, DueRelease(ReleaseCause.BATCH, Reason.of(R.RELEASE_BATCH, time=clock)))
            )
    if not events:
        return None
    return max(events, key=lambda e: e[0])[1]  # stable: a mode end wins a tie with a batch


def on_demand() -> DueRelease:
    return DueRelease(ReleaseCause.ON_DEMAND, Reason.of(R.RELEASE_ON_DEMAND))


def summary(counts: Sequence[tuple[str, int]]) -> Reason:
    """'7 waiting: ACME 4, Globex 2, unknown 1' — one line, however many items; the
    biggest first, names in order for ties."""
    ordered = sorted(((name, n) for name, n in counts if n > 0), key=lambda c: (-c[1], c[0]))
    total = sum(n for _, n in ordered)
    clients = ", ".join(f"{name} {n}" for name, n in ordered)
    return Reason.of(R.RELEASE_SUMMARY, count=total, clients=clients)
