"""Office hours as an iCalendar file a client can import or subscribe to.

One weekly recurring event per time range and weekday, in the user's own time zone (TZID
with its VTIMEZONE), so that an occurrence after a daylight-saving change still starts at
09:00 local time. UIDs name the range's place (scope, kind, weekday, index), not its times:
a re-import or a subscription refresh updates an event whose hours changed instead of
adding a second one. Events are transparent: they show when the user is reachable and do
not block the client's own calendar.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from office_hours import __version__
from office_hours.domain.model import TimeRange, WeeklyWindows
from office_hours.domain.schedule import local

if TYPE_CHECKING:
    from icalendar import Calendar

    from office_hours.config import Config
    from office_hours.documents.terms import Translate

_C = "Calendar"
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
REFRESH = timedelta(hours=12)  # keep in step with X-PUBLISHED-TTL below
PRODID = f"-//Office Hours//office-hours {__version__}//EN"
UID_DOMAIN = "office-hours.invalid"  # RFC 2606: names no real host, and is ours alone


def _first_on_or_after(start: date, weekday: int) -> date:
    return start + timedelta(days=(weekday - start.isoweekday()) % 7)


def _occurrences(windows: WeeklyWindows) -> Iterator[tuple[int, int, TimeRange]]:
    for day in range(1, 8):
        for index, r in enumerate(windows.ranges(day)):
            yield day, index, r


def build_calendar(
    config: Config,
    client_id: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> Calendar:
    """The user's business hours, and with `client_id` that client's own contact windows."""
    from icalendar import Calendar, Event

    from office_hours.documents.terms import TermsError, channel_name, unknown_client_message
    from office_hours.i18n import translator

    lang = language or config.language
    try:
        tr: Translate = translator(lang)
    except LookupError as exc:
        raise TermsError(str(exc)) from None
    client = None
    if client_id is not None:
        client = config.client(client_id)
        if client is None:
            raise TermsError(unknown_client_message(config, client_id))
    now = now or datetime.now(UTC)
    tz = ZoneInfo(config.timezone)
    week_start = local(now, config.timezone).date()
    week_start -= timedelta(days=week_start.isoweekday() - 1)  # this week's Monday
    stamp = now.astimezone(UTC).replace(microsecond=0)
    scope = client.client_id if client else "all"
    who = config.user_name or tr(_C, "the contractor")

    cal = Calendar()
    name = (
        tr(_C, "Office hours: {client}").format(client=client.name)
        if client
        else tr(_C, "Office hours")
    )
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)  # RFC 7986
    cal.add("x-wr-calname", name)  # what Google, Apple and Outlook show
    cal.add("x-wr-timezone", config.timezone)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT12H")  # Outlook's and Google's name for the same hint

    def add(kind: str, summary: str, description: str, windows: WeeklyWindows) -> None:
        for day, index, r in _occurrences(windows):
            first = _first_on_or_after(week_start, day)
            start = datetime.combine(first, r.start, tzinfo=tz)
            end_day = first + timedelta(days=1) if r.end.hour == r.end.minute == 0 else first
            event = Event()
            event.add("uid", f"{scope}-{kind}-{BYDAY[day - 1].lower()}-{index}@{UID_DOMAIN}")
            event.add("dtstamp", stamp)
            event.add("dtstart", start)
            event.add("dtend", datetime.combine(end_day, r.end, tzinfo=tz))
            event.add("rrule", {"freq": "weekly", "byday": BYDAY[day - 1]})
            event.add("summary", summary)
            event.add("description", description)
            event.add("transp", "TRANSPARENT")
            event.add("class", "PUBLIC")
            cal.add_component(event)

    add(
        "hours",
        tr(_C, "Office hours (reachable)"),
        tr(_C, "{name} is reachable. Times are in {zone}.").format(name=who, zone=config.timezone),
        config.hours.windows,
    )
    if client is not None:
        for channel, terms in client.terms.channels:
            if terms.windows is None or terms.windows.is_empty:
                continue
            add(
                f"window-{channel.value}",
                tr(_C, "Contact window: {channel}").format(channel=channel_name(channel, tr)),
                tr(_C, "Agreed with {client}: contact by this channel at these times.").format(
                    client=client.name
                ),
                terms.windows,
            )
    # The zone's rules from this week for ten years: a subscription is rebuilt on refresh,
    # and clients look the TZID up in their own zone database first.
    cal.add_missing_timezones(week_start - timedelta(days=7), date(week_start.year + 10, 1, 1))
    return cal


def calendar_bytes(
    config: Config,
    client_id: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> bytes:
    return bytes(build_calendar(config, client_id, language, now).to_ical())
