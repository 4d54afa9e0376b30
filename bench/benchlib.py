"""Helpers shared by the benchmark scripts: private environments and child processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path


def private_env(
    root: Path,
    display: str | None = None,
    extra: dict[str, str] | None = None,
    bytecode_cache: bool = True,
) -> dict[str, str]:
    """os.environ with private HOME and XDG dirs (0700), no session bus and a Qt platform:
    xcb on `display` if given, else offscreen.

    With `bytecode_cache`, .pyc files are written to and read from a private prefix (as an
    installed app would have them) even where PYTHONDONTWRITEBYTECODE is set, without
    writing into the source tree; without it the environment's setting is kept.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("QT_", "XDG_", "OFFICE_HOURS_", "DBUS_"))
        and k not in ("DISPLAY", "WAYLAND_DISPLAY", "HOME")
    }
    dirs = {
        "HOME": "home",
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "data",
        "XDG_STATE_HOME": "state",
        "XDG_CACHE_HOME": "cache",
        "XDG_RUNTIME_DIR": "run",
    }
    for var, name in dirs.items():
        path = root / name
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.chmod(0o700)
        env[var] = str(path)
    env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    if display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    env.update(extra or {})
    return env


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL a child started with start_new_session=True, with its group, and reap it."""
    if proc.returncode is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass


def office_hours_cmd() -> list[str]:
    """The `office-hours` script next to this interpreter, else `python -m office_hours`."""
    script = Path(sys.executable).with_name("office-hours")
    return [str(script)] if script.exists() else [sys.executable, "-m", "office_hours"]


def load_note() -> str:
    """The 1-minute load average against the cores; a warning when others compete for CPU."""
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    busy = " - the machine is busy, expect noisy numbers" if load > 0.5 * cores else ""
    return f"load average {load:.2f} on {cores} cores{busy}"
