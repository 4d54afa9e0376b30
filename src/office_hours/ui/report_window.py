""" "Weekly report…": per-client figures, suggestions with drafted messages, and why not.

The figures and rules come from the engine (domain/report.py); this window only lays them
out. The computation runs on a worker (report_job.py) so the UI never freezes.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from office_hours.documents.report import NUMBER_LABELS as NUMBER_LABELS
from office_hours.documents.report import numbers_text as numbers_text
from office_hours.domain.model import UNKNOWN_CLIENT_ID, Channel
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.domain.report import REFOCUS_SOURCE, ClientWeek, Suggestion, WeeklyReport
from office_hours.domain.report import shift_week as shift_week
from office_hours.engine import Engine
from office_hours.i18n import tr
from office_hours.ui.report_charts import DayChannelChart, HourHeatMap, TrendChart
from office_hours.ui.report_job import ReportJob, ReportSignals
from office_hours.ui.widgets import plain_label

_W = "ReportWindow"
COLUMNS = (
    QT_TRANSLATE_NOOP("ReportWindow", "Client"),
    QT_TRANSLATE_NOOP("ReportWindow", "Contacts"),
    QT_TRANSLATE_NOOP("ReportWindow", "Email"),
    QT_TRANSLATE_NOOP("ReportWindow", "Chat"),
    QT_TRANSLATE_NOOP("ReportWindow", "Calls"),
    QT_TRANSLATE_NOOP("ReportWindow", "Meetings"),
    QT_TRANSLATE_NOOP("ReportWindow", "Outside terms"),
    QT_TRANSLATE_NOOP("ReportWindow", "After hours"),
    QT_TRANSLATE_NOOP("ReportWindow", "Held"),
    QT_TRANSLATE_NOOP("ReportWindow", "Breakthroughs"),
    QT_TRANSLATE_NOOP("ReportWindow", "Logged min"),
    QT_TRANSLATE_NOOP("ReportWindow", "Effective rate"),
    QT_TRANSLATE_NOOP("ReportWindow", "Weekend"),
    QT_TRANSLATE_NOOP("ReportWindow", "Ad-hoc calls"),
    QT_TRANSLATE_NOOP("ReportWindow", "Not urgent"),
    QT_TRANSLATE_NOOP("ReportWindow", "Time cost (h)"),
    QT_TRANSLATE_NOOP("ReportWindow", "Target"),
    QT_TRANSLATE_NOOP("ReportWindow", "4 weeks before"),
)
PROGRESS_AFTER_MS = 250  # a quick report shows no progress bar at all
EXPORT_FORMATS = ("json", "csv", "html", "pdf")


def week_dates(week: str) -> str:
    """'2026-W48' -> '2026-11-23 – 2026-11-29', so nobody has to count ISO weeks."""
    year, number = week.upper().split("-W")
    monday = date.fromisocalendar(int(year), int(number), 1)
    return f"{monday.isoformat()} – {(monday + timedelta(days=6)).isoformat()}"


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
        picker = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.week_label,
            self.next_button,
            self.this_week_button,
        ):
            picker.addWidget(widget)
        picker.addStretch(1)
        picker.addWidget(self.state_label)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the computation reports no steps
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.timeout.connect(self.progress.show)
        picker.addWidget(self.progress)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in EXPORT_FORMATS:
            button = QPushButton(tr("ReportWindow", "Export {format}").format(format=fmt.upper()))
            button.clicked.connect(lambda _=False, f=fmt: self._ask_export(f))
            button.setEnabled(False)
            self.export_buttons[fmt] = button
            picker.addWidget(button)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(_W, c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_charts)

        self.charts_label = plain_label()
        self.day_chart = DayChannelChart()
        self.heat_map = HourHeatMap()
        self.trend_chart = TrendChart()
        charts = QHBoxLayout()
        for chart in (self.day_chart, self.heat_map, self.trend_chart):
            charts.addWidget(chart, 1)

        self.details = QWidget()
        self.details_layout = QVBoxLayout(self.details)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)

        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.charts_label)
        layout.addLayout(charts, 2)
        layout.addWidget(scroll, 4)
        room = self.screen().availableGeometry()  # never larger than the screen
        self.resize(min(1100, room.width() - 40), min(820, room.height() - 60))
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
        self.report = report
        self._stop_progress()
        self.state_label.setText(tr("ReportWindow", "Times in {zone}").format(zone=report.timezone))
        self._fill_table(report.clients)
        self._fill_details(report.clients)
        self._update_charts()
        for button in self.export_buttons.values():
            button.setEnabled(True)

    # -- charts and exports ----------------------------------------------------------------

    def selected_client(self) -> ClientWeek | None:
        rows = self.table.selectionModel().selectedRows() if self.report else []
        if not rows or self.report is None:
            return None
        return self.report.clients[rows[0].row()]

    def _update_charts(self) -> None:
        report = self.report
        if report is None:
            return
        week = self.selected_client()
        if week is None:
            self.charts_label.setText(tr("ReportWindow", "All clients (select a row for one)"))
            per_day, hours = report.per_day, report.hours
            trend = [
                (
                    name[-3:],
                    sum(c.trend[i].contacts for c in report.clients),
                    sum(c.trend[i].outside_terms for c in report.clients),
                )
                for i, name in enumerate(report.trend_weeks)
            ]
            trend.append(
                (
                    report.week[-3:],
                    sum(c.contacts for c in report.clients),
                    sum(c.outside_terms for c in report.clients),
                )
            )
        else:
            self.charts_label.setText(client_name(week))  # plain label: names are untrusted
            per_day, hours = week.per_day, week.hours
            trend = [(p.week[-3:], p.contacts, p.outside_terms) for p in week.trend]
            trend.append((report.week[-3:], week.contacts, week.outside_terms))
        self.day_chart.set_data(per_day)
        self.heat_map.set_data(hours)
        self.trend_chart.set_data(trend)

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
        currency = self.engine.config.currency
        try:
            if fmt == "pdf":
                from office_hours.documents.pdf import write_pdf
                from office_hours.documents.report import PDF_FONT_PT

                write_pdf(
                    report_export.to_html(report, currency, font_pt=PDF_FONT_PT),
                    path,
                    f"Office Hours {report.week}",
                )
            else:
                if fmt == "json":
                    text = report_export.to_json_text(report)
                elif fmt == "csv":
                    text = report_export.to_csv_text(report)
                else:
                    text = report_export.to_html(report, currency)
                path.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            self.state_label.setText(
                tr("ReportWindow", "Could not export: {error}").format(error=exc)
            )
            return
        self.state_label.setText(tr("ReportWindow", "Saved {path}").format(path=path))

    # -- rendering ---------------------------------------------------------------------------

    def _rate(self, week: ClientWeek) -> str:
        if week.effective_rate is None:
            return "—"
        return f"{week.effective_rate:.2f} {self.engine.config.currency}/h"

    def _fill_table(self, weeks: tuple[ClientWeek, ...]) -> None:
        self.table.setRowCount(len(weeks))
        for row, week in enumerate(weeks):
            channels = [
                week.by_channel.get(c.value, 0)
                for c in (Channel.EMAIL, Channel.CHAT, Channel.CALL, Channel.MEETING)
            ]
            cells = [
                client_name(week),
                week.contacts,
                *channels,
                week.outside_terms,
                week.after_hours,
                week.held,
                week.breakthroughs,
                week.logged_minutes,
                self._rate(week),
                week.weekend,
                week.ad_hoc_calls,
                week.not_urgent,
                f"{week.time_cost_minutes / 60:.1f}",
                f"{week.target_rate:g}" if week.target_rate else "—",
                " · ".join(str(p.contacts) for p in week.trend),
            ]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))  # items are plain

    def _fill_details(self, weeks: tuple[ClientWeek, ...]) -> None:
        while (child := self.details_layout.takeAt(0)) is not None:
            if (widget := child.widget()) is not None:
                widget.deleteLater()
        self.copy_buttons = []
        heading = plain_label(tr("ReportWindow", "Suggestions"))
        heading.setStyleSheet("font-weight: bold")
        self.details_layout.addWidget(heading)
        suggestions = [(w, s) for w in weeks for s in w.suggestions]
        if not suggestions:
            none_text = tr("ReportWindow", "No suggestions this week.")
            self.details_layout.addWidget(plain_label(none_text))
        for week, suggestion in suggestions:
            self.details_layout.addWidget(self._suggestion_box(week, suggestion))
        reasons = [
            f"{client_name(w)}: {w.no_suggestion_reason.render(tr)}"
            for w in weeks
            if w.no_suggestion_reason is not None
        ]
        if reasons:
            self.details_layout.addWidget(plain_label("\n".join(reasons), wrap=True))
        if self.report is not None:
            self.source_label = plain_label(
                tr(
                    "ReportWindow",
                    "Time cost = logged minutes + {minutes:g} min refocus per contact "
                    "(report.refocus_minutes). The default is a judgement below this study's "
                    "figure: {source}",
                ).format(minutes=self.report.refocus_minutes, source=REFOCUS_SOURCE),
                wrap=True,
            )
            self.source_label.setStyleSheet("color: palette(mid)")
            self.details_layout.addWidget(self.source_label)
        self.details_layout.addStretch(1)

    def _suggestion_box(self, week: ClientWeek, suggestion: Suggestion) -> QGroupBox:
        # Titles are plain text, but "&" marks a keyboard mnemonic: double it to show it.
        title = f"{client_name(week)}: {suggestion.title.render(tr)}".replace("&", "&&")
        box = QGroupBox(title)
        message = suggestion.message.render(tr)
        text = QPlainTextEdit(message)
        text.setReadOnly(True)
        text.setMaximumHeight(90)
        copy = QPushButton(tr("ReportWindow", "Copy message"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(message))
        self.copy_buttons.append(copy)
        layout = QVBoxLayout(box)
        layout.addWidget(plain_label(numbers_text(suggestion.numbers), wrap=True))
        layout.addWidget(text)
        layout.addWidget(copy)
        return box
