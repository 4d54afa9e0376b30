"""Run under Xvfb by test_auto_reply_screenshot.py: the Automatic answers page in Russian,
the Russian off-hours note selected, photographed from the X server's root window."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from office_hours.domain.auto_reply import ReplyTiming
from office_hours.i18n import install_translator
from office_hours.ui.auto_reply_page import AutoReplyPage

NOW = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)  # a Friday evening
TIMING = ReplyTiming(
    "Europe/Moscow",
    (time(10), time(13, 30), time(17)),
    datetime(2026, 12, 7, 7, 0, tzinfo=UTC),
    datetime(2026, 12, 7, 6, 0, tzinfo=UTC),
)


def main(out: str) -> int:
    app = QApplication(["office-hours"])
    assert install_translator("ru"), "the Russian catalogue did not load"
    page = AutoReplyPage({"period_days": 7}, lambda: (NOW, TIMING))
    page.templates.show_note("ru", "off_hours")
    page.setWindowTitle("Автоответы")
    page.resize(max(page.sizeHint().width(), 900), max(page.sizeHint().height(), 640))
    page.move(0, 0)
    page.show()

    def shoot() -> None:
        shot = app.primaryScreen().grabWindow(0)  # the X root window: what is on screen
        shot.copy(0, 0, page.frameGeometry().width(), page.frameGeometry().height()).save(out)
        print("PREVIEW", page.templates.preview.toPlainText().replace("\n", " | "))
        print("TITLE", page.templates.mode.currentText())
        app.quit()

    QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
