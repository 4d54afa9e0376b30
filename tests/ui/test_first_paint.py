"""The first paint's snapshot: written at quit, used at the next start only when nothing
that the tray shows can have changed (config, database, WAL, the clock), once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from office_hours.ui import first_paint

pytestmark = pytest.mark.gui


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    config, db = tmp_path / "config.toml", tmp_path / "db.sqlite3"
    config.write_text("config_version = 1\n", encoding="utf-8")
    db.write_bytes(b"x" * 10)
    return tmp_path / "state", config, db


def _write(files: tuple[Path, Path, Path], valid_until: float | None = 2000.0) -> None:
    state, config, db = files
    first_paint.write(
        state,
        config,
        db,
        mode="focus",
        held=3,
        tooltip="Office Hours\nFocus",
        valid_until=valid_until,
    )


def test_a_snapshot_is_read_back_while_nothing_changed(files) -> None:  # type: ignore[no-untyped-def]
    state, config, db = files
    _write(files)
    data = first_paint.read(state, config, db, now=1000.0)
    assert data is not None
    assert (data["mode"], data["held"], data["tooltip"]) == ("focus", 3, "Office Hours\nFocus")
    assert oct((state / first_paint.FILE_NAME).stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("change", ["config", "db", "wal", "time", "garbage", "forget"])
def test_any_change_means_no_first_paint(files, change: str) -> None:  # type: ignore[no-untyped-def]
    state, config, db = files
    _write(files)
    now = 1000.0
    if change == "config":
        config.write_text("config_version = 1\n# edited\n", encoding="utf-8")
    elif change == "db":  # e.g. `office-hours mode focus` while the app was closed
        os.utime(db, ns=(1, 1))
    elif change == "wal":
        db.with_name(db.name + "-wal").write_bytes(b"w")
    elif change == "time":  # the mode's end, the next batch or midnight has come
        now = 2000.0
    elif change == "garbage":
        (state / first_paint.FILE_NAME).write_text("{not json", encoding="utf-8")
    else:
        first_paint.forget(state)
    assert first_paint.read(state, config, db, now) is None


def test_the_icon_is_shown_with_the_saved_tooltip(qapp, files) -> None:  # type: ignore[no-untyped-def]
    state, config, db = files
    _write(files)
    data = first_paint.read(state, config, db, now=1000.0)
    assert data is not None
    icon = first_paint.show(data)
    try:
        assert icon.isVisible()
        assert icon.toolTip() == "Office Hours\nFocus"
        assert not icon.icon().isNull()
    finally:
        icon.hide()
