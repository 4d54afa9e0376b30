"""Urgency: VIP senders, urgency words in English, Russian and Thai, repeated contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from office_hours.domain.urgency import (
    DEFAULT_WORDS,
    UrgencyRules,
    find_urgent_word,
    fold,
    repeated_contact,
    sender_matches,
)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("urgent", "urgent"),
        ("URGENT: invoice", "urgent"),
        ("Urgently need the files", "urgently"),
        ("Re: the site is down!", "site is down"),
        ("the site   is\n down", "site is down"),
        ("EMERGENCY", "emergency"),
        ("please answer ASAP", "asap"),
        ("срочно", "срочно"),
        ("СРОЧНО!!!", "срочно"),
        ("Срочная задача", "срочная"),
        ("Очень срочный вопрос", "срочный"),
        ("Сайт не работает", "не работает"),
        ("САЙТ НЕ РАБОТАЕТ", "не работает"),
        ("Всё упало", "упало"),
        ("Авария на сервере", "авария"),
        ("ด่วน", "ด่วน"),
        ("ด่วนมาก", "ด่วน"),
        ("เรื่องด่วนครับ", "ด่วน"),
        ("เว็บล่มครับ", "เว็บล่ม"),
        ("ＵＲＧＥＮＴ", "urgent"),  # full-width letters, folded by NFKC
    ],
)
def test_urgent_words_found(text: str, word: str) -> None:
    # The word is reported as it stands in the text (folded), so the reason reads naturally.
    assert find_urgent_word(text, DEFAULT_WORDS) == word


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Weekly newsletter",
        "Resurgent demand in Q3",  # "urgent" inside a word is not a word start
        "This downtime report is fine",
        "Всё работает, спасибо",
        "Встреча в четверг",
        "ขอบคุณครับ",  # "thank you"
        "Invoice for November",
    ],
)
def test_calm_texts_are_not_urgent(text: str) -> None:
    assert find_urgent_word(text, DEFAULT_WORDS) is None


def test_default_words_cover_three_languages() -> None:
    assert {"urgent", "site is down", "срочн", "не работает", "ด่วน"} <= set(DEFAULT_WORDS)
    assert UrgencyRules().words == DEFAULT_WORDS


def test_extra_words_and_empty_word_list() -> None:
    assert find_urgent_word("Пожар в офисе", ("пожар",)) == "пожар"
    assert find_urgent_word("Пожар в офисе", DEFAULT_WORDS) is None
    assert find_urgent_word("urgent", ()) is None
    assert find_urgent_word("urgent", ("", "   ")) is None


def test_yo_is_folded_to_ye() -> None:
    assert fold("ЁЛКИ  Палки\n") == "елки палки"
    assert find_urgent_word("Всё срочно", ("всё",)) == "все"
    assert find_urgent_word("ВСЕ пропало", ("всё",)) == "все"


# -- VIP senders -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "patterns", "expected"),
    [
        ("boss@acme.com", ("boss@acme.com",), True),
        ("Boss@ACME.com", ("boss@acme.com",), True),
        ("anyone@acme.com", ("*@acme.com",), True),
        ("anyone@ACME.COM", ("*@Acme.com",), True),
        ("anyone@notacme.com", ("*@acme.com",), False),
        ("anyone@acme.com.evil.org", ("*@acme.com",), False),
        ("other@acme.com", ("boss@acme.com",), False),
        ("@anna:matrix.org", ("@Anna:matrix.org",), True),
        ("U024BE7LH", ("u024be7lh",), True),
        # Mail senders usually carry a display name.
        ("The Boss <boss@acme.com>", ("boss@acme.com",), True),
        ("Anna Smith <anna@acme.com>", ("*@acme.com",), True),
        ("Anna Smith <anna@other.org>", ("*@acme.com",), False),
        ("boss@acme.com", (), False),
    ],
)
def test_sender_matches(sender: str, patterns: tuple[str, ...], expected: bool) -> None:
    assert sender_matches(sender, patterns) is expected


# -- repeated contact --------------------------------------------------------------------------

NOW = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


def test_third_contact_within_twenty_minutes_is_urgent() -> None:
    assert repeated_contact(NOW, [ago(5), ago(19)], count=3, minutes=20) == 3


def test_window_edge_is_included_and_older_contacts_are_not() -> None:
    assert repeated_contact(NOW, [ago(1), ago(20)], count=3, minutes=20) == 3
    assert repeated_contact(NOW, [ago(1), ago(20.5)], count=3, minutes=20) is None


def test_two_contacts_are_not_enough_for_three() -> None:
    assert repeated_contact(NOW, [ago(1)], count=3, minutes=20) is None
    assert repeated_contact(NOW, [], count=3, minutes=20) is None


def test_counts_every_contact_in_the_window() -> None:
    assert repeated_contact(NOW, [ago(m) for m in (1, 2, 3, 4, 30)], count=3, minutes=20) == 5


def test_later_contacts_do_not_count() -> None:
    assert repeated_contact(NOW, [NOW + timedelta(minutes=1), ago(1)], 3, 20) is None


def test_contacts_in_other_zones_compare_as_instants() -> None:
    bangkok = ZoneInfo("Asia/Bangkok")
    recent = [ago(5).astimezone(bangkok), ago(10).astimezone(ZoneInfo("America/New_York"))]
    assert repeated_contact(NOW, recent, count=3, minutes=20) == 3
    assert repeated_contact(NOW.astimezone(bangkok), [ago(25)], count=2, minutes=20) is None


def test_a_count_of_one_never_triggers() -> None:
    assert repeated_contact(NOW, [ago(1)] * 10, count=1, minutes=20) is None
