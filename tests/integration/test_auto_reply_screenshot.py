"""The template editor with its live preview, in Russian, on a real X server (Xvfb):
artifacts/screenshots/auto_reply_ru.png, for people to look at."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from test_tray_screenshot import SHOTS, require_tools, x_server

pytestmark = pytest.mark.integration

SCRIPT = Path(__file__).with_name("auto_reply_shot.py")


def test_template_editor_in_russian_on_xvfb(qapp) -> None:
    require_tools("Xvfb")
    SHOTS.mkdir(parents=True, exist_ok=True)
    out = SHOTS / "auto_reply_ru.png"
    out.unlink(missing_ok=True)
    with x_server() as env:
        done = subprocess.run(
            [sys.executable, str(SCRIPT), str(out)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert "PREVIEW" in done.stdout
    preview = done.stdout.split("PREVIEW", 1)[1].split("\n", 1)[0]
    assert "я отвечу в понедельник в 09:00" in preview
    assert '"СРОЧНО"' in preview
    assert "TITLE Нерабочее время" in done.stdout
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 900
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 10, "the window was not drawn"
