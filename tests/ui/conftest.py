"""Fixtures for the Qt shell: a real Engine over a temp Store, with a clock we move by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from office_hours.config import Config
from office_hours.config.load import parse_config
from office_hours.engine import Engine
from office_hours.storage.store import Store

# Known, harmless messages of Qt's offscreen platform: it cannot raise windows, grab the
# keyboard for a popup menu, or host a tray icon (QSystemTrayIcon.show() looks for a
# signal that only real platforms have). Everything else still fails the test.
OFFSCREEN_PLATFORM_MESSAGES = (
    r"^This plugin does not support (raise\(\)|grabbing the keyboard)$",
    r"No such signal QPlatformNativeInterface::systemTrayWindowChanged",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_PLATFORM_MESSAGES))


# Wednesday 18 November 2026, 10:00 in Berlin (09:00 UTC): inside business hours.
WEDNESDAY_10_BERLIN = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)

CONFIG_TEXT = """\
config_version = 1

[general]
timezone = "Europe/Berlin"
language = "en"
notifications = {notifications}

[hours]
monday = ["09:00-18:00"]
tuesday = ["09:00-18:00"]
wednesday = ["09:00-18:00"]
thursday = ["09:00-18:00"]
friday = ["09:00-18:00"]

[[clients]]
id = "acme"
name = "ACME <Corp> & Co"
addresses = ["*@acme.com"]
rate = 80.0
billed_hours_per_week = 10.0

[clients.terms.call]
windows = {{ tuesday = ["14:00-16:00"] }}
"""


class FakeClock:
    """engine.clock that tests move by hand: no sleeping, no real time."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_config(folder: Path, notifications: bool = True) -> Config:
    path = folder / "config.toml"
    path.write_text(CONFIG_TEXT.format(notifications=str(notifications).lower()), encoding="utf-8")
    return parse_config(path.read_text(encoding="utf-8"), path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(WEDNESDAY_10_BERLIN)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return make_config(tmp_path)


@pytest.fixture
def engine(tmp_path: Path, config: Config, clock: FakeClock) -> Iterator[Engine]:
    store = Store(tmp_path / "office-hours.sqlite3")
    yield Engine(config, store, clock)
    store.close()
