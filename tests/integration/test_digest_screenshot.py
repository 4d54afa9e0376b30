"""The digest window of the real app on Xvfb with a tray (trayer), opened from the tray
menu with the keyboard, and photographed: artifacts/screenshots/digest_window.png."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
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
from office_hours.domain.model import Channel, Item, ModeKind
from office_hours.engine import Engine
from office_hours.storage.store import Store

pytestmark = pytest.mark.integration

CONFIG = """\
# written by the digest screenshot test
config_version = 1

[general]
timezone = "UTC"

[focus]
batch_times = ["10:00", "13:30", "17:00"]

[[clients]]
id = "acme"
name = "ACME"
addresses = ["*@acme.com"]

[[clients]]
id = "globex"
name = "Globex"
addresses = ["*@globex.com"]
"""


def seed_digest() -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(CONFIG, encoding="utf-8")
    config = load_config(path, create=False)
    store = Store(paths.database_file())
    try:
        engine = Engine(config, store)
        now = engine.clock()
        engine.set_mode(ModeKind.FOCUS, until=now + timedelta(minutes=50), origin="test")

        def ago(minutes: int) -> object:
            return now - timedelta(minutes=minutes)

        items = [
            ("a1", Channel.EMAIL, "Anna Berg <anna@acme.com>", "Invoice 2026-114", 95),
            ("a2", Channel.EMAIL, "Anna Berg <anna@acme.com>", "Re: <b>Q4 plan</b>", 60),
            ("a3", Channel.CHAT, "carl@acme.com", "quick question about the logo", 25),
            ("g1", Channel.EMAIL, "ops@globex.com", "Сайт не работает!", 5),
            ("g2", Channel.EMAIL, "hr@globex.com", "Timesheet reminder", 40),
            ("u1", Channel.EMAIL, "newsletter@shop.example", "Black Friday deals", 70),
            ("u2", Channel.CALL, "+49 30 555 0199", "missed call", 15),
        ]
        engine.ingest(
            Item("test", ident, channel, sender, subject, ago(minutes))  # type: ignore[arg-type]
            for ident, channel, sender, subject, minutes in items
        )
    finally:
        store.close()


def test_digest_window_on_xvfb(home: Path, tmp_path: Path, qapp) -> None:
    require_tools("Xvfb", "trayer", "xdotool", "import")
    seed_digest()
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
            with running_app(
                {**env, "OFFICE_HOURS_TRAY_WAIT_S": "10"}, tmp_path / "app.log"
            ) as app:
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
                # Reachable, Focus, Off hours, Log a call, Weekly report, Digest.
                subprocess.run(["xdotool", "key", *(["Down"] * 6), "Return"], env=env, check=True)
                digest = window_titled(env, "Digest", "the digest window")
                assert digest.width >= 800
                assert digest.height >= 400
                settled_screenshot(env, digest, "digest_window.png")
                app.terminate()
                assert app.wait(10) == 0
        finally:
            stop(trayer)
