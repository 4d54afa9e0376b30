"""The tray icon at once on a start where nothing can have changed since the app last ran.

At quit the app writes what its tray showed (mode, held count, tooltip text) with the
size and modification time of config.toml and of the database (and its WAL), and the
instant when the time alone would change what it shows (the end of the mode, the next
batch, midnight for "Mon 09:00"). At the next start, if every stamp still matches and that
instant has not come, the same icon and tooltip are shown before anything else is built;
the full app then takes over the same icon (tray.TrayIcon adopts it) and adds its menu.
Anything else (a command-line `mode` or `ingest` while the app was closed, an edited config,
a kill, the first run) finds a stamp that differs, and the app starts as before.

Imports only the Python standard library and QtGui/QtWidgets: this runs before the config
and the store are loaded, which is what it saves.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

FILE_NAME = "tray-snapshot.json"
VERSION = 1
MODES = ("reachable", "focus", "off_hours")


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_mtime_ns, st.st_size]


def stamps(config: Path, database: Path) -> dict[str, list[int] | None]:
    """What must be unchanged for the last tray to still be true."""
    wal = database.with_name(database.name + "-wal")
    return {"config": _stamp(config), "db": _stamp(database), "wal": _stamp(wal)}


def write(
    state_dir: Path,
    config: Path,
    database: Path,
    *,
    mode: str,
    held: int,
    tooltip: str,
    valid_until: float | None,
) -> None:
    """Called at quit, after the store is closed (so the stamps are the final ones)."""
    data = {
        "version": VERSION,
        "mode": mode,
        "held": held,
        "tooltip": tooltip,
        "valid_until": valid_until,
        "stamps": stamps(config, database),
    }
    state_dir.mkdir(parents=True, exist_ok=True)
    tmp = state_dir / f".{FILE_NAME}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out)
    os.replace(tmp, state_dir / FILE_NAME)


def forget(state_dir: Path) -> None:
    """At start: the snapshot is used once; the next quit writes a new one."""
    try:
        (state_dir / FILE_NAME).unlink()
    except OSError:
        pass


def read(state_dir: Path, config: Path, database: Path, now: float) -> dict[str, Any] | None:
    """The last tray, if it is still true now; None otherwise (or when unreadable)."""
    try:
        data = json.loads((state_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return None
    until = data.get("valid_until")
    fresh = (
        data.get("mode") in MODES
        and isinstance(data.get("held"), int)
        and isinstance(data.get("tooltip"), str)
        and (until is None or (isinstance(until, int | float) and now < until))
        and data.get("stamps") == stamps(config, database)
    )
    return data if fresh else None


def show(data: dict[str, Any]) -> Any:
    """A shown QSystemTrayIcon with the snapshot's icon and tooltip (no menu yet)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from office_hours.ui.icons import icon_for

    icon = QSystemTrayIcon(icon_for(data["mode"], data["held"]))
    icon.setToolTip(data["tooltip"])
    icon.show()
    return icon
