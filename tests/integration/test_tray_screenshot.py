"""The real app on a real X server with an XEmbed tray (Xvfb + trayer), looked at.

Screenshots land in artifacts/screenshots/ for people to look at; the assertions check
what can be checked from pixels: the icon is painted in the tray, the menu opens, the
report and fallback windows appear and are drawn.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtGui import QColor, QImage

from helpers import waiting
from office_hours import ipc, paths
from office_hours.config import load_config
from office_hours.domain.model import Channel, Item, ModeKind
from office_hours.engine import Engine
from office_hours.storage.store import Store

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
APP = [sys.executable, "-m", "office_hours"]  # no subcommand: cli.main starts the tray app
TRAYER = [
    "trayer",
    "--edge",
    "top",
    "--align",
    "right",
    "--widthtype",
    "request",
    "--height",
    "32",
    "--SetDockType",
    "true",
    "--transparent",
    "false",
    "--tint",
    "0x303030",
]
T = TypeVar("T")


@dataclass(frozen=True)
class Window:
    wid: str
    name: str
    x: int
    y: int
    width: int
    height: int

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


def require_tools(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.fail(
            f"this test needs {', '.join(missing)} on PATH "
            "(apt-get install -y xvfb trayer xdotool imagemagick); not skipping silently"
        )


def poll(what: str, check: Callable[[], T | None], timeout: float = 20.0) -> T:
    """Processes, not Qt objects: poll them, bounded in time."""
    return waiting.poll(what, check, timeout, every=0.1)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@contextmanager
def x_server(screen: str = "1024x768x24") -> Iterator[dict[str, str]]:
    """Xvfb on a display number it picks itself (-displayfd: no race with other servers);
    yields the environment for clients."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_fd,),
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], 15)
        number = os.read(read_fd, 32).decode().strip() if ready else ""
        if not number.isdigit():
            pytest.fail(f"Xvfb did not start (exit code {xvfb.poll()}); is xvfb installed?")
        env = {**os.environ, "DISPLAY": f":{number}", "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
        env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform
        yield env
    finally:
        os.close(read_fd)
        stop(xvfb)


def app_windows(env: dict[str, str]) -> list[Window]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--classname", "office-hours"],
        env=env,
        capture_output=True,
        text=True,
    ).stdout.split()
    windows = []
    for wid in found:
        geometry = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", wid],
            env=env,
            capture_output=True,
            text=True,
        ).stdout
        values = dict(line.split("=", 1) for line in geometry.splitlines() if "=" in line)
        name = subprocess.run(
            ["xdotool", "getwindowname", wid], env=env, capture_output=True, text=True
        ).stdout.strip()
        if {"X", "Y", "WIDTH", "HEIGHT"} <= values.keys():
            windows.append(
                Window(
                    wid,
                    name,
                    int(values["X"]),
                    int(values["Y"]),
                    int(values["WIDTH"]),
                    int(values["HEIGHT"]),
                )
            )
    return windows


def screenshot(env: dict[str, str], name: str) -> QImage:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    subprocess.run(
        ["import", "-window", "root", str(path)], env=env, check=True, capture_output=True
    )
    image = QImage(str(path))
    assert not image.isNull(), path
    return image


def pixels(image: QImage, w: Window) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for x in range(max(0, w.x), min(image.width(), w.x + w.width))
        for y in range(max(0, w.y), min(image.height(), w.y + w.height))
    ]


def light_share(image: QImage, w: Window, step: int = 1) -> float:
    """The share of light pixels in the window (every `step`-th row and column)."""
    colours = [
        image.pixelColor(x, y)
        for x in range(max(0, w.x), min(image.width(), w.x + w.width), step)
        for y in range(max(0, w.y), min(image.height(), w.y + w.height), step)
    ]
    return sum(1 for c in colours if c.lightness() > 180) / max(1, len(colours))


