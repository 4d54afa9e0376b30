"""Three small charts for the report window, painted with QPainter (no QtCharts: it is large
and would slow the start-up that bench/startup.py guards).

Each widget takes plain numbers (`set_data`) and paints them; nothing here computes figures.
Channel colours are the Okabe–Ito palette, distinguishable with the common colour-vision
deficiencies, and each chart names what it shows in words too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from office_hours.i18n import tr

CHANNEL_COLOURS = ("#0072B2", "#E69F00", "#D55E00", "#009E73")  # email, chat, call, meeting
CHANNEL_NAMES = ("email", "chat", "call", "meeting")
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_C = "ReportCharts"


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(170)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(320, 190)

    def _begin(self) -> tuple[QPainter, QRectF]:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        p.setPen(self.palette().text().color())
        metrics = p.fontMetrics()
        p.drawText(QRectF(4, 2, self.width() - 8, metrics.height()), self.title)
        top = metrics.height() + 6
        return p, QRectF(30, top, self.width() - 38, self.height() - top - metrics.height() - 6)


class DayChannelChart(_Chart):
    """Contacts per local day, stacked by channel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(_C, "Contacts per day, by channel"), parent)
        self.per_day: Sequence[Sequence[int]] = [[0] * 4 for _ in range(7)]

    def set_data(self, per_day: Sequence[Sequence[int]]) -> None:
        self.per_day = per_day
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p, area = self._begin()
        totals = [sum(day) for day in self.per_day]
        top = max(max(totals, default=0), 1) * 1.15  # room for the labels above the bars
        slot = area.width() / 7
        text = self.palette().text().color()
        for d, day in enumerate(self.per_day):
            y = area.bottom()
            for c, count in enumerate(day):
                h = area.height() * count / top
                p.fillRect(
                    QRectF(area.left() + d * slot + slot * 0.15, y - h, slot * 0.7, h),
                    QColor(CHANNEL_COLOURS[c]),
                )
                y -= h
            p.setPen(text)
            p.drawText(
                QRectF(area.left() + d * slot, area.bottom() + 2, slot, 16),
                Qt.AlignmentFlag.AlignHCenter,
                tr(_C, DAY_NAMES[d]),
            )
            if totals[d]:
                p.drawText(
                    QRectF(area.left() + d * slot, y - 16, slot, 14),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(totals[d]),
                )
        # legend
        for c, name in enumerate(CHANNEL_NAMES):
            p.fillRect(QRectF(self.width() - 70, 4 + c * 13, 9, 9), QColor(CHANNEL_COLOURS[c]))
            p.drawText(QRectF(self.width() - 58, 1 + c * 13, 56, 13), tr("Channel", name))
        p.end()


class HourHeatMap(_Chart):
    """Contacts per local hour of the week: 7 rows (Monday first) of 24 cells."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(_C, "Hour of the week"), parent)
        self.hours: Sequence[int] = [0] * 168

    def set_data(self, hours: Sequence[int]) -> None:
        self.hours = hours
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p, area = self._begin()
        top = max(max(self.hours, default=0), 1)
        cw, ch = area.width() / 24, area.height() / 7
        text = self.palette().text().color()
        for d in range(7):
            p.setPen(text)
            p.drawText(
                QRectF(0, area.top() + d * ch, area.left() - 2, ch),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tr(_C, DAY_NAMES[d]),
            )
            for h in range(24):
                n = self.hours[d * 24 + h]
                cell = QRectF(area.left() + h * cw, area.top() + d * ch, cw - 1, ch - 1)
                if n:
                    strength = 0.2 + 0.8 * n / top
                    p.fillRect(cell, QColor.fromRgbF(0.0, 0.30, 0.65, strength))
                else:
                    p.fillRect(cell, QColor("#f0f0f0"))
        p.setPen(QPen(text))
        for h in (0, 6, 12, 18):
            p.drawText(QRectF(area.left() + h * cw, area.bottom() + 2, 3 * cw, 14), f"{h:02d}")
        p.end()


class TrendChart(_Chart):
    """Contacts of the four weeks before and this week; the part outside terms darker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(_C, "Four-week trend (outside terms darker)"), parent)
        self.weeks: Sequence[tuple[str, int, int]] = ()  # (label, contacts, outside terms)

    def set_data(self, weeks: Sequence[tuple[str, int, int]]) -> None:
        self.weeks = weeks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p, area = self._begin()
        if not self.weeks:
            p.end()
            return
        top = max(max(c for _, c, _ in self.weeks), 1) * 1.15
        slot = area.width() / len(self.weeks)
        text = self.palette().text().color()
        for i, (label, contacts, outside) in enumerate(self.weeks):
            x = area.left() + i * slot + slot * 0.2
            h = area.height() * contacts / top
            ho = area.height() * outside / top
            current = i == len(self.weeks) - 1
            p.fillRect(
                QRectF(x, area.bottom() - h, slot * 0.6, h),
                QColor("#56B4E9" if current else "#A6CEE3"),
            )
            p.fillRect(QRectF(x, area.bottom() - ho, slot * 0.6, ho), QColor("#CC79A7"))
            p.setPen(text)
            p.drawText(
                QRectF(area.left() + i * slot, area.bottom() + 2, slot, 14),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
            p.drawText(
                QRectF(area.left() + i * slot, area.bottom() - h - 15, slot, 14),
                Qt.AlignmentFlag.AlignHCenter,
                str(contacts),
            )
        p.end()
