"""What the weekly report is computed from: stored rows and the user's settings.

Apart from report.py so that the store and the config loader need not import the report
maths at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from office_hours.domain.model import Channel, DecisionKind

# Mark, Gonzalez & Harris (CHI 2005) observed interrupted work being resumed about 25 minutes
# later on average; that is time until return, not pure refocus effort, so the default
# refocus cost stays below it and is configurable.
DEFAULT_REFOCUS_MINUTES = 15.0
REFOCUS_SOURCE = (
    "Mark, Gonzalez & Harris, 'No task left behind?', CHI 2005: interrupted work was resumed "
    "after about 25 minutes on average (time until return, not all of it lost)."
)


@dataclass(frozen=True, slots=True)
class ContactRow:
    client_id: str
    channel: Channel
    at: datetime
    decision: DecisionKind
    after_hours: bool
    outside_terms: bool
    not_urgent: bool = False
    surcharge: bool = False


@dataclass(frozen=True, slots=True)
class CallRow:
    client_id: str
    at: datetime
    minutes: int
    channel: Channel = Channel.CALL


class ContactCount(NamedTuple):
    """Contacts of one client on one channel, counted together: what the store's aggregate
    query returns (and what `count_rows` makes of single rows, for tests). A named tuple:
    immutable, and cheap to make by the thousand from query rows.

    `week_back` is 0 for the report's week and 1..4 for the weeks before it; `day` is the
    local weekday (0 = Monday) within the report's week, or None for the weeks before.
    """

    client_id: str
    channel: Channel
    week_back: int
    day: int | None
    n: int  # how many (named n: tuple.count is a method)
    after_hours: int = 0
    outside_terms: int = 0
    held: int = 0
    breakthroughs: int = 0
    not_urgent: int = 0
    after_hours_non_urgent: int = 0  # after hours and held, or marked "not urgent"
    ad_hoc_calls: int = 0  # calls outside the agreed terms (the report decides ad hoc itself)
    weekend: int = 0
    # Break-throughs that were within the terms (so in business hours): with outside_terms,
    # what costs refocus time. (after_hours is part of outside_terms, so a client's paid
    # after-hours contact can be taken out again: outside_terms - after_hours.)
    breakthroughs_within: int = 0


@dataclass(frozen=True, slots=True)
class Thresholds:
    ad_hoc_calls_per_week: int = 5
    outside_terms_share: float = 0.4
    outside_terms_min_contacts: int = 5
    after_hours_non_urgent: int = 3
    chat_share: float = 0.6
    chat_min_contacts: int = 10
    rate_shortfall: float = 0.10  # suggest a raise when the effective rate is this far below
    relationship_weeks: int = 3  # of the four weeks before, this many also outside terms
    raise_weeks: int = 3  # a raise needs a shortfall in this many of the five weeks looked at


@dataclass(frozen=True, slots=True)
class ReportSettings:
    refocus_minutes: float = DEFAULT_REFOCUS_MINUTES
    target_rate: float = 0.0  # 0: compare with each client's nominal rate
    thresholds: Thresholds = field(default_factory=Thresholds)
    language: str = "en"  # drafted messages: en, ru or th
    surcharge_percent: float = 25.0  # proposed when a client's terms name none
    trend_weeks: int = 4
    currency: str = "EUR"
    raise_cap: float = 0.20  # the largest raise proposed; the rest of the gap as alternatives
