"""The packaging files that cannot run here (Windows, macOS, the workflow), kept honest by
parsing them, and the Linux ones checked against each other."""

from __future__ import annotations

import ast
import configparser
import plistlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from office_hours import __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LABEL = "io.github.officehours.OfficeHours"


def load_plist(name: str) -> dict[str, object]:
    with (PACKAGING / "macos" / name).open("rb") as fh:
        data: dict[str, object] = plistlib.load(fh)
    return data


def test_macos_app_is_menu_bar_only() -> None:
    info = load_plist("Info.plist")
    assert info["LSUIElement"] is True
    assert info["CFBundleIdentifier"] == LABEL
    assert info["CFBundleName"] == "Office Hours"


def test_macos_launch_agent_starts_the_app_in_the_bundle_at_login() -> None:
    agent = load_plist(f"{LABEL}.plist")
    assert agent["Label"] == LABEL
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] is False  # Quit means quit
    program = agent["ProgramArguments"]
    assert isinstance(program, list)
    # The spec names the executable office-hours and the bundle "Office Hours.app".
    assert program == ["/Applications/Office Hours.app/Contents/MacOS/office-hours"]
    spec = (PACKAGING / "pyinstaller" / "office-hours.spec").read_text(encoding="utf-8")
    assert 'name="Office Hours.app"' in spec
    assert 'executable("office-hours", console=True)' in spec


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (
        (PACKAGING / "windows" / "office-hours.iss").read_text(encoding="utf-8").splitlines()
    ):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            assert current not in sections, f"section [{current}] twice"
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_windows_installer_starts_at_login_through_the_hkcu_run_key() -> None:
    sections = iss_sections()
    assert {"Setup", "Tasks", "Files", "Icons", "Registry", "Run"} <= sections.keys()
    run_keys = [
        line
        for line in sections["Registry"]
        if r"Software\Microsoft\Windows\CurrentVersion\Run" in line
    ]
    assert len(run_keys) == 1
    (run_key,) = run_keys
    assert run_key.startswith("Root: HKCU;")
    assert "uninsdeletevalue" in run_key  # the uninstaller removes it again
    assert "Tasks: startatlogin" in run_key
    assert any(line.startswith('Name: "startatlogin"') for line in sections["Tasks"])
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # HKCU of the user who installs
    assert setup["AppId"].startswith("{{")


def test_windows_installer_ships_the_bundle_and_the_windowed_exe() -> None:
    text = (PACKAGING / "windows" / "office-hours.iss").read_text(encoding="utf-8")
    assert r'Source: "..\..\build\dist\office-hours\*"' in text
    assert '#define GuiExe "Office Hours.exe"' in text
    spec = (PACKAGING / "pyinstaller" / "office-hours.spec").read_text(encoding="utf-8")
    assert 'executable("Office Hours", console=False)' in spec


def test_spec_has_the_hidden_imports_and_keeps_svg() -> None:
    spec = (PACKAGING / "pyinstaller" / "office-hours.spec").read_text(encoding="utf-8")
    compile(spec, "office-hours.spec", "exec")
    assert '"plyer.platforms.linux.notification"' in spec
    assert 'collect_submodules("keyring.backends")' in spec
    assert '"platformthemes/qgtk3"' in spec
    assert '"platforminputcontexts/qtvirtualkeyboard"' in spec
    assert "qsvg" not in spec  # the mode icons are SVG


def test_workflow_builds_all_three_on_their_own_runners() -> None:
    yaml = pytest.importorskip("yaml", reason="pip install '.[package]' (PyYAML)")
    workflow = yaml.safe_load(
        (REPO / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    )
    assert True in workflow or "on" in workflow  # YAML 1.1 reads `on:` as True
    jobs = workflow["jobs"]
    runners = {name: job["runs-on"] for name, job in jobs.items()}
    assert runners["linux"].startswith("ubuntu")
    assert runners["windows"].startswith("windows")
    assert runners["macos"].startswith("macos")
    steps = {
        name: " ".join(str(s.get("run", "")) for s in job["steps"]) for name, job in jobs.items()
    }
    assert "packaging/linux/ci-deb.sh" in steps["linux"]
    assert "office-hours.iss" in steps["windows"]
    assert "office-hours.spec" in steps["macos"]
    for job in jobs.values():
        assert job["timeout-minutes"] <= 30


def test_desktop_entry_metainfo_and_icon_agree() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(REPO / "resources" / "desktop" / "office-hours.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == "office-hours"
    assert entry["Icon"] == "office-hours"
    assert (REPO / "resources" / "icons" / "office-hours.svg").is_file()
    metainfo = (REPO / "resources" / "desktop" / f"{LABEL}.metainfo.xml").read_text(
        encoding="utf-8"
    )
    assert f"<id>{LABEL}</id>" in metainfo
    assert '<launchable type="desktop-id">office-hours.desktop</launchable>' in metainfo
    assert f'<release version="{__version__}"' in metainfo


def test_postrm_never_touches_home() -> None:
    postrm = (PACKAGING / "linux" / "postrm").read_text(encoding="utf-8")
    code = [line for line in postrm.splitlines() if not line.lstrip().startswith("#")]
    assert not [line for line in code if re.search(r"\brm\s|HOME|/home|~", line)]


def spec_dropped() -> Callable[[str], bool]:
    """The spec's `dropped(dest)` and its tables, without running PyInstaller."""
    spec = (PACKAGING / "pyinstaller" / "office-hours.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    wanted = {"DROPPED_PLUGINS", "DROPPED_LIBRARIES", "DROPPED_GTK_STACK", "KEPT_TRANSLATIONS"}
    body: list[ast.stmt] = [ast.Import(names=[ast.alias(name="os")])]
    for node in tree.body:
        if isinstance(node, ast.Assign) and {getattr(t, "id", "") for t in node.targets} & wanted:
            body.append(node)
        elif isinstance(node, ast.FunctionDef) and node.name == "dropped":
            body.append(node)
    namespace: dict[str, Any] = {}
    module = ast.fix_missing_locations(ast.Module(body=body, type_ignores=[]))
    exec(compile(module, "office-hours.spec", "exec"), namespace)  # noqa: S102 - our own file
    dropped: Callable[[str], bool] = namespace["dropped"]
    return dropped


@pytest.mark.parametrize(
    ("dest", "is_dropped"),
    [
        # Linux
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("libgtk-3.so.0", True),
        ("libxcb-cursor.so.0", False),
        ("PySide6/Qt/translations/qtbase_ru.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("office_hours/resources/icons/focus.svg", False),
        # Windows
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/plugins/imageformats/qico.dll", False),
        ("PySide6/Qt6Qml.dll", True),
        ("PySide6/Qt6Gui.dll", False),
        ("PySide6/opengl32sw.dll", True),
        ("PySide6/translations/qtbase_th.qm", False),
        # macOS
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", True),
        ("PySide6/Qt/lib/QtQml.framework/Resources/Info.plist", True),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", False),
    ],
)
def test_spec_trims_the_same_on_every_platform(dest: str, is_dropped: bool) -> None:
    assert spec_dropped()(dest) is is_dropped
