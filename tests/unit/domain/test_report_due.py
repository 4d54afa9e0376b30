"""The Monday-morning "report ready" decision, on a fake clock."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from office_hours.domain.report_due import next_report_due, report_due

TZ = "Europe/Berlin"
BZ = ZoneInfo(TZ)
NINE = time(9, 0)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BZ)


def test_due_on_monday_from_nine_for_the_week_before() -> None:
    assert report_due(at(23, 8, 59), TZ, NINE, "2026-W46") is None  # Monday, too early
    assert report_due(at(23, 9, 0), TZ, NINE, "2026-W46") == "2026-W47"
    assert report_due(at(23, 9, 0), TZ, NINE, None) == "2026-W47"


def test_announced_once_then_quiet_until_next_monday() -> None:
    assert report_due(at(23, 9, 1), TZ, NINE, "2026-W47") is None
    assert report_due(at(29, 23, 59), TZ, NINE, "2026-W47") is None  # Sunday
    assert report_due(at(30, 9, 0), TZ, NINE, "2026-W47") == "2026-W48"


def test_an_app_started_later_in_the_week_still_announces() -> None:
    assert report_due(at(25, 14), TZ, NINE, "2026-W46") == "2026-W47"  # Wednesday


def test_the_monday_is_the_users_not_utcs() -> None:
    # 08:30 UTC on Monday is 09:30 in Berlin but 03:30 in New York.
    utc = datetime(2026, 11, 23, 8, 30, tzinfo=ZoneInfo("UTC"))
    assert report_due(utc, TZ, NINE, "2026-W46") == "2026-W47"
    assert report_due(utc, "America/New_York", NINE, "2026-W46") is None


def test_across_the_new_year_and_a_dst_change() -> None:
    assert report_due(datetime(2027, 1, 4, 9, tzinfo=BZ), TZ, NINE, "2026-W52") == "2026-W53"
    assert report_due(at(26, 10, month=10), TZ, NINE, "2026-W42") == "2026-W43"


def test_next_check_is_the_next_monday_morning() -> None:
    assert next_report_due(at(23, 8), TZ, NINE) == at(23, 9)
    assert next_report_due(at(23, 9), TZ, NINE) == at(30, 9)
    nxt = next_report_due(at(21, 12, month=3), TZ, NINE)  # summer time starts 29 March 2026
    assert nxt == datetime(2026, 3, 23, 9, tzinfo=BZ)
    assert nxt - at(21, 12, month=3) == timedelta(days=1, hours=21)
