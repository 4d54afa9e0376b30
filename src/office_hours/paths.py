"""Where things live: the platform's config, data, log and runtime directories."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from office_hours import APP_ID

_SOCKET_MAX = 100  # AF_UNIX paths are limited to 108 bytes on Linux


def _xdg(variable: str, default: str) -> Path:
    """An XDG base directory: the variable if it holds an absolute path, else the default."""
    value = os.environ.get(variable, "").strip()
    return Path(value if value and os.path.isabs(value) else os.path.expanduser(default))


def _user_dir(kind: str) -> Path:
    """`config`, `data`, `state` or `log` for this app. On Linux the XDG spec is all platformdirs
    does, and importing it costs ~10 ms of every start; elsewhere it knows the rules."""
    if sys.platform.startswith("linux"):
        if kind == "config":
            return _xdg("XDG_CONFIG_HOME", "~/.config") / APP_ID
        if kind == "data":
            return _xdg("XDG_DATA_HOME", "~/.local/share") / APP_ID
        if kind == "state":
            return _xdg("XDG_STATE_HOME", "~/.local/state") / APP_ID
        return _xdg("XDG_STATE_HOME", "~/.local/state") / APP_ID / "log"
    import platformdirs

    getter = {
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
        "state": platformdirs.user_state_dir,
        "log": platformdirs.user_log_dir,
    }[kind]
    return Path(getter(APP_ID, appauthor=False))


def config_file() -> Path:
    return _user_dir("config") / "config.toml"


def data_dir() -> Path:
    return _user_dir("data")


def database_file() -> Path:
    return data_dir() / "office-hours.sqlite3"


def state_dir() -> Path:
    """What must survive a crash but is not the user's data: e.g. the presence states to
    restore (presence/manager.py)."""
    return _user_dir("state")


def log_dir() -> Path:
    return _user_dir("log")


def private_dir(path: Path) -> Path:
    """Create `path` readable by this user only, and refuse one owned by someone else."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    st = path.stat()
    if st.st_uid != os.getuid():
        raise PermissionError(f"{path} belongs to another user; refusing to use it")
    if st.st_mode & 0o077:
        path.chmod(0o700)
    return path


def socket_file() -> Path:
    """The user-only socket through which commands reach the running app."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = []
    if runtime and Path(runtime).is_dir():
        candidates.append(Path(runtime) / APP_ID)
    candidates.append(data_dir() / "run")
    import tempfile  # the last resort; not worth importing at every start

    candidates.append(Path(tempfile.gettempdir()) / f"{APP_ID}-{os.getuid()}")
    for folder in candidates:
        sock = folder / "ipc.sock"
        if len(str(sock).encode()) <= _SOCKET_MAX:
            return sock
    raise OSError("no directory with a short enough path for the command socket")
