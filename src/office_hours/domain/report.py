"""Weekly figures per client, the four-week trend, and the suggestions they trigger.

Pure: counted rows in, report out. The store aggregates contacts in SQL (`ContactCount`,
one row per client, channel and local hour); `build_report` also accepts single rows
(`ContactRow`) and counts them the same way, which is what the tests feed it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from office_hours.domain.drafts import cadence_text, draft, slot_text
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

SCHEMA_VERSION = 2
CHANNELS = (Channel.EMAIL, Channel.CHAT, Channel.CALL, Channel.MEETING)
HOURS_PER_WEEK = 7 * 24
WEEKEND_FROM_HOUR = 5 * 24  # Saturday 00:00 local
_COLUMN = {c: i for i, c in enumerate(CHANNELS)}


@dataclass(frozen=True, slots=True)
class Suggestion:
    rule: str
    title: Reason
    numbers: Mapping[str, Any]
    message: Reason

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "title": str(self.title),
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
            "channels": [c.value for c in CHANNELS],
            "trend_weeks": list(self.trend_weeks),
            "clients": [c.to_json() for c in self.clients],
        }


S_CALLS = QT_TRANSLATE_NOOP("Reason", "Propose a scheduled weekly call")
S_CALLS_TWICE = QT_TRANSLATE_NOOP("Reason", "Propose two scheduled calls a week")
S_WINDOWS = QT_TRANSLATE_NOOP(
    "Reason", "Agree contact windows and send the contact-terms sheet (office-hours terms {client})"
)
S_AFTER_HOURS = QT_TRANSLATE_NOOP("Reason", "Offer an after-hours support plan or a surcharge")
S_RATE = QT_TRANSLATE_NOOP("Reason", "Raise the rate by {percent}%")
S_CHAT = QT_TRANSLATE_NOOP("Reason", "Move chat to batched mail")
S_RELATIONSHIP = QT_TRANSLATE_NOOP(
    "Reason", "Consider whether the working relationship still works"
)
NO_CONTACT = QT_TRANSLATE_NOOP("Reason", "No contact this week")
ALL_FINE = QT_TRANSLATE_NOOP(
    "Reason",
    "No suggestion: {contacts} contacts, {outside_terms} outside terms, {ad_hoc_calls} ad-hoc "
    "calls; all within the thresholds",
)
UNKNOWN_NAME = QT_TRANSLATE_NOOP("Report", "Unknown senders")
NOT_A_CLIENT = QT_TRANSLATE_NOOP(
    "Reason", "No suggestion: these senders are not matched to a client"
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


@dataclass(slots=True)
class _Tally:
    """Running sums for one client and week."""

    contacts: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)
    after_hours: int = 0
    outside_terms: int = 0
    held: int = 0
    breakthroughs: int = 0
    not_urgent: int = 0
    after_hours_non_urgent: int = 0
    ad_hoc_calls: int = 0
    weekend: int = 0
    logged: int = 0
    per_day: list[list[int]] | None = None
    hours: list[int] | None = None

    def add(self, c: ContactCount) -> None:
        self.contacts += c.n
        ch = c.channel.value
        self.by_channel[ch] = self.by_channel.get(ch, 0) + c.n
        self.after_hours += c.after_hours
        self.outside_terms += c.outside_terms
        self.held += c.held
        self.breakthroughs += c.breakthroughs
        self.not_urgent += c.not_urgent
        self.after_hours_non_urgent += c.after_hours_non_urgent
        self.ad_hoc_calls += c.ad_hoc_calls
        self.weekend += c.weekend
        if c.day is not None:
            if self.per_day is None:
                self.per_day = [[0] * len(CHANNELS) for _ in range(7)]
            self.per_day[c.day][_COLUMN[c.channel]] += c.n

    def add_hour(self, hour: int, count: int) -> None:
        if self.hours is None:
            self.hours = [0] * HOURS_PER_WEEK
        self.hours[hour] += count


def _ad_hoc(call: CallRow, client: Client | None, hours: BusinessHours) -> bool:
    """A call is ad hoc when it falls outside the client's call windows (or after hours)."""
    tz = hours.timezone
    if not in_windows(call.at, hours.windows, tz):
        return True
    windows = client.terms.for_channel(call.channel).windows if client else None
    return windows is not None and not in_windows(call.at, windows, tz)


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
        tally.add(c)
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
        ad_hoc = _ad_hoc(call, by_id.get(call.client_id), hours)
        hour = h % HOURS_PER_WEEK
        tally.add(
            ContactCount(
                call.client_id,
                call.channel,
                week_back,
                hour // 24 if week_back == 0 else None,
                1,
                after_hours=int(not in_windows(call.at, hours.windows, hours.timezone)),
                outside_terms=int(ad_hoc),
                ad_hoc_calls=int(ad_hoc),
                weekend=int(hour >= WEEKEND_FROM_HOUR),
            )
        )
        tally.logged += call.minutes
        if week_back == 0:
            tally.add_hour(hour, 1)
    ids = sorted(
        {cid for cid, back in tallies if back == 0} | set(by_id),
        key=lambda i: (i == UNKNOWN_CLIENT_ID, by_id[i].name.casefold() if i in by_id else i),
    )
    earlier = tuple(shift_week(week, -back) for back in range(span, 0, -1))
    weeks = tuple(_client_week(i, by_id.get(i), tallies, earlier, settings) for i in ids)
    return WeeklyReport(
        week,
        hours.timezone,
        settings.refocus_minutes,
        weeks,
        settings.language,
        settings.target_rate,
        earlier,
    )


