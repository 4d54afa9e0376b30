"""Words for the current state: mode names, "Focus until 14:25", the tray tooltip.

Times are shown in the user's configured zone (config.timezone), not the machine's, so
the tray agrees with the CLI and the report.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from office_hours.domain.model import UNKNOWN_CLIENT_ID, ModeKind
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.engine import Status
from office_hours.i18n import tr

# Our own short day names: QLocale would be natural, but creating its huge enums costs
# ~80 ms at start-up, and the benchmark counts every one of them.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekday", "Mon"),
    QT_TRANSLATE_NOOP("Weekday", "Tue"),
    QT_TRANSLATE_NOOP("Weekday", "Wed"),
    QT_TRANSLATE_NOOP("Weekday", "Thu"),
    QT_TRANSLATE_NOOP("Weekday", "Fri"),
    QT_TRANSLATE_NOOP("Weekday", "Sat"),
    QT_TRANSLATE_NOOP("Weekday", "Sun"),
)


def mode_name(mode: ModeKind) -> str:
    names = {
        ModeKind.REACHABLE: tr("Status", "Reachable"),
        ModeKind.FOCUS: tr("Status", "Focus"),
        ModeKind.OFF_HOURS: tr("Status", "Off hours"),
    }
    return names[mode]


def format_until(until: datetime, now: datetime, timezone: str) -> str:
    """14:25 today; Mon 09:00 within the coming week; 2026-12-01 09:00 beyond."""
    zone = ZoneInfo(timezone)
    here, then = now.astimezone(zone), until.astimezone(zone)
    clock = then.strftime("%H:%M")
    if then.date() == here.date():
        return clock
    if then.date() - here.date() < timedelta(days=7):
        day = tr("Weekday", WEEKDAYS[then.isoweekday() - 1])
        return f"{day} {clock}"
    return f"{then.date().isoformat()} {clock}"


def mode_line(status: Status) -> str:
    """'Focus until 14:25', 'Focus until you turn it off', 'Off hours until Mon 09:00'."""
    mode = status.mode
    name = mode_name(mode.kind)
    if mode.until is None:
        if mode.kind is ModeKind.FOCUS:
            return tr("Status", "{mode} until you turn it off").format(mode=name)
        return name
    when = format_until(mode.until, status.now, status.timezone)
    return tr("Status", "{mode} until {time}").format(mode=name, time=when)


def held_line(status: Status) -> str:
    """'next batch 10:00 · 4 waiting': what comes next for the held queue; 'back at Tue
    09:00' when the end of focus or off hours brings them back before any batch."""
    waiting = tr("Status", "{count} waiting").format(count=status.held)
    if status.held and status.next_release is not None and not status.next_release_is_batch:
        when = format_until(status.next_release, status.now, status.timezone)
        return tr("Status", "back at {time}").format(time=when) + " · " + waiting
    if status.next_batch is None:
        return waiting
    if status.mode.kind is ModeKind.OFF_HOURS and not status.held:
        return waiting  # no batch runs off hours, and nothing waits for one (a Saturday)
    when = format_until(status.next_batch, status.now, status.timezone)
    return tr("Status", "next batch {time}").format(time=when) + " · " + waiting


def summary_line(status: Status) -> str:
    """'Focus until 12:00 · next batch 10:00 · 4 waiting': the menu header and the window."""
    return f"{mode_line(status)} · {held_line(status)}"


WAITING_NAMES = 3  # the tooltip names this many clients; the rest are "+N more"


def held_by_line(status: Status) -> str:
    """'ACME GmbH 3 · Unknown senders 1': whose items are held, most first ('' when none)."""
    parts = []
    for client_id, name, count in status.held_by_client[:WAITING_NAMES]:
        shown = tr("Report", "Unknown senders") if client_id == UNKNOWN_CLIENT_ID else name
        parts.append(f"{shown} {count}")
    more = len(status.held_by_client) - WAITING_NAMES
    if more > 0:
        parts.append(tr("Status", "+{count} more").format(count=more))
    return " · ".join(parts)


def tooltip(status: Status) -> str:
    lines = [tr("Status", "Office Hours"), mode_line(status), held_line(status)]
    if held := held_by_line(status):
        lines.append(held)
    return "\n".join(lines)


def waiting_line(title: str) -> str:
    """The tray's first line while a break-through has not been seen yet."""
    return tr("Status", "Emergency waiting: {title}").format(title=title)
