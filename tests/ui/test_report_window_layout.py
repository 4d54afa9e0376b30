"""The report window at 1366x768 in English, Russian and Thai, with three clients and five
weeks of realistic contact: the headline leads, the full table fits without horizontal
scrolling, the charts speak the interface language. Screenshots go to
artifacts/screenshots/report-window-<lang>.png and report-table-<lang>.png."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QGroupBox

from office_hours.config.load import parse_config
from office_hours.domain.model import Channel, Item
from office_hours.engine import Engine
from office_hours.i18n import catalogue
from office_hours.storage.store import Store
from office_hours.ui.report_window import ReportWindow

pytestmark = pytest.mark.gui

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
NOW = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)  # Friday 17:00 in Berlin, week 2026-W47

CONFIG = """\
config_version = 1

[general]
timezone = "Europe/Berlin"
language = "{language}"

[hours]
monday = ["09:00-18:00"]
tuesday = ["09:00-18:00"]
wednesday = ["09:00-18:00"]
thursday = ["09:00-18:00"]
friday = ["09:00-18:00"]

[report]
currency = "EUR"

[[clients]]
id = "acme"
name = "ACME GmbH"
contact_name = "Anna Weber"
addresses = ["*@acme.example"]
phones = ["+49 30 1111"]
rate = 80.0
billed_hours_per_week = 10.0

[[clients]]
id = "studio"
name = "Studio Nord Kommunikationsdesign"
addresses = ["*@studio.example"]
rate = 95.0
billed_hours_per_week = 20.0
[clients.terms.email]
windows = {{ monday = ["09:00-12:00"], wednesday = ["09:00-12:00"], friday = ["09:00-12:00"] }}

