"""Start-up stays lean: the report window, charts, exporters and report maths load on demand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import office_hours

SRC = Path(office_hours.__file__).resolve().parent.parent
LAZY = (
    "office_hours.domain.report",
    "office_hours.domain.drafts",
    "office_hours.domain.report_due",
    "office_hours.documents.report",
    "office_hours.ui.report_window",
    "office_hours.ui.report_charts",
    "office_hours.documents.pdf",
    # Auto-replies' rules and the unread maths load when mail needs them, not at start.
    "office_hours.domain.auto_reply",
    "office_hours.domain.unread",
    "office_hours.unread_words",
)


def loaded_after(code: str) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [m for m in LAZY if m in done.stdout.split()]


def test_the_tray_app_imports_no_report_code() -> None:
    start = "import office_hours.app, office_hours.ui.tray_app, office_hours.config.load"
    assert loaded_after(start) == []


def test_the_check_can_fail() -> None:
    assert loaded_after("import office_hours.documents.report") == [
        "office_hours.domain.report",
        "office_hours.domain.drafts",
        "office_hours.documents.report",
    ]


def test_the_refocus_source_reads_in_english_as_the_json_has_it() -> None:
    """The window's note and the JSON's `refocus_source` say the same in English."""
    from office_hours.documents.report import refocus_source
    from office_hours.domain.report_settings import REFOCUS_SOURCE

    assert refocus_source() == REFOCUS_SOURCE
