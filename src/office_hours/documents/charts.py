"""Three small charts of the weekly report, painted with QPainter (no QtCharts: it is large
and would slow the start-up that bench/startup.py guards). The report window shows them as
widgets (ui/report_charts.py), the PDF as images (`paint_to`): the same drawing for both.

Each chart takes plain numbers (`set_data`) and paints them; nothing here computes figures.
Channel colours are the Okabe–Ito palette, distinguishable with the common colour-vision
deficiencies; every chart has a legend or scale in words, in the interface language
(`labels()` lists what a chart writes, so a test can see that each one is translated).
`paint_to()` draws the same chart into an image for the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPalette

from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.i18n import tr

CHANNEL_COLOURS = ("#0072B2", "#E69F00", "#D55E00", "#009E73")  # email, chat, call, meeting
_C = "ReportCharts"
CHANNEL_NAMES = (
    QT_TRANSLATE_NOOP("ReportCharts", "Email"),
    QT_TRANSLATE_NOOP("ReportCharts", "Chat"),
    QT_TRANSLATE_NOOP("ReportCharts", "Calls"),
    QT_TRANSLATE_NOOP("ReportCharts", "Meetings"),
)
DAY_NAMES = (
    QT_TRANSLATE_NOOP("ReportCharts", "Mon"),
    QT_TRANSLATE_NOOP("ReportCharts", "Tue"),
    QT_TRANSLATE_NOOP("ReportCharts", "Wed"),
    QT_TRANSLATE_NOOP("ReportCharts", "Thu"),
    QT_TRANSLATE_NOOP("ReportCharts", "Fri"),
    QT_TRANSLATE_NOOP("ReportCharts", "Sat"),
    QT_TRANSLATE_NOOP("ReportCharts", "Sun"),
)
WITHIN_COLOUR = "#56B4E9"  # sky blue
OUTSIDE_COLOUR = "#D55E00"  # vermillion: apart from the blue in hue and in lightness
TREND_WEEKS = 4  # the trend shows this week and the three before: four bars


def _days() -> list[str]:
    return [tr(_C, d) for d in DAY_NAMES]


class Chart:
    """A chart's data and drawing, without a widget."""

    def __init__(self, title: str) -> None:
        self.title = title

    def labels(self) -> list[str]:
        """Every word the chart writes (not the numbers)."""
        return [self.title]

    def paint_to(
        self, width: int, height: int, scale: float = 1.0, font: QFont | None = None
    ) -> QImage:
        """The chart as an image (white background), e.g. for the PDF: `width` x `height`
        laid out, drawn `scale` times as many pixels (sharp in print)."""
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, QColor("white"))
        palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        p = QPainter(image)
        p.scale(scale, scale)
        if font is not None:
            p.setFont(font)
        self.paint(p, width, height, palette)
        p.end()
        return image

    def paint(self, p: QPainter, width: int, height: int, palette: QPalette) -> None:
        raise NotImplementedError

    def _frame(
        self, p: QPainter, width: int, height: int, palette: QPalette, legend_rows: int = 0
    ) -> QRectF:
        """Background and title; the plot area left below it (and above a legend)."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(QRectF(0, 0, width, height), palette.base())
        p.setPen(palette.text().color())
        line = p.fontMetrics().height()
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        # The title wraps rather than being cut when a language needs more room.
        flags = int(Qt.TextFlag.TextWordWrap)
        title = p.boundingRect(QRectF(4, 2, width - 8, height), flags, self.title)
        p.drawText(QRectF(4, 2, width - 8, title.height()), flags, self.title)
        font.setBold(False)
        p.setFont(font)
        left = max(p.fontMetrics().horizontalAdvance(d) for d in _days()) + 8
        top = title.height() + 8
        bottom = height - (line + 4) * (1 + legend_rows) - 4
        return QRectF(left, top, width - left - 8, bottom - top)

    def _legend(
        self, p: QPainter, y: float, entries: Sequence[tuple[str, QColor]], palette: QPalette
    ) -> None:
        """Swatches with their names in one line from the left, at `y`."""
        line = p.fontMetrics().height()
        x = 4.0
        for name, colour in entries:
            p.fillRect(QRectF(x, y + line * 0.2, line * 0.7, line * 0.7), colour)
            x += line
            p.setPen(palette.text().color())
            advance = p.fontMetrics().horizontalAdvance(name)
            p.drawText(QRectF(x, y, advance + 2, line), name)
            x += advance + line


class DayChannelChart(Chart):
    """Contacts per local day, stacked by channel."""

    def __init__(self) -> None:
        super().__init__(tr(_C, "Contacts per day, by channel"))
        self.per_day: Sequence[Sequence[int]] = [[0] * 4 for _ in range(7)]

    def set_data(self, per_day: Sequence[Sequence[int]]) -> None:
        self.per_day = per_day

    def labels(self) -> list[str]:
        return [self.title, *_days(), *(tr(_C, c) for c in CHANNEL_NAMES)]

    def paint(self, p: QPainter, width: int, height: int, palette: QPalette) -> None:
        area = self._frame(p, width, height, palette, legend_rows=1)
        line = p.fontMetrics().height()
        totals = [sum(day) for day in self.per_day]
        top = max(max(totals, default=0), 1) * 1.15  # room for the labels above the bars
        slot = area.width() / 7
        text = palette.text().color()
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
                QRectF(area.left() + d * slot, area.bottom() + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                _days()[d],
            )
            if totals[d]:
                p.drawText(
                    QRectF(area.left() + d * slot, y - line - 1, slot, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(totals[d]),
                )
        entries = [(tr(_C, n), QColor(CHANNEL_COLOURS[c])) for c, n in enumerate(CHANNEL_NAMES)]
        self._legend(p, area.bottom() + line + 4, entries, palette)


class HourHeatMap(Chart):
    """Contacts per local hour of the week: 7 rows (Monday first) of 24 cells, with a scale."""

    def __init__(self) -> None:
        super().__init__(tr(_C, "Contacts by hour of the week"))
        self.hours: Sequence[int] = [0] * 168

    def set_data(self, hours: Sequence[int]) -> None:
        self.hours = hours

    def labels(self) -> list[str]:
        return [self.title, *_days(), tr(_C, "Scale (contacts in an hour):")]

    @staticmethod
    def colour(n: int, top: int) -> QColor:
        if not n:
            return QColor("#f0f0f0")
        strength = 0.2 + 0.8 * n / max(top, 1)
        return QColor.fromRgbF(0.0, 0.30, 0.65, strength)

    def paint(self, p: QPainter, width: int, height: int, palette: QPalette) -> None:
        area = self._frame(p, width, height, palette, legend_rows=1)
        line = p.fontMetrics().height()
        top = max(max(self.hours, default=0), 1)
        cw, ch = area.width() / 24, (area.height() - line) / 7
        text = palette.text().color()
        for d in range(7):
            p.setPen(text)
            p.drawText(
                QRectF(0, area.top() + d * ch, area.left() - 4, ch),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _days()[d],
            )
            for h in range(24):
                cell = QRectF(area.left() + h * cw, area.top() + d * ch, cw - 1, ch - 1)
                p.fillRect(cell, self.colour(self.hours[d * 24 + h], top))
        p.setPen(text)
        for h in (0, 6, 12, 18):
            p.drawText(
                QRectF(area.left() + h * cw, area.top() + 7 * ch + 1, 3 * cw, line), f"{h:02d}:00"
            )
        # The scale: an empty cell is 0; the blues run from 1 to the busiest hour.
        y = area.bottom() + line + 4
        metrics = p.fontMetrics()
        caption = tr(_C, "Scale (contacts in an hour):")
        p.drawText(QRectF(4, y, metrics.horizontalAdvance(caption) + 2, line), caption)
        x = 4 + metrics.horizontalAdvance(caption) + line * 0.6
        box = line * 0.7
        p.fillRect(QRectF(x, y + line * 0.2, box, box), self.colour(0, top))
        x += box + 3
        p.drawText(QRectF(x, y, metrics.horizontalAdvance("0") + 2, line), "0")
        x += metrics.horizontalAdvance("0") + line * 0.6
        p.drawText(QRectF(x, y, metrics.horizontalAdvance("1") + 2, line), "1")
        x += metrics.horizontalAdvance("1") + 3
        bar = QRectF(x, y + line * 0.2, line * 5, box)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0, self.colour(1, top))
        gradient.setColorAt(1, self.colour(top, top))
        p.fillRect(bar, gradient)
        p.drawText(
            QRectF(bar.right() + 3, y, metrics.horizontalAdvance(str(top)) + 2, line), str(top)
        )


class TrendChart(Chart):
    """This week and the three before: contacts within and outside the terms, stacked."""

    def __init__(self) -> None:
        super().__init__(tr(_C, "Four weeks: contacts within and outside terms"))
        self.weeks: Sequence[tuple[str, int, int]] = ()  # (label, contacts, outside terms)

    def set_data(self, weeks: Sequence[tuple[str, int, int]]) -> None:
        self.weeks = tuple(weeks)[-TREND_WEEKS:]

    def labels(self) -> list[str]:
        return [self.title, tr(_C, "Within terms"), tr(_C, "Outside terms")]

    def paint(self, p: QPainter, width: int, height: int, palette: QPalette) -> None:
        area = self._frame(p, width, height, palette, legend_rows=1)
        line = p.fontMetrics().height()
        text = palette.text().color()
        if self.weeks:
            top = max(max(c for _, c, _ in self.weeks), 1) * 1.15
            slot = area.width() / len(self.weeks)
            for i, (label, contacts, outside) in enumerate(self.weeks):
                x = area.left() + i * slot + slot * 0.2
                h = area.height() * contacts / top
                ho = area.height() * outside / top
                p.fillRect(QRectF(x, area.bottom() - h, slot * 0.6, h), QColor(WITHIN_COLOUR))
                p.fillRect(QRectF(x, area.bottom() - ho, slot * 0.6, ho), QColor(OUTSIDE_COLOUR))
                p.setPen(text)
                p.drawText(
                    QRectF(area.left() + i * slot, area.bottom() + 2, slot, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
                p.drawText(
                    QRectF(area.left() + i * slot, area.bottom() - h - line - 1, slot, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    f"{contacts} ({outside})" if outside else str(contacts),
                )
        entries = [
            (tr(_C, "Within terms"), QColor(WITHIN_COLOUR)),
            (tr(_C, "Outside terms"), QColor(OUTSIDE_COLOUR)),
        ]
        self._legend(p, area.bottom() + line + 4, entries, palette)
