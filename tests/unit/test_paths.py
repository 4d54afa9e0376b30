"""Our XDG shortcut on Linux must give exactly what platformdirs gives."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs
import pytest

from office_hours import APP_ID, paths


@pytest.mark.parametrize("custom", [True, False])
def test_linux_paths_equal_platformdirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, custom: bool
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for var, sub in [("XDG_CONFIG_HOME", "c"), ("XDG_DATA_HOME", "d"), ("XDG_STATE_HOME", "s")]:
        if custom:
            monkeypatch.setenv(var, str(tmp_path / sub))
        else:
            monkeypatch.delenv(var, raising=False)
    assert paths.config_file() == Path(platformdirs.user_config_dir(APP_ID)) / "config.toml"
    assert paths.data_dir() == Path(platformdirs.user_data_dir(APP_ID))
    assert paths.log_dir() == Path(platformdirs.user_log_dir(APP_ID))


def test_a_relative_xdg_variable_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")
    assert paths.config_file() == tmp_path / ".config" / APP_ID / "config.toml"


def test_socket_lives_in_a_private_short_path(home: Path) -> None:
    sock = paths.socket_file()
    assert len(str(sock).encode()) <= 100
    folder = paths.private_dir(sock.parent)
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def test_a_long_runtime_dir_falls_back_to_a_short_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    monkeypatch.setenv("XDG_DATA_HOME", str(deep))
    assert len(str(paths.socket_file()).encode()) <= 100
