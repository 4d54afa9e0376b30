"""`office-hours terms` and `office-hours calendar` end to end, and the sheet looked at.

The PDF is read back with poppler (pdftotext finds the Russian and Thai words, pdffonts shows
every font embedded and one of them able to write Thai), rendered with pdftoppm, and the
HTML is shown in a QTextBrowser on Xvfb and photographed; the viewer reports any character
that no installed font could draw, and the test fails on it. Screenshots land in
artifacts/screenshots/terms_sheet_*.png for people to look at.
"""

from __future__ import annotations

import json
import re
import select
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtGui import QImage
from test_tray_screenshot import (
    SHOTS,
    require_tools,
    settled_screenshot,
    stop,
    window_titled,
    x_server,
)

from office_hours import paths

pytestmark = pytest.mark.integration
Run = Callable[..., subprocess.CompletedProcess[str]]  # the `oh` fixture of conftest.py

VIEWER = Path(__file__).with_name("terms_viewer.py")
CONFIG = """\
config_version = 1
[general]
timezone = "Asia/Bangkok"
name = "Anna Petrova"
[hours]
monday = ["09:00-12:30", "13:30-18:00"]
tuesday = ["09:00-12:30", "13:30-18:00"]
wednesday = ["09:00-12:30", "13:30-18:00"]
thursday = ["09:00-12:30", "13:30-18:00"]
friday = ["09:00-15:00"]
[[clients]]
id = "evil"
name = "<b>x</b> Trading"
after_hours = "with_surcharge"
surcharge_percent = 50.0
[clients.terms.call]
windows = { tuesday = ["14:00-16:00"], thursday = ["14:00-16:00"] }
response_hours = 4.0
[clients.terms.email]
response_hours = 24.0
"""
# Thai fonts (TLWG among them) draw tone marks and vowels at shifted heights with glyph
# variants at U+F700..U+F71A; poppler maps those glyphs back to the variants, so copied text
# carries them. Map them to the characters they draw before comparing (the usual table).
THAI_PUA = dict(
    zip(
        range(0xF700, 0xF71B),
        "\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a"
        "\u0e4b\u0e4c\u0e0d\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39"
        "\u0e3a",
        strict=True,
    )
)
WORDS = {
    "ru": ["Условия связи", "Исполнитель", "Экстренные случаи", "надбавкой 50%"],
    "th": ["เงื่อนไขการติดต่อ", "ผู้รับจ้าง", "กรณีฉุกเฉิน", "พ.ศ."],
}


@pytest.fixture
def configured(home: Path) -> Path:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_bad_input_is_refused_with_the_reason(oh: Run, configured: Path):
    proc = oh("terms", "evl")
    assert proc.returncode == 2
    assert "no client 'evl'" in proc.stderr
    assert "did you mean 'evil'?" in proc.stderr
    proc = oh("terms", "evil", "--format", "docx")
    assert proc.returncode == 2
    assert "unknown format 'docx'; choose one of: md, html, pdf" in proc.stderr
    proc = oh("terms", "evil", "--lang", "de")
    assert proc.returncode == 2
    assert "unknown language 'de'" in proc.stderr
    proc = oh("calendar", "--client", "nobody")
    assert proc.returncode == 2
    assert "no client 'nobody'" in proc.stderr


def test_markdown_and_html_go_to_standard_output(oh: Run, configured: Path):
    proc = oh("terms", "evil", "--lang", "th")
    assert proc.returncode == 0, proc.stderr
    assert "# เงื่อนไขการติดต่อ" in proc.stdout
    proc = oh("terms", "evil", "--format", "html", "--lang", "ru")
    assert proc.returncode == 0, proc.stderr
    assert "<h1>Условия связи</h1>" in proc.stdout
    assert "&lt;b&gt;x&lt;/b&gt; Trading" in proc.stdout


def test_the_calendar_command_writes_an_importable_file(oh: Run, configured: Path, tmp_path):
    out = tmp_path / "hours.ics"
    proc = oh("calendar", "--client", "evil", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    cal = Calendar.from_ical(out.read_bytes())
    assert len(cal.walk("VEVENT")) == 11  # 4 x 2 ranges + Friday + 2 call windows
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "Asia/Bangkok"


def pdf_tools() -> None:
    missing = [t for t in ("pdftotext", "pdffonts", "pdftoppm", "fc-list") if not shutil.which(t)]
    if missing:
        pytest.fail(f"needs {', '.join(missing)} (apt-get install -y poppler-utils fontconfig)")


def thai_families() -> set[str]:
    out = subprocess.run(
        ["fc-list", ":lang=th", "family"], capture_output=True, text=True, check=True
    ).stdout
    families = {name.strip() for line in out.splitlines() for name in line.split(",")}
    if not families:
        pytest.fail("no font with Thai glyphs installed (apt-get install -y fonts-thai-tlwg)")
    return {f.replace(" ", "") for f in families}


@pytest.mark.parametrize("lang", ["ru", "th"])
def test_the_pdf_embeds_fonts_that_write_the_language(
    oh: Run, configured: Path, tmp_path: Path, lang: str
):
    pdf_tools()
    out = tmp_path / f"terms-{lang}.pdf"
    proc = oh("terms", "evil", "--format", "pdf", "--lang", lang, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Thai has no spaces, so line breaks may fall anywhere; NFKC unites sara am's two forms.
    squeezed = unicodedata.normalize("NFKC", "".join(text.split()).translate(THAI_PUA))
    for word in WORDS[lang]:
        assert unicodedata.normalize("NFKC", "".join(word.split())) in squeezed, (word, text)
    assert "<b>x</b> Trading" in text  # the client's name as text, not markup
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts, "no fonts in the PDF"
    names = []
    for row in fonts:
        cols = row.split()
        names.append(cols[0].split("+")[-1])
        emb = cols[-5]  # name type... encoding emb sub uni object ID
        assert emb == "yes", f"font not embedded: {row}"
    if lang == "th":
        capable = thai_families()
        assert any(n.split("-")[0] in capable for n in names), (names, sorted(capable))
    png = SHOTS / f"terms_sheet_{lang}_pdf"
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(out), str(png)],
        check=True,
    )
    image = QImage(str(png) + ".png")
    assert not image.isNull()
    assert image.width() < image.height()  # A4 portrait


