"""The command socket: newline-delimited JSON over a user-only Unix socket.

The client side is plain `socket` so that commands start fast and work without Qt; the
tray app serves the same socket with QLocalServer (ui/ipc_server.py).

Requests (one JSON object per line, one reply line each):
  {"cmd": "ping"}                          -> {"ok": true, "pid": 123}
  {"cmd": "state"}                         -> what the tray shows: mode, until, held, tooltip
  {"cmd": "refresh", "notify": [1, 2]}     -> the app re-reads mode and held count from the
                                              store, notifies about those item keys and
                                              announces releases not yet announced
  {"cmd": "activate", "argv": [...]}       -> a second start handed over: show yourself
  {"cmd": "quit"}                          -> the app quits

Nothing is sent unless the socket's folder is a private folder of ours and the process
listening runs as us (SO_PEERCRED): where the socket falls back to the shared temporary
folder, someone else may have created the name first and must never receive our requests.
"""

from __future__ import annotations

import json
import os
import socket
import struct
from pathlib import Path
from typing import Any

from office_hours.paths import folder_problem, socket_file

TIMEOUT = 2.0


class UntrustedSocket(OSError):
    """The socket is not provably our own app's: nothing was sent."""


def peer_uid(sock: socket.socket) -> int:
    """The user id of the process at the other end of a connected Unix socket."""
    creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


def request(
    message: dict[str, Any], path: Path | None = None, timeout: float = TIMEOUT
) -> dict[str, Any] | None:
    """Send one request to the running app; None when no app is listening."""
    target = path or socket_file()
    if not target.exists():
        return None
    problem = folder_problem(target.parent)
    if problem:
        raise UntrustedSocket(f"not using the command socket {target}: {problem}")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(target))
        except (ConnectionRefusedError, FileNotFoundError):
            return None  # a stale socket left by a killed app
        uid = peer_uid(sock)
        if uid != os.getuid():
            raise UntrustedSocket(
                f"not using the command socket {target}: it is answered by uid {uid}, not us"
            )
        sock.sendall(json.dumps(message).encode() + b"\n")
        buffer = b""
        while not buffer.endswith(b"\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            buffer += chunk
    try:
        reply = json.loads(buffer.decode() or "null")
    except ValueError:
        return None
    return reply if isinstance(reply, dict) else None


def app_running(path: Path | None = None) -> bool:
    try:
        return request({"cmd": "ping"}, path, timeout=1.0) is not None
    except OSError:
        return False
