"""GNOME's do-not-disturb through the real gsettings, on a private keyfile backend (no GNOME
session needed): focus hides banners, leaving puts back the exact prior value."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from office_hours.presence.desktop import GNOME_KEY, GNOME_SCHEMA, GnomeBanners, desktop_targets
from office_hours.presence.manager import PresenceManager

pytestmark = pytest.mark.integration


@pytest.fixture
def gsettings(home: Path, monkeypatch: pytest.MonkeyPatch) -> GnomeBanners:
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")  # writes under the test's XDG dirs
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    target = GnomeBanners()
    problem = target.check()
    if problem:
        pytest.fail(f"{problem} (apt-get install -y libglib2.0-bin gsettings-desktop-schemas)")
    return target


def _shown() -> str:
    return subprocess.run(
        ["gsettings", "get", GNOME_SCHEMA, GNOME_KEY],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout.strip()


def test_focus_hides_banners_and_leaving_shows_them(
    gsettings: GnomeBanners, tmp_path: Path
) -> None:
    assert [type(t) for t in desktop_targets()] == [GnomeBanners]
    manager = PresenceManager([gsettings], tmp_path)
    assert _shown() == "true"
    manager.apply(True)
    assert _shown() == "false"
    manager.apply(False)
    assert _shown() == "true"


def test_banners_hidden_before_focus_stay_hidden(gsettings: GnomeBanners, tmp_path: Path) -> None:
    subprocess.run(["gsettings", "set", GNOME_SCHEMA, GNOME_KEY, "false"], check=True, timeout=10)
    manager = PresenceManager([gsettings], tmp_path)
    manager.apply(True)
    manager.apply(False)
    assert _shown() == "false"
