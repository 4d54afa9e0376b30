"""Weekly figures per client, the four-week trend, and the suggestions they trigger.

Pure: counted rows in, report out. The store aggregates contacts in SQL (`ContactCount`,
one row per client, channel and local hour); `build_report` also accepts single rows
(`ContactRow`) and counts them the same way, which is what the tests feed it.

What counts as what (docs/report-schema.md says the same):
- a call is ad hoc when it was not planned: a meeting never is; a call is when the client has
  no agreed call windows (nothing was scheduled), or when it falls outside them or after hours;
- after-hours contact of a client whose terms say `with_surcharge` is within terms: it is
  paid, so it is neither outside terms nor a time cost, and the report shows the surcharge;
- the refocus cost is counted only for contact that breaks focus or terms (outside terms,
  ad-hoc calls, break-throughs); contact inside the agreed windows is the deal working;
- a raise is proposed only when the shortfall persists (`Thresholds.raise_weeks` of the five
  weeks), is capped at `ReportSettings.raise_cap`, and the rest of the gap is offered as two
  alternatives with amounts: billing calls and after-hours work, or a monthly retainer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from office_hours.domain.drafts import (
    cadence_text,
    draft,
    greeting,
    missed_text,
    money_text,
    number_text,
    slot_text,
    weekend_text,
)
from office_hours.domain.model import (
    UNKNOWN_CLIENT_ID,
    AfterHours,
    BusinessHours,
    Channel,
    Client,
    DecisionKind,
)
from office_hours.domain.reasons import QT_TRANSLATE_NOOP, Reason
from office_hours.domain.report_inputs import (  # noqa: F401 - re-exported for callers
    DEFAULT_REFOCUS_MINUTES,
    REFOCUS_SOURCE,
    CallRow,
    ContactCount,
    ContactRow,
    ReportSettings,
    Thresholds,
)
from office_hours.domain.schedule import HourScale, hour_scale, in_windows, iso_week_bounds

SCHEMA_VERSION = 4
CHANNELS = (Channel.EMAIL, Channel.CHAT, Channel.CALL, Channel.MEETING)
HOURS_PER_WEEK = 7 * 24
WEEKEND_FROM_HOUR = 5 * 24  # Saturday 00:00 local
_COLUMN = {c: i for i, c in enumerate(CHANNELS)}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One piece of advice: `because` says in words the numbers it rests on (what every
    format shows); `numbers` keeps them machine-readable for the JSON export only."""

    rule: str
    title: Reason
    numbers: Mapping[str, Any]
    message: Reason
    because: Reason | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "title": str(self.title),
            "because": str(self.because) if self.because else "",
            "numbers": dict(self.numbers),
            "message": str(self.message),
        }


@dataclass(frozen=True, slots=True)
class WeekPoint:
    """One earlier week of a client, for the trend."""

    week: str
    contacts: int
    outside_terms: int
    after_hours: int
    ad_hoc_calls: int
    time_cost_minutes: float
    effective_rate: float | None

    @property
    def outside_share(self) -> float:
        return self.outside_terms / self.contacts if self.contacts else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "contacts": self.contacts,
            "outside_terms": self.outside_terms,
            "after_hours": self.after_hours,
            "ad_hoc_calls": self.ad_hoc_calls,
            "time_cost_minutes": round(self.time_cost_minutes, 1),
            "effective_rate": _round_rate(self.effective_rate),
        }


def _round_rate(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 2)


