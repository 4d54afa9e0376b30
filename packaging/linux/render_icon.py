"""Render an SVG to a square image with Qt (no rsvg or Inkscape needed at build time).

    python packaging/linux/render_icon.py IN.svg OUT.png|OUT.ico|OUT.icns [SIZE]

The format follows OUT's suffix (ICO and ICNS through Qt's image format plugins).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    source, target = argv[0], argv[1]
    size = int(argv[2]) if len(argv) == 3 else 64
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication([])  # noqa: F841 - QImage text and SVG rendering need it
    renderer = QSvgRenderer(source)
    if not renderer.isValid():
        print(f"render_icon: {source} is not a valid SVG", file=sys.stderr)
        return 1
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(target, target.rsplit(".", 1)[-1].upper()):
        print(f"render_icon: could not write {target}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
