"""The weekly report window: filled by a worker, suggestions with a copyable message."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QGroupBox, QPlainTextEdit

from office_hours.engine import Engine
from office_hours.ui.report_window import ReportWindow, shift_week

pytestmark = pytest.mark.gui


@pytest.fixture
def busy_client(engine: Engine) -> Engine:
    """Six ad-hoc calls this week (ACME's call window is Tuesday 14-16): over the threshold."""
    acme = engine.config.client("acme")
    for hours_ago in range(1, 7):
        engine.log_call(acme, 10, engine.clock() - timedelta(hours=hours_ago), "check-in")
    return engine


@pytest.fixture
def slow_report(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> list[dict]:
    """Make the computation slow, and record where and over which store it ran."""
    runs: list[dict] = []
    original = Engine.report

    def report(self: Engine, week: str | None = None):
        runs.append(
            {"thread": threading.current_thread(), "own_store": self.store is not engine.store}
        )
        time.sleep(0.3)
        return original(self, week)

    monkeypatch.setattr(Engine, "report", report)
    return runs


def row_of(window: ReportWindow, name: str) -> dict[str, str]:
    table = window.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == name:
            return {h: table.item(row, c).text() for c, h in enumerate(headers)}
    raise AssertionError(f"no row for {name}")


def test_fills_from_a_worker_without_freezing(qtbot, busy_client: Engine, slow_report) -> None:
    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(20)
    window = ReportWindow(busy_client)
    qtbot.addWidget(window)
    window.show()
    assert window.loading
    assert window.state_label.text() == "Computing…"
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    ticker.stop()
    assert len(ticks) >= 5  # the event loop kept running while the report was computed
    assert slow_report[0]["thread"] is not threading.main_thread()
    assert slow_report[0]["own_store"]  # sqlite connections are not shared across threads
    assert window.week_label.text() == "2026-W47  (2026-11-16 – 2026-11-22)"
    acme = row_of(window, "ACME <Corp> & Co")
    assert acme["Contacts"] == "6"
    assert acme["Email ·\nchat ·\ncalls ·\nmeetings"] == "0 · 0 · 6 · 0"
    assert acme["Unplanned calls"] == "6"
    assert acme["Effective rate"].endswith("EUR")


def test_suggestion_message_is_copied(qtbot, busy_client: Engine) -> None:
    window = ReportWindow(busy_client)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    QApplication.processEvents()
    boxes = [b for b in window.suggestions.findChildren(QGroupBox) if b.isVisible()]
    # "&" is doubled in the title, or Qt would take it for a mnemonic and hide it.
    assert "ACME <Corp> && Co: Propose a scheduled weekly call" in [b.title() for b in boxes]
    titles = [box.title().replace("&&", "&") for box in boxes]
    assert "ACME <Corp> & Co: Propose a scheduled weekly call" in titles
    box = boxes[titles.index("ACME <Corp> & Co: Propose a scheduled weekly call")]
    message = box.findChild(QPlainTextEdit)
    assert message.isReadOnly()
    # No contact person configured: a neutral greeting, never the company's name.
    assert message.toPlainText().startswith("Hello,\nThis week we spoke 6 times")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(window.copy_buttons[0], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == message.toPlainText()


def test_week_picker_and_no_suggestion_reasons(qtbot, busy_client: Engine) -> None:
    window = ReportWindow(busy_client)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    assert not window.next_button.isEnabled()  # no reports from the future
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.week == "2026-W46"
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    assert row_of(window, "ACME <Corp> & Co")["Contacts"] == "0"
    QApplication.processEvents()
    labels = [
        w for w in window.suggestions.findChildren(type(window.week_label)) if not w.isHidden()
    ]
    texts = "\n".join(label.text() for label in labels)
    assert "No contact this week" in texts
    assert window.headline_label.text() == "ACME <Corp> & Co: no contact this week"
    assert window.next_button.isEnabled()


def test_shift_week_crosses_years() -> None:
    assert shift_week("2026-W01", -1) == "2025-W52"
    assert shift_week("2026-W53", 1) == "2027-W01"
    assert shift_week("2026-W47", 0) == "2026-W47"
