""" "Weekly report…": per client, costliest first, the headline, a few figures with the bad
ones marked, that client's charts and suggestions beside them; the full table one click away.

The figures and rules come from the engine (domain/report.py) and report_export.py (the same
figures the PDF prints); this window only lays them out. The computation runs on a worker
(report_job.py) so the UI never freezes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from office_hours.documents.pdf import locale_formatters, trend_points
from office_hours.documents.report import (
    TABLE_COLUMNS,
    figures,
    refocus_note,
    suggestion_lines,
    table_rows,
)
from office_hours.documents.report import week_dates as week_dates
from office_hours.domain.model import UNKNOWN_CLIENT_ID
from office_hours.domain.report import ClientWeek, Suggestion, WeeklyReport
from office_hours.domain.report import shift_week as shift_week
from office_hours.engine import Engine
from office_hours.i18n import tr
from office_hours.ui.report_charts import DayChannelChart, HourHeatMap, TrendChart
from office_hours.ui.report_job import ReportJob, ReportSignals
from office_hours.ui.widgets import plain_label

_W = "ReportWindow"
PROGRESS_AFTER_MS = 250  # a quick report shows no progress bar at all
EXPORT_FORMATS = ("json", "csv", "html", "pdf")
BAD_COLOUR = "#b00000"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def client_name(week: ClientWeek) -> str:
    """The unknown bucket's name is a translatable template; real names are shown as given."""
    return tr("Report", week.name) if week.client_id == UNKNOWN_CLIENT_ID else week.name