@dataclass(frozen=True, slots=True)
class ClientWeek:
    client_id: str
    name: str
    contacts: int
    by_channel: Mapping[str, int]
    outside_terms: int
    after_hours: int
    held: int
    breakthroughs: int
    not_urgent: int
    ad_hoc_calls: int
    logged_minutes: int
    time_cost_minutes: float
    effective_rate: float | None
    nominal_rate: float
    suggestions: tuple[Suggestion, ...]
    no_suggestion_reason: Reason | None
    weekend: int = 0
    target_rate: float = 0.0
    per_day: tuple[tuple[int, ...], ...] = ()  # 7 local days x CHANNELS
    hours: tuple[int, ...] = ()  # 168 local hours of the week, Monday 00:00 first
    trend: tuple[WeekPoint, ...] = ()  # earlier weeks, oldest first
    surcharge_contacts: int = 0  # paid after-hours contact (terms: with_surcharge)
    surcharge_amount: float = 0.0  # what that contact earned on top of the rate
    refocus_contacts: int = 0  # contacts that broke focus or terms: charged refocus time
    headline: Reason | None = None
    currency: str = ""

    @property
    def cost_amount(self) -> float:
        """The unbilled time at the client's rate (what the client cost this week)."""
        return self.time_cost_minutes / 60.0 * (self.nominal_rate or self.target_rate)

    @property
    def not_urgent_share(self) -> float | None:
        """Of the breakthroughs, the share the user marked "not urgent"."""
        return self.not_urgent / self.breakthroughs if self.breakthroughs else None

    def to_json(self) -> dict[str, Any]:
        share = self.not_urgent_share
        return {
            "client": self.client_id,
            "name": self.name,
            "contacts": self.contacts,
            "by_channel": dict(self.by_channel),
            "outside_terms": self.outside_terms,
            "after_hours": self.after_hours,
            "weekend": self.weekend,
            "ad_hoc_calls": self.ad_hoc_calls,
            "held": self.held,
            "breakthroughs": self.breakthroughs,
            "not_urgent": self.not_urgent,
            "not_urgent_share": None if share is None else round(share, 2),
            "logged_minutes": self.logged_minutes,
            "time_cost_minutes": round(self.time_cost_minutes, 1),
            "effective_rate": _round_rate(self.effective_rate),
            "nominal_rate": self.nominal_rate,
            "target_rate": self.target_rate,
            "per_day": {c.value: [day[i] for day in self.per_day] for i, c in enumerate(CHANNELS)},
            "hours": list(self.hours),
            "trend": [p.to_json() for p in self.trend],
            "surcharge_contacts": self.surcharge_contacts,
            "surcharge_amount": round(self.surcharge_amount, 2),
            "refocus_contacts": self.refocus_contacts,
            "cost_amount": round(self.cost_amount, 2),
            "headline": str(self.headline) if self.headline else "",
            "suggestions": [s.to_json() for s in self.suggestions],
            "no_suggestion_reason": str(self.no_suggestion_reason)
            if self.no_suggestion_reason
            else None,
        }


@dataclass(frozen=True, slots=True)
class WeeklyReport:
    week: str
    timezone: str
    refocus_minutes: float
    clients: tuple[ClientWeek, ...]
    language: str = "en"
    target_rate: float = 0.0
    trend_weeks: tuple[str, ...] = ()  # the earlier weeks' names, oldest first
    currency: str = ""
    thresholds: Thresholds = field(default_factory=Thresholds)  # to mark bad figures
    auto_replies: int = 0  # polite notes sent this week (issue 17)

    @property
    def per_day(self) -> tuple[tuple[int, ...], ...]:
        """All clients together: contacts per local day and channel."""
        return tuple(
            tuple(sum(c.per_day[d][i] for c in self.clients if c.per_day) for i in range(4))
            for d in range(7)
        )

    @property
    def hours(self) -> tuple[int, ...]:
        return tuple(
            sum(c.hours[h] for c in self.clients if c.hours) for h in range(HOURS_PER_WEEK)
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "week": self.week,
            "timezone": self.timezone,
            "language": self.language,
            "refocus_minutes": self.refocus_minutes,
            "refocus_source": REFOCUS_SOURCE,
            "target_rate": self.target_rate,
            "currency": self.currency,
            "channels": [c.value for c in CHANNELS],
            "trend_weeks": list(self.trend_weeks),
            "clients": [c.to_json() for c in self.clients],
            "auto_replies": self.auto_replies,
        }


