"""What makes an item urgent: VIP senders, urgency words (en/ru/th), repeated contact.

Words match case-insensitively after Unicode normalisation, with Russian `ё` folded to
`е`. A listed word is a stem: it must start a word and may be followed by more letters, so
inflected forms match (`срочн` finds `Срочно`, `срочная`). Thai, written without spaces
between words, matches as a substring.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

# Stems: a stem matches at a word start and may be followed by any letters, so "urgent"
# matches "URGENT!!", "urgently"; "срочн" matches "Срочно", "срочная", "СРОЧНО".
DEFAULT_WORDS: tuple[str, ...] = (
    # English
    "urgent",
    "emergency",
    "asap",
    "site is down",
    "site down",
    "is down",
    "outage",
    "not working",
    "broken",
    "critical",
    "immediately",
    # Russian
    "срочн",
    "не работает",
    "не работают",
    "упал",
    "упало",
    "авари",
    "немедленно",
    "критич",
    # Thai (no word spaces: substring match)
    "ด่วน",
    "ฉุกเฉิน",
    "เว็บล่ม",
    "ล่ม",
    "ใช้งานไม่ได้",
    "เสีย",
)

_THAI = re.compile(r"[\u0E00-\u0E7F]")


def fold(text: str) -> str:
    """Lower-case, NFKC, `ё`->`е`, collapse white space: the form both sides are compared in."""
    norm = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return " ".join(norm.split())


@dataclass(frozen=True, slots=True)
class UrgencyRules:
    words: tuple[str, ...] = DEFAULT_WORDS
    vip_senders: tuple[str, ...] = ()
    repeat_count: int = 3
    repeat_minutes: int = 20


@lru_cache(maxsize=16)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """All words as one alternation, so a text is scanned once however long the list."""
    parts = []
    for word in words:
        w = fold(word)
        if not w:
            continue
        if _THAI.search(w):
            parts.append(re.escape(w))
        else:
            parts.append(r"(?<!\w)" + re.escape(w).replace(r"\ ", r"\s+") + r"\w*")
    # Longer alternatives first, so "site is down" wins over "is down" at the same place.
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(parts)) if parts else None


def find_urgent_word(text: str, words: Sequence[str]) -> str | None:
    """The first urgency word as it stands in `text` (folded, whole word: "срочно" for the
    stem "срочн"), or None."""
    pattern = _pattern(tuple(words))
    found = pattern.search(fold(text)) if pattern else None
    return found.group(0) if found else None


def sender_matches(sender: str, patterns: Iterable[str]) -> bool:
    """Whether the sender (a bare id, an address or `Name <address>`) is one of `patterns`."""
    s = fold(sender)
    address = s[s.rfind("<") + 1 : -1].strip() if "<" in s and s.endswith(">") else s
    for p in patterns:
        pf = fold(p)
        if pf.startswith("*@"):
            if address.endswith(pf[1:]):
                return True
        elif pf in (s, address):
            return True
    return False


def repeated_contact(
    now: datetime, recent: Sequence[datetime], count: int, minutes: int
) -> int | None:
    """How many contacts (this one included) fall within the last `minutes`, if at least
    `count`; `recent` are the client's earlier contacts across all channels."""
    if count <= 1 or 1 + len(recent) < count:  # too few to reach the count in any window
        return None
    since = now - timedelta(minutes=minutes)
    n = 1 + sum(1 for t in recent if since <= t <= now)
    return n if n >= count else None
