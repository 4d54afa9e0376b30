"""Drafts greet a person, never the company, and write amounts the way each language does."""

from __future__ import annotations

import pytest

from office_hours.domain.drafts import greeting, missed_text, money_text, number_text

NB = "\u00a0"


@pytest.mark.parametrize(
    ("language", "named", "neutral"),
    [
        ("en", "Hello Anna Weber,", "Hello,"),
        ("ru", "Здравствуйте, Anna Weber!", "Здравствуйте!"),
        ("th", "เรียน คุณAnna Weber", "เรียน ทุกท่าน"),
        ("de", "Hello Anna Weber,", "Hello,"),  # no drafts in German: English
    ],
)
def test_greeting_names_the_contact_person_or_nobody(
    language: str, named: str, neutral: str
) -> None:
    assert greeting("Anna Weber", language) == named
    assert greeting("  ", language) == neutral


def test_amounts_carry_the_currency_and_the_languages_separators() -> None:
    # Whole amounts lose their decimals; others keep two. Russian groups with a no-break
    # space and writes a decimal comma; English and Thai use comma and point.
    assert money_text(1320, "EUR", "en") == f"1,320{NB}EUR"
    assert money_text(91.2, "EUR", "en") == f"91.20{NB}EUR"
    assert money_text(1312.5, "EUR", "ru") == f"1{NB}312,50{NB}EUR"
    assert money_text(5070, "THB", "th") == f"5,070{NB}THB"
    assert money_text(12.0, "", "en") == "12"
    assert number_text(16.5, "ru") == "16,5"
    assert number_text(16.0, "en") == "16"
    assert number_text(1234.25, "en", 2) == "1,234.25"


def test_the_missed_agreements_are_named() -> None:
    missed = (("after_hours", 3), ("call", 2), ("email", 0))
    assert missed_text(missed, "en") == (
        "3 after my business hours; 2 calls within business hours but outside the agreed call times"
    )
    assert missed_text(missed, "ru") == (
        "после окончания рабочего дня: 3; звонков в рабочее время, но вне оговорённого "
        "времени для созвонов: 2"
    )
