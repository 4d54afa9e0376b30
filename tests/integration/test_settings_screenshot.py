"""The first-run wizard and the settings dialog of the real app on Xvfb with a tray, driven
with the keyboard, photographed with a Cyrillic and a Thai client name:
artifacts/screenshots/first_run_*.png and settings_*.png. The fonts those names need must be
installed (a missing glyph fails the test, it does not draw a box)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from test_tray_screenshot import (
    TRAYER,
    app_windows,
    poll,
    require_tools,
    running_app,
    settled_screenshot,
    stop,
    window_titled,
    x_server,
)

from office_hours import paths
from office_hours.config import load_config
from office_hours.config.save import read_data, save_config

pytestmark = pytest.mark.integration

CYRILLIC = "ООО Ромашка"
THAI = "บริษัท ตัวอย่าง"


def missing_glyphs(text: str, system: QFontDatabase.WritingSystem) -> list[str]:
    """Characters no installed font of that writing system can draw (Qt's font fallback
    picks among these for text the default font lacks)."""
    families = QFontDatabase.families(system)
    assert families, f"no font for {system.name} is installed (scripts/runtime-packages.txt)"
    metrics = [QFontMetrics(QFont(family)) for family in families]
    return [c for c in text if not c.isspace() and not any(m.inFontUcs4(ord(c)) for m in metrics)]


def test_thai_and_cyrillic_names_have_glyphs(qapp) -> None:
    assert missing_glyphs(CYRILLIC, QFontDatabase.WritingSystem.Cyrillic) == []
    assert missing_glyphs(THAI, QFontDatabase.WritingSystem.Thai) == []
    # The check can fail: Ethiopic is in none of the fonts the tests install.
    assert missing_glyphs("ሀ", QFontDatabase.WritingSystem.Thai) == ["ሀ"]


def key(env: dict[str, str], *keys: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], env=env, check=True)


def type_text(env: dict[str, str], text: str) -> None:
    """ASCII is typed. Other text is pasted, as people often enter it: `xdotool type` maps a
    spare key to each non-ASCII character, and under load the X server sometimes sees the
    key before the new mapping ("ООО Ромаша" for "ООО Ромашка")."""
    if text.isascii():
        subprocess.run(["xdotool", "type", "--delay", "40", text], env=env, check=True)
        return
    assert shutil.which("xclip"), "xclip is missing: apt-get install xclip (test-packages.txt)"
    # xclip keeps serving the clipboard in the background until the X server goes away.
    subprocess.run(
        ["xclip", "-selection", "clipboard"], input=text.encode(), env=env, check=True, timeout=10
    )
    subprocess.run(["xdotool", "key", "ctrl+v"], env=env, check=True)


def test_first_run_and_settings_on_xvfb(home: Path, tmp_path: Path, qapp) -> None:
    require_tools("Xvfb", "trayer", "xdotool", "import")
    assert not paths.config_file().exists()  # a new user
    with x_server() as env:
        trayer = subprocess.Popen(
            TRAYER, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            poll(
                "trayer",
                lambda: subprocess.run(
                    ["xdotool", "search", "--class", "trayer"], env=env, capture_output=True
                ).stdout.strip(),
            )
            app_env = {**env, "OFFICE_HOURS_TRAY_WAIT_S": "10", "OFFICE_HOURS_FIRST_RUN": "1"}
            with running_app(app_env, tmp_path / "app.log") as app:
                wizard = window_titled(env, "Welcome to Office Hours", "the first-run wizard")
                settled_screenshot(env, wizard, "first_run_hours.png")
                subprocess.run(["xdotool", "windowactivate", "--sync", wizard.wid], env=env)
                key(env, "Return", "Return", "Return")  # Next: English, hours, batch times
                type_text(env, CYRILLIC)  # the client's name, the first field
                key(env, "Tab")
                type_text(env, "Иван Петров")  # the contact person
                key(env, "Tab")
                type_text(env, "romashka")
                key(env, "Tab")
                type_text(env, "*@romashka.ru")
                settled_screenshot(env, wizard, "first_run_client.png")
                key(env, "Return", "Return")  # Next, then Finish without a mail account

                def finished() -> bool:
                    text = paths.config_file().read_text(encoding="utf-8")
                    return "romashka" in text

                poll("the wizard's config", finished)
                config = load_config(paths.config_file(), create=False)
                assert [(c.client_id, c.name) for c in config.clients] == [("romashka", CYRILLIC)]
                data = read_data(paths.config_file())  # a second client, as the dialog adds
                data["clients"].append(
                    {"id": "tuayang", "name": THAI, "addresses": ["*@example.co.th"]}
                )
                save_config(paths.config_file(), data)

                icon = poll(
                    "the tray icon",
                    lambda: next(
                        (w for w in app_windows(env) if w.y < 40 and 16 <= w.width <= 64), None
                    ),
                )
                x, y = icon.center
                subprocess.run(
                    ["xdotool", "mousemove", str(x), str(y), "click", "3"], env=env, check=True
                )
                poll(
                    "the tray menu",
                    lambda: next(
                        (w for w in app_windows(env) if w.width >= 150 and w.height >= 150), None
                    ),
                )
                # Reachable, Focus, Off hours, Log a call, Weekly report, Digest, (Release
                # held items: disabled, nothing is held), Settings.
                key(env, *(["Down"] * 7), "Return")
                dialog = window_titled(env, "Office Hours settings", "the settings dialog")
                assert dialog.width >= 700
                settled_screenshot(env, dialog, "settings_general.png")
                subprocess.run(["xdotool", "windowactivate", "--sync", dialog.wid], env=env)
                key(env, *(["Down"] * 5))  # the page list has the focus: Clients and terms
                settled_screenshot(env, dialog, "settings_clients.png")
                key(env, "Tab", "Down")  # into the client list, to the Thai client
                settled_screenshot(env, dialog, "settings_client_thai.png")
                key(env, "shift+Tab", "Down")  # back to the page list: Accounts
                # No keyring on this bus-less display: the page says so and how to get one.
                settled_screenshot(env, dialog, "settings_accounts_no_keyring.png")
                app.terminate()
                assert app.wait(10) == 0
        finally:
            stop(trayer)