class ReportWindow(QWidget):
    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(tr("ReportWindow", "Weekly report — Office Hours"))
        self.pool = QThreadPool(self)  # created before the signals: destroyed (joined) first
        self.pool.setMaxThreadCount(1)
        self.signals = ReportSignals(self)
        self.signals.finished.connect(self._show_report)
        self.signals.failed.connect(self._show_failure)
        self._request_id = 0
        self.report: WeeklyReport | None = None
        self.week = engine.current_week()
        self.copy_buttons: list[QPushButton] = []

        self.previous_button = QPushButton(tr("ReportWindow", "◀ Previous week"))
        self.previous_button.clicked.connect(lambda: self.load(shift_week(self.week, -1)))
        self.next_button = QPushButton(tr("ReportWindow", "Next week ▶"))
        self.next_button.clicked.connect(lambda: self.load(shift_week(self.week, 1)))
        self.this_week_button = QPushButton(tr("ReportWindow", "This week"))
        self.this_week_button.clicked.connect(lambda: self.load(engine.current_week()))
        self.week_label = plain_label()
        self.state_label = plain_label(wrap=True)
        self.table_button = QPushButton(tr("ReportWindow", "Full table"))
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._toggle_table)
        picker = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.week_label,
            self.next_button,
            self.this_week_button,
        ):
            picker.addWidget(widget)
        picker.addWidget(self.state_label, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the computation reports no steps
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.progress.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self.progress.show)
        picker.addWidget(self.progress)
        picker.addWidget(self.table_button)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in EXPORT_FORMATS:
            button = QPushButton(fmt.upper())
            button.setToolTip(tr("ReportWindow", "Export {format}").format(format=fmt.upper()))
            button.clicked.connect(lambda _=False, f=fmt: self._ask_export(f))
            button.setEnabled(False)
            self.export_buttons[fmt] = button
            picker.addWidget(button)

        # -- the overview: clients by cost | headline, figures, suggestions, charts ---------
        self.client_list = QListWidget()
        self.client_list.currentRowChanged.connect(self._show_client)
        self.headline_label = plain_label(wrap=True)
        font = QFont(self.headline_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline_label.setFont(font)
        self.figures_box = QGroupBox(tr("ReportWindow", "This week against the weeks before"))
        self.figures_grid = QGridLayout(self.figures_box)
        self.suggestions = QWidget()
        self.suggestions_layout = QVBoxLayout(self.suggestions)
        suggestions_scroll = QScrollArea()
        suggestions_scroll.setWidgetResizable(True)
        suggestions_scroll.setFrameShape(QFrame.Shape.NoFrame)
        suggestions_scroll.setWidget(self.suggestions)
        self.charts_label = plain_label()
        self.day_chart = DayChannelChart()
        self.heat_map = HourHeatMap()
        self.trend_chart = TrendChart()
        charts = QHBoxLayout()
        for chart in (self.day_chart, self.heat_map, self.trend_chart):
            charts.addWidget(chart, 1)
        self.source_label = plain_label(wrap=True)

        middle = QHBoxLayout()
        middle.addWidget(self.figures_box, 2)
        middle.addWidget(suggestions_scroll, 3)
        client_page = QWidget()
        right = QVBoxLayout(client_page)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.headline_label)
        right.addLayout(middle, 3)
        right.addWidget(self.charts_label)
        right.addLayout(charts, 2)
        overview = QWidget()
        overview_layout = QHBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.client_list, 1)
        overview_layout.addWidget(client_page, 5)

        # -- the full table -----------------------------------------------------------------
        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [tr("ReportExport", c).replace(" · ", " ·\n") for c in TABLE_COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(header.defaultAlignment())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._table_selected)

        self.pages = QStackedWidget()
        self.pages.addWidget(overview)
        self.pages.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.source_label)
        room = self.screen().availableGeometry()  # never larger than the screen
        self.resize(min(1300, room.width() - 40), min(820, room.height() - 60))
        self.load(self.week)

    # -- loading ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.report is None or self.report.week != self.week

    def describe(self) -> dict[str, object]:
        """What the window shows (the `state` command: scripts and tests read it)."""
        report = self.report
        return {
            "visible": self.isVisible(),
            "week": self.week,
            "state": self.state_label.text(),
            "loading": self.loading,
            "clients": [client_name(w) for w in report.clients] if report else [],
        }

    def config_changed(self) -> None:
        """New clients, terms or time zone: the same week, computed again with them."""
        self.load(self.week)

    def load(self, week: str) -> None:
        """Ask the worker for `week`; a later request makes earlier answers stale."""
        self.week = week
        self._request_id += 1
        self.week_label.setText(f"{week}  ({week_dates(week)})")
        self.next_button.setEnabled(week < self.engine.current_week())
        self.state_label.setText(tr("ReportWindow", "Computing…"))
        self._progress_timer.start(PROGRESS_AFTER_MS)
        for button in self.export_buttons.values():
            button.setEnabled(False)
        engine = self.engine
        self.pool.start(
            ReportJob(
                engine.config, engine.store.path, engine.clock, week, self._request_id, self.signals
            )
        )

    def _stop_progress(self) -> None:
        self._progress_timer.stop()
        self.progress.hide()

    def _show_failure(self, request_id: int, message: str) -> None:
        if request_id == self._request_id:
            self._stop_progress()
            self.state_label.setText(
                tr("ReportWindow", "The report could not be computed: {error}").format(
                    error=message
                )
            )

    def _show_report(self, request_id: int, report: WeeklyReport) -> None:
        if request_id != self._request_id:
            return
        chosen = self.selected_client()
        self.report = report
        self.money, self.number = locale_formatters(report)
        self._stop_progress()
        self.state_label.setText(tr("ReportWindow", "Times in {zone}").format(zone=report.timezone))
        self.source_label.setText(refocus_note(report))
        self._fill_table(report)
        self.client_list.blockSignals(True)
        self.client_list.clear()
        for week in report.clients:  # costliest first (the domain orders them)
            hours = self.number(week.time_cost_minutes / 60, 1)
            line = tr("ReportWindow", "{hours} unbilled h").format(hours=hours)
            if week.cost_amount:
                line += f" · {self.money(week.cost_amount)}"
            self.client_list.addItem(QListWidgetItem(f"{client_name(week)}\n{line}"))
        self.client_list.blockSignals(False)
        ids = [c.client_id for c in report.clients]
        row = ids.index(chosen.client_id) if chosen and chosen.client_id in ids else 0
        if report.clients:
            self.client_list.setCurrentRow(row)
            self._show_client(row)
        for button in self.export_buttons.values():
            button.setEnabled(True)

    # -- one client ------------------------------------------------------------------------

    def selected_client(self) -> ClientWeek | None:
        row = self.client_list.currentRow()
        if self.report is None or not 0 <= row < len(self.report.clients):
            return None
        return self.report.clients[row]

    def _table_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.client_list.setCurrentRow(rows[0].row())

    def _toggle_table(self, on: bool) -> None:
        self.pages.setCurrentIndex(1 if on else 0)
        self.table_button.setText(
            tr("ReportWindow", "Back to the overview") if on else tr("ReportWindow", "Full table")
        )

    def _show_client(self, row: int) -> None:
        report = self.report
        if report is None or not 0 <= row < len(report.clients):
            return
        week = report.clients[row]
        self.headline_label.setText(
            week.headline.render(tr) if week.headline else client_name(week)
        )
        self._fill_figures(week)
        self._fill_suggestions(week)
        self.charts_label.setText(client_name(week))  # plain label: names are untrusted
        self.day_chart.set_data(week.per_day)
        self.heat_map.set_data(week.hours)
        self.trend_chart.set_data(trend_points(report, week))

    def _fill_figures(self, week: ClientWeek) -> None:
        assert self.report is not None
        while (child := self.figures_grid.takeAt(0)) is not None:
            if (widget := child.widget()) is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        heads = (tr(_W, "This week"), tr(_W, "Weeks before"))
        for column, text in enumerate(heads, start=1):
            label = plain_label(text)
            label.setStyleSheet("color: palette(mid)")
            self.figures_grid.addWidget(label, 0, column)
        self.figure_labels: list[tuple[str, bool]] = []
        for row, f in enumerate(figures(week, self.report, self.money, self.number), start=1):
            name = plain_label(f"⚠ {f.label}" if f.bad else f.label)
            value = plain_label(f.value, wrap=True)
            before = plain_label(f.before)
            self.figure_labels.append((f.label, f.bad))
            if f.bad:
                for label in (name, value):
                    palette = label.palette()
                    palette.setColor(QPalette.ColorRole.WindowText, QColor(BAD_COLOUR))
                    label.setPalette(palette)
                    bold = QFont(label.font())
                    bold.setBold(True)
                    label.setFont(bold)
                value.setToolTip(f.why)
                value.setText(f"{f.value}\n{f.why}")
            self.figures_grid.addWidget(name, row, 0)
            self.figures_grid.addWidget(value, row, 1)
            self.figures_grid.addWidget(before, row, 2)
        self.figures_grid.setColumnStretch(1, 1)
        self.figures_grid.setRowStretch(self.figures_grid.rowCount(), 1)

    def _fill_suggestions(self, week: ClientWeek) -> None:
        while (child := self.suggestions_layout.takeAt(0)) is not None:
            if (widget := child.widget()) is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.copy_buttons = []
        heading = plain_label(tr("ReportWindow", "Suggestions"))
        heading.setStyleSheet("font-weight: bold")
        self.suggestions_layout.addWidget(heading)
        for suggestion in week.suggestions:
            self.suggestions_layout.addWidget(self._suggestion_box(week, suggestion))
        if week.no_suggestion_reason is not None:
            self.suggestions_layout.addWidget(
                plain_label(week.no_suggestion_reason.render(tr), wrap=True)
            )
        self.suggestions_layout.addStretch(1)

    def _suggestion_box(self, week: ClientWeek, suggestion: Suggestion) -> QGroupBox:
        title, because, message = suggestion_lines(suggestion)
        # Titles are plain text, but "&" marks a keyboard mnemonic: double it to show it.
        box = QGroupBox(f"{client_name(week)}: {title}".replace("&", "&&"))
        text = QPlainTextEdit(message)
        text.setReadOnly(True)
        lines = message.count("\n") + 2 + len(message) // 90
        text.setMaximumHeight(text.fontMetrics().lineSpacing() * min(lines, 9) + 12)
        copy = QPushButton(tr("ReportWindow", "Copy message"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(message))
        self.copy_buttons.append(copy)
        layout = QVBoxLayout(box)
        layout.addWidget(plain_label(because, wrap=True))
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        layout.addLayout(row)
        return box

    # -- exports ---------------------------------------------------------------------------

    def _ask_export(self, fmt: str) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("ReportWindow", "Export the report"),
            f"office-hours-{self.report.week}.{fmt}",
        )
        if path:
            self.export(fmt, Path(path))

    def export(self, fmt: str, path: Path) -> None:
        """Write the shown report as json, csv, html or pdf (the same files as the CLI)."""
        from office_hours.documents import report as report_export

        report = self.report
        if report is None:
            return
        try:
            if fmt == "pdf":
                from office_hours.documents.pdf import write_report_pdf

                write_report_pdf(report, path)
            else:
                if fmt == "json":
                    text = report_export.to_json_text(report)
                elif fmt == "csv":
                    text = report_export.to_csv_text(report)
                else:
                    text = report_export.to_html(report)
                path.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            self.state_label.setText(
                tr("ReportWindow", "Could not export: {error}").format(error=exc)
            )
            return
        self.state_label.setText(tr("ReportWindow", "Saved {path}").format(path=path))

    # -- the full table --------------------------------------------------------------------

    def _fill_table(self, report: WeeklyReport) -> None:
        rows = table_rows(report, self.money, self.number)
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)  # items are plain text
                if column:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
