"""The contact-terms sheet as data: what a client agreed, ready to be laid out as a document.

Pure (no Qt, no I/O, no clock reads: `now` is a parameter), so the figures on the sheet are
the ones the policy uses. Wording and layout belong to `terms_export.py`, which translates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from office_hours.domain.model import (
    AfterHours,
    BusinessHours,
    Channel,
    Client,
    WeeklyWindows,
)
from office_hours.domain.schedule import local
from office_hours.domain.urgency import DEFAULT_WORDS, UrgencyRules, find_urgent_word, fold

CHANNEL_ORDER = (Channel.EMAIL, Channel.CHAT, Channel.CALL, Channel.MEETING)

# Whole words a client can put in a subject to mark an emergency, per language; each is
# matched by a built-in urgency stem (a unit test checks), so the sheet promises nothing
# the policy does not do.
MARK_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("URGENT", "EMERGENCY"),
    "ru": ("СРОЧНО", "АВАРИЯ"),
    "th": ("ด่วน", "ฉุกเฉิน"),
}


@dataclass(frozen=True, slots=True)
class ChannelSheet:
    channel: Channel
    windows: WeeklyWindows  # the agreed windows, or the business hours they fall back to
    agreed: bool  # False: no windows of its own, business hours apply
    response_hours: float | None


@dataclass(frozen=True, slots=True)
class TermsSheet:
    client_id: str
    client_name: str
    provider_name: str  # "" when the user has not given one: the sheet leaves a blank
    timezone: str
    utc_offset: timedelta  # of `timezone` on `as_of`
    as_of: date
    business_hours: WeeklyWindows
    channels: tuple[ChannelSheet, ...]
    after_hours: AfterHours
    surcharge_percent: float
    mark_words: tuple[str, ...]  # the sheet's language first, then the others
    extra_words: tuple[str, ...]  # the user's own urgency words
    repeat_count: int
    repeat_minutes: int
    batch_times: tuple[time, ...]


def build_terms_sheet(
    client: Client,
    hours: BusinessHours,
    urgency: UrgencyRules,
    batch_times: tuple[time, ...],
    now: datetime,
    provider_name: str = "",
    language: str = "en",
) -> TermsSheet:
    """Everything the sheet states about `client`, as of `now`."""
    here = local(now, hours.timezone)
    channels = []
    for channel in CHANNEL_ORDER:
        terms = client.terms.for_channel(channel)
        agreed = terms.windows is not None
        channels.append(
            ChannelSheet(
                channel,
                terms.windows if terms.windows is not None else hours.windows,
                agreed,
                terms.response_hours,
            )
        )
    order = [language, *(lang for lang in MARK_WORDS if lang != language)]
    marks = tuple(w for lang in order for w in MARK_WORDS.get(lang, ()))
    defaults = {fold(w) for w in DEFAULT_WORDS}
    extra = tuple(w for w in urgency.words if fold(w) not in defaults)
    return TermsSheet(
        client_id=client.client_id,
        client_name=client.name,
        provider_name=provider_name.strip(),
        timezone=hours.timezone,
        utc_offset=here.utcoffset() or timedelta(0),
        as_of=here.date(),
        business_hours=hours.windows,
        channels=tuple(channels),
        after_hours=client.terms.after_hours,
        surcharge_percent=client.terms.surcharge_percent,
        mark_words=marks,
        extra_words=extra,
        repeat_count=urgency.repeat_count,
        repeat_minutes=urgency.repeat_minutes,
        batch_times=batch_times,
    )


def mark_words_match(rules: UrgencyRules) -> dict[str, bool]:
    """Whether each marking word is recognised as urgent by `rules` (for the tests and doctor)."""
    return {
        w: find_urgent_word(w, rules.words) is not None for ws in MARK_WORDS.values() for w in ws
    }


def offset_text(offset: timedelta) -> str:
    """UTC+01:00, UTC−03:30, UTC+00:00."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"
