"""The running app's end of the command socket (protocol in office_hours.ipc).

A plain Unix socket watched by QSocketNotifier: reads are event-driven and replies are
non-blocking writes, so a slow or silent client never blocks the UI thread, and an idle or
oversized connection is dropped. (QLocalServer would do the same but costs QtNetwork at
start-up, and with UserAccessOption it binds elsewhere and renames the socket into place,
silently replacing a live app's socket.) Existence is checked under a lock file, so two
simultaneous starts cannot both win.
"""

from __future__ import annotations

import enum
import errno
import fcntl
import json
import logging
import os
import socket
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from office_hours.paths import private_dir, socket_file

log = logging.getLogger(__name__)

MAX_LINE = 64 * 1024
IDLE_MS = 10_000
MAX_NOTIFY = 1000
_RETRY = (errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)


class StartResult(enum.Enum):
    LISTENING = "listening"
    HANDED_OVER = "handed_over"  # another instance answered and was asked to show itself
    FAILED = "failed"


class _Connection(QObject):
    """One client: a line buffer, pending output and an idle timer."""

    def __init__(self, server: IpcServer, sock: socket.socket) -> None:
        super().__init__(server)
        self.server, self.sock = server, sock
        sock.setblocking(False)
        self.buffer = bytearray()
        self.outgoing = bytearray()
        self.closing = False
        self.reader = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self.reader.activated.connect(self.read)
        self.writer = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Write, self)
        self.writer.setEnabled(False)
        self.writer.activated.connect(self.flush)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.drop)
        self.idle.start(IDLE_MS)

    def drop(self) -> None:
        """Done, or idle too long: a client that sends nothing must not hold resources."""
        self.reader.setEnabled(False)
        self.writer.setEnabled(False)
        self.idle.stop()
        self.sock.close()
        self.server.connections.discard(self)
        self.deleteLater()

    def read(self) -> None:
        self.idle.start(IDLE_MS)
        try:
            chunk = self.sock.recv(65536)
        except OSError as exc:
            if exc.errno not in _RETRY:
                self.drop()
            return
        if not chunk:  # the client closed its end
            self.closing = True
            self.reader.setEnabled(False)
            if not self.outgoing:
                self.drop()
            return
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, _, rest = bytes(self.buffer).partition(b"\n")
            self.buffer = bytearray(rest)
            self.reply(self.server.handle_line(line))
        if len(self.buffer) > MAX_LINE:
            self.reply({"ok": False, "error": "request too long"})
            self.closing = True
            self.reader.setEnabled(False)

    def reply(self, message: dict[str, Any]) -> None:
        self.outgoing += json.dumps(message).encode() + b"\n"
        self.flush()

    def flush(self) -> None:
        """Hand the kernel what it takes now; wait for writability for the rest."""
        try:
            sent = self.sock.send(self.outgoing) if self.outgoing else 0
        except OSError as exc:
            if exc.errno not in _RETRY:
                self.drop()
                return
            sent = 0
        del self.outgoing[:sent]
        self.writer.setEnabled(bool(self.outgoing))
        if self.closing and not self.outgoing:
            self.drop()


WINDOWS = ("digest", "report", "log_call", "settings")


class IpcServer(QObject):
    refresh_requested = Signal(list)  # item keys to notify about
    activate_requested = Signal(list)  # argv of a second start
    quit_requested = Signal()
    open_requested = Signal(str)  # a window's name: "digest", "report", "log_call", "settings"

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or socket_file()
        self.listener: socket.socket | None = None
        self.notifier: QSocketNotifier | None = None
        self.connections: set[_Connection] = set()
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
                self.path.unlink(missing_ok=True)
            try:
                self.listener = _listen(self.path)
            except OSError as exc:
                log.error("cannot listen on %s: %s", self.path, exc)
                return StartResult.FAILED
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._accept)
        return StartResult.LISTENING

    def close(self) -> None:
        """Stop listening and remove the socket file."""
        for connection in list(self.connections):
            connection.drop()
        if self.listener is not None:
            if self.notifier is not None:
                self.notifier.setEnabled(False)
            self.listener.close()
            self.listener = None
            self.path.unlink(missing_ok=True)

    def _accept(self) -> None:
        assert self.listener is not None
        while True:
            try:
                sock, _ = self.listener.accept()
            except OSError:  # nothing more pending
                return
            self.connections.add(_Connection(self, sock))

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
        if cmd == "open":
            window = request.get("window")
            if window not in WINDOWS:
                return {"ok": False, "error": f"window must be one of: {', '.join(WINDOWS)}"}
            self.open_requested.emit(window)
            return {"ok": True}
        if cmd == "quit":
            QTimer.singleShot(0, self.quit_requested.emit)  # after the reply is written
            return {"ok": True}
        return {"ok": False, "error": f"unknown command {cmd!r}"}


def _listen(path: Path) -> socket.socket:
    """Bind with a user-only mode from the first moment (umask), then listen."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_umask = os.umask(0o177)
    try:
        listener.bind(str(path))
    except OSError:
        listener.close()
        raise
    finally:
        os.umask(old_umask)
    listener.listen(16)
    listener.setblocking(False)
    return listener
