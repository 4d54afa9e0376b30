"""Small widget helpers shared by the windows."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

# Qt::PlainText and Qt::ToolButtonTextOnly, written through Qt's property system: touching
# PySide6's `Qt` namespace builds ~100 Python enums (~40 ms), and the fallback window is on
# the benchmarked start-up path. Tests check the result with the real enums.
PLAIN_TEXT = 0
TOOL_BUTTON_TEXT_ONLY = 1


def plain_label(text: str = "", parent: QWidget | None = None, wrap: bool = False) -> QLabel:
    """A QLabel that never reads its text as HTML: names and subjects are untrusted."""
    label = QLabel(parent)
    label.setProperty("textFormat", PLAIN_TEXT)
    label.setText(text)
    label.setWordWrap(wrap)
    return label
