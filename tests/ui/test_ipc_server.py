"""The command socket as the CLI sees it: ping, refresh, single instance, stale sockets."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from office_hours import ipc, paths
from office_hours.config import load_config
from office_hours.domain.model import Channel, Item, ModeKind
from office_hours.engine import Engine
from office_hours.storage.store import Store
from office_hours.ui.ipc_server import IpcServer, StartResult
from office_hours.ui.tray_app import TrayApp

pytestmark = pytest.mark.gui


def ask(qtbot, message: dict[str, Any]) -> dict[str, Any] | None:
    """ipc.request blocks, and the server needs this thread's event loop: ask from another."""
    answer: dict[str, Any] = {}

    def run() -> None:
        answer["reply"] = ipc.request(message)

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    return answer["reply"]


@pytest.fixture
def server(home: Path, qtbot):
    server = IpcServer()
    assert server.start() is StartResult.LISTENING
    yield server
    server.close()


def test_ping_on_a_private_socket(qtbot, server: IpcServer) -> None:
    path = paths.socket_file()
    assert server.path == path
    assert str(path).startswith(os.environ["XDG_RUNTIME_DIR"])
    assert stat.S_ISSOCK(path.stat().st_mode)
    assert path.stat().st_mode & 0o077 == 0  # no group or other access
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert ask(qtbot, {"cmd": "ping"}) == {"ok": True, "pid": os.getpid()}
    server.close()
    assert not path.exists()


def test_bad_requests_get_an_error_reply(qtbot, server: IpcServer) -> None:
    assert ask(qtbot, {"cmd": "dance"}) == {"ok": False, "error": "unknown command 'dance'"}
    reply = ask(qtbot, {"cmd": "refresh", "notify": ["1; DROP TABLE"]})
    assert reply is not None
    assert reply["ok"] is False
    assert "integers" in reply["error"]


def test_a_slow_client_does_not_block_others(qtbot, server: IpcServer) -> None:
    slow = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    slow.connect(str(server.path))
    slow.sendall(b'{"cmd": "pi')  # half a request, then silence
    try:
        assert ask(qtbot, {"cmd": "ping"})["ok"] is True
        slow.sendall(b'ng"}\nnot json\n')
        slow.settimeout(0.01)
        received = b""

        def two_lines() -> bool:
            nonlocal received
            try:
                received += slow.recv(4096)
            except TimeoutError:
                pass
            return received.count(b"\n") == 2

        qtbot.waitUntil(two_lines, timeout=3000)
        first, second = (json.loads(line) for line in received.splitlines())
        assert first == {"ok": True, "pid": os.getpid()}
        assert second["ok"] is False
        assert second["error"].startswith("not JSON")
    finally:
        slow.close()


def test_a_stale_socket_is_replaced(home: Path, qtbot) -> None:
    path = paths.socket_file()
    paths.private_dir(path.parent)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))  # a socket file that nobody listens on: a killed app's leftover
    dead.close()
    assert path.exists()
    assert not ipc.app_running()
    server = IpcServer()
    try:
        assert server.start() is StartResult.LISTENING
        assert ask(qtbot, {"cmd": "ping"})["ok"] is True
    finally:
        server.close()


def test_a_second_start_hands_over(qtbot, server: IpcServer) -> None:
    activated: list[list[str]] = []
    server.activate_requested.connect(activated.append)
    second = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from office_hours.app import run_app; sys.exit(run_app(['--from-test']))",
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    finally:
        if second.poll() is None:
            second.kill()
    output = second.stdout.read().decode() if second.stdout else ""
    assert second.returncode == 0, output
    assert activated == [["--from-test"]]
    assert ask(qtbot, {"cmd": "ping"})["pid"] == os.getpid()  # the first one still serves


def test_quit_request(qtbot, server: IpcServer) -> None:
    with qtbot.waitSignal(server.quit_requested, timeout=3000):
        assert ask(qtbot, {"cmd": "quit"}) == {"ok": True}


@pytest.fixture
def running_app(home: Path, qtbot, server: IpcServer):
    """The app as run_app wires it, with an (offscreen) tray and a recording notifier."""
    config = load_config(paths.config_file())
    store = Store(paths.database_file())
    sent: list[tuple[str, str]] = []
    app = TrayApp(
        Engine(config, store),
        server,
        wait_s=0,
        send=lambda title, body: sent.append((title, body)),
        tray_available=lambda: True,
    )
    app.start()
    app.sent = sent
    yield app
    app.dispose()
    store.close()


def test_refresh_after_a_cli_mode_change(qtbot, running_app: TrayApp) -> None:
    tray = running_app.host.tray
    assert tray is not None
    assert "Focus" not in tray.icon.toolTip()
    cli_store = Store(paths.database_file())  # a second connection, as the CLI has
    try:
        cli = Engine(running_app.engine.config, cli_store)
        cli.set_mode(ModeKind.FOCUS, until=cli.clock() + timedelta(minutes=50), origin="cli")
        assert ask(qtbot, {"cmd": "refresh", "notify": []}) == {"ok": True}
        qtbot.waitUntil(lambda: "Focus until" in tray.icon.toolTip(), timeout=1000)

        urgent = Item(
            "ingest", "x1", Channel.EMAIL, "boss@elsewhere.org", "URGENT: site is down", cli.clock()
        )
        held = Item("ingest", "x2", Channel.EMAIL, "someone@elsewhere.org", "Lunch?", cli.clock())
        keys = [r.item_key for r in cli.ingest([urgent, held])]
    finally:
        cli_store.close()
    assert ask(qtbot, {"cmd": "refresh", "notify": keys}) == {"ok": True}
    qtbot.waitUntil(lambda: len(running_app.sent) == 1, timeout=3000)
    title, body = running_app.sent[0]
    assert title == "boss@elsewhere.org"  # not a client: the sender alone
    assert body.startswith("URGENT: site is down\nBreaks through focus: Urgent word")
    assert "· 1 waiting" in tray.icon.toolTip()