@pytest.mark.parametrize("lang", ["ru", "th"])
def test_the_sheet_on_a_real_screen_has_no_missing_glyphs(
    oh: Run, configured: Path, tmp_path: Path, lang: str
):
    require_tools("Xvfb", "xdotool", "import")
    page = tmp_path / f"terms-{lang}.html"
    proc = oh("terms", "evil", "--format", "html", "--lang", lang, "--out", str(page))
    assert proc.returncode == 0, proc.stderr
    title = f"Terms sheet {lang}"
    with x_server() as env:
        viewer = subprocess.Popen(
            [sys.executable, str(VIEWER), str(page), title],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            try:
                window = window_titled(env, title, f"the {lang} terms sheet window")
            except AssertionError:
                stop(viewer)
                why = viewer.stderr.read() if viewer.stderr else ""
                raise AssertionError(f"no viewer window; its stderr: {why}") from None
            ready, _, _ = select.select([viewer.stdout], [], [], 20)
            assert ready, "the viewer reported nothing"
            assert viewer.stdout is not None
            report = json.loads(viewer.stdout.readline())
            settled_screenshot(env, window, f"terms_sheet_{lang}.png")
        finally:
            stop(viewer)
    assert not report["missing"], f"characters no font could draw: {report['missing']}"
    if lang == "th":  # drawn by a font that has Thai, not by a fallback box
        assert {f.replace(" ", "") for f in report["fonts"]} & thai_families(), report


def test_the_glyph_check_sees_a_missing_glyph(qapp: object):
    """Javanese has no font on the test machines: the check must say so, or it proves nothing."""
    from PySide6.QtGui import QFont
    from terms_viewer import glyph_report

    missing, _ = glyph_report("Условия เงื่อนไข ꦲꦏꦱꦫ", QFont())
    assert "U+A9B2" in missing
    assert glyph_report("Условия เงื่อนไข", QFont())[0] == []


def test_general_language_sets_the_default_and_lang_overrides_it(oh: Run, configured: Path):
    configured.write_text(
        CONFIG.replace("[general]\n", '[general]\nlanguage = "ru"\n'), encoding="utf-8"
    )
    proc = oh("terms", "evil")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# Условия связи")
    proc = oh("terms", "evil", "--lang", "en")
    assert proc.stdout.startswith("# Contact terms")
    proc = oh("terms", "evl")  # our own messages follow the interface language
    assert "клиента 'evl' нет" in proc.stderr


@pytest.mark.parametrize("lang", ["ru", "th"])
def test_the_pdf_keeps_paragraphs_whole_and_both_parties_sign(
    oh: Run, configured: Path, tmp_path: Path, lang: str
):
    """No page ends inside a short paragraph (the Russian sheet once left « alone at the end
    of page 1), a signature block for both parties, each party's label on its value's line."""
    pdf_tools()
    out = tmp_path / f"terms-{lang}.pdf"
    proc = oh("terms", "evil", "--format", "pdf", "--lang", lang, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])
    assert pages >= 2  # the check below is about page ends: there must be one
    texts = []
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.translate(THAI_PUA)
        texts.append(text)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert not lines[-1].endswith(("«", "“")), (page, lines[-3:])
    for text in texts[1:]:  # a page starts with a heading or a paragraph, not its end
        first = next(line.strip() for line in text.splitlines() if line.strip())
        assert not first.startswith(("»", "”", ".")), first
    whole = "\n".join(texts)
    signatures = {"ru": "Подписи сторон", "th": "ลงนาม"}[lang]  # Thai marks come reordered
    signature = {"ru": "Подпись:", "th": "ลายมือชื่อ:"}[lang]
    squeezed = unicodedata.normalize("NFKC", "".join(whole.split()))
    assert unicodedata.normalize("NFKC", "".join(signatures.split())) in squeezed
    assert whole.count(signature) == 2  # the Client's and the Contractor's
    # The Client's label and name on one line (Thai marks come reordered: match the script).
    script = {"ru": "[А-Яа-я]", "th": "[\u0e00-\u0e7f]"}[lang]
    assert any(
        re.match(script + r".*:\s+<b>x</b> Trading$", x.strip()) for x in whole.splitlines()
    ), whole[:400]
