"""The command line speaks the user's language to the date: "Нерабочее время до Пт 11 дек
09:00", not "… до Fri 11 Dec 09:00" (strftime knows only the C locale's English)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpers.cli_run import Run
from office_hours import paths
from office_hours.config.schema import WEEKDAYS

pytestmark = pytest.mark.integration

WORDS = {
    "ru": (("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
           ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")),
    "th": (("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."),
           ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
            "พ.ย.", "ธ.ค.")),
}  # fmt: skip


@pytest.mark.parametrize("language", ["ru", "th"])
def test_status_dates_are_in_the_users_language(oh: Run, home: Path, language: str) -> None:
    day = datetime.now(UTC).date() + timedelta(days=3)  # the only working day: 3 days on
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'config_version = 1\n\n[general]\ntimezone = "UTC"\nlanguage = "{language}"\n\n'
        f'[hours]\n{WEEKDAYS[day.weekday()]} = ["09:00-10:00"]\n'
        + "".join(f"{d} = []\n" for d in WEEKDAYS if d != WEEKDAYS[day.weekday()]),
        encoding="utf-8",
    )
    status = oh("status")
    assert status.returncode == 0, status.stderr
    weekdays, months = WORDS[language]
    expected = f"{weekdays[day.weekday()]} {day.day:02d} {months[day.month - 1]} 09:00"
    assert expected in status.stdout, status.stdout
    english = day.strftime("%a")
    assert english not in status.stdout, status.stdout
