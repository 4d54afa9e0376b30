"""Mode icons: one SVG per mode (distinct shape AND colour), plus a held-items badge.

The SVGs are rendered through QIcon's svg icon-engine plugin, so no QtSvg Python module
is imported at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon, QPixmap

if TYPE_CHECKING:
    from office_hours.domain.model import ModeKind

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
_BADGE_SIZES = (16, 22, 24, 32, 48, 64, 128)
BADGE_FILL = "#d93025"
WAITING_FILL = "#f9ab00"  # amber, unlike the red count: a break-through not yet seen


def icon_path(mode: ModeKind | str) -> Path:
    """The mode's SVG; `mode` a ModeKind or its value (the first paint has no ModeKind)."""
    return ICON_DIR / f"{getattr(mode, 'value', mode)}.svg"


def _base_icon(mode: ModeKind | str) -> QIcon:
    return QIcon(str(icon_path(mode)))


def badge_text(held: int) -> str:
    return "" if held <= 0 else ("99+" if held > 99 else str(held))


def _badged_pixmap(mode: ModeKind | str, size: int, text: str, waiting: bool = False) -> QPixmap:
    # Imported here: the Qt namespace and QPainter build ~100 Python enums on first use,
    # which start-up (usually with nothing held) should not pay for.
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPen

    pixmap = _base_icon(mode).pixmap(size, size)
    pixmap.setDevicePixelRatio(1.0)
    diameter = size * 0.5  # big enough for a digit, small enough to keep the shape
    rect = QRectF(size - diameter, 0, diameter, diameter)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if waiting:  # an amber "!" bottom left: its own corner, so it shows beside a count
        mark = QRectF(0, size - diameter, diameter, diameter)
        painter.setPen(QPen(QColor("#000000"), max(1.0, size / 24)))
        painter.setBrush(QColor(WAITING_FILL))
        painter.drawEllipse(mark)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, round(diameter * 0.7)))
        painter.setFont(font)
        painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "!")
        if not text:
            painter.end()
            return pixmap
    painter.setPen(QPen(QColor("#ffffff"), max(1.0, size / 24)))
    painter.setBrush(QColor(BADGE_FILL))
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, round(diameter * (0.62 if len(text) == 1 else 0.45))))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def icon_for(mode: str, held: int) -> QIcon:
    """The icon for a mode given by its value (the first paint, before the domain loads)."""
    return mode_icon(mode, held)


def mode_icon(mode: ModeKind | str, held: int = 0, waiting: bool = False) -> QIcon:
    """The tray icon for `mode`; with held items a red count badge sits top right, with a
    break-through not yet seen an amber "!" bottom left.

    Not cached at module level: QIcons must not outlive the QApplication.
    """
    text = badge_text(held)
    if not text and not waiting:
        return _base_icon(mode)
    icon = QIcon()
    for size in _BADGE_SIZES:
        icon.addPixmap(_badged_pixmap(mode, size, text, waiting))
    return icon
