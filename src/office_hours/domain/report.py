"""Weekly figures per client and the suggestions they trigger. Pure: rows in, report out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from office_hours.domain.model import (
    UNKNOWN_CLIENT_ID,
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
    ContactRow,
    ReportSettings,
    Thresholds,
)
from office_hours.domain.schedule import in_windows


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

    def to_json(self) -> dict[str, Any]:
        return {
            "client": self.client_id,
            "name": self.name,
            "contacts": self.contacts,
            "by_channel": dict(self.by_channel),
            "outside_terms": self.outside_terms,
            "after_hours": self.after_hours,
            "held": self.held,
            "breakthroughs": self.breakthroughs,
            "not_urgent": self.not_urgent,
            "ad_hoc_calls": self.ad_hoc_calls,
            "logged_minutes": self.logged_minutes,
            "time_cost_minutes": round(self.time_cost_minutes, 1),
            "effective_rate": None
            if self.effective_rate is None
            else round(self.effective_rate, 2),
            "nominal_rate": self.nominal_rate,
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

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": 1,
            "week": self.week,
            "timezone": self.timezone,
            "refocus_minutes": self.refocus_minutes,
            "refocus_source": REFOCUS_SOURCE,
            "clients": [c.to_json() for c in self.clients],
        }


S_CALLS = QT_TRANSLATE_NOOP("Suggestion", "Propose a scheduled weekly call")
M_CALLS = QT_TRANSLATE_NOOP(
    "Suggestion",
    "Hi {name}, this week we spoke {ad_hoc_calls} times without a plan. To give your questions "
    "my full attention, could we collect them for one scheduled call each week? I can offer a "
    "fixed slot in my call hours. Ad-hoc calls stay possible for real emergencies.",
)
S_WINDOWS = QT_TRANSLATE_NOOP(
    "Suggestion", "Agree contact windows and send the contact-terms sheet"
)
M_WINDOWS = QT_TRANSLATE_NOOP(
    "Suggestion",
    "Hi {name}, {outside_terms} of {contacts} messages and calls this week came outside our "
    "agreed hours. I have attached my contact terms so that you know when I answer and how "
    "fast; anything urgent still reaches me.",
)
S_AFTER_HOURS = QT_TRANSLATE_NOOP("Suggestion", "Offer an after-hours support plan or a surcharge")
M_AFTER_HOURS = QT_TRANSLATE_NOOP(
    "Suggestion",
    "Hi {name}, this week {after_hours_non_urgent} requests reached me after hours that could "
    "have waited until the next business day. If you need me after hours, I can offer a "
    "support plan; otherwise I will answer these the next business day.",
)
S_RATE = QT_TRANSLATE_NOOP("Suggestion", "Raise the rate by {percent}%")
M_RATE = QT_TRANSLATE_NOOP(
    "Suggestion",
    "Hi {name}, our work together has grown beyond the hours we agreed, and from next month my "
    "rate will be {new_rate} per hour. I am happy to talk about scope if you prefer.",
)
S_CHAT = QT_TRANSLATE_NOOP("Suggestion", "Move chat to batched mail")
M_CHAT = QT_TRANSLATE_NOOP(
    "Suggestion",
    "Hi {name}, to keep our work moving without constant pings, could we collect non-urgent "
    "questions in one email a day? I read mail at fixed times and answer within the agreed time.",
)
NO_CONTACT = QT_TRANSLATE_NOOP("Suggestion", "No contact this week")
ALL_FINE = QT_TRANSLATE_NOOP(
    "Suggestion",
    "No suggestion: {contacts} contacts, {outside_terms} outside terms, {ad_hoc_calls} ad-hoc "
    "calls; all within the thresholds",
)
UNKNOWN_NAME = QT_TRANSLATE_NOOP("Report", "Unknown senders")


def _ad_hoc(call: CallRow, client: Client | None, hours: BusinessHours) -> bool:
    """A call is ad hoc when it falls outside the client's call windows (or after hours)."""
    tz = hours.timezone
    if not in_windows(call.at, hours.windows, tz):
        return True
    windows = client.terms.for_channel(call.channel).windows if client else None
    return windows is not None and not in_windows(call.at, windows, tz)


def build_report(
    week: str,
    contacts: Iterable[ContactRow],
    calls: Iterable[CallRow],
    clients: Sequence[Client],
    hours: BusinessHours,
    settings: ReportSettings,
) -> WeeklyReport:
    by_id = {c.client_id: c for c in clients}
    rows: dict[str, list[ContactRow]] = {}
    for row in contacts:
        rows.setdefault(row.client_id, []).append(row)
    call_rows: dict[str, list[CallRow]] = {}
    for call in calls:
        call_rows.setdefault(call.client_id, []).append(call)
    ids = sorted(
        set(rows) | set(call_rows) | {c.client_id for c in clients},
        key=lambda i: (i == UNKNOWN_CLIENT_ID, by_id[i].name.casefold() if i in by_id else i),
    )
    weeks = tuple(
        client_week(i, by_id.get(i), rows.get(i, []), call_rows.get(i, []), hours, settings)
        for i in ids
    )
    return WeeklyReport(week, hours.timezone, settings.refocus_minutes, weeks)