def _cost(
    tally: _Tally, client: Client | None, settings: ReportSettings
) -> tuple[float, float | None]:
    """(time cost in minutes, effective rate): revenue over billed plus unbilled contact time."""
    time_cost = tally.logged + settings.refocus_minutes * tally.contacts
    effective: float | None = None
    if client and client.rate > 0 and client.billed_hours_per_week > 0:
        billed = client.billed_hours_per_week
        effective = client.rate * billed / (billed + time_cost / 60.0)
    return time_cost, effective


def _client_week(
    client_id: str,
    client: Client | None,
    tallies: Mapping[tuple[str, int], _Tally],
    earlier: tuple[str, ...],
    settings: ReportSettings,
) -> ClientWeek:
    tally = tallies.get((client_id, 0)) or _Tally()
    time_cost, effective = _cost(tally, client, settings)
    trend = []
    for back, name in zip(range(len(earlier), 0, -1), earlier, strict=True):
        past = tallies.get((client_id, back)) or _Tally()
        past_cost, past_rate = _cost(past, client, settings)
        trend.append(
            WeekPoint(
                name,
                past.contacts,
                past.outside_terms,
                past.after_hours,
                past.ad_hoc_calls,
                past_cost,
                past_rate,
            )
        )
    name = (
        client.name if client else (client_id if client_id != UNKNOWN_CLIENT_ID else UNKNOWN_NAME)
    )
    target = (settings.target_rate or client.rate) if client else 0.0
    suggestions = (
        tuple(_suggest(name, client, tally, effective, tuple(trend), settings)) if client else ()
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
    return ClientWeek(
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
        tally.logged,
        time_cost,
        effective,
        client.rate if client else 0.0,
        suggestions,
        why_none,
        weekend=tally.weekend,
        target_rate=target,
        per_day=tuple(tuple(d) for d in (tally.per_day or empty_days)),
        hours=tuple(tally.hours or [0] * HOURS_PER_WEEK),
        trend=tuple(trend),
    )


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


def _suggest(
    name: str,
    client: Client,
    t: _Tally,
    effective: float | None,
    trend: tuple[WeekPoint, ...],
    settings: ReportSettings,
) -> Iterable[Suggestion]:
    th = settings.thresholds
    lang = settings.language
    nums: dict[str, Any]  # the figures that triggered a suggestion, shown beside it
    if t.ad_hoc_calls >= th.ad_hoc_calls_per_week:
        twice = t.ad_hoc_calls >= 2 * th.ad_hoc_calls_per_week
        call_column = CHANNELS.index(Channel.CALL)
        busiest = max((day[call_column] for day in t.per_day or ()), default=0)
        nums = {
            "ad_hoc_calls": t.ad_hoc_calls,
            "threshold": th.ad_hoc_calls_per_week,
            "busiest_day_calls": busiest,
            "previous_weeks_ad_hoc_calls": [p.ad_hoc_calls for p in trend],
        }
        yield Suggestion(
            "propose_scheduled_calls",
            Reason.of(S_CALLS_TWICE if twice else S_CALLS),
            nums,
            Reason.of(
                draft("propose_scheduled_calls", lang),
                name=name,
                ad_hoc_calls=t.ad_hoc_calls,
                cadence=cadence_text("twice_weekly" if twice else "weekly", lang),
                slot=slot_text(_call_slots(client, twice), lang),
            ),
        )
    c = t.contacts
    share_out = t.outside_terms / c if c else 0.0
    if c >= th.outside_terms_min_contacts and share_out >= th.outside_terms_share:
        nums = {
            "outside_terms": t.outside_terms,
            "contacts": c,
            "share": round(share_out, 2),
            "threshold": th.outside_terms_share,
        }
        yield Suggestion(
            "contact_windows",
            Reason.of(S_WINDOWS, client=client.client_id),
            nums,
            Reason.of(
                draft("contact_windows", lang),
                name=name,
                outside_terms=t.outside_terms,
                contacts=c,
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
                name=name,
                after_hours_non_urgent=t.after_hours_non_urgent,
                weekend=t.weekend,
                surcharge=f"{surcharge:g}",
            ),
        )
    target = settings.target_rate or client.rate
    if effective is not None and target > 0 and effective < target * (1 - th.rate_shortfall):
        new_rate = client.rate * target / effective
        percent = round((new_rate / client.rate - 1) * 100)
        nums = {
            "effective_rate": round(effective, 2),
            "target_rate": target,
            "nominal_rate": client.rate,
            "unbilled_hours": round((t.logged + settings.refocus_minutes * c) / 60.0, 2),
            "percent": percent,
            "new_rate": round(new_rate, 2),
        }
        yield Suggestion(
            "raise_rate",
            Reason.of(S_RATE, percent=percent),
            nums,
            Reason.of(draft("raise_rate", lang), name=name, new_rate=f"{new_rate:.0f}"),
        )
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
            Reason.of(draft("chat_to_mail", lang), name=name),
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
            nums = {
                "weeks_outside_terms": len(ignored) + 1,
                "weeks": len(trend) + 1,
                "threshold_weeks": th.relationship_weeks + 1,
                "share": round(share_out, 2),
                "previous_shares": [round(p.outside_share, 2) for p in trend],
            }
            yield Suggestion(
                "review_relationship",
                Reason.of(S_RELATIONSHIP),
                nums,
                Reason.of(
                    draft("review_relationship", lang),
                    name=name,
                    weeks=len(ignored) + 1,
                    span=len(trend) + 1,
                    outside_terms=t.outside_terms,
                    contacts=c,
                ),
            )
