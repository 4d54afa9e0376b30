"""decide(item, client, situation, now) -> Decision: the one rule table of the product.

Pure: everything that matters arrives as arguments, including the client's recent contacts
and the user's effective mode, so thousands of cases run in milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from office_hours.domain import reasons as R
from office_hours.domain.model import (
    AfterHours,
    BusinessHours,
    Client,
    Decision,
    DecisionKind,
    EffectiveMode,
    Item,
    ModeKind,
    require_aware,
)
from office_hours.domain.reasons import Reason
from office_hours.domain.schedule import in_windows, local, next_open
from office_hours.domain.urgency import (
    UrgencyRules,
    find_urgent_word,
    repeated_contact,
    sender_matches,
)


@dataclass(frozen=True, slots=True)
class Situation:
    """Everything besides the item that a decision depends on."""

    mode: EffectiveMode
    hours: BusinessHours
    urgency: UrgencyRules = field(default_factory=UrgencyRules)
    recent_contacts: Sequence[datetime] = ()  # this client's earlier contacts, any channel


def urgency_of(
    item: Item, client: Client | None, situation: Situation, now: datetime
) -> Reason | None:
    rules = situation.urgency
    vips = rules.vip_senders + (client.vip_senders if client else ())
    if vips and sender_matches(item.sender, vips):
        return Reason.of(R.VIP_SENDER, sender=item.sender)
    word = find_urgent_word(f"{item.subject}\n{item.snippet}", rules.words)
    if word is not None:
        return Reason.of(R.URGENT_WORD, word=word)
    if client is not None:
        n = repeated_contact(
            item.received_at, situation.recent_contacts, rules.repeat_count, rules.repeat_minutes
        )
        if n is not None:
            return Reason.of(R.REPEATED, count=n, client=client.name, minutes=rules.repeat_minutes)
    return None


def _clock(at: datetime, tz: str) -> str:
    return local(at, tz).strftime("%H:%M")


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _release_text(now: datetime, situation: Situation) -> str:
    """When held off-hours items come back: the end of a manual off-hours choice, else the
    next opening of business hours."""
    hours, mode = situation.hours, situation.mode
    if mode.until is not None and (mode.manual or mode.kind is ModeKind.OFF_HOURS):
        # A chosen span ends when it says; the schedule's off hours end at the next opening,
        # which the mode already knows (a back-filled batch asks for many instants).
        at: datetime | None = mode.until
    else:
        at = next_open(now, hours.windows, hours.timezone)
    if at is None:
        return "?"
    return _weekday_clock(at, hours.timezone)


@lru_cache(maxsize=256)  # a batch of held items mostly waits for the same opening
def _weekday_clock(at: datetime, tz: str) -> str:
    here = local(at, tz)
    # Not strftime("%a"): that follows the process locale, which Qt changes in the GUI.
    return f"{_WEEKDAYS[here.isoweekday() - 1]} {here:%H:%M}"


def decide(item: Item, client: Client | None, situation: Situation, now: datetime) -> Decision:
    require_aware(now, "now")
    hours = situation.hours
    tz = hours.timezone
    after_hours = not in_windows(item.received_at, hours.windows, tz)
    windows = client.terms.for_channel(item.channel).windows if client else None
    outside_window = windows is not None and not in_windows(item.received_at, windows, tz)
    outside_terms = after_hours or outside_window
    urgent = urgency_of(item, client, situation, now)
    mode = situation.mode.kind
    flags = {
        "urgent": urgent is not None,
        "after_hours": after_hours,
        "outside_terms": outside_terms,
    }

    if mode is ModeKind.REACHABLE:
        reason = (
            Reason.of(R.REACHABLE_OUTSIDE_WINDOW, channel=item.channel.value)
            if outside_window
            else Reason.of(R.REACHABLE)
        )
        return Decision(DecisionKind.DELIVER, reason, **flags)

    if mode is ModeKind.FOCUS:
        if urgent is not None:
            return Decision(
                DecisionKind.BREAK_THROUGH, Reason.of(R.BREAKS_FOCUS, why=urgent), **flags
            )
        until = situation.mode.until
        reason = (
            Reason.of(R.FOCUS_HELD, until=_clock(until, tz))
            if until
            else Reason.of(R.FOCUS_HELD_OPEN)
        )
        return Decision(DecisionKind.HOLD, reason, **flags)

    # Off hours: the client's terms decide what may come through.
    rule = client.terms.after_hours if client else AfterHours.EMERGENCIES_ONLY
    next_text = _release_text(now, situation)
    if rule is AfterHours.NEVER:
        return Decision(
            DecisionKind.HOLD_UNTIL_BUSINESS_HOURS,
            Reason.of(R.OFF_HOURS_NEVER, next_open=next_text, client=client.name if client else ""),
            **flags,
        )
    if rule is AfterHours.WITH_SURCHARGE and client is not None and after_hours:
        # The client pays to reach the user after hours: through, noted for the report.
        reason = Reason.of(
            R.SURCHARGE_THROUGH,
            percent=_percent(client.terms.surcharge_percent),
            client=client.name,
        )
        return Decision(DecisionKind.BREAK_THROUGH, reason, surcharge=True, **flags)
    if urgent is not None:
        return Decision(
            DecisionKind.BREAK_THROUGH, Reason.of(R.BREAKS_OFF_HOURS, why=urgent), **flags
        )
    return Decision(
        DecisionKind.HOLD_UNTIL_BUSINESS_HOURS,
        Reason.of(R.OFF_HOURS_HELD, next_open=next_text),
        **flags,
    )


def _percent(value: float) -> str:
    return f"{value:g}"
