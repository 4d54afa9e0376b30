"""The tray says on Monday morning, once, that last week's report is ready (fake clock)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from office_hours.engine import Engine
from office_hours.ui.tray_app import TrayApp

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qtbot, engine: Engine):
    sent: list[tuple[str, str]] = []
    tray = TrayApp(
        engine, None, wait_s=0, send=lambda t, b: sent.append((t, b)), tray_available=lambda: True
    )
    tray.sent = sent
    yield tray
    tray.dispose()


def test_monday_morning_once(qtbot, app: TrayApp, clock, engine: Engine) -> None:
    # Wednesday 18 Nov: the first start ever records W46 silently (no data to speak of).
    assert app.announce_report() is None
    assert engine.store.report_announced() == "2026-W46"
    clock.now = datetime(2026, 11, 23, 7, 59, tzinfo=UTC)  # Monday 08:59 in Berlin
    assert app.announce_report() is None
    clock.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # Monday 09:00 in Berlin
    with qtbot.waitSignal(app.report_announced) as announced:
        app.shell.refresh()  # the status poll is what calls it in the running app
    assert announced.args == ["2026-W47"]
    qtbot.waitUntil(lambda: len(app.sent) == 1, timeout=3000)
    title, body = app.sent[0]
    assert title == "Your weekly report is ready"
    assert "Week 2026-W47" in body
    clock.advance(hours=3)
    assert app.announce_report() is None  # once
    assert len(app.sent) == 1


def test_turned_off_in_the_config(qtbot, engine: Engine, clock) -> None:
    import dataclasses

    engine.config = dataclasses.replace(engine.config, report_notify=False)
    tray = TrayApp(engine, None, wait_s=0, send=lambda t, b: None, tray_available=lambda: True)
    try:
        engine.store.set_report_announced("2026-W40")
        clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        assert tray.announce_report() is None
        assert engine.store.report_announced() == "2026-W40"
    finally:
        tray.dispose()
