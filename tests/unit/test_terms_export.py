"""The contact-terms sheet as Markdown and HTML in English, Russian and Thai: translated
throughout, placeholders filled, dates localised, and the client's text kept as text."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from office_hours.config.load import Config, parse_config
from office_hours.documents.terms import TermsError, date_text, render, write_terms_sheet

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
EVIL = "<b>x</b> & Co"
CONFIG = f"""\
config_version = 1
[general]
timezone = "Europe/Berlin"
name = "Anna Petrova"
[hours]
monday = ["09:00-12:30", "13:30-18:00"]
tuesday = ["09:00-12:30", "13:30-18:00"]
friday = ["20:00-00:00"]
[urgency]
words = ["prod down"]
[[clients]]
id = "evil"
name = "{EVIL}"
after_hours = "with_surcharge"
surcharge_percent = 50.0
[clients.terms.call]
windows = {{ tuesday = ["14:00-16:00"] }}
response_hours = 4.0
[clients.terms.chat]
windows = {{}}
[[clients]]
id = "calm"
name = "Calm Co"
after_hours = "never"
"""
# Words that are the same in every language: names, the zone, the marking words.
ALLOWED = {"Anna", "Petrova", "Europe", "Berlin", "UTC", "URGENT", "EMERGENCY", "Office", "Hours"}
ALLOWED |= {"prod", "down", "Co", "x", "b", "Calm"}
EXPECTED = {
    "en": ["Contact terms", "Contractor", "Emergencies", "25 November 2026", "50%", "24:00"],
    "ru": ["Условия связи", "Исполнитель", "Экстренные случаи", "25 ноября 2026 г.", "50%"],
    "th": ["เงื่อนไขการติดต่อ", "ผู้รับจ้าง", "กรณีฉุกเฉิน", "25 พฤศจิกายน พ.ศ. 2569", "50%"],
}


@pytest.fixture
def config() -> Config:
    return parse_config(CONFIG, Path("/nowhere/config.toml"))


def visible_text(markup: str) -> str:
    markup = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
    return re.sub(r"<[^>]+>", " ", markup)


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("lang", ["en", "ru", "th"])
def test_the_sheet_is_written_in_the_language_asked_for(config: Config, fmt: str, lang: str):
    markup, _ = render(config, "evil", fmt, lang, NOW)
    for expected in EXPECTED[lang]:
        assert expected in markup, (lang, fmt, expected)
    text = visible_text(markup) if fmt == "html" else markup
    assert not re.search(r"[{}]", text), "a placeholder was left unfilled"
    if lang != "en":
        english = set(re.findall(r"[A-Za-z]{2,}", text.replace("&amp;", "&"))) - ALLOWED
        english -= {"amp", "lt", "gt", "nbsp", "html"}  # entities, not words
        assert not english, f"English left in the {lang} sheet: {sorted(english)}"


def test_html_keeps_the_client_s_name_as_text(config: Config):
    markup, _ = render(config, "evil", "html", "en", NOW)
    assert "<b>x</b>" not in markup
    assert "&lt;b&gt;x&lt;/b&gt; &amp; Co" in markup
    assert markup.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in markup
    assert "<script" not in markup
    assert "http" not in markup


def test_markdown_keeps_the_client_s_name_as_text(config: Config):
    markup, _ = render(config, "evil", "md", "en", NOW)
    assert "<b>" not in markup
    assert r"\<b\>x\</b\> \& Co" in markup


def test_rules_and_windows_are_stated(config: Config):
    evil, _ = render(config, "evil", "md", "en", NOW)
    assert "Tuesday: 14:00–16:00" in evil
    assert "Within 4 h" in evil
    assert "Not used" in evil  # chat: agreed, but with no window at all
    assert "“prod down”" in evil
    assert "3 or more contacts within 20 min" in evil
    assert "Monday – Tuesday | 09:00–12:30, 13:30–18:00" in evil
    assert "Friday | 20:00–24:00" in evil
    calm, _ = render(config, "calm", "md", "en", NOW)
    assert "not available outside business hours, emergencies included" in calm
    assert (
        r"\_\_\_\_"
        in render(  # a blank line to sign on, escaped for Markdown
            parse_config(CONFIG.replace('name = "Anna Petrova"\n', ""), Path("c.toml")),
            "calm",
            "md",
            "en",
            NOW,
        )[0]
    )


def test_thai_uses_the_buddhist_era_and_russian_the_genitive_month():
    day = datetime(2027, 3, 1).date()
    assert date_text(day, "th") == "1 มีนาคม พ.ศ. 2570"
    assert date_text(day, "ru") == "1 марта 2027 г."
    assert date_text(day, "en") == "1 March 2027"


def test_unknown_client_format_and_language_are_refused_plainly(config: Config, tmp_path: Path):
    with pytest.raises(TermsError, match=r"no client 'evl'.*did you mean 'evil'\?"):
        write_terms_sheet(config, "evl", "md", tmp_path / "x.md")
    with pytest.raises(TermsError, match="unknown format 'docx'"):
        render(config, "evil", "docx", "en")
    with pytest.raises(TermsError, match="unknown language 'de'"):
        render(config, "evil", "md", "de")
    assert not (tmp_path / "x.md").exists()


def test_write_terms_sheet_defaults_to_the_configured_language(config: Config, tmp_path: Path):
    ru = parse_config(CONFIG.replace("[general]", '[general]\nlanguage = "ru"'), Path("c.toml"))
    out = write_terms_sheet(ru, "Calm Co", "html", tmp_path / "calm.html", now=NOW)
    assert "Условия связи" in out.read_text(encoding="utf-8")
    out = write_terms_sheet(ru, "calm", "md", tmp_path / "calm.md", language="th", now=NOW)
    assert "เงื่อนไขการติดต่อ" in out.read_text(encoding="utf-8")
