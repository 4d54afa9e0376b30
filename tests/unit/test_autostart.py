"""Start at login: the XDG autostart entry is written, recognised and removed."""

from __future__ import annotations

import configparser
import plistlib
import shlex
from pathlib import Path

import pytest

from office_hours import autostart

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def entry(home: Path) -> Path:
    return home / ".config" / "autostart" / "office-hours.desktop"


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def test_entry_lives_in_xdg_config_home(home: Path, entry: Path) -> None:
    assert autostart.entry_path() == entry


def test_entry_falls_back_to_dot_config(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/ignored")
    assert autostart.entry_path() == home / ".config" / "autostart" / "office-hours.desktop"


def test_enable_writes_a_valid_entry_and_disable_removes_it(entry: Path) -> None:
    assert not autostart.is_enabled()
    assert autostart.set_enabled(True) is True
    values = read_entry(entry)
    assert values["Type"] == "Application"
    assert values["Exec"]
    assert values["TryExec"] == shlex.split(values["Exec"])[0]
    assert Path(values["TryExec"]).is_absolute()
    assert values["X-GNOME-Autostart-enabled"] == "true"
    assert not list(entry.parent.glob(".*.tmp"))  # written atomically, nothing left over
    assert autostart.is_enabled()

    assert autostart.set_enabled(False) is False
    assert not entry.exists()
    assert autostart.disable() is False  # already gone: not an error


def test_enable_replaces_an_old_entry(entry: Path) -> None:
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nExec=/old/path\nHidden=true\n", encoding="utf-8")
    assert not autostart.is_enabled()
    autostart.enable(["/usr/bin/office-hours"])
    assert read_entry(entry)["Exec"] == "/usr/bin/office-hours"
    assert autostart.is_enabled()


@pytest.mark.parametrize(
    ("line", "enabled"),
    [("Hidden=true", False), ("X-GNOME-Autostart-enabled=false", False), ("Hidden=false", True)],
)
def test_switched_off_entries_count_as_disabled(entry: Path, line: str, enabled: bool) -> None:
    entry.parent.mkdir(parents=True)
    entry.write_text(f"[Desktop Entry]\nType=Application\nExec=x\n{line}\n", encoding="utf-8")
    assert autostart.is_enabled() is enabled


def test_a_file_that_cannot_be_written_raises_oserror(home: Path, entry: Path) -> None:
    entry.parent.parent.mkdir(parents=True, exist_ok=True)
    entry.parent.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(OSError):  # noqa: PT011 - NotADirectoryError or FileExistsError
        autostart.set_enabled(True)


def test_frozen_bundle_prefers_the_usr_bin_link(tmp_path: Path) -> None:
    bundle = tmp_path / "opt" / "office-hours" / "office-hours"
    bundle.parent.mkdir(parents=True)
    bundle.touch()
    link = tmp_path / "usr-bin-office-hours"
    link.symlink_to(bundle)
    assert autostart.launch_command(True, str(bundle), lambda _: str(link)) == [str(link)]
    # Another office-hours on PATH (say, a pipx install) is not this bundle.
    assert autostart.launch_command(True, str(bundle), lambda _: "/elsewhere/office-hours") == [
        str(bundle)
    ]


def test_script_install_uses_the_script_else_python_m() -> None:
    assert autostart.launch_command(
        False, "/v/bin/python", lambda _: "/h/.local/bin/office-hours"
    ) == ["/h/.local/bin/office-hours"]
    assert autostart.launch_command(False, "/v/bin/python", lambda _: None) == [
        "/v/bin/python",
        "-m",
        "office_hours",
    ]


def test_a_venv_or_pipx_install_uses_its_own_script(tmp_path: Path) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").touch()
    script = bin_dir / "office-hours"
    script.touch()
    script.chmod(0o755)
    # Even when PATH finds another install first.
    assert autostart.launch_command(False, str(bin_dir / "python"), lambda _: "/usr/bin/x") == [
        str(script)
    ]


def test_exec_quotes_paths_with_spaces_as_the_spec_asks() -> None:
    text = autostart.entry_text(["/home/a b/py$thon", "-m", "office_hours"])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec="/home/a b/py\\\\$thon" -m office_hours'


@pytest.mark.parametrize(
    ("platform", "expected"),
    [("linux", True), ("freebsd14", True), ("win32", False), ("darwin", True)],
)
def test_supported_platforms(platform: str, expected: bool) -> None:
    assert autostart.supported(platform) is expected


def test_macos_launch_agent_is_written_and_removed(home: Path) -> None:
    agent = home / "Library" / "LaunchAgents" / "io.github.officehours.OfficeHours.plist"
    assert autostart.entry_path("darwin") == agent
    app = "/Applications/Office Hours.app/Contents/MacOS/office-hours"
    autostart.enable([app], platform="darwin")
    data = plistlib.loads(agent.read_bytes())
    assert data["ProgramArguments"] == [app]
    assert data["RunAtLoad"] is True
    assert data["KeepAlive"] is False
    # The same Label as the plist that packaging/macos/launch-agent.sh installs.
    shipped = REPO / "packaging" / "macos" / "io.github.officehours.OfficeHours.plist"
    assert data["Label"] == plistlib.loads(shipped.read_bytes())["Label"]
    assert autostart.is_enabled(platform="darwin")
    agent.write_bytes(plistlib.dumps({**data, "Disabled": True}))
    assert not autostart.is_enabled(platform="darwin")
    agent.write_bytes(b"not a plist")
    assert not autostart.is_enabled(platform="darwin")
    assert autostart.set_enabled(False, platform="darwin") is False
    assert not agent.exists()


def test_the_module_is_qt_free() -> None:
    """The logic stays testable without Qt; only ui/actions.py wires it to a QAction."""
    import ast

    tree = ast.parse(Path(autostart.__file__).read_text(encoding="utf-8"))
    modules = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6")}
