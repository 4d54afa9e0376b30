"""Every everyday window in English, Russian and Thai on Xvfb at 1366x768: the wizard's
pages, every settings page, the digest with long senders and subjects, the log-call dialog
and the no-tray window. Each is photographed (artifacts/screenshots/survey_*.png) and fails
the test when a widget got less room than its text needs (sizeHint against its size), a page
scrolls sideways, a window is larger than the screen, or a string is left in English."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from test_tray_screenshot import SHOTS, require_tools, x_server
from window_survey import cut, untranslated

pytestmark = pytest.mark.integration

SURVEY = Path(__file__).with_name("window_survey.py")
WINDOWS = [
    *(f"wizard_{i}_{page}" for i, page in enumerate(("welcome", "hours", "batches", "client",
                                                      "account"))),
    *(f"settings_{row}" for row in range(11)),
    "digest",
    "log_call",
    "no_tray_window_new",
    "no_tray_window",
]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ru", "th"])
def test_every_window_fits_its_text_in_every_language(
    home: Path, tmp_path: Path, language: str
) -> None:
    require_tools("Xvfb")
    with x_server("1366x768x24") as env:
        done = subprocess.run(
            [sys.executable, str(SURVEY), language, str(SHOTS)],
            env={**env, "OFFICE_HOURS_FIRST_RUN": "0"},
            capture_output=True, text=True, timeout=300, cwd=tmp_path,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    problems = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert problems == [], "\n".join(json.dumps(p, ensure_ascii=False) for p in problems)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    for name in WINDOWS:
        shot = QImage(str(SHOTS / f"survey_{language}_{name}.png"))
        assert (shot.width(), shot.height()) == (1366, 768), name


def test_the_survey_sees_a_cut_text_and_an_english_string(qtbot) -> None:
    """The checks can fail: a squeezed button, a squeezed label, a list that cuts its items,
    and English words on a Russian screen are all reported."""
    button = QPushButton("Запускать при входе в систему")
    qtbot.addWidget(button)
    button.resize(button.sizeHint().width() - 30, button.sizeHint().height())
    assert "sizeHint" in cut(button)
    button.resize(button.sizeHint())
    assert cut(button) == ""

    label = QLabel("A long explanation that wraps over several lines " * 4)
    label.setWordWrap(True)
    qtbot.addWidget(label)
    label.resize(200, 20)
    assert "needed" in cut(label)
    label.resize(200, label.heightForWidth(200))
    assert cut(label) == ""

    names = QListWidget()
    qtbot.addWidget(names)
    names.addItem("ООО «Международная торговая компания Ромашка»")
    names.resize(120, 100)
    names.show()
    assert cut(names) != ""
    names.setWordWrap(True)  # what the settings' client list does
    names.setResizeMode(QListWidget.ResizeMode.Adjust)
    names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    qtbot.waitUntil(lambda: cut(names) == "")

    sources = {"Sender": "Отправитель", "Slack": "Slack", "Save": ""}
    assert untranslated("Sender", sources, set())  # tr() not applied
    assert untranslated("Save", sources, set())  # never translated
    assert not untranslated("Slack", sources, set())  # a name, the same in every language
    assert untranslated("Rate shortfall", {}, set())  # never went through tr()
    assert untranslated("email", {}, set())
    assert not untranslated("Отправитель", sources, set())
    assert not untranslated("ACME GmbH", {}, {"ACME GmbH"})  # the user's data
    assert not untranslated("запустите gnome-keyring-daemon (KWallet)", {}, set())
