"""Property tests: schedules and decisions across zones and DST changes.

Windows are drawn on a quarter-hour grid, and every zone here has offsets in whole quarter
hours, so being inside the windows can only flip on a UTC quarter hour. Checking every
quarter hour between `now` and a returned instant is therefore an exhaustive check that no
flip was missed.
"""

from __future__ import annotations

import math
import os
import time as clock
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from office_hours.domain.model import (
    AfterHours,
    BusinessHours,
    Channel,
    ChannelTerms,
    Client,
    DecisionKind,
    Item,
    ModeKind,
    ModeSetting,
    Terms,
    TimeRange,
    WeeklyWindows,
)
from office_hours.domain.policy import Situation, decide
from office_hours.domain.schedule import (
    effective_mode,
    in_windows,
    is_business_hours,
    iso_week_bounds,
    iso_week_of,
    next_change,
    next_open,
    parse_duration,
    wall_to_instant,
)
from office_hours.domain.urgency import DEFAULT_WORDS, find_urgent_word

ZONES = (
    "Europe/Berlin",
    "America/New_York",
    "Asia/Bangkok",
    "Australia/Lord_Howe",
    "Europe/Moscow",
    "UTC",
)
QUARTER = timedelta(minutes=15)
HORIZON = timedelta(days=9)  # a weekly schedule that changes at all changes within this

PROPS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Each example of these scans up to nine days quarter-hour by quarter-hour.
HEAVY = settings(PROPS, max_examples=100)


def _offset_changes(tz: str, start: datetime, end: datetime) -> Iterator[datetime]:
    """Every UTC instant in [start, end) where the zone's offset changes, to the minute."""
    z = ZoneInfo(tz)
    at = start
    while at < end:
        nxt = at + timedelta(days=1)
        if at.astimezone(z).utcoffset() != nxt.astimezone(z).utcoffset():
            lo, hi = at, nxt
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(z).utcoffset() == nxt.astimezone(z).utcoffset():
                    hi = mid
                else:
                    lo = mid
            yield hi.replace(second=0, microsecond=0)
        at = nxt


DST_PAIRS = tuple(
    (tz, change)
    for tz in ZONES
    for change in _offset_changes(
        tz, datetime(2025, 10, 1, tzinfo=UTC), datetime(2027, 5, 1, tzinfo=UTC)
    )
)
DST_CHANGES = tuple(change for _, change in DST_PAIRS)


def test_the_zones_under_test_do_change_their_clocks() -> None:
    # Guards the strategies below: without DST changes the properties would prove little.
    assert datetime(2026, 3, 29, 1, 0, tzinfo=UTC) in DST_CHANGES  # Berlin spring forward
    assert datetime(2026, 10, 25, 1, 0, tzinfo=UTC) in DST_CHANGES  # Berlin fall back
    assert datetime(2026, 3, 8, 7, 0, tzinfo=UTC) in DST_CHANGES  # New York
    assert datetime(2026, 4, 4, 15, 0, tzinfo=UTC) in DST_CHANGES  # Lord Howe, half an hour
    assert len(DST_CHANGES) >= 9


# -- strategies --------------------------------------------------------------------------------


