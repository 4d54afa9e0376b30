"""The running app's end of the command socket (protocol in office_hours.ipc).

Reads are event-driven and replies are buffered writes, so a slow or silent client never
blocks the UI thread; an idle or oversized connection is dropped.

Note: with UserAccessOption, QLocalServer binds in a temporary directory and renames the
socket into place, which silently REPLACES a live app's socket. So existence is checked
first (under a lock file, so two simultaneous starts cannot both win).
"""

from __future__ import annotations

import enum
import fcntl
import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from office_hours.paths import private_dir, socket_file

log = logging.getLogger(__name__)

MAX_LINE = 64 * 1024
IDLE_MS = 10_000
MAX_NOTIFY = 1000


class StartResult(enum.Enum):
    LISTENING = "listening"
    HANDED_OVER = "handed_over"  # another instance answered and was asked to show itself
    FAILED = "failed"


class _Connection(QObject):
    """One client: a line buffer and an idle timer; dies with its socket."""

    def __init__(self, server: IpcServer, sock: QLocalSocket) -> None:
        super().__init__(sock)
        self.server, self.sock = server, sock
        self.buffer = bytearray()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.drop)
        self.idle.start(IDLE_MS)
        sock.readyRead.connect(self.read)
        sock.disconnected.connect(sock.deleteLater)

    def drop(self) -> None:
        """Idle too long: a client that sends nothing must not hold resources forever."""
        self.sock.abort()

    def read(self) -> None:
        self.idle.start(IDLE_MS)
        self.buffer += bytes(self.sock.readAll().data())
        while b"\n" in self.buffer:
            line, _, rest = bytes(self.buffer).partition(b"\n")
            self.buffer = bytearray(rest)
            self.reply(self.server.handle_line(line))
        if len(self.buffer) > MAX_LINE:
            self.reply({"ok": False, "error": "request too long"})
            self.sock.disconnectFromServer()

    def reply(self, message: dict[str, Any]) -> None:
        if self.sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self.sock.write(json.dumps(message).encode() + b"\n")
            self.sock.flush()  # non-blocking: hands what it can to the kernel now


class IpcServer(QObject):
    refresh_requested = Signal(list)  # item keys to notify about
    activate_requested = Signal(list)  # argv of a second start
    quit_requested = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or socket_file()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        # What the app shows now, for {"cmd": "state"}; set by the app once it has a view.
        self.describe: Callable[[], dict[str, Any]] | None = None

    def start(self, argv: Sequence[str] = ()) -> StartResult:
        """Listen, unless another instance answers (then hand over to it)."""
        try:
            private_dir(self.path.parent)
        except OSError as exc:  # e.g. the directory belongs to someone else
            log.error("cannot use %s for the command socket: %s", self.path.parent, exc)
            return StartResult.FAILED
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a") as lock:
            os.chmod(lock_path, 0o600)
            fcntl.flock(lock, fcntl.LOCK_EX)
            if self.path.exists():
                from office_hours import ipc  # the plain-socket client; rarely needed here

                if ipc.app_running(self.path):
                    try:
                        ipc.request({"cmd": "activate", "argv": list(argv)}, self.path)
                    except OSError as exc:  # it answered a ping; showing itself is a bonus
                        log.warning("the running app did not take the hand-over: %s", exc)
                    return StartResult.HANDED_OVER
                log.info("removing the stale socket %s left by a killed app", self.path)
                QLocalServer.removeServer(str(self.path))
            if not self.server.listen(str(self.path)):
                log.error("cannot listen on %s: %s", self.path, self.server.errorString())
                return StartResult.FAILED
        return StartResult.LISTENING

    def close(self) -> None:
        """Stop listening; QLocalServer removes the socket file it created."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            if sock is not None:
                _Connection(self, sock)

    def handle_line(self, line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line)
        except ValueError as exc:
            return {"ok": False, "error": f"not JSON: {exc}"}
        if not isinstance(request, dict):
            return {"ok": False, "error": "expected a JSON object"}
        cmd = request.get("cmd")
        if cmd == "ping":
            return {"ok": True, "pid": os.getpid()}
        if cmd == "state":
            if self.describe is None:
                return {"ok": False, "error": "the app is still starting"}
            return {"ok": True, **self.describe()}
        if cmd == "refresh":
            keys = request.get("notify", [])
            valid = (
                isinstance(keys, list)
                and len(keys) <= MAX_NOTIFY
                and all(isinstance(k, int) and not isinstance(k, bool) for k in keys)
            )
            if not valid:
                return {
                    "ok": False,
                    "error": f"notify must be a list of at most {MAX_NOTIFY} item keys (integers)",
                }
            self.refresh_requested.emit(keys)
            return {"ok": True}
        if cmd == "activate":
            argv = request.get("argv", [])
            self.activate_requested.emit([str(a) for a in argv] if isinstance(argv, list) else [])
            return {"ok": True}
        if cmd == "quit":
            QTimer.singleShot(0, self.quit_requested.emit)  # after the reply is written
            return {"ok": True}
        return {"ok": False, "error": f"unknown command {cmd!r}"}
