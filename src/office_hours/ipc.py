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
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

from office_hours.paths import socket_file

TIMEOUT = 2.0


def request(
    message: dict[str, Any], path: Path | None = None, timeout: float = TIMEOUT
) -> dict[str, Any] | None:
    """Send one request to the running app; None when no app is listening."""
    target = path or socket_file()
    if not target.exists():
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(target))
        except (ConnectionRefusedError, FileNotFoundError):
            return None  # a stale socket left by a killed app
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
