"""The report window's charts, progress, exports and a look at it (offscreen grab)."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox

from office_hours.domain.model import Channel, Item
from office_hours.engine import Engine
from office_hours.ui.report_window import ReportWindow

pytestmark = pytest.mark.gui

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture
def week_of_contact(engine: Engine, clock) -> Engine:
    """Week 2026-W47 (clock: Wednesday 18 Nov 10:00 Berlin): calls, mails and chat, and
    more calls in the week before, for the trend."""
    acme = engine.config.client("acme")
    assert acme is not None
    monday = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # 09:00 Berlin
    for day in range(3):
        for k in range(6 if day < 2 else 2):
            at = monday + timedelta(days=day, minutes=75 * k)
            if at < clock():
                engine.log_call(acme, 10, at, "check-in")
    items = [
        Item(
            "t", f"m{i}", Channel.EMAIL, "ann@acme.com", "<b>bold?</b>", monday + timedelta(hours=i)
        )
        for i in range(5)
    ]
    items += [
        Item("t", f"c{i}", Channel.CHAT, "ann@acme.com", "ping", monday - timedelta(hours=30 - i))
        for i in range(4)
    ]  # Saturday and Sunday before: last week
    engine.ingest(items)
    for k in range(9):  # the week before: nine ad-hoc calls
        engine.log_call(acme, 5, monday - timedelta(days=7) + timedelta(hours=k), "")
    return engine


def test_charts_follow_the_selected_client(qtbot, week_of_contact: Engine) -> None:
    window = ReportWindow(week_of_contact)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    report = window.report
    assert report is not None
    acme = report.clients[0]
    assert acme.client_id == "acme"  # the costliest client is chosen first
    assert window.charts_label.text() == "ACME <Corp> & Co"  # plain text, not markup
    assert window.charts_label.textFormat() == Qt.TextFormat.PlainText
    assert sum(map(sum, window.day_chart.per_day)) == acme.contacts
    assert window.day_chart.per_day[0][2] == 6  # Monday: six calls
    # Four weeks are four: W44, W45, W46 (9 calls + 4 chats), W47 (13 calls + 5 mails).
    assert [label for label, _, _ in window.trend_chart.weeks] == ["W44", "W45", "W46", "W47"]
    assert [c for _, c, _ in window.trend_chart.weeks][-2:] == [13, 18]
    assert sum(window.heat_map.hours) == acme.contacts
    assert "15 min refocus for each contact that broke focus" in window.source_label.text()
    assert "Mark, Gonzalez & Harris" in window.source_label.text()
    assert "time until return, not all of it lost" in window.source_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1180, 900)
    qtbot.waitExposed(window)
    QApplication.processEvents()  # let the resized layout settle before the grab
    assert [b for b in window.suggestions.findChildren(QGroupBox) if b.isVisible()]
    shot = window.grab()
    assert shot.width() >= 1000
    shot.save(str(SHOTS / "report-window.png"))


def test_progress_shows_only_when_it_takes_long(qtbot, monkeypatch, week_of_contact) -> None:
    gate = threading.Event()
    original = Engine.report

    def slow(self: Engine, week: str | None = None):
        gate.wait(5)
        return original(self, week)

    monkeypatch.setattr(Engine, "report", slow)
    window = ReportWindow(week_of_contact)
    qtbot.addWidget(window)
    window.show()
    assert not window.progress.isVisible()
    qtbot.waitUntil(window.progress.isVisible, timeout=3000)  # after PROGRESS_AFTER_MS
    assert not window.export_buttons["json"].isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    assert not window.progress.isVisible()
    assert window.export_buttons["pdf"].isEnabled()


def test_exports_from_the_window(qtbot, week_of_contact: Engine, tmp_path: Path) -> None:
    window = ReportWindow(week_of_contact)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    for fmt in ("json", "csv", "html", "pdf"):
        window.export(fmt, tmp_path / f"r.{fmt}")
        assert window.state_label.text() == f"Saved {tmp_path / f'r.{fmt}'}"
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["week"] == "2026-W47"
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert "ACME &lt;Corp&gt; &amp; Co" in (tmp_path / "r.html").read_text(encoding="utf-8")
