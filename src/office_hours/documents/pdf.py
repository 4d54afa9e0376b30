"""The weekly report as PDF: the exported HTML laid out by QTextDocument into a QPdfWriter.

QtGui only (no QtWebEngine, no QtPrintSupport); works on the offscreen platform, so the
command line can write a PDF on a machine without a display.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from office_hours.documents.report import Money, Number
from office_hours.domain.report import ClientWeek, WeeklyReport

_app: list[QGuiApplication] = []
RESOLUTION = 150  # dpi of the PDF's layout


def ensure_gui_application() -> None:
    """Text layout needs a QGuiApplication; the command line has none, so make one offscreen."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app.append(QGuiApplication(["office-hours"]))


def write_pdf(
    html: str,
    path: Path,
    title: str = "",
    landscape: bool = True,
    resources: Mapping[QUrl, QImage] | None = None,
) -> None:
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Office Hours")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    # Lay the text out with the PDF's own font metrics, not the screen's: otherwise glyph
    # widths differ at 150 dpi and Thai (most visibly) runs past table cells.
    doc.documentLayout().setPaintDevice(writer)

    def load(markup: str) -> None:
        for url, image in (resources or {}).items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        doc.setHtml(markup)

    load(html)  # our own HTML: every untrusted string in it is escaped
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    if keep_together(doc):
        # Lay the edited document out afresh: after block edits QTextDocument draws the root
        # frame with its old size, which left the last blocks out of the PDF.
        load(doc.toHtml())
        doc.setPageSize(QSizeF(rect.width(), rect.height()))
    # Page by page from this layout (print_ would lay out a copy again and lose the breaks).
    painter = QPainter(writer)
    try:
        height = rect.height()
        for page in range(doc.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, rect.width(), height))
            painter.restore()
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"the PDF {path} was not written")


def keep_together(doc: QTextDocument, rounds: int = 40) -> bool:
    """No widows or orphans: a short paragraph that a page end would split moves whole to
    the next page, and so does a heading that would end a page. QTextDocument has no such
    control, so the laid-out document is checked and blocks pushed down, one at a time.
    True when something moved."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    changed = False
    for _ in range(rounds):
        block = doc.begin()
        moved = False
        while block.isValid() and not moved:
            cursor = QTextCursor(block)
            rect = layout.blockBoundingRect(block)
            following = block.next()
            if cursor.currentTable() is None and rect.height() < height / 3:
                first = int(rect.top() // height)
                split = int((rect.bottom() - 1) // height) != first
                last_on_page = (
                    block.blockFormat().headingLevel() > 0
                    and following.isValid()
                    and int(layout.blockBoundingRect(following).top() // height) != first
                )
                if (split or last_on_page) and rect.top() % height > 1:
                    # A top margin that reaches the next page (a page-break policy would do
                    # the same, but QTextDocument then leaves later blocks out of the PDF).
                    fmt = block.blockFormat()
                    fmt.setTopMargin(fmt.topMargin() + (first + 1) * height - rect.top() + 2)
                    cursor.setBlockFormat(fmt)
                    moved = True
            block = following
        if not moved:
            return changed
        changed = True
    return changed


def locale_formatters(report: WeeklyReport) -> tuple[Money, Number]:
    """Amounts and numbers as the interface language writes them (QLocale), with the
    report's currency code (a symbol alone would be ambiguous: $ is several currencies)."""
    locale = QLocale(report.language)

    def number(value: float, decimals: int) -> str:
        whole = abs(value - round(value)) < 0.5 * 10**-decimals
        return locale.toString(float(value), "f", 0 if whole else decimals)

    def money(amount: float) -> str:
        text = number(amount, 2)
        return f"{text}\u00a0{report.currency}" if report.currency else text

    return money, number


def chart_images(
    report: WeeklyReport, width: int, height: int, scale: float = 1.0
) -> dict[str, dict[str, QImage]]:
    """The window's three charts for each client with contact, painted into images."""
    from office_hours.documents.charts import DayChannelChart, HourHeatMap, TrendChart

    day, heat, trend = DayChannelChart(), HourHeatMap(), TrendChart()
    out: dict[str, dict[str, QImage]] = {}
    for c in report.clients:
        if not c.contacts:
            continue
        day.set_data(c.per_day)
        heat.set_data(c.hours)
        trend.set_data(trend_points(report, c))
        out[c.client_id] = {
            "days": day.paint_to(width, height, scale),
            "hours": heat.paint_to(width, height, scale),
            "trend": trend.paint_to(width, height, scale),
        }
    return out


def trend_points(report: WeeklyReport, c: ClientWeek) -> list[tuple[str, int, int]]:
    """The client's last four weeks (three before and this one): label, contacts, outside."""
    points = [(p.week[-3:], p.contacts, p.outside_terms) for p in c.trend]
    points.append((report.week[-3:], c.contacts, c.outside_terms))
    return points[-4:]


def write_report_pdf(report: WeeklyReport, path: Path) -> None:
    """The report as a portrait A4 PDF: per client the headline, figures, charts and
    suggestions, then the full table; the same words and charts as the window."""
    from office_hours.documents import report as report_export

    ensure_gui_application()
    money, number = locale_formatters(report)
    # Three charts side by side across the text width (186 mm at 150 dpi: about 1090 px).
    # Three charts side by side across the text width (186 mm at RESOLUTION dpi), each laid
    # out at 350 x 230 and drawn at twice that. QTextDocument scales an image's size by the
    # device's dpi over 96, so the size given in the HTML is divided by that first.
    width, height = 350, 230
    images = chart_images(report, width, height, scale=2.0)
    shown = (round(width * 96 / RESOLUTION), round(height * 96 / RESOLUTION))
    names = {
        cid: {name: (f"chart://{cid}/{name}", *shown) for name in charts}
        for cid, charts in images.items()
    }
    html = report_export.to_html(
        report, font_pt=report_export.PDF_FONT_PT, charts=names, money=money, number=number
    )
    resources = {
        QUrl(names[cid][name][0]): image
        for cid, charts in images.items()
        for name, image in charts.items()
    }
    write_pdf(html, path, f"Office Hours {report.week}", landscape=False, resources=resources)
