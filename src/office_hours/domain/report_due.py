"""When to say "last week's report is ready": Monday morning, once per week. Pure: `now` is
a parameter, so tests run whole weeks with a fake clock."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from office_hours.domain.schedule import local, wall_to_instant


def report_due(now: datetime, tz: str, at: time, last_announced: str | None) -> str | None:
    """The ISO week to announce now, or None.

    From Monday `at` (local) the week before is due; it stays due (an app started on
    Tuesday still says so) until announced once. Weeks already announced, or older than the
    last one announced, are never announced again.
    """
    here = local(now, tz)
    monday = here.date() - timedelta(days=here.weekday())
    if now < wall_to_instant(monday, at, tz):
        monday -= timedelta(days=7)  # before this Monday's time: last Monday's week is due
    year, number, _ = (monday - timedelta(days=7)).isocalendar()
    week = f"{year}-W{number:02d}"
    if last_announced is not None and last_announced >= week:
        return None
    return week


def next_report_due(now: datetime, tz: str, at: time) -> datetime:
    """The next Monday `at` (local) after `now`: when to look again."""
    here = local(now, tz)
    monday = here.date() - timedelta(days=here.weekday())
    due = wall_to_instant(monday, at, tz)
    while due <= now:
        monday += timedelta(days=7)
        due = wall_to_instant(monday, at, tz)
    return due
