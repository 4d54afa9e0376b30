"""A start-up problem (bad config, unusable database) shown in a window, not a traceback.

The tray app is usually started from a menu or autostart, where nobody reads stderr.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from office_hours.i18n import tr

EXIT_CODE = 2


def startup_error_box(problem: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("StartupError", "Office Hours cannot start"),
        tr(
            "StartupError",
            "Office Hours cannot start:\n\n{problem}\n\n"
            "Nothing was changed. Fix the problem and start Office Hours again.",
        ).format(problem=problem),
        QMessageBox.StandardButton.Close,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths and TOML can hold < and &
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_startup_error(problem: str) -> int:
    """Show `problem` until closed; the exit status for the process."""
    startup_error_box(problem).exec()
    return EXIT_CODE
