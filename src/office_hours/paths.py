"""Where things live: the platform's config, data, log and runtime directories."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from office_hours import APP_ID

_SOCKET_MAX = 100  # AF_UNIX paths are limited to 108 bytes on Linux
PRIVATE_UMASK = 0o077  # folders 0700, files 0600: client names and subjects are private
_TMP_FALLBACKS = 8  # /tmp/office-hours-UID, then -1 ... -7 when someone else took one first


def private_umask() -> None:
    """Called first thing by every entry point, before anything is created, so that no
    file or folder of ours is ever readable by other users, even for a moment."""
    os.umask(PRIVATE_UMASK)


def tighten_existing() -> None:
    """Installs made before files were private (0755 folders, 0644 files): make our own
    folders 0700 and the files in them 0600. One level of subfolders (log/, run/); cheap
    enough for every start. Never follows symlinks; leaves what is not ours alone."""
    for folder in {_user_dir("config"), _user_dir("data"), _user_dir("state"), _user_dir("log")}:
        _tighten(folder, depth=1)


def _tighten(path: Path, depth: int) -> None:
    try:
        st = path.lstat()
    except OSError:
        return
    if st.st_uid != os.getuid() or stat.S_ISLNK(st.st_mode):
        return
    if stat.S_ISDIR(st.st_mode):
        if st.st_mode & 0o077:
            _chmod(path, 0o700)
        if depth > 0:
            try:
                children = list(path.iterdir())
            except OSError:
                return
            for child in children:
                _tighten(child, depth - 1)
    elif stat.S_ISREG(st.st_mode) and st.st_mode & 0o077:
        _chmod(path, stat.S_IMODE(st.st_mode) & 0o700)


def _chmod(path: Path, mode: int) -> None:
    try:
        path.chmod(mode)
    except OSError:
        pass  # a read-only mount: nothing we can do, and no reason not to start


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


def folder_problem(path: Path) -> str | None:
    """Why `path` is not a folder only this user controls (None when it is): a real folder,
    not a symlink, owned by us, with no access for group or others. The socket in such a
    folder can only have been put there by us."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return f"{path} does not exist"
    except OSError as exc:
        return f"{path} cannot be checked: {exc.strerror}"
    if not stat.S_ISDIR(st.st_mode):
        return f"{path} is not a folder"
    if st.st_uid != os.getuid():
        return f"{path} belongs to another user (uid {st.st_uid})"
    if st.st_mode & 0o077:
        return f"{path} is open to other users (mode {stat.S_IMODE(st.st_mode):o})"
    return None


def _usable(folder: Path) -> bool:
    """Absent (we will create it private) or already ours and private."""
    try:
        folder.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return folder_problem(folder) is None


def socket_file() -> Path:
    """The user-only socket through which commands reach the running app. The app and the
    command line pick the same one: the first short enough candidate that is absent or a
    private folder of ours. In the shared temporary folder a name someone else took first
    is skipped (the next numbered one is used), so a squatter is never talked to."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = []
    if runtime and Path(runtime).is_dir():
        candidates.append(Path(runtime) / APP_ID)
    candidates.append(data_dir() / "run")
    short = [f for f in candidates if len(str(f / "ipc.sock").encode()) <= _SOCKET_MAX]
    if short:
        return short[0] / "ipc.sock"
    import tempfile  # the last resort; not worth importing at every start

    base = Path(tempfile.gettempdir()) / f"{APP_ID}-{os.getuid()}"
    for n in range(_TMP_FALLBACKS):
        folder = base if n == 0 else base.with_name(f"{base.name}-{n}")
        sock = folder / "ipc.sock"
        if len(str(sock).encode()) <= _SOCKET_MAX and _usable(folder):
            return sock
    raise OSError(
        f"no private folder for the command socket: {base} and its numbered alternatives "
        "are too long or belong to someone else (set XDG_RUNTIME_DIR)"
    )
