"""The one way to show text that comes from outside (senders, subjects, rooms, app names,
client names): always as plain text, never as Qt rich text.

Qt guesses: a QLabel (Qt.AutoText) and every tooltip render anything that looks like HTML,
so `<b>EVIL</b><img src="file:///...">` in a sender would be bold and load a local file.
Labels are switched to PlainText; tooltips cannot be, so their text is escaped and wrapped
in <qt>, which makes Qt render it as rich text that shows the escaped characters literally
(escaping alone would be taken for plain text and show "&lt;"). Item texts in views and
window titles are plain already; they go through here too, so every use is in one place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidgetItem, QTreeWidgetItem, QWidget


def escape(text: str) -> str:
    """<, > and & as entities: what html.escape(quote=False) does, without importing the
    html package (its entity table costs start-up time, and the tray is on that path)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tooltip_text(text: str) -> str:
    """A tooltip that shows `text` literally, line breaks kept; '' stays '' (no tooltip)."""
    if not text:
        return ""
    escaped = escape(text).replace("\n", "<br>")
    return f"<qt><p style='white-space:pre'>{escaped}</p></qt>"


def set_label(label: QLabel, text: str) -> None:
    """The label shows `text` as it is (Qt::PlainText through the property system: the Qt
    namespace costs start-up time, see widgets.PLAIN_TEXT)."""
    label.setProperty("textFormat", 0)  # Qt::PlainText
    label.setText(text)


def set_tooltip(widget: QWidget, text: str) -> None:
    widget.setToolTip(tooltip_text(text))


def set_tree_cell(item: QTreeWidgetItem, column: int, text: str, tip: str | None = None) -> None:
    """A tree cell and its tooltip (the full text where the column elides it)."""
    item.setText(column, text)
    item.setToolTip(column, tooltip_text(text if tip is None else tip))


def set_table_cell(item: QTableWidgetItem, text: str, tip: str | None = None) -> None:
    item.setText(text)
    item.setToolTip(tooltip_text(text if tip is None else tip))


def set_window_title(window: QWidget, text: str) -> None:
    """Window titles are plain in Qt; '[*]' is Qt's modified marker, so it is doubled away."""
    window.setWindowTitle(text.replace("[*]", "[**]"))


def set_action_text(action: object, text: str) -> None:
    """A menu entry (QAction): '&' would make a shortcut, so it is doubled."""
    action.setText(text.replace("&", "&&"))  # type: ignore[attr-defined]
    action.setToolTip(tooltip_text(text))  # type: ignore[attr-defined]