def client_week(
    client_id: str,
    client: Client | None,
    rows: Sequence[ContactRow],
    calls: Sequence[CallRow],
    hours: BusinessHours,
    settings: ReportSettings,
) -> ClientWeek:
    tz = hours.timezone
    by_channel: Counter[str] = Counter(r.channel.value for r in rows)
    for call in calls:
        by_channel[call.channel.value] += 1
    contacts = len(rows) + len(calls)
    call_after_hours = sum(1 for c in calls if not in_windows(c.at, hours.windows, tz))
    ad_hoc_calls = sum(1 for r in rows if r.channel is Channel.CALL and r.outside_terms) + sum(
        1 for c in calls if _ad_hoc(c, client, hours)
    )
    outside_terms = sum(1 for r in rows if r.outside_terms) + sum(
        1 for c in calls if _ad_hoc(c, client, hours)
    )
    after_hours = sum(1 for r in rows if r.after_hours) + call_after_hours
    held = sum(1 for r in rows if r.decision.is_held)
    breakthroughs = sum(1 for r in rows if r.decision is DecisionKind.BREAK_THROUGH)
    not_urgent = sum(1 for r in rows if r.not_urgent)
    logged = sum(c.minutes for c in calls)
    time_cost = logged + settings.refocus_minutes * contacts
    nominal = client.rate if client else 0.0
    effective: float | None = None
    billed = client.billed_hours_per_week if client else 0.0
    if client and nominal > 0 and billed > 0:
        effective = nominal * billed / (billed + time_cost / 60.0)
    name = (
        client.name if client else (client_id if client_id != UNKNOWN_CLIENT_ID else UNKNOWN_NAME)
    )
    figures = {
        "contacts": contacts,
        "outside_terms": outside_terms,
        "after_hours": after_hours,
        "ad_hoc_calls": ad_hoc_calls,
        "chat": by_channel.get(Channel.CHAT.value, 0),
        "after_hours_non_urgent": sum(
            1 for r in rows if r.after_hours and (r.not_urgent or r.decision.is_held)
        ),
    }
    suggestions = tuple(_suggest(name, client, figures, effective, settings)) if client else ()
    why_none: Reason | None = None
    if not suggestions:
        why_none = (
            Reason.of(NO_CONTACT)
            if contacts == 0
            else Reason.of(
                ALL_FINE, contacts=contacts, outside_terms=outside_terms, ad_hoc_calls=ad_hoc_calls
            )
        )
    return ClientWeek(
        client_id,
        name,
        contacts,
        dict(sorted(by_channel.items())),
        outside_terms,
        after_hours,
        held,
        breakthroughs,
        not_urgent,
        ad_hoc_calls,
        logged,
        time_cost,
        effective,
        nominal,
        suggestions,
        why_none,
    )


def _suggest(
    name: str,
    client: Client,
    f: Mapping[str, int],
    effective: float | None,
    settings: ReportSettings,
) -> Iterable[Suggestion]:
    th = settings.thresholds
    nums: dict[str, float]  # the figures that triggered a suggestion, shown beside it
    if f["ad_hoc_calls"] >= th.ad_hoc_calls_per_week:
        nums = {"ad_hoc_calls": f["ad_hoc_calls"], "threshold": th.ad_hoc_calls_per_week}
        yield Suggestion(
            "propose_scheduled_calls",
            Reason.of(S_CALLS),
            nums,
            Reason.of(M_CALLS, name=name, **nums),
        )
    c = f["contacts"]
    if c >= th.outside_terms_min_contacts and f["outside_terms"] / c >= th.outside_terms_share:
        nums = {
            "outside_terms": f["outside_terms"],
            "contacts": c,
            "share": round(f["outside_terms"] / c, 2),
            "threshold": th.outside_terms_share,
        }
        yield Suggestion(
            "contact_windows", Reason.of(S_WINDOWS), nums, Reason.of(M_WINDOWS, name=name, **nums)
        )
    if f["after_hours_non_urgent"] >= th.after_hours_non_urgent:
        nums = {
            "after_hours_non_urgent": f["after_hours_non_urgent"],
            "threshold": th.after_hours_non_urgent,
        }
        yield Suggestion(
            "after_hours_plan",
            Reason.of(S_AFTER_HOURS),
            nums,
            Reason.of(M_AFTER_HOURS, name=name, **nums),
        )
    target = settings.target_rate or client.rate
    if effective is not None and target > 0 and effective < target * (1 - th.rate_shortfall):
        new_rate = client.rate * target / effective
        percent = round((new_rate / client.rate - 1) * 100)
        nums = {
            "effective_rate": round(effective, 2),
            "target_rate": target,
            "nominal_rate": client.rate,
            "percent": percent,
            "new_rate": round(new_rate, 2),
        }
        yield Suggestion(
            "raise_rate",
            Reason.of(S_RATE, percent=percent),
            nums,
            Reason.of(M_RATE, name=name, new_rate=f"{new_rate:.0f}"),
        )
    if c >= th.chat_min_contacts and f["chat"] / c >= th.chat_share:
        nums = {
            "chat": f["chat"],
            "contacts": c,
            "share": round(f["chat"] / c, 2),
            "threshold": th.chat_share,
        }
        yield Suggestion("chat_to_mail", Reason.of(S_CHAT), nums, Reason.of(M_CHAT, name=name))
