"""Replacing the config file so that a crash leaves the old one or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _write_temp(path: Path, text: str) -> Path:
    """A complete, fsynced copy of `text` under a name no other writer uses (mkstemp: O_EXCL,
    mode 0600), beside `path` so that a rename or link is atomic."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def _sync_dir(folder: Path) -> None:
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def atomic_write(path: Path, text: str) -> None:
    """Temp file beside it, fsync, rename, fsync the directory (the rename itself)."""
    tmp = _write_temp(path, text)
    try:
        os.replace(tmp, path)
        _sync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def create_if_absent(path: Path, text: str) -> bool:
    """Write `path` with `text` only if no file is there: True if we created it. The file
    appears complete or not at all (a hard link of a finished temp file), so a second
    process that starts at the same moment either wins or reads exactly what the winner
    wrote, and nobody's file is ever overwritten."""
    tmp = _write_temp(path, text)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create instead
            try:
                with open(path, "x", encoding="utf-8", newline="") as fh:
                    fh.write(text)
            except FileExistsError:
                return False
        _sync_dir(path.parent)
        return True
    finally:
        tmp.unlink(missing_ok=True)