def pixels_differing(first: Path, second: Path) -> int:
    """ImageMagick's count of differing pixels (in C: a Python loop is too slow here)."""
    done = subprocess.run(
        ["compare", "-metric", "AE", str(first), str(second), "null:"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr  # 1: they differ; 2: trouble
    return int(float(done.stderr.split()[0]))


def window_titled(env: dict[str, str], prefix: str, what: str) -> Window:
    """Wait for the app's window whose title starts with `prefix`."""
    return poll(
        what, lambda: next((w for w in app_windows(env) if w.name.startswith(prefix)), None)
    )


def settled_screenshot(env: dict[str, str], window: Window, name: str) -> QImage:
    """Screenshot to `name` once two shots 0.3 s apart agree and the window is drawn.

    "Agree" allows a text cursor's blink (one line of about 20 pixels): under load the two
    shots often straddle a blink, and an exact match then never comes."""

    def settled() -> QImage | None:
        screenshot(env, f"{name}.previous.png")
        time.sleep(0.3)
        second = screenshot(env, name)
        same = pixels_differing(SHOTS / f"{name}.previous.png", SHOTS / name) <= 40
        return second if same and light_share(second, window, step=3) > 0.5 else None

    try:
        return poll(f"{name}: the window drawn and settled", settled, timeout=40)
    finally:
        (SHOTS / f"{name}.previous.png").unlink(missing_ok=True)


def is_purple(c: QColor) -> bool:
    return c.blue() > 150 and c.red() > 70 and c.green() < c.red() and c.green() < 120


def is_badge_red(c: QColor) -> bool:
    return c.red() > 180 and c.green() < 90 and c.blue() < 90


def seed_state() -> None:
    """What the CLI would have written: focus, three held items, ad-hoc calls."""
    config = load_config(paths.config_file())  # writes the commented default
    store = Store(paths.database_file())
    try:
        engine = Engine(config, store)
        now = engine.clock()
        engine.set_mode(ModeKind.FOCUS, until=now + timedelta(minutes=50), origin="test")
        engine.ingest(
            [
                Item(
                    "test", f"h{n}", Channel.EMAIL, f"person{n}@elsewhere.org", f"Question {n}", now
                )
                for n in range(3)
            ]
        )
        example = config.clients[0]
        for n in range(1, 7):
            engine.log_call(example, 4, now - timedelta(minutes=5 * n), "check-in")
    finally:
        store.close()


@contextmanager
def running_app(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    with log.open("wb") as out:
        app = subprocess.Popen(APP, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield app
        finally:
            stop(app)
    assert "Traceback" not in log.read_text(errors="replace"), log.read_text(errors="replace")


def test_tray_icon_menu_and_report_on_xvfb(home: Path, tmp_path: Path, qapp) -> None:
    require_tools("Xvfb", "trayer", "xdotool", "import")
    seed_state()
    with x_server() as env:
        trayer_log = tmp_path / "trayer.log"
        with trayer_log.open("wb") as out:
            trayer = subprocess.Popen(TRAYER, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:

            def tray_up() -> bool:
                if trayer.poll() is not None:
                    raise AssertionError(
                        f"trayer exited with {trayer.returncode}: "
                        f"{trayer_log.read_text(errors='replace')}"
                    )
                return (
                    subprocess.run(
                        ["xdotool", "search", "--class", "trayer"], env=env, capture_output=True
                    ).stdout.strip()
                    != b""
                )

            poll("trayer", tray_up)
            with running_app(
                {**env, "OFFICE_HOURS_TRAY_WAIT_S": "10"}, tmp_path / "app.log"
            ) as app:
                icon = poll(
                    "the tray icon",
                    lambda: next(
                        (w for w in app_windows(env) if w.y < 40 and 16 <= w.width <= 64), None
                    ),
                )
                assert icon.x > 900, icon  # docked at the top right by trayer

                def icon_painted() -> QImage | None:
                    shot = screenshot(env, "tray.png")
                    colours = pixels(shot, icon)
                    painted = (
                        sum(map(is_purple, colours)) >= 20 and sum(map(is_badge_red, colours)) >= 4
                    )
                    return shot if painted else None

                poll("the focus icon (purple) with its held badge (red)", icon_painted)

                x, y = icon.center
                subprocess.run(
                    ["xdotool", "mousemove", str(x), str(y), "click", "3"], env=env, check=True
                )
                menu = poll(
                    "the tray menu",
                    lambda: next(
                        (w for w in app_windows(env) if w.width >= 150 and w.height >= 150), None
                    ),
                )
                assert menu.y < 100, menu  # by the icon, top right
                assert menu.x + menu.width > 700, menu
                shot = poll(
                    "the menu painted",
                    lambda: (
                        s
                        if light_share(s := screenshot(env, "tray_menu.png"), menu) > 0.6
                        else None
                    ),
                )
                assert light_share(shot, menu) > 0.6

                # Keyboard through the menu: the header is disabled, so Down lands on
                # Reachable, then Focus; Right opens its submenu of durations.
                subprocess.run(["xdotool", "key", "Down", "Down", "Right"], env=env, check=True)
                submenu = poll(
                    "the focus submenu",
                    lambda: next(
                        (w for w in app_windows(env) if w.wid != menu.wid and w.height >= 80), None
                    ),
                )
                poll(
                    "the submenu painted",
                    lambda: light_share(screenshot(env, "tray_menu_focus.png"), submenu) > 0.6,
                )
                # Left closes the submenu; then Off hours, Log a call, Weekly report.
                subprocess.run(
                    ["xdotool", "key", "Left", "Down", "Down", "Down", "Return"],
                    env=env,
                    check=True,
                )
                report = window_titled(env, "Weekly report", "the report window")
                assert report.width >= 600
                assert report.height >= 400
                settled_screenshot(env, report, "report_window.png")

                assert ipc.request({"cmd": "quit"}) == {"ok": True}
                assert app.wait(10) == 0
            assert not paths.socket_file().exists()  # removed on the way out
        finally:
            stop(trayer)


def test_fallback_window_without_a_tray_on_xvfb(home: Path, tmp_path: Path, qapp) -> None:
    require_tools("Xvfb", "xdotool", "import")
    with (
        x_server() as env,
        running_app({**env, "OFFICE_HOURS_TRAY_WAIT_S": "0"}, tmp_path / "app.log") as app,
    ):
        window = poll(
            "the fallback window",
            lambda: next(
                (w for w in app_windows(env) if w.name == "Office Hours" and w.width >= 300), None
            ),
        )
        shot = poll(
            "the window painted",
            lambda: (
                s
                if light_share(s := screenshot(env, "fallback_window.png"), window) > 0.5
                else None
            ),
        )
        assert light_share(shot, window) > 0.5
        app.send_signal(signal.SIGTERM)
        assert app.wait(10) == 0  # SIGTERM quits cleanly (the no-op timer lets Python run)
