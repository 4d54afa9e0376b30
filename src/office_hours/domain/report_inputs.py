"""What the weekly report is computed from: stored rows, and the user's settings (which live
in report_settings.py, so the config loader needs neither these rows nor the report maths
at start-up; they are re-exported here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from office_hours.domain.model import Channel, DecisionKind
from office_hours.domain.report_settings import DEFAULT_REFOCUS_MINUTES as DEFAULT_REFOCUS_MINUTES
from office_hours.domain.report_settings import REFOCUS_SOURCE as REFOCUS_SOURCE
from office_hours.domain.report_settings import ReportSettings as ReportSettings
from office_hours.domain.report_settings import Thresholds as Thresholds


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
