"""Where things live: the platform's config, data, log and runtime directories."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from office_hours import APP_ID

_SOCKET_MAX = 100  # AF_UNIX paths are limited to 108 bytes on Linux


def config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "config.toml"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def database_file() -> Path:
    return data_dir() / "office-hours.sqlite3"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


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
