"""The weekly report as PDF: the exported HTML laid out by QTextDocument into a QPdfWriter.

QtGui only (no QtWebEngine, no QtPrintSupport); works on the offscreen platform, so the
command line can write a PDF on a machine without a display.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_app: list[QGuiApplication] = []


def ensure_gui_application() -> None:
    """Text layout needs a QGuiApplication; the command line has none, so make one offscreen."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app.append(QGuiApplication(["office-hours"]))


def write_pdf(html: str, path: Path, title: str = "", landscape: bool = True) -> None:
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Office Hours")
    writer.setResolution(150)
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
    doc.setHtml(html)  # our own HTML: every untrusted string in it is escaped
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"the PDF {path} was not written")