S_CALLS = QT_TRANSLATE_NOOP("Reason", "Propose a scheduled weekly call")
S_CALLS_TWICE = QT_TRANSLATE_NOOP("Reason", "Propose two scheduled calls a week")
S_WINDOWS = QT_TRANSLATE_NOOP("Reason", "Agree contact windows and send the contact-terms sheet")
S_AFTER_HOURS = QT_TRANSLATE_NOOP("Reason", "Offer an after-hours support plan or a surcharge")
S_RATE = QT_TRANSLATE_NOOP("Reason", "Raise the rate to {new_rate} per hour (+{percent}%)")
S_CHAT = QT_TRANSLATE_NOOP("Reason", "Move chat to batched mail")
S_RELATIONSHIP = QT_TRANSLATE_NOOP(
    "Reason", "Consider whether the working relationship still works"
)
B_CALLS = QT_TRANSLATE_NOOP(
    "Reason",
    "{ad_hoc_calls} unplanned calls this week (suggested from {threshold}), up to {busiest} on "
    "one day; in the four weeks before: {previous}.",
)
B_WINDOWS = QT_TRANSLATE_NOOP(
    "Reason",
    "{outside_terms} of {contacts} contacts ({share}%) came outside the agreed terms "
    "(suggested from {threshold}%): {after_hours} after hours, {outside_window} in business "
    "hours but outside the agreed times for that channel.",
)
B_AFTER_HOURS = QT_TRANSLATE_NOOP(
    "Reason",
    "{after_hours_non_urgent} after-hours contacts could have waited (suggested from "
    "{threshold}); {weekend} contacts at the weekend; proposed surcharge {surcharge}%.",
)
B_RATE = QT_TRANSLATE_NOOP(
    "Reason",
    "The effective rate was below {threshold} an hour in {short_weeks} of the last {weeks} "
    "weeks; on average {effective} an hour against a target of {target}, with {unbilled} "
    "unbilled hours a week "
    "beside {billed} billed. Reaching the target needs +{needed}%; the raise is capped at "
    "+{cap}%.",
)
B_RATE_UNCAPPED = QT_TRANSLATE_NOOP(
    "Reason",
    "The effective rate was below {threshold} an hour in {short_weeks} of the last {weeks} "
    "weeks; on average {effective} an hour against a target of {target}, with {unbilled} "
    "unbilled hours a week beside {billed} billed. Reaching the target needs +{needed}%.",
)
B_RATE_ALTERNATIVES = QT_TRANSLATE_NOOP(
    "Reason",
    "{base} The rest of the gap, {gap} a week, as the client's choice: bill {hours} hours of "
    "calls and after-hours work at {new_rate} (about {billed_week} a week), or an "
    "availability retainer of {retainer} a month.",
)
B_CHAT = QT_TRANSLATE_NOOP(
    "Reason",
    "{chat} of {contacts} contacts ({share}%) were chat messages (suggested from {threshold}%).",
)
B_RELATIONSHIP = QT_TRANSLATE_NOOP(
    "Reason",
    "Most contact came outside the agreed terms in {weeks_outside} of the last {weeks} weeks "
    "(suggested from {threshold} weeks); share outside terms, oldest week first: {shares}.",
)
NO_CONTACT = QT_TRANSLATE_NOOP("Reason", "No contact this week")
ALL_FINE = QT_TRANSLATE_NOOP(
    "Reason",
    "No suggestion: contacts {contacts}, outside terms {outside_terms}, unplanned calls "
    "{ad_hoc_calls}; all within the thresholds",
)
UNKNOWN_NAME = QT_TRANSLATE_NOOP("Report", "Unknown senders")
NOT_A_CLIENT = QT_TRANSLATE_NOOP(
    "Reason", "No suggestion: these senders are not matched to a client"
)
H_COST = QT_TRANSLATE_NOOP(
    "Reason",
    "{name} cost you {hours} unbilled hours this week, {amount} at your rate; contact after "
    "hours: {after_hours} of {contacts}",
)
H_HOURS = QT_TRANSLATE_NOOP(
    "Reason",
    "{name} cost you {hours} unbilled hours this week; contact after hours: {after_hours} of "
    "{contacts}",
)
H_QUIET = QT_TRANSLATE_NOOP(
    "Reason", "{name}: all contact this week within the agreed terms ({contacts})"
)
H_NONE = QT_TRANSLATE_NOOP("Reason", "{name}: no contact this week")
H_SURCHARGE = QT_TRANSLATE_NOOP(
    "Reason", "{base}; paid after-hours contact ({surcharge_contacts}) earned {surcharge}"
)


def shift_week(week: str, weeks: int) -> str:
    """'2026-W01' shifted by `weeks` ISO weeks (across year boundaries)."""
    year, number = week.upper().split("-W")
    monday = date.fromisocalendar(int(year), int(number), 1) + timedelta(weeks=weeks)
    iso = monday.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def report_span(week: str, tz: str, trend_weeks: int) -> tuple[float, float, HourScale]:
    """[start, end) instants of the report week and the `trend_weeks` before it, and the
    local-hour scale counted from the earliest week's Monday 00:00."""
    start, _ = iso_week_bounds(shift_week(week, -trend_weeks), tz)
    _, end = iso_week_bounds(week, tz)
    return start.timestamp(), end.timestamp(), hour_scale(start, end, tz)


def count_rows(
    rows: Iterable[ContactRow], scale: HourScale, trend_weeks: int
) -> tuple[list[ContactCount], dict[str, list[int]]]:
    """Single rows as the aggregate queries would count them (one count per row), and the
    report week's contacts per client and local hour (168 counts each)."""
    counted: list[ContactCount] = []
    hours: dict[str, list[int]] = {}
    for r in rows:
        h = scale.hour_of(r.at.timestamp())
        week_back = trend_weeks - h // HOURS_PER_WEEK
        if not 0 <= week_back <= trend_weeks:
            continue
        hour = h % HOURS_PER_WEEK
        held = r.decision.is_held
        counted.append(
            ContactCount(
                r.client_id,
                r.channel,
                week_back,
                hour // 24 if week_back == 0 else None,
                1,
                after_hours=int(r.after_hours),
                outside_terms=int(r.outside_terms),
                held=int(held),
                breakthroughs=int(r.decision is DecisionKind.BREAK_THROUGH),
                not_urgent=int(r.not_urgent),
                after_hours_non_urgent=int(r.after_hours and (r.not_urgent or held)),
                ad_hoc_calls=int(r.channel is Channel.CALL and r.outside_terms),
                weekend=int(hour >= WEEKEND_FROM_HOUR),
                breakthroughs_within=int(
                    r.decision is DecisionKind.BREAK_THROUGH and not r.outside_terms
                ),
            )
        )
        if week_back == 0:
            hours.setdefault(r.client_id, [0] * HOURS_PER_WEEK)[hour] += 1
    return counted, hours


