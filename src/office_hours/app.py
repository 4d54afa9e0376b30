"""Composition root of the tray app: config, store, engine, command socket and shell.

Start-up is measured against a bare PySide6 tray app, so only what the first paint needs
is imported here; plyer, keyring and the windows are imported when first used.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from office_hours import paths
from office_hours.config import ConfigError, load_config
from office_hours.i18n import install_translator

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


log = logging.getLogger(__name__)

APP_NAME = "Office Hours"
DESKTOP_FILE = "office-hours"
WAKE_MS = 500  # a no-op timer lets Python run its signal handlers while Qt waits
BENCH_READY = "OFFICE_HOURS_BENCH_READY"  # bench/startup.py: report when visible, then quit
FIRST_RUN = "OFFICE_HOURS_FIRST_RUN"  # "0": no first-run wizard (tests, scripted set-ups)


def wants_first_run(setup_done: Callable[[], bool]) -> bool:
    """The wizard opens until the user finished or dismissed it (setup_state), unless turned
    off: by OFFICE_HOURS_FIRST_RUN=0 (tests, scripted installs) or in the start-up benchmark."""
    if os.environ.get(FIRST_RUN, "1") == "0" or os.environ.get(BENCH_READY) == "1":
        return False
    return not setup_done()


def run_app(argv: list[str]) -> int:
    """Run the tray app until it quits; the process exit status."""
    paths.private_umask()  # also when started without cli.main (python -m office_hours.app)
    paths.tighten_existing()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([DESKTOP_FILE, *argv])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setDesktopFileName(DESKTOP_FILE)
    QApplication.setQuitOnLastWindowClosed(False)  # the tray, not a window, keeps us alive

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

    from office_hours.ui.tray_app import TrayApp

    tray_app = TrayApp(Engine(config, store), server)
    tray_app.quit_requested.connect(app.quit)
    if os.environ.get(BENCH_READY) == "1":
        tray_app.host.shown.connect(lambda: QTimer.singleShot(0, lambda: _bench_ready(app)))
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

    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(WAKE_MS)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    try:
        return app.exec()
    finally:
        wake.stop()
        tray_app.stop_services()  # the user is leaving: what focus turned on is put back
        server.close()
        tray_app.dispose()
        store.close()


def _start_logging() -> None:
    from office_hours import __version__
    from office_hours.logs import setup_file_logging

    where = setup_file_logging()
    log.info("Office Hours %s started (pid %d), log file %s", __version__, os.getpid(), where)


def _bench_ready(app: QCoreApplication) -> None:
    """`READY <peak RSS KB>` once the icon is shown and the event loop runs; then quit."""
    import resource

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    sys.stdout.write(f"READY {peak_kb}\n")
    sys.stdout.flush()
    app.quit()


if __name__ == "__main__":  # pragma: no cover - `office-hours` goes through cli.main
    sys.exit(run_app(sys.argv[1:]))
