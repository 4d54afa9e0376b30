"""At quit the writer may have reported a batch that still waits in the event queue; once
the bridge is stopped it is dropped, not acted on against a store that is closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from office_hours.config import Config
from office_hours.ingest import Delivered
from office_hours.sources.state import SourceState, StateKind
from office_hours.ui.ingest_bridge import IngestBridge

pytestmark = pytest.mark.gui


def test_reports_queued_before_stop_are_dropped(qtbot, tmp_path: Path, config: Config) -> None:
    refreshed: list[list[int]] = []
    bridge = IngestBridge(config, tmp_path / "db.sqlite3", tmp_path, refreshed.append)
    states: list[dict[str, object]] = []
    bridge.states_changed.connect(states.append)

    bridge.delivered.emit(Delivered("t", ()))  # queued: acted on at the next event loop turn
    QCoreApplication.processEvents()
    assert refreshed == [[]]  # running: acted on

    bridge.delivered.emit(Delivered("t", ()))
    bridge.state_changed.emit("imap:a", "Mail a", SourceState(StateKind.CONNECTED))
    bridge.unread_changed.emit("imap:a", None)
    bridge.stop()
    QCoreApplication.processEvents()
    assert refreshed == [[]]
    assert states == []
