"""Composition root of the tray app: config, store, engine, command socket and shell.

Start-up is measured against a bare PySide6 tray app, so only what the first paint needs
is imported here; plyer, keyring and the windows are imported when first used.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from office_hours import paths
from office_hours.i18n import install_translator

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


log = logging.getLogger(__name__)

APP_NAME = "Office Hours"
DESKTOP_FILE = "office-hours"
WAKE_MS = 500  # a no-op timer lets Python run its signal handlers while Qt waits
BENCH_READY = "OFFICE_HOURS_BENCH_READY"  # bench/startup.py: report when visible, then quit
FIRST_RUN = "OFFICE_HOURS_FIRST_RUN"  # "0": no first-run wizard (tests, scripted set-ups)
FIRST_PAINT = "OFFICE_HOURS_FIRST_PAINT"  # "0": always build everything before the icon


def wants_first_run(setup_done: Callable[[], bool]) -> bool:
    """The wizard opens until the user finished or dismissed it (setup_state), unless turned
    off: by OFFICE_HOURS_FIRST_RUN=0 (tests, scripted installs) or in the start-up benchmark."""
    if os.environ.get(FIRST_RUN, "1") == "0" or os.environ.get(BENCH_READY) == "1":
        return False
    return not setup_done()


class _Running:
    """What a started app holds, so that quitting can put it away in order."""

    def __init__(self) -> None:
        self.server: Any = None
        self.store: Any = None
        self.tray_app: Any = None

    def close(self) -> None:
        tray_app, store, server = self.tray_app, self.store, self.server
        if tray_app is not None:
            tray_app.stop_services()  # the user is leaving: what focus turned on is put back
        if server is not None:
            server.close()
        last = _last_tray(tray_app) if tray_app is not None else None
        if tray_app is not None:
            tray_app.dispose()
        if store is not None:
            store.close()
        if last is not None:  # after the store is closed: its stamps are the final ones
            _write_first_paint(last)


def run_app(argv: list[str]) -> int:
    """Run the tray app until it quits; the process exit status."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([DESKTOP_FILE, *argv])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setDesktopFileName(DESKTOP_FILE)
    QApplication.setQuitOnLastWindowClosed(False)  # the tray, not a window, keeps us alive

    running = _Running()
    bench = os.environ.get(BENCH_READY) == "1"
    preview = _first_paint()
    if preview is not None:
        # The icon is on screen as it was at the last quit; the rest is built once the event
        # loop runs, and the tray takes the same icon over (no flicker, nothing stale).
        if bench:
            QTimer.singleShot(0, lambda: _bench_line("READY"))

        def start_later() -> None:
            code = _start(app, argv, running, preview, bench)
            if code is not None:
                preview.hide()
                app.exit(code)

        QTimer.singleShot(0, start_later)
    else:
        code = _start(app, argv, running, None, bench)
        if code is not None:
            return code

    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(WAKE_MS)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    try:
        return app.exec()
    finally:
        wake.stop()
        running.close()


