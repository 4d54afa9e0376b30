"""The app's own small always-on-top popup for a break-through or a batch summary, used
while the app holds a notification daemon that holds the app's own notifications too
(dunst's pause). Frameless, top right, plain text only, with the same actions as the
desktop notification."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from office_hours.i18n import tr
from office_hours.ui.plain_text import set_window_title
from office_hours.ui.widgets import plain_label

MARGIN = 12
MAX_WIDTH_EM = 32  # a long subject wraps instead of running across the screen

OnAction = Callable[[str], None]  # the action key: "open", "not-urgent", "remind", "close"


class Popup(QFrame):
    """One notice; a click on a button says which action, then the popup closes."""

    def __init__(
        self,
        title: str,
        body: str,
        actions: list[tuple[str, str]],
        on_action: OnAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # never steals typing
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.Box)
        self.setObjectName("office-hours-popup")
        set_window_title(self, tr("Popup", "Office Hours: {title}").format(title=title))
        self._on_action = on_action
        layout = QVBoxLayout(self)
        self.title_label = plain_label(title, self, wrap=True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.body_label = plain_label(body, self, wrap=True)
        em = self.fontMetrics().horizontalAdvance("M")
        for label in (self.title_label, self.body_label):
            label.setMaximumWidth(MAX_WIDTH_EM * em)
            layout.addWidget(label)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in actions:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, k=key: self._act(k))
            row.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(row)

    def _act(self, key: str) -> None:
        self._on_action(key)
        self.close()

    def show_at(self, below: int = 0) -> None:
        """Top right of the primary screen's free area, `below` pixels down (a stack)."""
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        if area is not None:
            self.move(area.right() - self.width() - MARGIN, area.top() + MARGIN + below)
        self.show()
        self.raise_()
