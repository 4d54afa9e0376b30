"""decide(item, client, situation, now): every kind of decision, with a readable reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from office_hours.domain import reasons as R
from office_hours.domain.model import (
    AfterHours,
    BusinessHours,
    Channel,
    ChannelTerms,
    Client,
    Decision,
    DecisionKind,
    EffectiveMode,
    Item,
    ModeKind,
    Terms,
    TimeRange,
    WeeklyWindows,
)
from office_hours.domain.policy import Situation, decide
from office_hours.domain.reasons import Reason
from office_hours.domain.urgency import UrgencyRules

BZ = ZoneInfo("Europe/Berlin")
# 2026-11-16 is a Monday; Berlin is UTC+1 in November.
MON_10 = datetime(2026, 11, 16, 10, 0, tzinfo=BZ)
MON_20 = datetime(2026, 11, 16, 20, 0, tzinfo=BZ)
SAT_11 = datetime(2026, 11, 21, 11, 0, tzinfo=BZ)

CALL_WINDOWS = WeeklyWindows(
    ((2, (TimeRange(time(14), time(16)),)), (4, (TimeRange(time(14), time(16)),)))
)


def client(
    after_hours: AfterHours = AfterHours.EMERGENCIES_ONLY, vip_senders: tuple[str, ...] = ()
) -> Client:
    terms = Terms(
        channels=((Channel.CALL, ChannelTerms(CALL_WINDOWS, 24.0)),),
        after_hours=after_hours,
        surcharge_percent=50.0,
    )
    return Client("acme", "Acme", addresses=("*@acme.com",), vip_senders=vip_senders, terms=terms)


def item(
    at: datetime,
    subject: str = "Invoice question",
    channel: Channel = Channel.EMAIL,
    sender: str = "bob@acme.com",
    snippet: str = "",
) -> Item:
    return Item("test", f"id-{at.isoformat()}", channel, sender, subject, at, snippet=snippet)


def situation(
    hours: BusinessHours,
    kind: ModeKind,
    until: datetime | None = None,
    recent: Sequence[datetime] = (),
    urgency: UrgencyRules | None = None,
) -> Situation:
    mode = EffectiveMode(kind, until, manual=kind is ModeKind.FOCUS, in_business_hours=False)
    return Situation(mode, hours, urgency or UrgencyRules(), recent)


def text(decision: Decision) -> str:
    rendered = str(decision.reason)
    assert "{" not in rendered  # every parameter filled in
    return rendered


# -- reachable ---------------------------------------------------------------------------------


def test_reachable_delivers(berlin_hours: BusinessHours) -> None:
    d = decide(item(MON_10), client(), situation(berlin_hours, ModeKind.REACHABLE), MON_10)
    assert d.kind is DecisionKind.DELIVER
    assert d.reason == Reason.of(R.REACHABLE)
    assert (d.urgent, d.after_hours, d.outside_terms, d.surcharge) == (False, False, False, False)
    assert text(d) == "You are reachable: delivered now"


def test_reachable_call_outside_the_call_window_is_delivered_but_noted(
    berlin_hours: BusinessHours,
) -> None:
    # Monday 10:00 is business hours, but this client's calls are agreed Tue/Thu 14-16.
    call = item(MON_10, channel=Channel.CALL, sender="+49 30 1")
    d = decide(call, client(), situation(berlin_hours, ModeKind.REACHABLE), MON_10)
    assert d.kind is DecisionKind.DELIVER
    assert (d.after_hours, d.outside_terms) == (False, True)
    assert text(d) == "Delivered (you are reachable), but outside the agreed call window"


def test_call_inside_the_call_window_is_within_terms(berlin_hours: BusinessHours) -> None:
    tue_15 = datetime(2026, 11, 17, 15, 0, tzinfo=BZ)
    call = item(tue_15, channel=Channel.CALL, sender="+49 30 1")
    d = decide(call, client(), situation(berlin_hours, ModeKind.REACHABLE), tue_15)
    assert d.reason == Reason.of(R.REACHABLE)
    assert not d.outside_terms


def test_after_hours_is_judged_in_the_users_zone(berlin_hours: BusinessHours) -> None:
    reach = situation(berlin_hours, ModeKind.REACHABLE)
    early = item(datetime(2026, 11, 16, 7, 30, tzinfo=UTC))  # 08:30 in Berlin
    on_time = item(datetime(2026, 11, 16, 8, 30, tzinfo=UTC))  # 09:30 in Berlin
    assert decide(early, client(), reach, MON_10).after_hours
    assert not decide(on_time, client(), reach, MON_10).after_hours


# -- focus -------------------------------------------------------------------------------------


def test_focus_holds_and_says_until_when_in_the_users_zone(berlin_hours: BusinessHours) -> None:
    until = datetime(2026, 11, 16, 10, 40, tzinfo=UTC)  # 11:40 in Berlin
    d = decide(item(MON_10), client(), situation(berlin_hours, ModeKind.FOCUS, until), MON_10)
    assert d.kind is DecisionKind.HOLD
    assert d.kind.is_held
    assert text(d) == "Held: you are in focus until 11:40"


def test_open_ended_focus(berlin_hours: BusinessHours) -> None:
    d = decide(item(MON_10), client(), situation(berlin_hours, ModeKind.FOCUS), MON_10)
    assert d.kind is DecisionKind.HOLD
    assert text(d) == "Held: you are in focus"


@pytest.mark.parametrize(
    ("subject", "snippet", "word"),
    [
        ("URGENT: server", "", "urgent"),
        ("Hello", "the site is down since 9", "site is down"),
        ("СРОЧНО!!!", "", "срочно"),
        ("Сайт не работает", "", "не работает"),
        ("ด่วนมาก", "", "ด่วน"),
    ],
)
def test_urgent_word_breaks_through_focus(
    berlin_hours: BusinessHours, subject: str, snippet: str, word: str
) -> None:
    focus = situation(berlin_hours, ModeKind.FOCUS)
    d = decide(item(MON_10, subject, snippet=snippet), client(), focus, MON_10)
    assert d.kind is DecisionKind.BREAK_THROUGH
    assert d.urgent
    assert d.reason == Reason.of(R.BREAKS_FOCUS, why=Reason.of(R.URGENT_WORD, word=word))
    assert text(d) == f"Breaks through focus: Urgent word: {word}"


def test_vip_sender_breaks_through_focus(berlin_hours: BusinessHours) -> None:
    rules = UrgencyRules(vip_senders=("ceo@acme.com",))
    focus = situation(berlin_hours, ModeKind.FOCUS, urgency=rules)
    d = decide(item(MON_10, sender="The CEO <CEO@acme.com>"), client(), focus, MON_10)
    assert d.kind is DecisionKind.BREAK_THROUGH
    assert text(d) == "Breaks through focus: VIP sender: The CEO <CEO@acme.com>"
    # Another sender of the same client is held.
    other = decide(item(MON_10, sender="bob@acme.com"), client(), focus, MON_10)
    assert other.kind is DecisionKind.HOLD


def test_client_vip_sender_breaks_through_focus(berlin_hours: BusinessHours) -> None:
    focus = situation(berlin_hours, ModeKind.FOCUS)
    vip_client = client(vip_senders=("*@acme.com",))
    d = decide(item(MON_10), vip_client, focus, MON_10)
    assert d.kind is DecisionKind.BREAK_THROUGH
    assert d.reason.params == (("why", Reason.of(R.VIP_SENDER, sender="bob@acme.com")),)


def test_repeated_contact_breaks_through_focus(berlin_hours: BusinessHours) -> None:
    recent = [MON_10 - timedelta(minutes=4), MON_10 - timedelta(minutes=15)]
    d = decide(
        item(MON_10), client(), situation(berlin_hours, ModeKind.FOCUS, recent=recent), MON_10
    )
    assert d.kind is DecisionKind.BREAK_THROUGH
    assert text(d) == "Breaks through focus: 3 contacts from Acme in 20 min"


def test_repeated_contact_respects_the_configured_window(berlin_hours: BusinessHours) -> None:
    recent = [MON_10 - timedelta(minutes=4), MON_10 - timedelta(minutes=15)]
    rules = UrgencyRules(repeat_count=3, repeat_minutes=10)
    focus = situation(berlin_hours, ModeKind.FOCUS, recent=recent, urgency=rules)
    assert decide(item(MON_10), client(), focus, MON_10).kind is DecisionKind.HOLD


def test_repeated_contact_needs_a_known_client(berlin_hours: BusinessHours) -> None:
    recent = [MON_10 - timedelta(minutes=1)] * 5
    focus = situation(berlin_hours, ModeKind.FOCUS, recent=recent)
    d = decide(item(MON_10, sender="stranger@example.org"), None, focus, MON_10)
    assert d.kind is DecisionKind.HOLD
    assert not d.urgent


# -- off hours ---------------------------------------------------------------------------------


def test_off_hours_holds_until_next_business_day(berlin_hours: BusinessHours) -> None:
    off = situation(berlin_hours, ModeKind.OFF_HOURS)
    d = decide(item(SAT_11), client(), off, SAT_11)
    assert d.kind is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert d.kind.is_held
    assert d.after_hours
    assert d.outside_terms
    assert text(d) == "Held until business hours (Mon 09:00): off hours"


def test_off_hours_next_open_comes_from_now_not_from_arrival(
    berlin_hours: BusinessHours,
) -> None:
    # Received Monday evening, decided (say, after a restart) on Tuesday at 07:00.
    tue_7 = datetime(2026, 11, 17, 7, 0, tzinfo=BZ)
    d = decide(item(MON_20), client(), situation(berlin_hours, ModeKind.OFF_HOURS), tue_7)
    assert text(d) == "Held until business hours (Tue 09:00): off hours"


def test_urgent_breaks_through_off_hours(berlin_hours: BusinessHours) -> None:
    off = situation(berlin_hours, ModeKind.OFF_HOURS)
    d = decide(item(MON_20, "Site is down!"), client(), off, MON_20)
    assert d.kind is DecisionKind.BREAK_THROUGH
    assert text(d) == "Breaks through off hours: Urgent word: site is down"


def test_never_after_hours_holds_even_emergencies(berlin_hours: BusinessHours) -> None:
    off = situation(berlin_hours, ModeKind.OFF_HOURS)
    d = decide(item(MON_20, "URGENT"), client(AfterHours.NEVER), off, MON_20)
    assert d.kind is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert d.urgent  # noted for the report, yet held: the client agreed to "never"
    assert text(d) == (
        "Held until business hours (Tue 09:00): Acme's terms allow no contact after hours"
    )


def test_after_hours_with_surcharge_comes_through(berlin_hours: BusinessHours) -> None:
    off = situation(berlin_hours, ModeKind.OFF_HOURS)
    d = decide(item(MON_20), client(AfterHours.WITH_SURCHARGE), off, MON_20)
    assert d.kind is DecisionKind.BREAK_THROUGH
    assert d.surcharge
    assert not d.urgent
    assert text(d) == "Through after hours with a 50% surcharge (Acme's terms)"


def test_manual_off_hours_in_business_hours_holds_until_it_ends_without_surcharge(
    berlin_hours: BusinessHours,
) -> None:
    """Leaving early (manual off hours at 10:00 until 16:00) is not the client's after hours:
    no surcharge is noted, and the item waits until the manual choice ends."""
    until = MON_10 + timedelta(hours=6)
    mode = EffectiveMode(ModeKind.OFF_HOURS, until, manual=True, in_business_hours=True)
    d = decide(
        item(MON_10), client(AfterHours.WITH_SURCHARGE), Situation(mode, berlin_hours), MON_10
    )
    assert d.kind is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert (d.surcharge, d.after_hours) == (False, False)
    assert text(d) == "Held until business hours (Mon 16:00): off hours"


def test_unknown_sender_after_hours_is_emergencies_only(berlin_hours: BusinessHours) -> None:
    off = situation(berlin_hours, ModeKind.OFF_HOURS)
    calm = decide(item(MON_20, sender="x@example.org"), None, off, MON_20)
    urgent = decide(item(MON_20, "срочно", sender="x@example.org"), None, off, MON_20)
    assert calm.kind is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert urgent.kind is DecisionKind.BREAK_THROUGH


def test_off_hours_without_any_business_hours_says_so() -> None:
    hours = BusinessHours("Europe/Berlin", WeeklyWindows())
    d = decide(item(MON_20), client(), situation(hours, ModeKind.OFF_HOURS), MON_20)
    assert d.kind is DecisionKind.HOLD_UNTIL_BUSINESS_HOURS
    assert text(d) == "Held until business hours (?): off hours"


# -- inputs ------------------------------------------------------------------------------------


def test_decide_refuses_naive_now(berlin_hours: BusinessHours) -> None:
    with pytest.raises(ValueError, match="now"):
        decide(
            item(MON_10),
            client(),
            situation(berlin_hours, ModeKind.REACHABLE),
            datetime(2026, 11, 16, 10),
        )


def test_item_refuses_naive_time_and_empty_ids() -> None:
    with pytest.raises(ValueError, match="received_at"):
        Item("s", "1", Channel.EMAIL, "a@b.c", "x", datetime(2026, 11, 16, 10))
    with pytest.raises(ValueError, match="source"):
        Item("", "1", Channel.EMAIL, "a@b.c", "x", MON_10)
    with pytest.raises(ValueError, match="id"):
        Item("s", "", Channel.EMAIL, "a@b.c", "x", MON_10)


def test_reason_survives_json_round_trip(berlin_hours: BusinessHours) -> None:
    off = situation(berlin_hours, ModeKind.OFF_HOURS)
    d = decide(item(MON_20, "URGENT"), client(), off, MON_20)
    again = Reason.from_json(d.reason.to_json())
    assert again == d.reason
    assert str(again) == "Breaks through off hours: Urgent word: urgent"


def test_reason_renders_through_a_translator() -> None:
    table = {R.URGENT_WORD: "Срочное слово: {word}", R.BREAKS_FOCUS: "Прорыв фокуса: {why}"}
    reason = Reason.of(R.BREAKS_FOCUS, why=Reason.of(R.URGENT_WORD, word="срочно"))
    assert reason.render(lambda ctx, t: table[t]) == "Прорыв фокуса: Срочное слово: срочно"
