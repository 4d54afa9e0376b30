"""The weekly report counts the automatic answers sent in its week ("3 sent")."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from office_hours.config.load import parse_config
from office_hours.documents.report import to_html, to_json_text, to_text
from office_hours.engine import Engine
from office_hours.storage.auto_replies import SentReply
from office_hours.storage.store import Store

NOW = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)  # Friday of 2026-W49


def test_the_report_counts_auto_replies_of_its_week(tmp_path: Path) -> None:
    config = parse_config('[general]\ntimezone = "UTC"\n', tmp_path / "c.toml")
    store = Store(tmp_path / "db.sqlite3")
    try:
        for days in (0, 1, 2, 7):  # the last one was the week before
            at = NOW - timedelta(days=days)
            store.record_auto_reply(
                SentReply(
                    f"a{days}@x.test", "unknown", "w", "off_hours", "en", "Re: x", "", "r", at
                )
            )
        engine = Engine(config, store, lambda: NOW)
        report = engine.report("2026-W49")
        assert report.auto_replies == 3
        assert "3 automatic answers sent this week." in to_text(report)
        assert "3 automatic answers sent this week." in to_html(report)
        assert json.loads(to_json_text(report))["auto_replies"] == 3
        assert engine.report("2026-W48").auto_replies == 1
        assert "automatic answers" not in to_text(engine.report("2026-W47"))
    finally:
        store.close()
