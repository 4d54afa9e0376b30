"""Start at login: the XDG autostart entry, $XDG_CONFIG_HOME/autostart/office-hours.desktop,
or on macOS a LaunchAgent, ~/Library/LaunchAgents/io.github.officehours.OfficeHours.plist.

Qt-free: the tray's "Start at login" toggle only calls `is_enabled` and `set_enabled`.
The entry names the command that started this app (the /usr/bin link of the .deb, pipx's
~/.local/bin script, the .app's executable, or `python -m office_hours`). The XDG entry
carries `TryExec`, so that once the app is uninstalled the desktop skips it instead of
failing at every login. On Windows the installer's task writes the HKCU Run value.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from office_hours import APP_ID

ENTRY_NAME = f"{APP_ID}.desktop"
MARKER = "X-Office-Hours-Autostart=true"  # written by us, so ours to remove
LAUNCH_AGENT = "io.github.officehours.OfficeHours"  # = packaging/macos/*.plist's Label


def supported(platform: str = sys.platform) -> bool:
    """XDG autostart is read by the desktops of Linux and the BSDs; macOS has LaunchAgents."""
    return platform == "darwin" or platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def entry_path(platform: str = sys.platform) -> Path:
    if platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"
    value = os.environ.get("XDG_CONFIG_HOME", "").strip()
    config = Path(value) if value and os.path.isabs(value) else Path.home() / ".config"
    return config / "autostart" / ENTRY_NAME


def launch_command(
    frozen: bool | None = None,
    executable: str | None = None,
    which: Callable[[str], str | None] | None = None,
) -> list[str]:
    """How a login session should start this app: absolute paths only (autostart runs
    without the user's shell PATH additions such as ~/.local/bin)."""
    import shutil

    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    found = (which or shutil.which)(APP_ID)
    if frozen:
        # Prefer the /usr/bin link to the bundle's own path: it survives a move of the bundle.
        if found and os.path.realpath(found) == os.path.realpath(executable):
            return [os.path.abspath(found)]
        return [os.path.abspath(executable)]
    # The script installed next to this interpreter (a venv's or pipx's bin/) is this very
    # install; another office-hours on PATH may not be.
    sibling = os.path.join(os.path.dirname(os.path.abspath(executable)), APP_ID)
    if os.path.isfile(sibling) and os.access(sibling, os.X_OK):
        return [sibling]
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(executable), "-m", "office_hours"]


def _quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    # In a desktop file value, a backslash itself is escaped once more.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def entry_text(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Office Hours\n"
        "Comment=Start Office Hours in the system tray at login\n"
        f"Exec={' '.join(_quote(a) for a in command)}\n"
        f"TryExec={command[0]}\n"
        "Icon=office-hours\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{MARKER}\n"
    )


def launch_agent(command: Sequence[str]) -> bytes:
    """The LaunchAgent plist: run once at login, and not again after Quit."""
    import plistlib  # macOS only; the tray's start-up on Linux skips the XML parser

    agent = {
        "Label": LAUNCH_AGENT,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "KeepAlive": False,
        "LimitLoadToSessionType": "Aqua",
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(agent)


def is_enabled(path: Path | None = None, platform: str = sys.platform) -> bool:
    """True when the entry exists and is not switched off (`Hidden=true`, or GNOME's
    `X-GNOME-Autostart-enabled=false`, which a session settings tool may have written;
    a LaunchAgent's `Disabled`)."""
    path = entry_path(platform) if path is None else path
    try:
        data = path.read_bytes()
    except OSError:  # missing, or unreadable: either way it will not start us
        return False
    if platform == "darwin":
        import plistlib

        try:
            agent = plistlib.loads(data)
        except (plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and agent.get("Disabled") is not True
    text = data.decode("utf-8", errors="replace")
    values = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip().lower()
    return values.get("Hidden") != "true" and values.get("X-GNOME-Autostart-enabled") != "false"


def enable(
    command: Sequence[str] | None = None, path: Path | None = None, platform: str = sys.platform
) -> Path:
    """Write the entry (atomically: a session starting now never reads half a file)."""
    path = entry_path(platform) if path is None else path
    command = list(command) if command else launch_command()
    if platform == "darwin":
        data = launch_agent(command)
    else:
        data = entry_text(command).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.tmp")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path


def disable(path: Path | None = None, platform: str = sys.platform) -> bool:
    """Remove the entry; False when there was none. A user-level entry is the only kind
    this app writes, so removing it is enough (no system-wide entry to hide)."""
    path = entry_path(platform) if path is None else path
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def set_enabled(wanted: bool, path: Path | None = None, platform: str = sys.platform) -> bool:
    """Enable or disable; returns the state afterwards. Raises OSError when the file
    cannot be written or removed (the caller explains it)."""
    if wanted:
        enable(path=path, platform=platform)
    else:
        disable(path, platform)
    return is_enabled(path, platform)
