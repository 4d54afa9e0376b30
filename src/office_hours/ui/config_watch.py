"""Watches config.toml so that an edit applies while the app runs.

Editors save in different ways (write in place, or write a new file and rename it over
the old one, which drops the watch on the old inode), so the folder is watched too and
the file's watch is renewed after each change. Changes are read after a short pause, so
a save that arrives in several writes is read once, whole.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from office_hours.config import Config, ConfigError, load_config

log = logging.getLogger(__name__)

SETTLE_MS = 150


class ConfigWatcher(QObject):
    changed = Signal(object)  # config.Config: a valid new config
    failed = Signal(object)  # config.ConfigError: the file is invalid; the old one stays

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._seen = self._read()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(path.parent))
        self._watch_file()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.reload)
        self._watcher.fileChanged.connect(lambda _p: self._timer.start())
        self._watcher.directoryChanged.connect(lambda _p: self._timer.start())

    def _read(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except OSError:
            return None

    def _watch_file(self) -> None:
        if self.path.exists() and str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))

    def saw(self, config: Config) -> None:
        """The app wrote this itself (settings, digest): no need to read it back."""
        if config.path == self.path:
            self._seen = self._read()

    def reload(self) -> None:
        """Read the file if its bytes changed; a missing file (between an editor's delete
        and rename) is waited for, never replaced by the default."""
        self._watch_file()
        data = self._read()
        if data is None or data == self._seen:
            return
        self._seen = data
        try:
            config = load_config(self.path)
        except ConfigError as exc:
            log.warning("config not applied: %s", exc)
            self.failed.emit(exc)
            return
        self.changed.emit(config)
