"""The startup floor: a bare PySide6 tray app that prints READY once its event loop runs.

Run by bench/startup.py (which measures wall time from spawn to the READY line). On its own:
    QT_QPA_PLATFORM=offscreen python bench/bare_tray.py

Prints one line, `READY <peak RSS KB> <ms since this script started>`, then quits with 0.
The same shape as the real app's `OFFICE_HOURS_BENCH_READY=1` line (`READY <peak RSS KB>`).
"""

import time

T0 = time.perf_counter()  # first thing: the interpreter's own start is measured by the parent

import resource  # noqa: E402 - after the clock on purpose
import sys  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QColor, QIcon, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon  # noqa: E402


def main() -> int:
    """Show a tray icon with a one-item menu, report once the event loop runs, and quit."""
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#2e7d32"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    tray.setContextMenu(menu)
    tray.setToolTip("bare tray")
    tray.show()

    def ready() -> None:
        elapsed_ms = (time.perf_counter() - T0) * 1000
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
        sys.stdout.write(f"READY {peak_kb} {elapsed_ms:.1f}\n")
        sys.stdout.flush()
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