[[clients]]
id = "bakery"
name = "Bakery Online"
addresses = ["*@bakery.example"]
rate = 60.0
billed_hours_per_week = 15.0
after_hours = "with_surcharge"
surcharge_percent = 30
"""


def fill_weeks(engine: Engine) -> None:
    """Five weeks: ACME phones without a plan and writes in the evening; Studio mails in
    the afternoon (outside its mail window); the bakery writes in the evening, paid."""
    acme = engine.config.client("acme")
    assert acme is not None
    items: list[Item] = []
    for back in range(5):
        monday = datetime(2026, 11, 16, 8, 0, tzinfo=UTC) - timedelta(weeks=back)  # 09:00
        for day in range(5 if back else 4):
            for k in range(4):
                at = monday + timedelta(days=day, minutes=20 + 110 * k)
                engine.log_call(acme, 15, at, "check-in")
            for k in range(2):
                evening = monday + timedelta(days=day, hours=11 + k)  # 20:00, 21:00 Berlin
                items.append(
                    Item("t", f"a{back}{day}{k}", Channel.EMAIL, "bob@acme.example", "?", evening)
                )
            afternoon = monday + timedelta(days=day, hours=6)  # 15:00 Berlin
            items.append(
                Item("t", f"s{back}{day}", Channel.EMAIL, "eva@studio.example", "!", afternoon)
            )
            if day % 2 == 0:
                items.append(
                    Item(
                        "t",
                        f"b{back}{day}",
                        Channel.CHAT,
                        "tom@bakery.example",
                        "order",
                        monday + timedelta(days=day, hours=10),
                    )
                )
    engine.ingest(items)


@pytest.fixture(params=["en", "ru", "th"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    lang = request.param
    translator = QTranslator()
    if lang != "en":
        assert translator.load(str(catalogue(lang))), f"no catalogue for {lang}"
        QCoreApplication.installTranslator(translator)
    yield lang
    if lang != "en":
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def engine(tmp_path: Path, language: str) -> Iterator[Engine]:
    config = parse_config(CONFIG.format(language=language), tmp_path / "config.toml")
    store = Store(tmp_path / "office-hours.sqlite3")
    engine = Engine(config, store, lambda: NOW)
    fill_weeks(engine)
    yield engine
    store.close()


def off_screen_columns(window: ReportWindow) -> list[str]:
    """Columns of the full table not wholly visible without scrolling."""
    table = window.table
    width = table.viewport().width()
    header = table.horizontalHeader()
    hidden = []
    for column in range(table.columnCount()):
        left = header.sectionViewportPosition(column)
        if left < 0 or left + header.sectionSize(column) > width:
            hidden.append(table.horizontalHeaderItem(column).text())
    return hidden


def settled(window: ReportWindow) -> bool:
    """The suggestion boxes have their full height (layouts settle over a few events)."""
    boxes = [b for b in window.suggestions.findChildren(QGroupBox) if b.isVisible()]
    return bool(boxes) and all(b.height() >= b.heightForWidth(b.width()) for b in boxes)


FOREIGN = {"ru": re.compile("[а-яА-ЯёЁ]"), "th": re.compile("[\u0e00-\u0e7f]")}


def test_report_window_at_1366x768(qtbot, engine: Engine, language: str) -> None:
    window = ReportWindow(engine)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    report = window.report
    assert report is not None
    # Costliest first; the first client is shown with its headline.
    costs = [c.cost_amount for c in report.clients if c.client_id != "unknown"]
    assert costs == sorted(costs, reverse=True)
    assert report.clients[0].client_id == "acme"
    assert window.client_list.currentRow() == 0
    assert window.headline_label.text() == report.clients[0].headline.render(
        lambda ctx, text: QCoreApplication.translate(ctx, text)
    )
    if language == "en":
        assert window.headline_label.text().startswith("ACME GmbH cost you ")
    # Bad figures are marked: ACME's evening mail and unplanned calls break the terms.
    assert any(bad for _, bad in window.figure_labels)
    # The suggestions beside the figures are ACME's own, and so are the charts.
    QApplication.processEvents()
    boxes = [b for b in window.suggestions.findChildren(QGroupBox) if b.isVisible()]
    assert boxes
    assert all(b.title().startswith("ACME GmbH: ") for b in boxes)
    assert sum(window.heat_map.hours) == report.clients[0].contacts
    assert len(window.trend_chart.weeks) == 4  # "four weeks" are four
    # Another client: its own suggestions and charts.
    window.client_list.setCurrentRow(1)
    other = report.clients[1]
    assert sum(window.heat_map.hours) == other.contacts
    QApplication.processEvents()
    titles = [b.title() for b in window.suggestions.findChildren(QGroupBox) if b.isVisible()]
    assert all(t.startswith(other.name.replace("&", "&&") + ": ") for t in titles)
    window.client_list.setCurrentRow(0)
    # Every chart label in the interface language.
    if language != "en":
        for chart in (window.day_chart, window.heat_map, window.trend_chart):
            untranslated = [t for t in chart.labels() if not FOREIGN[language].search(t)]
            assert untranslated == [], f"{type(chart).__name__}: {untranslated}"
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(lambda: settled(window), timeout=5000)
    window.grab().save(str(SHOTS / f"report-window-{language}.png"))

    # The full table, one click away, fits without horizontal scrolling.
    window.table_button.click()
    QApplication.processEvents()
    assert window.pages.currentWidget() is window.table
    assert window.table.horizontalScrollBar().maximum() == 0
    assert off_screen_columns(window) == []
    window.grab().save(str(SHOTS / f"report-table-{language}.png"))
    window.table_button.click()
    assert window.pages.currentIndex() == 0


def test_the_pdf_in_each_language(qtbot, engine: Engine, language: str, tmp_path: Path) -> None:
    """The window's PDF export: every page through pdftoppm into artifacts/screenshots, the
    headline and the figures in the interface language, no word broken."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("this test needs pdftoppm (apt-get install -y poppler-utils); not skipping")
    window = ReportWindow(engine)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    pdf = tmp_path / "report.pdf"
    window.export("pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    report = window.report
    assert report is not None
    translate = lambda ctx, source: QCoreApplication.translate(ctx, source)  # noqa: E731
    headline = " ".join(report.clients[0].headline.render(translate).split())
    if language != "th":  # Thai has no spaces between words: pdftotext adds some
        assert headline in flat
        words = set(unicodedata.normalize("NFKC", text).split())
        for source in ("Unbilled hours", "Outside terms", "Unplanned calls", "Effective rate"):
            for word in QCoreApplication.translate("ReportFigures", source).split():
                assert word in words, f"{word!r} is broken in the {language} PDF"
    else:
        assert FOREIGN["th"].search(flat)
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(prefix)], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob(f"report-pdf-{language}-*.png"):
        old.unlink()
    for i, page in enumerate(pages, start=1):
        shutil.copy(page, SHOTS / f"report-pdf-{language}-{i}.png")


def test_the_layout_check_can_fail(qtbot, engine: Engine, language: str) -> None:
    """The same check on a window too narrow for the table reports the hidden columns."""
    if language != "en":
        return  # one language is enough to show the check is real
    window = ReportWindow(engine)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    window.table_button.click()
    window.table.setFixedWidth(420)
    QApplication.processEvents()
    assert off_screen_columns(window) != []
