"""The weekly report against real freelancers' stories (see DESIGN.md, "Who uses it").

Each test builds the rows such a week leaves in the store and checks the suggestion, the
numbers that triggered it and the drafted message.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from office_hours.domain.model import (
    AfterHours,
    BusinessHours,
    Channel,
    ChannelTerms,
    Client,
    DecisionKind,
    Terms,
    TimeRange,
    WeeklyWindows,
)
from office_hours.domain.report import (
    ClientWeek,
    ContactRow,
    ReportSettings,
    WeeklyReport,
    build_report,
)
from office_hours.domain.schedule import hour_scale, iso_week_bounds

TZ = "Europe/Berlin"
BZ = ZoneInfo(TZ)
WEEK = "2026-W47"  # Monday 2026-11-16 .. Sunday 2026-11-22
HOURS = BusinessHours(
    TZ, WeeklyWindows(tuple((d, (TimeRange(time(9), time(18)),)) for d in range(1, 6)))
)
TUE_THU_CALLS = WeeklyWindows(
    ((2, (TimeRange(time(14), time(15)),)), (4, (TimeRange(time(14), time(15)),)))
)
CALL_TERMS = Terms(channels=((Channel.CALL, ChannelTerms(TUE_THU_CALLS)),))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BZ)


def contact(
    cid: str,
    when: datetime,
    channel: Channel = Channel.EMAIL,
    decision: DecisionKind = DecisionKind.DELIVER,
    *,
    after_hours: bool = False,
    outside_terms: bool = False,
    not_urgent: bool = False,
) -> ContactRow:
    return ContactRow(cid, channel, when, decision, after_hours, outside_terms, not_urgent)


def report(
    clients: list[Client], rows: list[ContactRow], settings: ReportSettings | None = None
) -> WeeklyReport:
    return build_report(WEEK, rows, [], clients, HOURS, settings or ReportSettings())


def of(rep: WeeklyReport, cid: str) -> ClientWeek:
    (week,) = [c for c in rep.clients if c.client_id == cid]
    return week


def rules(week: ClientWeek) -> list[str]:
    return [s.rule for s in week.suggestions]


def manager_calls(first_monday: int) -> list[ContactRow]:
    """Six or seven calls a day "to check in", Monday to Friday, none in the call windows."""
    rows = []
    for weekday in range(5):
        per_day = 7 if weekday % 2 == 0 else 6
        for k in range(per_day):
            when = at(first_monday + weekday, 9, 10) + timedelta(minutes=70 * k)
            rows.append(contact("ngo", when, Channel.CALL, outside_terms=True))
    return rows


def test_manager_calling_six_or_seven_times_a_day_gets_scheduled_calls() -> None:
    ngo = Client("ngo", "Open Fields e.V.", rate=70.0, billed_hours_per_week=30.0, terms=CALL_TERMS)
    rows = manager_calls(9) + manager_calls(16)  # weeks 46 and 47
    week = of(report([ngo], rows), "ngo")
    assert week.contacts == week.ad_hoc_calls == 33
    assert week.by_channel == {"call": 33}
    assert [p.ad_hoc_calls for p in week.trend] == [0, 0, 0, 33]
    assert [p.week for p in week.trend] == ["2026-W43", "2026-W44", "2026-W45", "2026-W46"]
    (s,) = [s for s in week.suggestions if s.rule == "propose_scheduled_calls"]
    assert str(s.title) == "Propose two scheduled calls a week"  # 33 >= 2 x threshold 5
    assert dict(s.numbers) == {
        "ad_hoc_calls": 33,
        "threshold": 5,
        "busiest_day_calls": 7,
        "previous_weeks_ad_hoc_calls": [0, 0, 0, 33],
    }
    assert str(s.message) == (
        "Hi Open Fields e.V., this week we spoke 33 times without a plan. To give your "
        "questions my full attention, could we collect them for two scheduled calls a week? "
        "I can offer Tuesday at 14:00 and Thursday at 14:00. Ad-hoc calls stay possible for "
        "real emergencies."
    )
    # The calls are the client's own terms broken, every time: windows are proposed too.
    assert "contact_windows" in rules(week)
    # 33 calls x 15 min refocus = 8.25 h unbilled: 70 x 30 / 38.25 = 54.90/h, a raise too.
    assert week.effective_rate == pytest.approx(2100 / 38.25)
    assert "raise_rate" in rules(week)
    # Two weeks are not yet "weeks later": no relationship review.
    assert "review_relationship" not in rules(week)


def test_weekend_password_calls_lead_to_an_after_hours_plan() -> None:
    terms = Terms(after_hours=AfterHours.WITH_SURCHARGE, surcharge_percent=30.0)
    shop = Client("shop", "Bakery Online", rate=60.0, billed_hours_per_week=15.0, terms=terms)
    held = DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    rows = [
        # "I forgot my password" on Saturday and Sunday: held until Monday by the policy.
        contact("shop", at(21, 10, 12), Channel.CALL, held, after_hours=True, outside_terms=True),
        contact("shop", at(21, 16, 40), Channel.CALL, held, after_hours=True, outside_terms=True),
        contact("shop", at(22, 11, 5), Channel.CALL, held, after_hours=True, outside_terms=True),
        # The third call in 20 minutes broke through; the user marked it "not urgent".
        contact(
            "shop",
            at(22, 11, 20),
            Channel.CALL,
            DecisionKind.BREAK_THROUGH,
            after_hours=True,
            outside_terms=True,
            not_urgent=True,
        ),
        contact("shop", at(17, 10)),  # an ordinary Tuesday mail
    ]
    week = of(report([shop], rows), "shop")
    assert (week.contacts, week.after_hours, week.weekend) == (5, 4, 4)
    assert (week.held, week.breakthroughs, week.not_urgent) == (3, 1, 1)
    assert week.not_urgent_share == 1.0
    (s,) = [s for s in week.suggestions if s.rule == "after_hours_plan"]
    assert dict(s.numbers) == {
        "after_hours_non_urgent": 4,
        "weekend": 4,
        "threshold": 3,
        "surcharge_percent": 30.0,  # the client's own terms
    }
    assert str(s.message).startswith(
        "Hi Bakery Online, this week 4 requests reached me after hours that could have waited "
        "until the next business day (4 contacts in all came at the weekend). If you need me "
        "after hours, I can offer a support plan with a 30% surcharge"
    )
    assert week.per_day[5] == (0, 0, 2, 0)  # Saturday: two calls
    assert week.per_day[6] == (0, 0, 2, 0)
    assert week.hours[5 * 24 + 10] == 1  # Saturday 10:00-11:00


def test_effective_rate_below_target_raises_by_the_computed_percentage() -> None:
    # 75/h for 12 billed hours = 900 a week. 24 mails and chats x 15 min = 6 h unbilled.
    # Effective: 900 / 18 = 50/h. Target 80/h: the rate that earns 80/h over 18 h is
    # 80 x 18 / 12 = 120/h, i.e. +60 %.
    studio = Client("studio", "Studio Nord", rate=75.0, billed_hours_per_week=12.0)
    rows = [contact("studio", at(16 + i % 5, 9 + i // 5)) for i in range(24)]
    week = of(report([studio], rows, ReportSettings(target_rate=80.0)), "studio")
    assert week.time_cost_minutes == 360.0
    assert week.effective_rate == pytest.approx(50.0)
    assert week.target_rate == 80.0
    (s,) = week.suggestions
    assert s.rule == "raise_rate"
    assert dict(s.numbers) == {
        "effective_rate": 50.0,
        "target_rate": 80.0,
        "nominal_rate": 75.0,
        "unbilled_hours": 6.0,
        "percent": 60,
        "new_rate": 120.0,
    }
    assert str(s.title) == "Raise the rate by 60%"
    assert "my rate will be 120 per hour" in str(s.message)


def test_calm_client_gets_no_suggestion_and_says_why() -> None:
    calm = Client("calm", "Calm & Co", rate=90.0, billed_hours_per_week=20.0, terms=CALL_TERMS)
    busy = Client("ngo", "Open Fields e.V.", rate=70.0, billed_hours_per_week=30.0)
    rows = [contact("calm", at(16, 10)), contact("calm", at(18, 11), Channel.CHAT)]
    rows.append(contact("calm", at(19, 14, 10), Channel.CALL))  # inside Thursday's window
    rows += manager_calls(16)
    rep = report([calm, busy], rows)
    week = of(rep, "calm")
    assert week.suggestions == ()
    assert str(week.no_suggestion_reason) == (
        "No suggestion: 3 contacts, 0 outside terms, 0 ad-hoc calls; all within the thresholds"
    )
    assert of(rep, "ngo").suggestions  # the same thresholds do trigger for the busy one


def test_terms_ignored_week_after_week_suggest_reviewing_the_relationship() -> None:
    agency = Client("agency", "Agency X", rate=80.0, billed_hours_per_week=40.0, terms=CALL_TERMS)

    def ignored_week(monday: datetime, outside: int) -> list[ContactRow]:
        rows = [contact("agency", monday + timedelta(hours=10 + i)) for i in range(6 - outside)]
        rows += [
            contact("agency", monday + timedelta(days=1, hours=20, minutes=i), outside_terms=True)
            for i in range(outside)
        ]
        return rows

    mondays = [at(16, 0) - timedelta(weeks=k) for k in range(5)]  # W47 back to W43
    all_weeks = [r for m in mondays for r in ignored_week(m, 4)]
    week = of(report([agency], all_weeks), "agency")
    (s,) = [s for s in week.suggestions if s.rule == "review_relationship"]
    assert dict(s.numbers) == {
        "weeks_outside_terms": 5,
        "weeks": 5,
        "threshold_weeks": 4,
        "share": 0.67,
        "previous_shares": [0.67, 0.67, 0.67, 0.67],
    }
    assert "for 5 of the last 5 weeks most of our contact came outside the terms" in str(s.message)
    # Only this week and one before: terms are new, not ignored for weeks.
    recent = [r for m in mondays[:2] for r in ignored_week(m, 4)]
    recent += [r for m in mondays[2:] for r in ignored_week(m, 0)]
    assert "review_relationship" not in rules(of(report([agency], recent), "agency"))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ru",
            "Здравствуйте, Open Fields e.V.! Созвонов без предварительной договорённости на "
            "этой неделе: 33.",
        ),
        ("th", "เรียน Open Fields e.V.\nสัปดาห์นี้เราโทรคุยกันโดยไม่ได้นัดหมายล่วงหน้า 33 ครั้ง"),
    ],
)
def test_drafts_are_written_in_the_configured_language(language: str, expected: str) -> None:
    ngo = Client("ngo", "Open Fields e.V.", rate=70.0, billed_hours_per_week=30.0, terms=CALL_TERMS)
    rep = report([ngo], manager_calls(16), ReportSettings(language=language))
    assert rep.language == language
    messages = {s.rule: str(s.message) for s in of(rep, "ngo").suggestions}
    assert messages["propose_scheduled_calls"].startswith(expected)
    slot = {"ru": "вторник, 14:00 и четверг, 14:00", "th": "วันอังคาร เวลา 14:00 น."}[language]
    assert slot in messages["propose_scheduled_calls"]
    assert "70" not in messages["raise_rate"] or language == "en"
    for text in messages.values():
        assert "{" not in text  # every placeholder filled
        assert "Hi " not in text  # no English left


def test_local_hours_across_the_end_of_summer_time() -> None:
    """Week 2026-W43 ends with Berlin's change back to CET (Sunday 25 October, 03:00)."""
    start, end = iso_week_bounds("2026-W43", TZ)
    assert end.timestamp() - start.timestamp() == 169 * 3600  # a real hour longer
    scale = hour_scale(start, end, TZ)
    sunday = datetime(2026, 10, 25, tzinfo=BZ)
    assert scale.hour_of(start.timestamp()) == 0
    assert scale.hour_of((sunday + timedelta(hours=1)).timestamp()) == 6 * 24 + 1
    assert scale.hour_of((end - timedelta(seconds=1)).timestamp()) == 167  # Sunday 23:59
    # Both passes of 02:30 are 02:00-03:00 local: the repeated hour holds two real hours.
    first = datetime(2026, 10, 25, 2, 30, tzinfo=BZ, fold=0)
    second = datetime(2026, 10, 25, 2, 30, tzinfo=BZ, fold=1)
    assert first.timestamp() != second.timestamp()
    assert scale.hour_of(first.timestamp()) == scale.hour_of(second.timestamp()) == 6 * 24 + 2
