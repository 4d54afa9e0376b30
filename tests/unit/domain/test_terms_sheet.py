"""The terms sheet states what the policy does: windows with their fallback, the
after-hours rule, marking words the urgency rules really recognise, the zone's offset."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from office_hours.domain.model import (
    AfterHours,
    BusinessHours,
    Channel,
    ChannelTerms,
    Client,
    Terms,
    TimeRange,
    WeeklyWindows,
)
from office_hours.domain.terms_sheet import (
    MARK_WORDS,
    build_terms_sheet,
    mark_words_match,
    offset_text,
)
from office_hours.domain.urgency import UrgencyRules

CALLS = WeeklyWindows(((2, (TimeRange(time(14), time(16)),)),))


def client(after: AfterHours = AfterHours.WITH_SURCHARGE) -> Client:
    return Client(
        "acme",
        "ACME",
        terms=Terms(
            (
                (Channel.CALL, ChannelTerms(CALLS, 4.0)),
                (Channel.EMAIL, ChannelTerms(None, 24.0)),
            ),
            after,
            50.0,
        ),
    )


def test_channels_keep_their_windows_and_fall_back_to_business_hours(
    berlin_hours: BusinessHours,
):
    sheet = build_terms_sheet(
        client(), berlin_hours, UrgencyRules(), (time(10),), datetime(2026, 11, 25, tzinfo=UTC)
    )
    by = {c.channel: c for c in sheet.channels}
    assert [c.channel for c in sheet.channels] == [
        Channel.EMAIL,
        Channel.CHAT,
        Channel.CALL,
        Channel.MEETING,
    ]
    assert by[Channel.CALL].agreed
    assert by[Channel.CALL].windows == CALLS
    assert by[Channel.CALL].response_hours == 4.0
    assert not by[Channel.EMAIL].agreed
    assert by[Channel.EMAIL].windows == berlin_hours.windows
    assert by[Channel.CHAT].response_hours is None
    assert sheet.after_hours is AfterHours.WITH_SURCHARGE
    assert sheet.surcharge_percent == 50.0
    assert sheet.batch_times == (time(10),)


@pytest.mark.parametrize(
    ("now", "offset"),
    [
        (datetime(2026, 1, 15, 12, tzinfo=UTC), "UTC+01:00"),
        (datetime(2026, 7, 15, 12, tzinfo=UTC), "UTC+02:00"),
    ],
)
def test_the_offset_is_the_zone_s_on_that_day(berlin_hours: BusinessHours, now, offset):
    sheet = build_terms_sheet(client(), berlin_hours, UrgencyRules(), (), now)
    assert offset_text(sheet.utc_offset) == offset
    assert sheet.as_of == now.date()


def test_offsets_west_of_greenwich_and_half_hours():
    assert offset_text(timedelta(hours=-3, minutes=-30)) == "UTC−03:30"
    assert offset_text(timedelta(hours=5, minutes=30)) == "UTC+05:30"


def test_every_marking_word_is_recognised_as_urgent():
    assert all(mark_words_match(UrgencyRules()).values()), mark_words_match(UrgencyRules())


def test_marking_words_come_in_the_sheet_s_language_first(berlin_hours: BusinessHours):
    now = datetime(2026, 11, 25, tzinfo=UTC)
    rules = UrgencyRules(words=(*UrgencyRules().words, "prod down"))
    sheet = build_terms_sheet(client(), berlin_hours, rules, (), now, language="th")
    assert sheet.mark_words[:2] == MARK_WORDS["th"]
    assert set(sheet.mark_words) == {w for ws in MARK_WORDS.values() for w in ws}
    assert sheet.extra_words == ("prod down",)  # the built-in stems are not listed