def build_report(
    week: str,
    contacts: Iterable[ContactRow],
    calls: Iterable[CallRow],
    clients: Sequence[Client],
    hours: BusinessHours,
    settings: ReportSettings,
) -> WeeklyReport:
    """The report from single rows (of the report week and, for the trend, the weeks before)."""
    _, _, scale = report_span(week, hours.timezone, settings.trend_weeks)
    counts, hour_counts = count_rows(contacts, scale, settings.trend_weeks)
    return build_report_from_counts(
        week, counts, hour_counts, calls, clients, hours, settings, scale
    )


def _paid_after_hours(client: Client | None) -> bool:
    return client is not None and client.terms.after_hours is AfterHours.WITH_SURCHARGE


def _no_call_slots(client: Client | None) -> bool:
    """No agreed call windows: then no call was scheduled, and every call is ad hoc."""
    return client is None or client.terms.for_channel(Channel.CALL).windows is None


@dataclass(slots=True)
class _Tally:
    """Running sums for one client and week, already judged against the client's terms."""

    contacts: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)
    after_hours: int = 0
    outside_terms: int = 0
    missed: dict[str, int] = field(default_factory=dict)  # 'after_hours' or a channel -> count
    held: int = 0
    breakthroughs: int = 0
    not_urgent: int = 0
    after_hours_non_urgent: int = 0
    ad_hoc_calls: int = 0
    weekend: int = 0
    refocus_contacts: int = 0
    after_hours_refocus: int = 0  # of those, after hours (unpaid): work to bill
    surcharge_contacts: int = 0
    surcharge_minutes: int = 0  # logged minutes of paid after-hours calls
    logged: int = 0  # logged minutes not otherwise paid
    logged_calls: int = 0  # of those, calls and meetings to bill as an alternative
    per_day: list[list[int]] | None = None
    hours: list[int] | None = None

    def _miss(self, key: str, n: int) -> None:
        if n:
            self.missed[key] = self.missed.get(key, 0) + n

    def add(self, c: ContactCount, client: Client | None) -> None:
        """Counted items (the store's aggregate or `count_rows`), judged with `client`'s terms:
        the stored flags say after hours and outside a channel window; whether that broke
        the terms (a surcharge client pays for after hours) is the client's deal."""
        paid = _paid_after_hours(client)
        self.contacts += c.n
        ch = c.channel.value
        self.by_channel[ch] = self.by_channel.get(ch, 0) + c.n
        self.after_hours += c.after_hours
        in_hours_outside = c.outside_terms - c.after_hours  # outside a window, in business hours
        self._miss(ch, in_hours_outside)
        if paid:
            self.outside_terms += in_hours_outside
            self.surcharge_contacts += c.after_hours
            breaks = in_hours_outside + c.breakthroughs_within
        else:
            self.outside_terms += c.outside_terms
            self._miss("after_hours", c.after_hours)
            self.after_hours_non_urgent += c.after_hours_non_urgent
            self.after_hours_refocus += c.after_hours
            breaks = c.outside_terms + c.breakthroughs_within
        if c.channel is Channel.CALL:
            ad_hoc = c.n if _no_call_slots(client) else c.outside_terms
            self.ad_hoc_calls += ad_hoc
            breaks = max(breaks, ad_hoc)
        self.refocus_contacts += breaks
        self.held += c.held
        self.breakthroughs += c.breakthroughs
        self.not_urgent += c.not_urgent
        self.weekend += c.weekend
        if c.day is not None:
            self._day(c.day, c.channel, c.n)

    def add_call(
        self, call: CallRow, client: Client | None, hours: BusinessHours, hour: int, this_week: bool
    ) -> None:
        """A logged call or meeting. A meeting is planned: never ad hoc, never outside terms.
        A call is ad hoc without agreed call windows, or outside them, or after hours."""
        tz = hours.timezone
        after = not in_windows(call.at, hours.windows, tz)
        paid = after and _paid_after_hours(client)
        slots = client.terms.for_channel(call.channel).windows if client else None
        off_slot = slots is not None and not after and not in_windows(call.at, slots, tz)
        ad_hoc = call.channel is Channel.CALL and (_no_call_slots(client) or off_slot or after)
        outside = call.channel is not Channel.MEETING and ((after and not paid) or off_slot)
        self.contacts += 1
        ch = call.channel.value
        self.by_channel[ch] = self.by_channel.get(ch, 0) + 1
        self.after_hours += int(after)
        self.outside_terms += int(outside)
        if outside:
            self._miss("after_hours" if after else ch, 1)
        self.ad_hoc_calls += int(ad_hoc)
        self.weekend += int(hour >= WEEKEND_FROM_HOUR)
        if paid:
            self.surcharge_contacts += 1
            self.surcharge_minutes += call.minutes
        else:
            self.logged += call.minutes
            self.logged_calls += call.minutes
            if ad_hoc or outside:
                self.refocus_contacts += 1
                self.after_hours_refocus += int(after)
        if this_week:
            self._day(hour // 24, call.channel, 1)
            if self.hours is None:
                self.hours = [0] * HOURS_PER_WEEK
            self.hours[hour] += 1

    def _day(self, day: int, channel: Channel, n: int) -> None:
        if self.per_day is None:
            self.per_day = [[0] * len(CHANNELS) for _ in range(7)]
        self.per_day[day][_COLUMN[channel]] += n


def build_report_from_counts(
    week: str,
    counts: Iterable[ContactCount],
    hours_by_client: Mapping[str, Sequence[int]],
    calls: Iterable[CallRow],
    clients: Sequence[Client],
    hours: BusinessHours,
    settings: ReportSettings,
    scale: HourScale,
) -> WeeklyReport:
    span = settings.trend_weeks
    by_id = {c.client_id: c for c in clients}
    tallies: dict[tuple[str, int], _Tally] = {}
    for c in counts:
        key = (c.client_id, c.week_back)
        if (tally := tallies.get(key)) is None:
            tally = tallies[key] = _Tally()
        tally.add(c, by_id.get(c.client_id))
    for client_id, client_hours in hours_by_client.items():
        if (tally := tallies.get((client_id, 0))) is None:
            tally = tallies[(client_id, 0)] = _Tally()
        tally.hours = list(client_hours)
    for call in calls:
        h = scale.hour_of(call.at.timestamp())
        week_back = span - h // HOURS_PER_WEEK
        if not 0 <= week_back <= span:
            continue
        key = (call.client_id, week_back)
        if (tally := tallies.get(key)) is None:
            tally = tallies[key] = _Tally()
        tally.add_call(call, by_id.get(call.client_id), hours, h % HOURS_PER_WEEK, week_back == 0)
    ids = {cid for cid, back in tallies if back == 0} | set(by_id)
    earlier = tuple(shift_week(week, -back) for back in range(span, 0, -1))
    weeks = [_client_week(i, by_id.get(i), tallies, earlier, settings) for i in ids]
    # Costliest first (the unbilled time at the client's rate, then in hours); unknown last.
    weeks.sort(
        key=lambda w: (
            w.client_id == UNKNOWN_CLIENT_ID,
            -round(w.cost_amount, 2),
            -round(w.time_cost_minutes, 1),
            w.name.casefold(),
        )
    )
    return WeeklyReport(
        week,
        hours.timezone,
        settings.refocus_minutes,
        tuple(weeks),
        settings.language,
        settings.target_rate,
        earlier,
        settings.currency,
        settings.thresholds,
    )


@dataclass(frozen=True, slots=True)
class _Cost:
    minutes: float  # unbilled time: logged calls plus refocus time for disruptive contact
    effective: float | None  # revenue over billed plus unbilled hours
    surcharge_amount: float


def _cost(tally: _Tally, client: Client | None, settings: ReportSettings) -> _Cost:
    minutes = tally.logged + settings.refocus_minutes * tally.refocus_contacts
    effective: float | None = None
    surcharge = 0.0
    if client and client.rate > 0:
        paid_minutes = tally.surcharge_minutes + settings.refocus_minutes * tally.surcharge_contacts
        surcharge = paid_minutes / 60.0 * client.rate * client.terms.surcharge_percent / 100.0
        if client.billed_hours_per_week > 0:
            billed = client.billed_hours_per_week
            effective = client.rate * billed / (billed + minutes / 60.0)
    return _Cost(minutes, effective, surcharge)


def _client_week(
    client_id: str,
    client: Client | None,
    tallies: Mapping[tuple[str, int], _Tally],
    earlier: tuple[str, ...],
    settings: ReportSettings,
) -> ClientWeek:
    tally = tallies.get((client_id, 0)) or _Tally()
    cost = _cost(tally, client, settings)
    trend = []
    past_tallies = []
    for back, name in zip(range(len(earlier), 0, -1), earlier, strict=True):
        past = tallies.get((client_id, back)) or _Tally()
        past_tallies.append(past)
        past_cost = _cost(past, client, settings)
        trend.append(
            WeekPoint(
                name,
                past.contacts,
                past.outside_terms,
                past.after_hours,
                past.ad_hoc_calls,
                past_cost.minutes,
                past_cost.effective,
            )
        )
    name = (
        client.name if client else (client_id if client_id != UNKNOWN_CLIENT_ID else UNKNOWN_NAME)
    )
    target = (settings.target_rate or client.rate) if client else 0.0
    suggestions = (
        tuple(_suggest(client, tally, cost, tuple(trend), past_tallies, settings)) if client else ()
    )
    why_none: Reason | None = None
    if not suggestions:
        if tally.contacts == 0:
            why_none = Reason.of(NO_CONTACT)
        elif client is None:
            why_none = Reason.of(NOT_A_CLIENT)
        else:
            why_none = Reason.of(
                ALL_FINE,
                contacts=tally.contacts,
                outside_terms=tally.outside_terms,
                ad_hoc_calls=tally.ad_hoc_calls,
            )
    empty_days = [[0] * len(CHANNELS) for _ in range(7)]
    week = ClientWeek(
        client_id,
        name,
        tally.contacts,
        dict(sorted(tally.by_channel.items())),
        tally.outside_terms,
        tally.after_hours,
        tally.held,
        tally.breakthroughs,
        tally.not_urgent,
        tally.ad_hoc_calls,
        tally.logged + tally.surcharge_minutes,
        cost.minutes,
        cost.effective,
        client.rate if client else 0.0,
        suggestions,
        why_none,
        weekend=tally.weekend,
        target_rate=target,
        per_day=tuple(tuple(d) for d in (tally.per_day or empty_days)),
        hours=tuple(tally.hours or [0] * HOURS_PER_WEEK),
        trend=tuple(trend),
        surcharge_contacts=tally.surcharge_contacts,
        surcharge_amount=cost.surcharge_amount,
        refocus_contacts=tally.refocus_contacts,
        currency=settings.currency,
    )
    return _with_headline(week, settings)


def _with_headline(week: ClientWeek, settings: ReportSettings) -> ClientWeek:
    """The one sentence a user reads first: what the client cost and how much came late."""
    lang = settings.language
    hours = week.time_cost_minutes / 60.0
    if week.contacts == 0:
        line = Reason.of(H_NONE, name=week.name)
    elif hours == 0:
        line = Reason.of(H_QUIET, name=week.name, contacts=week.contacts)
    else:
        common = {
            "name": week.name,
            "hours": number_text(hours, lang),
            "after_hours": week.after_hours,
            "contacts": week.contacts,
        }
        if week.cost_amount > 0:
            line = Reason.of(
                H_COST, amount=money_text(week.cost_amount, settings.currency, lang), **common
            )
        else:
            line = Reason.of(H_HOURS, **common)
    if week.surcharge_contacts and week.surcharge_amount > 0:
        line = Reason.of(
            H_SURCHARGE,
            base=line,
            surcharge_contacts=week.surcharge_contacts,
            surcharge=money_text(week.surcharge_amount, settings.currency, lang),
        )
    return replace(week, headline=line)


def _call_slots(client: Client, twice: bool) -> tuple[tuple[int, str], ...]:
    """Where a scheduled call fits: the start of the client's call windows (one or two days)."""
    windows = client.terms.for_channel(Channel.CALL).windows
    slots = (
        [(day, ranges[0].start.strftime("%H:%M")) for day, ranges in windows.by_weekday if ranges]
        if windows is not None
        else []
    )
    wanted = 2 if twice else 1
    for default in ((2, "10:00"), (4, "10:00")):  # else Tuesday and Thursday mornings
        if len(slots) < wanted and all(day != default[0] for day, _ in slots):
            slots.append(default)
    return tuple(sorted(slots[:wanted]))


def _percent(share: float) -> int:
    return round(share * 100)


@dataclass(frozen=True, slots=True)
class RateProposal:
    """A raise capped at `ReportSettings.raise_cap`; what it leaves of the gap to the target
    as two alternatives the client chooses between. `percent` and `new_rate` are the one
    figure quoted everywhere: new_rate = rate * (1 + percent / 100), percent rounded up so
    that (uncapped) the new rate reaches the target."""

    effective: float  # average over the weeks looked at
    short_weeks: int
    weeks: int
    needed_percent: int
    percent: int
    new_rate: float
    unbilled_hours: float  # a week, on average
    gap_week: float  # money a week still missing at the new rate (0 when not capped)
    bill_hours: float  # calls and after-hours work a week, on average
    bill_week: float  # those hours at the new rate
    retainer_month: float  # gap_week over a month (52 / 12 weeks), rounded up to tens


def rate_proposal(
    client: Client, costs: Sequence[_Cost], tallies: Sequence[_Tally], settings: ReportSettings
) -> RateProposal | None:
    """The raise, when the effective rate fell short in enough of the weeks (this one among
    them); None otherwise. `costs` and `tallies` are the weeks looked at, this week last."""
    target = settings.target_rate or client.rate
    billed = client.billed_hours_per_week
    if not (client.rate > 0 and billed > 0 and target > 0 and costs):
        return None
    floor = target * (1 - settings.thresholds.rate_shortfall)
    short = [c.effective is not None and c.effective < floor for c in costs]
    if not short[-1] or sum(short) < settings.thresholds.raise_weeks:
        return None
    unbilled = sum(c.minutes for c in costs) / len(costs) / 60.0
    effective = client.rate * billed / (billed + unbilled)
    if effective >= floor:
        return None
    needed = math.ceil(round((target / effective - 1) * 100, 6))
    cap = round(settings.raise_cap * 100)
    percent = max(1, min(needed, cap))
    new_rate = round(client.rate * (1 + percent / 100), 2)
    gap = max(0.0, target * (billed + unbilled) - new_rate * billed) if needed > percent else 0.0
    refocus = settings.refocus_minutes
    bill_minutes = sum(t.logged_calls + refocus * t.after_hours_refocus for t in tallies)
    bill_hours = bill_minutes / len(tallies) / 60.0
    return RateProposal(
        effective,
        sum(short),
        len(costs),
        needed,
        percent,
        new_rate,
        unbilled,
        gap,
        bill_hours,
        bill_hours * new_rate,
        math.ceil(round(gap * 52 / 12, 6) / 10) * 10,
    )


def _suggest(
    client: Client,
    t: _Tally,
    cost: _Cost,
    trend: tuple[WeekPoint, ...],
    past: Sequence[_Tally],
    settings: ReportSettings,
) -> Iterable[Suggestion]:
    th = settings.thresholds
    lang = settings.language
    hello = greeting(client.contact_name, lang)
    money = lambda amount: money_text(amount, settings.currency, lang)  # noqa: E731
    nums: dict[str, Any]  # the figures that triggered a suggestion, for the JSON export
    if t.ad_hoc_calls >= th.ad_hoc_calls_per_week:
        twice = t.ad_hoc_calls >= 2 * th.ad_hoc_calls_per_week
        call_column = CHANNELS.index(Channel.CALL)
        busiest = max((day[call_column] for day in t.per_day or ()), default=0)
        previous = [p.ad_hoc_calls for p in trend]
        nums = {
            "ad_hoc_calls": t.ad_hoc_calls,
            "threshold": th.ad_hoc_calls_per_week,
            "busiest_day_calls": busiest,
            "previous_weeks_ad_hoc_calls": previous,
        }
        yield Suggestion(
            "propose_scheduled_calls",
            Reason.of(S_CALLS_TWICE if twice else S_CALLS),
            nums,
            Reason.of(
                draft("propose_scheduled_calls", lang),
                greeting=hello,
                ad_hoc_calls=t.ad_hoc_calls,
                cadence=cadence_text("twice_weekly" if twice else "weekly", lang),
                slot=slot_text(_call_slots(client, twice), lang),
            ),
            Reason.of(
                B_CALLS,
                ad_hoc_calls=t.ad_hoc_calls,
                threshold=th.ad_hoc_calls_per_week,
                busiest=busiest,
                previous=", ".join(str(n) for n in previous),
            ),
        )
    c = t.contacts
    share_out = t.outside_terms / c if c else 0.0
    if c >= th.outside_terms_min_contacts and share_out >= th.outside_terms_share:
        missed = tuple(
            (key, t.missed.get(key, 0)) for key in ("after_hours", *(ch.value for ch in CHANNELS))
        )
        nums = {
            "outside_terms": t.outside_terms,
            "contacts": c,
            "share": round(share_out, 2),
            "threshold": th.outside_terms_share,
            "missed": {k: n for k, n in missed if n},
        }
        after = t.missed.get("after_hours", 0)
        yield Suggestion(
            "contact_windows",
            Reason.of(S_WINDOWS),
            nums,
            Reason.of(
                draft("contact_windows", lang),
                greeting=hello,
                outside_terms=t.outside_terms,
                contacts=c,
                missed=missed_text(missed, lang),
            ),
            Reason.of(
                B_WINDOWS,
                outside_terms=t.outside_terms,
                contacts=c,
                share=_percent(share_out),
                threshold=_percent(th.outside_terms_share),
                after_hours=after,
                outside_window=t.outside_terms - after,
            ),
        )
    if t.after_hours_non_urgent >= th.after_hours_non_urgent:
        surcharge = client.terms.surcharge_percent or settings.surcharge_percent
        nums = {
            "after_hours_non_urgent": t.after_hours_non_urgent,
            "weekend": t.weekend,
            "threshold": th.after_hours_non_urgent,
            "surcharge_percent": surcharge,
        }
        yield Suggestion(
            "after_hours_plan",
            Reason.of(S_AFTER_HOURS),
            nums,
            Reason.of(
                draft("after_hours_plan", lang),
                greeting=hello,
                after_hours_non_urgent=t.after_hours_non_urgent,
                weekend=weekend_text(t.weekend, lang),
                surcharge=f"{surcharge:g}",
            ),
            Reason.of(
                B_AFTER_HOURS,
                after_hours_non_urgent=t.after_hours_non_urgent,
                threshold=th.after_hours_non_urgent,
                weekend=t.weekend,
                surcharge=f"{surcharge:g}",
            ),
        )
    costs = [_cost(p, client, settings) for p in past] + [cost]
    proposal = rate_proposal(client, costs, [*past, t], settings)
    if proposal is not None:
        yield _raise_suggestion(client, proposal, settings, hello, money)
    chat = t.by_channel.get(Channel.CHAT.value, 0)
    if c >= th.chat_min_contacts and chat / c >= th.chat_share:
        nums = {
            "chat": chat,
            "contacts": c,
            "share": round(chat / c, 2),
            "threshold": th.chat_share,
        }
        yield Suggestion(
            "chat_to_mail",
            Reason.of(S_CHAT),
            nums,
            Reason.of(draft("chat_to_mail", lang), greeting=hello),
            Reason.of(
                B_CHAT,
                chat=chat,
                contacts=c,
                share=_percent(chat / c),
                threshold=_percent(th.chat_share),
            ),
        )
    agreed = (
        bool(client.terms.channels) or client.terms.after_hours is not AfterHours.EMERGENCIES_ONLY
    )
    if agreed and c >= th.outside_terms_min_contacts and share_out >= th.outside_terms_share:
        ignored = [
            p.week
            for p in trend
            if p.contacts >= th.outside_terms_min_contacts
            and p.outside_share >= th.outside_terms_share
        ]
        if len(ignored) >= th.relationship_weeks:
            shares = [round(p.outside_share, 2) for p in trend]
            nums = {
                "weeks_outside_terms": len(ignored) + 1,
                "weeks": len(trend) + 1,
                "threshold_weeks": th.relationship_weeks + 1,
                "share": round(share_out, 2),
                "previous_shares": shares,
            }
            yield Suggestion(
                "review_relationship",
                Reason.of(S_RELATIONSHIP),
                nums,
                Reason.of(
                    draft("review_relationship", lang),
                    greeting=hello,
                    weeks=len(ignored) + 1,
                    span=len(trend) + 1,
                    outside_terms=t.outside_terms,
                    contacts=c,
                ),
                Reason.of(
                    B_RELATIONSHIP,
                    weeks_outside=len(ignored) + 1,
                    weeks=len(trend) + 1,
                    threshold=th.relationship_weeks + 1,
                    shares=", ".join(f"{_percent(x)}%" for x in [*shares, share_out]),
                ),
            )


def _raise_suggestion(
    client: Client, p: RateProposal, settings: ReportSettings, hello: str, money: Any
) -> Suggestion:
    lang = settings.language
    target = settings.target_rate or client.rate
    nums: dict[str, Any] = {
        "effective_rate": round(p.effective, 2),
        "target_rate": target,
        "nominal_rate": client.rate,
        "unbilled_hours": round(p.unbilled_hours, 2),
        "short_weeks": p.short_weeks,
        "weeks": p.weeks,
        "needed_percent": p.needed_percent,
        "cap_percent": round(settings.raise_cap * 100),
        "percent": p.percent,
        "new_rate": p.new_rate,
    }
    base = Reason.of(
        B_RATE if p.needed_percent > p.percent else B_RATE_UNCAPPED,
        threshold=money(target * (1 - settings.thresholds.rate_shortfall)),
        short_weeks=p.short_weeks,
        weeks=p.weeks,
        effective=money(p.effective),
        target=money(target),
        unbilled=number_text(p.unbilled_hours, lang),
        billed=number_text(client.billed_hours_per_week, lang),
        needed=p.needed_percent,
        cap=round(settings.raise_cap * 100),
    )
    because = base
    rule = "raise_rate"
    extra: dict[str, Any] = {}
    if p.gap_week > 0:
        nums |= {
            "gap_per_week": round(p.gap_week, 2),
            "bill_hours_per_week": round(p.bill_hours, 2),
            "bill_per_week": round(p.bill_week, 2),
            "retainer_per_month": p.retainer_month,
        }
        because = Reason.of(
            B_RATE_ALTERNATIVES,
            base=base,
            gap=money(p.gap_week),
            hours=number_text(p.bill_hours, lang),
            new_rate=money(p.new_rate),
            billed_week=money(p.bill_week),
            retainer=money(p.retainer_month),
        )
        rule = "raise_rate_capped"
        extra = {"billed_week": money(p.bill_week), "retainer": money(p.retainer_month)}
    return Suggestion(
        "raise_rate",
        Reason.of(S_RATE, new_rate=money(p.new_rate), percent=p.percent),
        nums,
        Reason.of(
            draft(rule, lang),
            greeting=hello,
            new_rate=money(p.new_rate),
            rate=money(client.rate),
            **extra,
        ),
        because,
    )
