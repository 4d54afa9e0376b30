"""The weekly report: real numbers from rows, and suggestions with the numbers behind them."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from office_hours.domain.model import (
    UNKNOWN_CLIENT_ID,
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
    REFOCUS_SOURCE,
    CallRow,
    ClientWeek,
    ContactRow,
    ReportSettings,
    Thresholds,
    build_report,
)

BZ = ZoneInfo("Europe/Berlin")
WEEK = "2026-W47"  # Monday 2026-11-16 .. Sunday 2026-11-22
CALL_WINDOWS = WeeklyWindows(
    ((2, (TimeRange(time(14), time(16)),)), (4, (TimeRange(time(14), time(16)),)))
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BZ)


def make_client(cid: str, name: str, rate: float = 100.0, billed: float = 10.0) -> Client:
    terms = Terms(channels=((Channel.CALL, ChannelTerms(CALL_WINDOWS)),))
    return Client(cid, name, rate=rate, billed_hours_per_week=billed, terms=terms)


def row(
    cid: str,
    when: datetime,
    channel: Channel = Channel.EMAIL,
    decision: DecisionKind = DecisionKind.DELIVER,
    after_hours: bool = False,
    outside_terms: bool = False,
    not_urgent: bool = False,
) -> ContactRow:
    return ContactRow(cid, channel, when, decision, after_hours, outside_terms, not_urgent)


def week_of(
    client: Client,
    rows: list[ContactRow],
    calls: list[CallRow] | None = None,
    hours: BusinessHours | None = None,
    settings: ReportSettings | None = None,
) -> ClientWeek:
    hours = hours or BusinessHours(
        "Europe/Berlin",
        WeeklyWindows(tuple((d, (TimeRange(time(9), time(18)),)) for d in range(1, 6))),
    )
    report = build_report(WEEK, rows, calls or [], [client], hours, settings or ReportSettings())
    (week,) = [c for c in report.clients if c.client_id == client.client_id]
    return week


def rules(week: ClientWeek) -> list[str]:
    return [s.rule for s in week.suggestions]


def test_calm_client_gets_no_suggestion_and_the_reason() -> None:
    calm = make_client("calm", "Calm Co", rate=100.0, billed=20.0)
    rows = [row("calm", at(16, 10)), row("calm", at(17, 11)), row("calm", at(18, 15))]
    week = week_of(calm, rows)
    assert week.contacts == 3
    assert week.suggestions == ()
    # All three inside the agreed windows: the deal working, no refocus cost, 100/h.
    assert week.time_cost_minutes == 0.0
    assert week.refocus_contacts == 0
    assert week.effective_rate == 100.0
    assert str(week.no_suggestion_reason) == (
        "No suggestion: contacts 3, outside terms 0, unplanned calls 0; all within the thresholds"
    )


def test_client_without_contact() -> None:
    week = week_of(make_client("quiet", "Quiet"), [])
    assert week.contacts == 0
    assert week.time_cost_minutes == 0
    assert week.effective_rate == 100.0
    assert str(week.no_suggestion_reason) == "No contact this week"


def test_many_ad_hoc_calls_propose_scheduled_calls() -> None:
    acme = make_client("acme", "Acme", rate=100.0, billed=40.0)
    calls = [CallRow("acme", at(16, 10 + i), 10) for i in range(4)]  # Monday: no call window
    calls.append(CallRow("acme", at(17, 19), 5))  # Tuesday after hours
    calls.append(CallRow("acme", at(17, 14, 30), 20))  # Tuesday inside the window: agreed
    rows = [row("acme", at(18, 11), Channel.CALL, outside_terms=True)]  # an ingested call
    week = week_of(acme, rows, calls)
    assert week.ad_hoc_calls == 6
    assert week.logged_minutes == 4 * 10 + 5 + 20
    assert week.by_channel == {"call": 7}
    assert week.after_hours == 1
    (s,) = [s for s in week.suggestions if s.rule == "propose_scheduled_calls"]
    assert dict(s.numbers) == {
        "ad_hoc_calls": 6,
        "threshold": 5,
        "busiest_day_calls": 4,  # Monday
        "previous_weeks_ad_hoc_calls": [0, 0, 0, 0],
    }
    assert "we spoke 6 times without a plan" in str(s.message)
    assert "one scheduled call each week? I can offer Tuesday at 14:00." in str(s.message)
    assert str(s.title) == "Propose a scheduled weekly call"
    assert week.no_suggestion_reason is None


def test_calls_within_terms_propose_nothing() -> None:
    acme = make_client("acme", "Acme", rate=100.0, billed=40.0)
    calls = [CallRow("acme", at(d, 14, 15 * i), 10) for d in (17, 19) for i in range(4)]
    week = week_of(acme, [], calls)
    assert week.ad_hoc_calls == 0
    assert "propose_scheduled_calls" not in rules(week)


def test_ad_hoc_call_threshold_is_configurable() -> None:
    acme = make_client("acme", "Acme", rate=100.0, billed=40.0)
    calls = [CallRow("acme", at(16, 10 + i), 5) for i in range(6)]
    lenient = ReportSettings(thresholds=Thresholds(ad_hoc_calls_per_week=7))
    assert "propose_scheduled_calls" not in rules(week_of(acme, [], calls, settings=lenient))
    assert "propose_scheduled_calls" in rules(week_of(acme, [], calls))


def break_throughs(cid: str, monday: int, month: int = 11, n: int = 20) -> list[ContactRow]:
    """`n` break-throughs in business hours of the week starting on that Monday."""
    return [
        ContactRow(
            cid,
            Channel.EMAIL,
            datetime(2026, month, monday, 9 + i // 5, tzinfo=BZ) + timedelta(days=i % 5),
            DecisionKind.BREAK_THROUGH,
            False,
            False,
        )
        for i in range(n)
    ]


def test_effective_rate_below_nominal_suggests_a_raise() -> None:
    # 100/h for 10 billed hours; 20 break-throughs x 15 min refocus = 5 unbilled hours in
    # this week and the two before (9 Nov, 2 Nov), none in 26 Oct and 19 Oct: short in 3 of 5.
    # This week: 1000 / 15 = 66.67/h. Average unbilled (5+5+5+0+0)/5 = 3 h: 1000/13 = 76.92/h.
    # To earn 100/h over 13 h the rate must be 130: +30 % (cap raised to 50 % here).
    acme = make_client("acme", "Acme", rate=100.0, billed=10.0)
    rows = break_throughs("acme", 16) + break_throughs("acme", 9) + break_throughs("acme", 2)
    week = week_of(acme, rows, settings=ReportSettings(raise_cap=0.5))
    assert week.time_cost_minutes == 300.0
    assert week.effective_rate == pytest.approx(66.667, abs=1e-3)
    (s,) = week.suggestions
    assert s.rule == "raise_rate"
    assert dict(s.numbers) == {
        "effective_rate": 76.92,
        "target_rate": 100.0,
        "nominal_rate": 100.0,
        "unbilled_hours": 3.0,
        "short_weeks": 3,
        "weeks": 5,
        "needed_percent": 30,
        "cap_percent": 50,
        "percent": 30,
        "new_rate": 130.0,
    }
    assert str(s.title) == "Raise the rate to 130\u00a0EUR per hour (+30%)"
    assert "my rate will be 130\u00a0EUR per hour instead of 100\u00a0EUR" in str(s.message)
    assert s.because is not None
    assert "below 90\u00a0EUR an hour in 3 of the last 5 weeks" in str(s.because)


def test_one_bad_week_is_no_reason_to_raise() -> None:
    # The same week as above, but the four before were quiet: short in 1 of 5 weeks only.
    acme = make_client("acme", "Acme", rate=100.0, billed=10.0)
    week = week_of(acme, break_throughs("acme", 16))
    assert week.effective_rate == pytest.approx(66.667, abs=1e-3)
    assert "raise_rate" not in rules(week)


def test_raise_against_the_users_target_with_logged_calls() -> None:
    # 80/h for 8 billed hours, every week of the five: two 45-minute calls in the agreed
    # window (no refocus: planned) and eight break-throughs: 90 min + 8 x 15 min = 210 min
    # = 3.5 h. Effective 640 / 11.5 = 55.65/h each week.
    # Target 70/h: 70 x 11.5 / 8 = 100.625/h, i.e. +25.78 % -> 26 %: 80 x 1.26 = 100.80,
    # which reaches 100.625 (cap 30 % here).
    acme = make_client("acme", "Acme", rate=80.0, billed=8.0)
    rows: list[ContactRow] = []
    calls: list[CallRow] = []
    for monday, month in ((16, 11), (9, 11), (2, 11), (26, 10), (19, 10)):
        tuesday = datetime(2026, month, monday, 14, tzinfo=BZ) + timedelta(days=1)
        calls += [CallRow("acme", tuesday, 45), CallRow("acme", tuesday + timedelta(days=2), 45)]
        rows += break_throughs("acme", monday, month, n=8)
    settings = ReportSettings(target_rate=70.0, raise_cap=0.3)
    week = week_of(acme, rows, calls, settings=settings)
    assert week.contacts == 10
    assert week.ad_hoc_calls == 0
    assert week.time_cost_minutes == 210.0
    assert week.effective_rate == pytest.approx(640 / 11.5)
    (s,) = week.suggestions
    assert s.rule == "raise_rate"
    assert s.numbers["percent"] == 26
    assert s.numbers["new_rate"] == 100.8
    assert s.numbers["new_rate"] * 8 / 11.5 >= 70.0
    assert s.numbers["target_rate"] == 70.0
    assert "my rate will be 100.80\u00a0EUR per hour" in str(s.message)
    assert "100.80\u00a0EUR per hour (+26%)" in str(s.title)


def test_small_shortfall_is_no_reason_to_raise() -> None:
    # 100/h x 10 h with 4 mails: 1000 / 11 = 90.9/h, within 10 % of 100.
    acme = make_client("acme", "Acme", rate=100.0, billed=10.0)
    rows = [b for m in (16, 9, 2, 26, 19) for b in break_throughs("acme", m, 10 + (m < 19), 4)]
    week = week_of(acme, rows)
    assert week.effective_rate == pytest.approx(90.909, abs=1e-3)
    assert week.suggestions == ()


def test_no_rate_no_effective_rate_and_no_raise() -> None:
    acme = make_client("acme", "Acme", rate=0.0, billed=0.0)
    week = week_of(acme, [row("acme", at(16, 10 + i % 8)) for i in range(40)])
    assert week.effective_rate is None
    assert "raise_rate" not in rules(week)


def test_contact_outside_terms_suggests_windows() -> None:
    acme = make_client("acme", "Acme", rate=100.0, billed=40.0)
    rows = [row("acme", at(16, 10)), row("acme", at(16, 11))]
    rows += [row("acme", at(16, 20 + i), after_hours=True, outside_terms=True) for i in range(3)]
    week = week_of(acme, rows)
    assert (week.contacts, week.outside_terms, week.after_hours) == (5, 3, 3)
    (s,) = [s for s in week.suggestions if s.rule == "contact_windows"]
    assert dict(s.numbers) == {
        "outside_terms": 3,
        "contacts": 5,
        "share": 0.6,
        "threshold": 0.4,
        "missed": {"after_hours": 3},
    }
    assert "3 of 5 messages and calls this week came outside what we agreed: 3 after my " in (
        str(s.message)
    )
    assert str(s.because).startswith("3 of 5 contacts (60%) came outside the agreed terms")


def test_non_urgent_after_hours_contact_suggests_a_plan() -> None:
    acme = make_client("acme", "Acme", rate=100.0, billed=40.0)
    held = DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    rows = [
        row("acme", at(21, 10 + i), decision=held, after_hours=True, outside_terms=True)
        for i in range(2)
    ]
    rows.append(
        row(
            "acme",
            at(21, 15),
            decision=DecisionKind.BREAK_THROUGH,
            after_hours=True,
            outside_terms=True,
            not_urgent=True,
        )
    )  # marked "not urgent" afterwards
    rows.append(
        row(
            "acme",
            at(21, 16),
            decision=DecisionKind.BREAK_THROUGH,
            after_hours=True,
            outside_terms=True,
        )
    )  # a real emergency: not counted
    week = week_of(acme, rows)
    assert (week.held, week.breakthroughs, week.not_urgent) == (2, 2, 1)
    (s,) = [s for s in week.suggestions if s.rule == "after_hours_plan"]
    # 2026-11-21 is a Saturday: all four came at the weekend; no surcharge in the terms, so
    # the configured default is proposed.
    assert dict(s.numbers) == {
        "after_hours_non_urgent": 3,
        "weekend": 4,
        "threshold": 3,
        "surcharge_percent": 25.0,
    }
    assert "(4 contacts in all came at the weekend)" in str(s.message)
    assert "a support plan with a 25% surcharge" in str(s.message)


def test_chat_pings_suggest_batched_mail() -> None:
    acme = make_client("acme", "Acme", rate=100.0, billed=40.0)
    rows = [row("acme", at(16 + i % 5, 10 + i // 5), Channel.CHAT) for i in range(10)]
    rows += [row("acme", at(16, 16)), row("acme", at(16, 17))]
    week = week_of(acme, rows)
    assert week.by_channel == {"chat": 10, "email": 2}
    (s,) = [s for s in week.suggestions if s.rule == "chat_to_mail"]
    assert dict(s.numbers) == {"chat": 10, "contacts": 12, "share": 0.83, "threshold": 0.6}


def test_unknown_senders_are_listed_last_without_suggestions() -> None:
    zeta = make_client("zeta", "Zeta")
    alpha = make_client("alpha", "alpha studio")
    rows = [
        row(UNKNOWN_CLIENT_ID, at(16, 20 + i % 3), after_hours=True, outside_terms=True)
        for i in range(9)
    ]
    hours = BusinessHours("Europe/Berlin", WeeklyWindows())
    report = build_report(WEEK, rows, [], [zeta, alpha], hours, ReportSettings())
    assert [c.client_id for c in report.clients] == ["alpha", "zeta", UNKNOWN_CLIENT_ID]
    unknown = report.clients[-1]
    assert unknown.name == "Unknown senders"
    assert unknown.contacts == 9
    assert unknown.suggestions == ()
    assert unknown.effective_rate is None


def test_report_json_is_plain_and_cites_the_refocus_source() -> None:
    acme = make_client("acme", "Acme", rate=100.0, billed=10.0)
    rows = break_throughs("acme", 16) + break_throughs("acme", 9) + break_throughs("acme", 2)
    hours = BusinessHours("Europe/Berlin", WeeklyWindows())
    report = build_report(WEEK, rows, [], [acme], hours, ReportSettings(refocus_minutes=15.0))
    data = json.loads(json.dumps(report.to_json()))
    assert data["schema"] == 4
    assert data["week"] == WEEK
    assert data["timezone"] == "Europe/Berlin"
    assert data["refocus_source"] == REFOCUS_SOURCE
    (c,) = data["clients"]
    assert c["contacts"] == 20
    assert c["effective_rate"] == 66.67
    assert c["time_cost_minutes"] == 300.0
    # The rows' flags are what counts: none of these was outside terms when decided.
    # 76.92/h on average needs +30 %: capped at the default 20 %, the rest as alternatives.
    assert [s["rule"] for s in c["suggestions"]] == ["raise_rate"]
    assert c["suggestions"][0]["numbers"]["percent"] == 20
    assert c["suggestions"][0]["because"].startswith("The effective rate was below")
    assert c["headline"] == (
        "Acme cost you 5 unbilled hours this week, 500\u00a0EUR at your rate; contact after "
        "hours: 0 of 20"
    )
    assert c["no_suggestion_reason"] is None


def test_refocus_minutes_change_the_time_cost() -> None:
    acme = make_client("acme", "Acme", rate=100.0, billed=10.0)
    rows = break_throughs("acme", 16, n=4)
    week = week_of(acme, rows, settings=ReportSettings(refocus_minutes=30.0))
    assert week.time_cost_minutes == 120.0
    assert week.effective_rate == pytest.approx(1000 / 12)