def _start(
    app: QCoreApplication, argv: list[str], running: _Running, preview: Any, bench: bool
) -> int | None:
    """Config, store, command socket and shell: None when started, else the exit status."""
    from PySide6.QtCore import QTimer

    from office_hours.config import ConfigError, load_config
    from office_hours.setup_state import setup_done

    first_run = wants_first_run(lambda: setup_done(paths.config_file()))
    try:
        config = load_config(paths.config_file())  # writes the commented default when new
    except ConfigError as exc:
        from office_hours.ui.startup_error import show_startup_error

        return show_startup_error(str(exc))
    if not install_translator(config.language):
        log.warning("no translation for %r; the interface stays in English", config.language)

    from office_hours.engine import Engine
    from office_hours.storage.store import Store, StoreError
    from office_hours.ui.ipc_server import IpcServer, StartResult

    server = IpcServer(paths.socket_file())
    outcome = server.start(argv)
    if outcome is StartResult.HANDED_OVER:
        return 0
    if outcome is StartResult.FAILED:
        log.error("the command line cannot reach this app (socket %s)", server.path)
    try:
        store = Store(paths.database_file())
    except StoreError as exc:
        server.close()
        from office_hours.ui.startup_error import show_startup_error

        return show_startup_error(str(exc))
    running.server, running.store = server, store

    from office_hours.ui.tray_app import TrayApp

    tray_app = TrayApp(Engine(config, store), server, preview=preview)
    running.tray_app = tray_app
    tray_app.quit_requested.connect(app.quit)
    if bench:  # READY once visible (first paint: already said), FULL once the shell is up
        line = "FULL" if preview is not None else "READY"
        tray_app.host.shown.connect(lambda: QTimer.singleShot(0, lambda: _bench_line(line)))
        tray_app.host.shown.connect(lambda: QTimer.singleShot(0, app.quit))
    # What the first paint does not need runs once the icon (or window) is shown: start-up
    # is measured to that moment, and the UI thread is free again by then. Listed before
    # start(), which may show the icon at once.
    after_shown: list[Callable[[], object]] = []
    if first_run:  # beside the tray, after its first paint; Cancel keeps the defaults
        after_shown.append(tray_app.shell.first_run)
    # Every source through the one ingest service, once the icon is shown (a source's
    # library loads only when the config names it): start-up is measured to that moment.
    after_shown.append(lambda: tray_app.start_ingest(paths.database_file(), paths.state_dir()))
    after_shown.append(lambda: tray_app.start_presence(paths.state_dir()))
    after_shown.append(tray_app.watch_config)
    after_shown.append(_start_logging)

    def run_after_shown() -> None:
        for work in after_shown:
            QTimer.singleShot(0, work)
        after_shown.clear()

    tray_app.host.shown.connect(run_after_shown)
    tray_app.start()
    return None


def _first_paint() -> Any:
    """The last quit's tray icon, shown at once, when it is still true and a tray is there
    (never on a first run, and never for the window shown where there is no tray)."""
    if os.environ.get(FIRST_PAINT, "1") == "0":
        return None
    from PySide6.QtWidgets import QSystemTrayIcon

    from office_hours.ui import first_paint

    state_dir = paths.state_dir()
    data = first_paint.read(state_dir, paths.config_file(), paths.database_file(), time.time())
    first_paint.forget(state_dir)  # used once: a crash later must not leave it behind
    if data is None or not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return first_paint.show(data)


def _last_tray(tray_app: Any) -> dict[str, Any] | None:
    """What the tray shows now, for the next start's first paint (see ui/first_paint.py)."""
    if tray_app.host.tray is None or tray_app.host.tray.waiting:
        return None  # no tray, or an emergency waiting: the next start builds everything
    try:
        status = tray_app.engine.status()
    except Exception:  # a broken store: no first paint next time, the full start explains
        return None
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from office_hours.ui.status_text import tooltip

    local = status.now.astimezone(ZoneInfo(status.timezone))
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), local.tzinfo)
    changes = [status.mode.until, status.next_batch, status.next_release, midnight]
    return {
        "mode": status.mode.kind.value,
        "held": status.held,
        "tooltip": tooltip(status),
        "valid_until": min(t.timestamp() for t in changes if t is not None),
    }


def _write_first_paint(last: dict[str, Any]) -> None:
    from office_hours.ui import first_paint

    try:
        first_paint.write(paths.state_dir(), paths.config_file(), paths.database_file(), **last)
    except OSError as exc:
        log.warning("the tray's first paint for the next start was not saved: %s", exc)


def _start_logging() -> None:
    from office_hours import __version__
    from office_hours.logs import setup_file_logging

    where = setup_file_logging()
    log.info("Office Hours %s started (pid %d), log file %s", __version__, os.getpid(), where)


def _bench_line(what: str) -> None:
    """`READY <peak RSS KB>` once the icon is shown and the event loop runs (bench/startup.py);
    `FULL <peak RSS KB>` when a first paint came first and the whole shell is up too."""
    import resource

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    sys.stdout.write(f"{what} {peak_kb}\n")
    sys.stdout.flush()


if __name__ == "__main__":  # pragma: no cover - `office-hours` goes through cli.main
    sys.exit(run_app(sys.argv[1:]))
