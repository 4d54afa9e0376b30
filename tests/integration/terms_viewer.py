"""Show an HTML file in a QTextBrowser, titled, and report characters no font could draw.

Run by test_terms_sheet_render.py under Xvfb (the real xcb platform and the system's fonts), as
`python terms_viewer.py FILE TITLE`. Prints one JSON line {"missing": [...], "fonts": [...]}
once the window is shown, then runs until terminated.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QTextBrowser


def glyph_report(text: str, font: QFont) -> tuple[list[str], list[str]]:
    """Characters laid out as glyph 0 (.notdef: a box) in every font Qt tried, and the fonts
    used. Qt's font merging falls back per character, so a glyph-0 run is a real gap."""
    missing: set[str] = set()
    fonts: set[str] = set()
    for line in filter(str.strip, text.splitlines()):
        layout = QTextLayout(line, font)
        layout.beginLayout()
        layout.createLine().setLineWidth(1e6)
        layout.endLayout()
        for run in layout.glyphRuns():
            fonts.add(run.rawFont().familyName())
            if 0 in run.glyphIndexes():
                missing.add(run.rawFont().familyName())
    if missing:  # name the characters, not just the font
        for ch in set(text) - set(" \n"):
            layout = QTextLayout(ch, font)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            if any(0 in r.glyphIndexes() for r in layout.glyphRuns()):
                missing.add(f"U+{ord(ch):04X}")
    return sorted(missing), sorted(fonts)


def main() -> int:
    path, title = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(["office-hours"])
    view = QTextBrowser()
    view.setWindowTitle(title)
    view.setOpenLinks(False)
    view.setHtml(path.read_text(encoding="utf-8"))
    view.resize(1000, 740)
    view.move(12, 12)
    view.show()

    def report() -> None:
        doc = view.document()
        missing, fonts = glyph_report(doc.toPlainText(), doc.defaultFont())
        print(json.dumps({"missing": missing, "fonts": fonts}, ensure_ascii=False), flush=True)

    QTimer.singleShot(200, report)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
