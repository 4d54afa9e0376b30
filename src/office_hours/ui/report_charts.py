"""The weekly report's three charts as widgets of the report window: the drawing itself is
documents/charts.py, which the PDF uses too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from office_hours.documents import charts


class _ChartWidget(QWidget):
    def __init__(self, chart: charts.Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.fontMetrics().height() * 11)

    @property
    def title(self) -> str:
        return self.chart.title

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().averageCharWidth() * 45, self.fontMetrics().height() * 13)

    def labels(self) -> list[str]:
        """Every word the chart writes (not the numbers)."""
        return self.chart.labels()

    def paint_to(self, width: int, height: int, scale: float = 1.0) -> QImage:
        return self.chart.paint_to(width, height, scale, self.font())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        self.chart.paint(p, self.width(), self.height(), self.palette())
        p.end()


class DayChannelChart(_ChartWidget):
    """Contacts per local day, stacked by channel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(charts.DayChannelChart(), parent)

    @property
    def per_day(self) -> Sequence[Sequence[int]]:
        return self.chart.per_day  # type: ignore[attr-defined, no-any-return]

    def set_data(self, per_day: Sequence[Sequence[int]]) -> None:
        self.chart.set_data(per_day)  # type: ignore[attr-defined]
        self.update()


class HourHeatMap(_ChartWidget):
    """Contacts per local hour of the week, with its scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(charts.HourHeatMap(), parent)

    @property
    def hours(self) -> Sequence[int]:
        return self.chart.hours  # type: ignore[attr-defined, no-any-return]

    def set_data(self, hours: Sequence[int]) -> None:
        self.chart.set_data(hours)  # type: ignore[attr-defined]
        self.update()


class TrendChart(_ChartWidget):
    """This week and the three before, within and outside terms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(charts.TrendChart(), parent)

    @property
    def weeks(self) -> Sequence[tuple[str, int, int]]:
        return self.chart.weeks  # type: ignore[attr-defined, no-any-return]

    def set_data(self, weeks: Sequence[tuple[str, int, int]]) -> None:
        self.chart.set_data(weeks)  # type: ignore[attr-defined]
        self.update()
