"""`office-hours ingest` when the engine refuses a whole batch (a line the parser let
through but the store cannot take): the batch is stored line by line, so only that line is
lost, it is named, and the exit status says so (issue 14)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from helpers.cli_run import item_line, lines
from office_hours.cli import main as run_cli
from office_hours.cli.commands import EXIT_PROBLEM
from office_hours.domain.model import Item
from office_hours.engine import Engine, IngestResult
from office_hours.storage.store import Store


def test_a_batch_the_engine_refuses_is_stored_line_by_line(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = Engine.ingest

    def picky(self: Engine, items: Sequence[Item], *args: Any, **kw: Any) -> list[IngestResult]:
        if any(i.item_id == "poison" for i in items):
            raise ValueError("the store cannot take this one")
        return real(self, items, *args, **kw)

    monkeypatch.setattr(Engine, "ingest", picky)
    at = datetime.now(UTC) - timedelta(hours=1)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(lines(item_line(i, "a@b.example", "s", at) for i in ["a", "poison", "b"]))
    with feed.open() as stdin:
        code = run_cli(["ingest"], stdin=stdin, stdout=io.StringIO())
    err = capsys.readouterr().err
    assert code == EXIT_PROBLEM
    assert "line 2: cannot be stored: the store cannot take this one" in err
    store = Store(home / ".local/share/office-hours/office-hours.sqlite3")
    try:
        stored = {r[0] for r in store.db.execute("SELECT external_id FROM items")}
    finally:
        store.close()
    assert stored == {"a", "b"}
