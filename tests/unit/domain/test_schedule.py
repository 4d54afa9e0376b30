"""Business hours, windows and mode transitions in the user's IANA zone, including DST days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from office_hours.domain.model import (
    BusinessHours,
    ModeKind,
    ModeSetting,
    TimeRange,
    WeeklyWindows,
)
from office_hours.domain.schedule import (
    effective_mode,
    in_windows,
    is_business_hours,
    iso_week_bounds,
    iso_week_of,
    manual_end,
    next_change,
    next_open,
    parse_clock,
    parse_duration,
    resolve_until,
    scheduled_mode,
    wall_to_instant,
)

BERLIN = "Europe/Berlin"
BZ = ZoneInfo(BERLIN)


def berlin(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BZ)


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def sunday_only(*ranges: tuple[time, time]) -> WeeklyWindows:
    return WeeklyWindows(((7, tuple(TimeRange(a, b) for a, b in ranges)),))


# -- wall_to_instant ---------------------------------------------------------------------------


def test_wall_to_instant_ordinary_day() -> None:
    got = wall_to_instant(date(2026, 11, 16), time(9), BERLIN)
    assert got == utc(2026, 11, 16, 8)
    assert got.utcoffset() == timedelta(hours=1)


def test_wall_to_instant_skipped_time_goes_to_end_of_gap() -> None:
    # Europe/Berlin 2026-03-29: 02:00 CET -> 03:00 CEST; 02:30 never shows on the clock.
    got = wall_to_instant(date(2026, 3, 29), time(2, 30), BERLIN)
    assert got == utc(2026, 3, 29, 1, 0)
    assert (got.hour, got.minute) == (3, 0)
    assert got.utcoffset() == timedelta(hours=2)


def test_wall_to_instant_repeated_time_is_first_pass() -> None:
    # 2026-10-25: 03:00 CEST -> 02:00 CET, so 02:30 happens twice; the first is CEST.
    got = wall_to_instant(date(2026, 10, 25), time(2, 30), BERLIN)
    # (an instant in the repeated hour never compares == across zones: compare in UTC)
    assert got.astimezone(UTC) == utc(2026, 10, 25, 0, 30)
    assert got.utcoffset() == timedelta(hours=2)


def test_wall_to_instant_half_hour_dst_shift_lord_howe() -> None:
    # Lord Howe Island moves 02:00 -> 02:30 (+10:30 -> +11:00) on 2026-10-04.
    got = wall_to_instant(date(2026, 10, 4), time(2, 15), "Australia/Lord_Howe")
    assert got == datetime(2026, 10, 3, 15, 30, tzinfo=UTC)
    assert (got.hour, got.minute) == (2, 30)


def test_wall_to_instant_new_york_gap() -> None:
    # America/New_York 2026-03-08: 02:00 EST -> 03:00 EDT.
    got = wall_to_instant(date(2026, 3, 8), time(2, 30), "America/New_York")
    assert got == utc(2026, 3, 8, 7, 0)


# -- in_windows / is_business_hours ------------------------------------------------------------


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        (berlin(2026, 11, 16, 8, 59), False),
        (berlin(2026, 11, 16, 9, 0), True),  # start is inside
        (berlin(2026, 11, 16, 17, 59), True),
        (berlin(2026, 11, 16, 18, 0), False),  # end is outside
        (berlin(2026, 11, 21, 12, 0), False),  # Saturday
        (utc(2026, 11, 16, 8, 0), True),  # 09:00 in Berlin
        (utc(2026, 11, 16, 7, 59), False),
        (datetime(2026, 11, 16, 15, 0, tzinfo=ZoneInfo("Asia/Bangkok")), True),  # 09:00 Berlin
    ],
)
def test_is_business_hours(berlin_hours: BusinessHours, instant: datetime, expected: bool) -> None:
    assert is_business_hours(instant, berlin_hours) is expected
    assert scheduled_mode(instant, berlin_hours) is (
        ModeKind.REACHABLE if expected else ModeKind.OFF_HOURS
    )


def test_range_ending_at_midnight_covers_the_evening() -> None:
    windows = WeeklyWindows(((1, (TimeRange(time(20), time(0)),)),))
    assert in_windows(berlin(2026, 11, 16, 23, 59), windows, BERLIN)
    assert not in_windows(berlin(2026, 11, 16, 19, 59), windows, BERLIN)
    assert not in_windows(berlin(2026, 11, 17, 0, 0), windows, BERLIN)  # Tuesday


def test_naive_now_is_refused(berlin_hours: BusinessHours) -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        is_business_hours(datetime(2026, 11, 16, 10), berlin_hours)


# -- next_open / next_change -------------------------------------------------------------------


def test_next_open_is_now_when_open(office_week: WeeklyWindows) -> None:
    now = utc(2026, 11, 16, 10)
    got = next_open(now, office_week, BERLIN)
    assert got == now
    assert got is not None
    assert got.tzinfo is not None


def test_next_open_from_friday_evening_is_monday_morning(office_week: WeeklyWindows) -> None:
    got = next_open(berlin(2026, 11, 20, 18, 0), office_week, BERLIN)
    assert got == berlin(2026, 11, 23, 9, 0)


def test_next_open_for_a_range_on_one_weekday_only() -> None:
    # Only Mondays 09:00-10:00; on Monday at 10:30 the next opening is a week later.
    windows = WeeklyWindows(((1, (TimeRange(time(9), time(10)),)),))
    now = berlin(2026, 11, 16, 10, 30)
    assert next_open(now, windows, BERLIN) == berlin(2026, 11, 23, 9, 0)
    assert next_change(now, windows, BERLIN) == berlin(2026, 11, 23, 9, 0)


def test_next_open_and_change_without_any_hours() -> None:
    assert next_open(utc(2026, 11, 16), WeeklyWindows(), BERLIN) is None
    assert next_change(utc(2026, 11, 16), WeeklyWindows(), BERLIN) is None


def test_next_change_closing_time(office_week: WeeklyWindows) -> None:
    assert next_change(berlin(2026, 11, 16, 10), office_week, BERLIN) == berlin(2026, 11, 16, 18)


def test_next_change_skips_a_join_between_adjacent_ranges() -> None:
    day = (TimeRange(time(9), time(12)), TimeRange(time(12), time(18)))
    windows = WeeklyWindows(((1, day),))
    assert next_change(berlin(2026, 11, 16, 10), windows, BERLIN) == berlin(2026, 11, 16, 18)


def test_next_change_lunch_break() -> None:
    day = (TimeRange(time(9), time(12, 30)), TimeRange(time(13, 30), time(18)))
    windows = WeeklyWindows(((1, day),))
    assert next_change(berlin(2026, 11, 16, 10), windows, BERLIN) == berlin(2026, 11, 16, 12, 30)
    assert next_change(berlin(2026, 11, 16, 12, 30), windows, BERLIN) == berlin(
        2026, 11, 16, 13, 30
    )


def test_next_change_none_when_always_open() -> None:
    always = WeeklyWindows(tuple((d, (TimeRange(time(0), time(0)),)) for d in range(1, 8)))
    assert in_windows(utc(2026, 3, 29, 1, 30), always, BERLIN)
    assert next_change(utc(2026, 3, 29, 1, 30), always, BERLIN) is None


def test_business_hours_spanning_spring_forward() -> None:
    # Sunday 01:00-05:00 on the day 02:00 becomes 03:00: open three real hours, not four.
    windows = sunday_only((time(1), time(5)))
    opens = next_open(berlin(2026, 3, 29, 0, 30), windows, BERLIN)
    assert opens == utc(2026, 3, 29, 0, 0)
    closes = next_change(opens, windows, BERLIN)
    assert closes == utc(2026, 3, 29, 3, 0)
    assert closes.timestamp() - opens.timestamp() == 3 * 3600


def test_business_hours_spanning_fall_back() -> None:
    # Sunday 01:00-05:00 on the day 03:00 becomes 02:00 again: open five real hours.
    windows = sunday_only((time(1), time(5)))
    opens = next_open(berlin(2026, 10, 25, 0, 30), windows, BERLIN)
    assert opens == utc(2026, 10, 24, 23, 0)
    # Inside the repeated hour (second pass, CET) it is still open.
    assert in_windows(utc(2026, 10, 25, 1, 30), windows, BERLIN)
    closes = next_change(opens, windows, BERLIN)
    assert closes == utc(2026, 10, 25, 4, 0)
    assert closes.timestamp() - opens.timestamp() == 5 * 3600


def test_range_starting_in_the_skipped_hour_opens_at_end_of_gap() -> None:
    windows = sunday_only((time(2, 30), time(4)))
    opens = next_open(berlin(2026, 3, 29, 0, 30), windows, BERLIN)
    assert opens == utc(2026, 3, 29, 1, 0)  # 03:00 CEST
    assert in_windows(opens, windows, BERLIN)
    # (arithmetic within one zone is wall-clock arithmetic: step back in UTC)
    assert not in_windows(opens.astimezone(UTC) - timedelta(seconds=1), windows, BERLIN)


def test_range_ending_in_the_skipped_hour_closes_at_end_of_gap() -> None:
    windows = sunday_only((time(1), time(2, 30)))
    closes = next_change(berlin(2026, 3, 29, 1, 30), windows, BERLIN)
    assert closes == utc(2026, 3, 29, 1, 0)


def test_range_ending_in_the_repeated_hour_reopens_on_second_pass() -> None:
    # 01:00-02:30 on 2026-10-25: the wall clock shows 02:00-02:30 twice, so the range is
    # open 01:00-02:30 CEST, closed until the clocks go back, open 02:00-02:30 CET again.
    windows = sunday_only((time(1), time(2, 30)))
    changes = []
    at = utc(2026, 10, 24, 23, 15)
    for _ in range(3):
        nxt = next_change(at, windows, BERLIN)
        assert nxt is not None
        changes.append(nxt.astimezone(UTC))
        at = nxt
    assert changes == [utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 0), utc(2026, 10, 25, 1, 30)]


# -- effective_mode ----------------------------------------------------------------------------


def test_schedule_gives_reachable_until_closing(berlin_hours: BusinessHours) -> None:
    mode = effective_mode(ModeSetting(None), berlin_hours, berlin(2026, 11, 16, 10))
    assert mode.kind is ModeKind.REACHABLE
    assert mode.until == berlin(2026, 11, 16, 18)
    assert not mode.manual
    assert mode.in_business_hours


def test_schedule_gives_off_hours_until_monday(berlin_hours: BusinessHours) -> None:
    mode = effective_mode(ModeSetting(None), berlin_hours, berlin(2026, 11, 21, 11))
    assert mode.kind is ModeKind.OFF_HOURS
    assert mode.until == berlin(2026, 11, 23, 9)
    assert not mode.in_business_hours


def test_timed_focus_then_back_to_schedule(berlin_hours: BusinessHours) -> None:
    setting = ModeSetting(ModeKind.FOCUS, berlin(2026, 11, 16, 11), berlin(2026, 11, 16, 10))
    during = effective_mode(setting, berlin_hours, berlin(2026, 11, 16, 10, 59))
    assert (during.kind, during.until, during.manual) == (
        ModeKind.FOCUS,
        berlin(2026, 11, 16, 11),
        True,
    )
    after = effective_mode(setting, berlin_hours, berlin(2026, 11, 16, 11))
    assert (after.kind, after.manual) == (ModeKind.REACHABLE, False)


def test_open_focus_lasts_until_turned_off(berlin_hours: BusinessHours) -> None:
    setting = ModeSetting(ModeKind.FOCUS, None, berlin(2026, 11, 16, 10))
    mode = effective_mode(setting, berlin_hours, berlin(2026, 11, 19, 3))
    assert (mode.kind, mode.until, mode.manual) == (ModeKind.FOCUS, None, True)
    assert manual_end(setting, berlin_hours) is None


def test_manual_off_hours_lasts_until_the_schedule_changes(berlin_hours: BusinessHours) -> None:
    setting = ModeSetting(ModeKind.OFF_HOURS, None, berlin(2026, 11, 16, 15))
    assert manual_end(setting, berlin_hours) == berlin(2026, 11, 16, 18)
    during = effective_mode(setting, berlin_hours, berlin(2026, 11, 16, 17))
    assert (during.kind, during.manual, during.in_business_hours) == (
        ModeKind.OFF_HOURS,
        True,
        True,
    )
    # The evening is off hours anyway, by the schedule, until Tuesday 09:00.
    later = effective_mode(setting, berlin_hours, berlin(2026, 11, 16, 19))
    assert (later.kind, later.manual, later.until) == (
        ModeKind.OFF_HOURS,
        False,
        berlin(2026, 11, 17, 9),
    )


def test_effective_mode_refuses_naive_now(berlin_hours: BusinessHours) -> None:
    with pytest.raises(ValueError, match="now"):
        effective_mode(ModeSetting(None), berlin_hours, datetime(2026, 11, 16, 10))


# -- resolve_until / parse_clock / parse_duration ---------------------------------------------


def test_resolve_until_today_or_tomorrow() -> None:
    assert resolve_until("14:00", utc(2026, 11, 16, 9), BERLIN) == berlin(2026, 11, 16, 14)
    assert resolve_until("14:00", utc(2026, 11, 16, 13), BERLIN) == berlin(2026, 11, 17, 14)
    # Exactly now is not "still ahead".
    assert resolve_until("14:00", berlin(2026, 11, 16, 14), BERLIN) == berlin(2026, 11, 17, 14)


def test_resolve_until_into_the_skipped_hour() -> None:
    got = resolve_until("02:30", berlin(2026, 3, 28, 23), BERLIN)
    assert got == utc(2026, 3, 29, 1, 0)
    assert got > berlin(2026, 3, 28, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:00", time(9)),
        ("09:00", time(9)),
        (" 14:30 ", time(14, 30)),
        ("24:00", time(0)),
        ("00:00", time(0)),
        ("23:59", time(23, 59)),
    ],
)
def test_parse_clock(text: str, expected: time) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "14", "14:0", "14:000", "24:01", "25:00", "12:60", "ab:cd", "-1:00", "14.00", "14:00:00"],
)
def test_parse_clock_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="is not a time of day"):
        parse_clock(text)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("25m", 25),
        ("90m", 90),
        ("1h", 60),
        ("1h30m", 90),
        ("2H", 120),
        ("45", 45),
        ("168h", 7 * 24 * 60),
    ],
)
def test_parse_duration(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "0m", "0", "-5m", "m", "1h30", "1 h", "1.5h", "169h", "abc"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match=r"duration|between"):
        parse_duration(text)


# -- ISO weeks ---------------------------------------------------------------------------------


def test_iso_week_bounds_in_user_zone() -> None:
    start, end = iso_week_bounds("2026-W47", BERLIN)
    assert start == berlin(2026, 11, 16)
    assert end == berlin(2026, 11, 23)
    assert start.astimezone(UTC) == utc(2026, 11, 15, 23)


def test_iso_week_with_spring_forward_has_167_hours() -> None:
    start, end = iso_week_bounds("2026-w13", BERLIN)
    assert end.timestamp() - start.timestamp() == 167 * 3600


@pytest.mark.parametrize("week", ["2026-47", "2026-W54", "W47", "", "2026-Wxx"])
def test_iso_week_bounds_rejects(week: str) -> None:
    with pytest.raises(ValueError, match="is not an ISO week"):
        iso_week_bounds(week, BERLIN)


@pytest.mark.parametrize(
    ("instant", "tz", "week"),
    [
        (utc(2026, 11, 15, 23, 30), BERLIN, "2026-W47"),  # Monday 00:30 in Berlin
        (utc(2026, 11, 15, 23, 30), "UTC", "2026-W46"),  # still Sunday in UTC
        (utc(2027, 1, 1, 12), BERLIN, "2026-W53"),
        (utc(2026, 11, 16, 4, 30), "America/New_York", "2026-W46"),  # Sunday 23:30 in New York
    ],
)
def test_iso_week_of(instant: datetime, tz: str, week: str) -> None:
    assert iso_week_of(instant, tz) == week
