"""What `pip install .` and `pipx install .` install: the package, its icons as real files
(src/office_hours/resources is a symlink to resources/) and the `office-hours` command."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from office_hours import __version__

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def test_wheel_installs_the_command_and_the_icons(home: Path, tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
         "--wheel-dir", str(wheels), str(REPO)],
        check=True, capture_output=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    (wheel,) = wheels.glob("office_hours-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for icon in ("focus", "reachable", "off_hours", "office-hours"):
        assert f"office_hours/resources/icons/{icon}.svg" in names
    assert "office_hours/autostart.py" in names
    for lang in ("ru", "th"):  # the committed catalogues ship
        assert f"office_hours/resources/translations/office_hours_{lang}.qm" in names
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    )
    assert b"office-hours = office_hours.cli:main" in entry_points

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", str(target), str(wheel)],
        check=True, capture_output=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    icons = target / "office_hours" / "resources" / "icons"
    assert not (target / "office_hours" / "resources").is_symlink()
    assert (icons / "reachable.svg").read_bytes() == (
        REPO / "resources" / "icons" / "reachable.svg"
    ).read_bytes()
    # The dependencies come from this environment; the package only from the wheel.
    env = {**os.environ, "PYTHONPATH": str(target)}
    version = subprocess.run(
        [str(target / "bin" / "office-hours"), "--version"],
        capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"office-hours {__version__}"
    where = subprocess.run(
        [sys.executable, "-c", "import office_hours; print(office_hours.__file__)"],
        capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert where.stdout.strip().startswith(str(target))
