"""Shared test set-up: Qt offscreen, no stray D-Bus, and a private HOME per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt. Tests that need a real X server set DISPLAY themselves.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Without this QtDBus autolaunches a dbus-daemon that outlives the test run.
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")


@pytest.fixture(autouse=True)
def _keep_umask() -> Iterator[None]:
    """cli.main and run_app make the process umask private (0o077); a test calling them in
    this process must not change it for the tests after it."""
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HOME with its own XDG directories, as a new user would have."""
    h = tmp_path / "home"
    for sub in (".config", ".local/share", ".local/state", ".cache", "run"):
        (h / sub).mkdir(parents=True)
    (h / "run").chmod(0o700)
    monkeypatch.setenv("HOME", str(h))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(h / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(h / ".local/share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(h / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(h / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(h / "run"))
    monkeypatch.setenv("TZ", "UTC")
    # No first-run wizard in tests that start the app (tests of the wizard open it directly).
    monkeypatch.setenv("OFFICE_HOURS_FIRST_RUN", "0")
    return h
