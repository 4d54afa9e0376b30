"""The user's report settings (thresholds, refocus cost, target rate): what the config
loader builds at start-up, apart from the report's rows and maths, which load with a report."""

from __future__ import annotations

from dataclasses import dataclass, field

# Mark, Gonzalez & Harris (CHI 2005) observed interrupted work being resumed about 25 minutes
# later on average; that is time until return, not pure refocus effort, so the default
# refocus cost stays below it and is configurable.
DEFAULT_REFOCUS_MINUTES = 15.0
REFOCUS_CITATION = "Mark, Gonzalez & Harris, 'No task left behind?', CHI 2005"
REFOCUS_FINDING = (  # the window and the PDF show it translated (documents/report.py)
    "interrupted work was resumed after about 25 minutes on average (time until return, "
    "not all of it lost)."
)
REFOCUS_SOURCE = f"{REFOCUS_CITATION}: {REFOCUS_FINDING}"


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