def _quarter(q: int) -> time:
    return time(0, 0) if q >= 96 else time(q // 4, q % 4 * 15)


# Starts anywhere, with extra weight on the small hours in which clocks change.
_start_q = st.one_of(st.integers(0, 95), st.integers(0, 15))


@st.composite
def time_ranges(draw: st.DrawFn) -> TimeRange:
    start = draw(_start_q)
    end = draw(st.one_of(st.integers(start + 1, 96), st.integers(start + 1, min(start + 12, 96))))
    return TimeRange(_quarter(start), _quarter(end))


weekly_windows = st.dictionaries(
    st.integers(1, 7), st.lists(time_ranges(), min_size=0, max_size=2), max_size=7
).map(lambda d: WeeklyWindows(tuple(sorted((k, tuple(v)) for k, v in d.items()))))

zones = st.sampled_from(ZONES)

_anywhere = st.datetimes(
    min_value=datetime(2025, 11, 1), max_value=datetime(2027, 4, 1), timezones=st.just(UTC)
)
_near_dst = st.builds(
    lambda change, seconds: change + timedelta(seconds=seconds),
    st.sampled_from(DST_CHANGES),
    st.integers(-3 * 86400, 3 * 86400),
)
# `now` in UTC or any zone: the machine's or the caller's zone must not matter.
instants = st.tuples(st.one_of(_anywhere, _near_dst), st.sampled_from((*ZONES, None))).map(
    lambda p: p[0] if p[1] is None else p[0].astimezone(ZoneInfo(p[1]))
)


def quarters_between(start: datetime, end: datetime) -> Iterator[datetime]:
    """UTC quarter hours q with start <= q < end (start itself included)."""
    start_utc = start.astimezone(UTC)
    yield start_utc
    minutes = math.floor(start_utc.timestamp() / 900) * 900
    at = datetime.fromtimestamp(minutes, UTC) + QUARTER
    end_utc = end.astimezone(UTC)
    while at < end_utc:
        yield at
        at += QUARTER


def assert_aware(value: datetime) -> None:
    assert value.tzinfo is not None
    assert value.utcoffset() is not None


# -- schedule properties -----------------------------------------------------------------------


@HEAVY
@given(tz=zones, windows=weekly_windows, now=instants)
def test_next_change_is_the_first_flip(tz: str, windows: WeeklyWindows, now: datetime) -> None:
    inside = in_windows(now, windows, tz)
    changed = next_change(now, windows, tz)
    if changed is None:
        for q in quarters_between(now, now + HORIZON):
            assert in_windows(q, windows, tz) is inside
        return
    assert_aware(changed)
    assert changed.timestamp() > now.timestamp()
    assert changed.astimezone(UTC) - now.astimezone(UTC) <= HORIZON
    assert in_windows(changed, windows, tz) is not inside
    for q in quarters_between(now, changed):
        assert in_windows(q, windows, tz) is inside


@HEAVY
@given(tz=zones, windows=weekly_windows, now=instants)
def test_next_open_is_the_first_open_instant(
    tz: str, windows: WeeklyWindows, now: datetime
) -> None:
    opened = next_open(now, windows, tz)
    if in_windows(now, windows, tz):
        assert opened is not None
        assert opened.timestamp() == now.timestamp()
        return
    if opened is None:
        for q in quarters_between(now, now + timedelta(days=15)):
            assert not in_windows(q, windows, tz)
        return
    assert_aware(opened)
    assert opened.timestamp() > now.timestamp()
    assert in_windows(opened, windows, tz)
    for q in quarters_between(now, opened):
        assert not in_windows(q, windows, tz)


@HEAVY
@given(tz=zones, windows=weekly_windows, now=instants)
def test_effective_mode_follows_business_hours(
    tz: str, windows: WeeklyWindows, now: datetime
) -> None:
    hours = BusinessHours(tz, windows)
    mode = effective_mode(ModeSetting(None), hours, now)
    assert not mode.manual
    assert mode.in_business_hours is is_business_hours(now, hours)
    assert mode.kind is (ModeKind.REACHABLE if mode.in_business_hours else ModeKind.OFF_HOURS)
    if mode.until is not None:
        assert_aware(mode.until)
        assert mode.until.timestamp() > now.timestamp()
        after = effective_mode(ModeSetting(None), hours, mode.until)
        assert after.kind is not mode.kind


@HEAVY
@given(
    tz=zones,
    windows=weekly_windows,
    now=instants,
    focus_minutes=st.integers(1, 600),
    later_minutes=st.integers(0, 1200),
)
def test_timed_focus_then_schedule(
    tz: str, windows: WeeklyWindows, now: datetime, focus_minutes: int, later_minutes: int
) -> None:
    hours = BusinessHours(tz, windows)
    until = now.astimezone(UTC) + timedelta(minutes=focus_minutes)
    setting = ModeSetting(ModeKind.FOCUS, until, now)
    at = now.astimezone(UTC) + timedelta(minutes=later_minutes)
    mode = effective_mode(setting, hours, at)
    if at < until:
        assert (mode.kind, mode.manual) == (ModeKind.FOCUS, True)
        assert mode.until is not None
        assert mode.until.timestamp() == until.timestamp()
    else:
        assert not mode.manual
        assert mode.kind is effective_mode(ModeSetting(None), hours, at).kind


# A zone and a day, often the day of one of its DST changes.
zone_days = st.one_of(
    st.tuples(zones, st.dates(date(2025, 11, 1), date(2027, 4, 1))),
    st.sampled_from(DST_PAIRS).map(lambda p: (p[0], p[1].astimezone(ZoneInfo(p[0])).date())),
)


@PROPS
@given(zone_day=zone_days, q=_start_q)
def test_wall_to_instant_is_real_and_first(zone_day: tuple[str, date], q: int) -> None:
    tz, day = zone_day
    z = ZoneInfo(tz)
    wall = datetime.combine(day, _quarter(q))
    got = wall_to_instant(day, _quarter(q), tz)
    assert_aware(got)

    def shown(seconds_earlier: int) -> datetime:
        at = got.astimezone(UTC) - timedelta(seconds=seconds_earlier)
        return at.astimezone(z).replace(tzinfo=None)

    if shown(0) == wall:
        # The first pass: half an hour or an hour earlier (a DST shift) it showed another time.
        assert shown(1800) != wall
        assert shown(3600) != wall
    else:
        # Skipped by DST: the end of the gap, the first instant showing a later time.
        assert shown(0) > wall
        assert shown(1) < wall
        assert got.astimezone(UTC) in DST_CHANGES


@PROPS
@given(tz=zones, now=instants)
def test_iso_week_contains_now(tz: str, now: datetime) -> None:
    start, end = iso_week_bounds(iso_week_of(now, tz), tz)
    assert start.timestamp() <= now.timestamp() < end.timestamp()
    hours = (end.timestamp() - start.timestamp()) / 3600
    assert 167 <= hours <= 169


@PROPS
@given(hours=st.integers(0, 167), minutes=st.integers(0, 59))
def test_parse_duration_hours_and_minutes(hours: int, minutes: int) -> None:
    assume(hours or minutes)
    text = (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes else "")
    assert parse_duration(text) == timedelta(hours=hours, minutes=minutes)


# -- urgency -----------------------------------------------------------------------------------

_filler = st.text(
    alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd", "Zs")), max_size=20
)


@PROPS
@given(
    word=st.sampled_from(DEFAULT_WORDS),
    before=_filler,
    after=_filler,
    case=st.sampled_from((str.upper, str.lower, str.title, str)),
    bang=st.sampled_from(("", "!!!", "?", ".", ":")),
)
def test_every_default_word_is_found_in_any_case(
    word: str, before: str, after: str, case: Callable[[str], str], bang: str
) -> None:
    text = f"{before} {case(word)}{bang} {after}"
    assert find_urgent_word(text, DEFAULT_WORDS) is not None


# -- decisions ---------------------------------------------------------------------------------

CALLS = WeeklyWindows(((2, (TimeRange(time(14), time(16)),)),))


@st.composite
def cases(draw: st.DrawFn) -> tuple[Item, Client | None, Situation, datetime]:
    tz = draw(zones)
    hours = BusinessHours(tz, draw(weekly_windows))
    received = draw(instants)
    now = received + timedelta(seconds=draw(st.integers(0, 3 * 86400)))
    rule = draw(st.sampled_from(AfterHours))
    terms = Terms(((Channel.CALL, ChannelTerms(CALLS)),), rule, 25.0)
    client = draw(st.sampled_from((None, Client("acme", "Acme", ("*@acme.com",), terms=terms))))
    subject = draw(st.sampled_from(("Invoice", "URGENT", "Сайт не работает", "ด่วน", "Hello")))
    channel = draw(st.sampled_from(Channel))
    item = Item("prop", "1", channel, "bob@acme.com", subject, received)
    setting = draw(
        st.sampled_from(
            (
                ModeSetting(None),
                ModeSetting(ModeKind.FOCUS, None, received),
                ModeSetting(ModeKind.FOCUS, now + timedelta(minutes=50), received),
                ModeSetting(ModeKind.OFF_HOURS, None, received),
                ModeSetting(ModeKind.REACHABLE, None, received),
            )
        )
    )
    recent = draw(
        st.lists(st.integers(0, 40 * 60).map(lambda s: received - timedelta(seconds=s)), max_size=3)
    )
    situation = Situation(effective_mode(setting, hours, now), hours, recent_contacts=recent)
    return item, client, situation, now


@HEAVY
@given(case=cases())
def test_decision_kinds_follow_the_mode(
    case: tuple[Item, Client | None, Situation, datetime],
) -> None:
    item, client, situation, now = case
    d = decide(item, client, situation, now)
    text = str(d.reason)
    assert text
    assert "{" not in text
    kind = situation.mode.kind
    if kind is ModeKind.REACHABLE:
        assert d.kind is DecisionKind.DELIVER
    elif kind is ModeKind.FOCUS:
        assert d.kind is (DecisionKind.BREAK_THROUGH if d.urgent else DecisionKind.HOLD)
    else:
        assert d.kind in (DecisionKind.BREAK_THROUGH, DecisionKind.HOLD_UNTIL_BUSINESS_HOURS)
        if client is not None and client.terms.after_hours is AfterHours.NEVER:
            assert d.kind is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
        if d.kind is DecisionKind.BREAK_THROUGH:
            assert d.urgent or d.surcharge
    assert d.after_hours is not is_business_hours(item.received_at, situation.hours)
    if d.after_hours:
        assert d.outside_terms


# -- nothing depends on the machine's own time zone --------------------------------------------

MACHINE_ZONES = ("UTC", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu", "Europe/Berlin")


@pytest.fixture
def restore_machine_zone() -> Iterator[None]:
    saved = os.environ.get("TZ")
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    clock.tzset()


@pytest.mark.skipif(not hasattr(clock, "tzset"), reason="time.tzset is POSIX only")
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=st.lists(cases(), min_size=1, max_size=5))
def test_decisions_do_not_depend_on_the_machine_zone(
    restore_machine_zone: None,
    batch: list[tuple[Item, Client | None, Situation, datetime]],
) -> None:
    def run() -> list[object]:
        out: list[object] = []
        for item, client, situation, now in batch:
            hours = situation.hours
            out.append(decide(item, client, situation, now))
            mode = effective_mode(ModeSetting(None), hours, now)
            out.append((mode.kind, mode.until and mode.until.timestamp()))
            opened = next_open(now, hours.windows, hours.timezone)
            out.append(opened and opened.isoformat())
            out.append(iso_week_of(now, hours.timezone))
        return out

    results = []
    for machine_zone in MACHINE_ZONES:
        os.environ["TZ"] = machine_zone
        clock.tzset()
        results.append(run())
    assert clock.strftime("%Z", clock.localtime(0)) != ""  # the zone really was switched
    assert all(r == results[0] for r in results[1:])
