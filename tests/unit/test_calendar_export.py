"""Office hours as iCalendar, read back with icalendar: weekly rules in the user's zone,
a VTIMEZONE that keeps 09:00 at 09:00 across daylight-saving changes, stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from office_hours.config.load import Config, parse_config
from office_hours.documents.calendar import calendar_bytes
from office_hours.documents.terms import TermsError

NOW = datetime(2026, 2, 10, 12, tzinfo=UTC)  # a Tuesday in winter time
CONFIG = """\
config_version = 1
[general]
timezone = "Europe/Berlin"
name = "Anna Petrova"
[hours]
monday = ["09:00-12:30", "13:30-18:00"]
tuesday = ["09:00-18:00"]
wednesday = []
thursday = []
friday = ["22:00-00:00"]
[[clients]]
id = "acme"
name = "ACME <GmbH>"
[clients.terms.call]
windows = { thursday = ["14:00-16:00"] }
"""


@pytest.fixture
def config() -> Config:
    return parse_config(CONFIG, Path("/nowhere/config.toml"))


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_one_weekly_event_per_range_and_weekday(config: Config):
    cal = parse(calendar_bytes(config, now=NOW))
    assert str(cal["PRODID"]).startswith("-//Office Hours//")
    assert str(cal["VERSION"]) == "2.0"
    assert cal["REFRESH-INTERVAL"].to_ical() == b"PT12H"
    assert str(cal["X-PUBLISHED-TTL"]) == "PT12H"
    events = cal.walk("VEVENT")
    assert len(events) == 4  # Monday twice, Tuesday, Friday
    rules = sorted((e["RRULE"]["BYDAY"][0], e.decoded("DTSTART").time()) for e in events)
    assert rules == [("FR", time(22)), ("MO", time(9)), ("MO", time(13, 30)), ("TU", time(9))]
    for e in events:
        assert e["RRULE"]["FREQ"] == ["WEEKLY"]
        assert e["DTSTART"].params["TZID"] == "Europe/Berlin"
        assert str(e["TRANSP"]) == "TRANSPARENT"
        assert str(e["SUMMARY"]) == "Office hours (reachable)"
    friday = next(e for e in events if e["RRULE"]["BYDAY"] == ["FR"])
    assert friday.decoded("DTEND") - friday.decoded("DTSTART") == timedelta(hours=2)  # to midnight
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_nine_stays_nine_across_both_daylight_saving_changes(config: Config):
    cal = parse(calendar_bytes(config, now=NOW))
    zone = cal.walk("VTIMEZONE")[0].to_tz()  # the file's own zone rules, not the system's
    monday = next(
        e
        for e in cal.walk("VEVENT")
        if e["RRULE"]["BYDAY"] == ["MO"] and e.decoded("DTSTART").hour == 9
    )
    start = monday.decoded("DTSTART").replace(tzinfo=zone)
    rule = rrulestr(monday["RRULE"].to_ical().decode(), dtstart=start)
    # Berlin: summer time from 29 March 2026, winter time again from 25 October 2026.
    before, after_spring, after_autumn = (
        rule.after(datetime(2026, 3, 20, tzinfo=UTC)),
        rule.after(datetime(2026, 3, 30, tzinfo=UTC)),
        rule.after(datetime(2026, 10, 26, tzinfo=UTC)),
    )
    for occurrence in (before, after_spring, after_autumn):
        assert occurrence.time() == time(9), occurrence
    berlin = ZoneInfo("Europe/Berlin")
    assert before.utcoffset() == timedelta(hours=1)
    assert after_spring.utcoffset() == timedelta(hours=2)
    assert after_autumn.utcoffset() == timedelta(hours=1)
    assert after_spring.astimezone(UTC).hour == 7
    assert before.astimezone(UTC).hour == 8
    assert after_spring.astimezone(berlin).hour == 9  # and the system's zone agrees


def test_uids_are_stable_so_a_reimport_updates(config: Config):
    first = parse(calendar_bytes(config, now=NOW))
    later = parse(calendar_bytes(config, now=NOW + timedelta(days=40)))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in later.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    changed = parse_config(CONFIG.replace('"09:00-18:00"', '"10:00-17:00"'), Path("c.toml"))
    moved = {str(e["UID"]): e for e in parse(calendar_bytes(changed, now=NOW)).walk("VEVENT")}
    tuesday = next(u for u in uids if "-tu-" in u)
    assert moved[tuesday].decoded("DTSTART").time() == time(10)  # same event, new hours


def test_a_client_s_calendar_adds_its_contact_windows(config: Config):
    cal = parse(calendar_bytes(config, "acme", now=NOW))
    assert str(cal["X-WR-CALNAME"]) == "Office hours: ACME <GmbH>"
    windows = [e for e in cal.walk("VEVENT") if "window" in str(e["UID"])]
    assert len(windows) == 1
    assert windows[0]["RRULE"]["BYDAY"] == ["TH"]
    assert str(windows[0]["SUMMARY"]) == "Contact window: Phone and video calls"
    assert str(windows[0]["UID"]).startswith("acme-window-call-th-0@")


@pytest.mark.parametrize(
    ("lang", "summary"), [("ru", "Рабочее время (на связи)"), ("th", "เวลาทำการ (ติดต่อได้)")]
)
def test_the_calendar_speaks_the_document_language(config: Config, lang: str, summary: str):
    cal = parse(calendar_bytes(config, language=lang, now=NOW))
    assert {str(e["SUMMARY"]) for e in cal.walk("VEVENT")} == {summary}


def test_an_unknown_client_is_named(config: Config):
    with pytest.raises(TermsError, match=r"no client 'acm'.*did you mean 'acme'"):
        calendar_bytes(config, "acm")
