"""The command socket where XDG_RUNTIME_DIR is unset and the fallback is the shared temporary
folder (issue 14, point 5): another user (here `nobody`) created our folder name first and
listens there. The command line must send that listener nothing, and the app must start
and listen in a private folder of its own instead of believing it is "already running"."""

from __future__ import annotations

import os
import pwd
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.app_process import app_running, app_state
from office_hours import APP_ID, ipc, paths

pytestmark = pytest.mark.integration

LISTENER = r"""
import os, socket, sys
path, uid = sys.argv[1], int(sys.argv[2])
os.setgid(uid); os.setuid(uid)  # from here on a different user, as a squatter would be
assert os.getuid() == uid
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
os.chmod(path, 0o777)
srv.listen(8)
print("READY", flush=True)
while True:
    conn, _ = srv.accept()
    conn.settimeout(2)
    data = b""
    try:
        while not data.endswith(b"\n"):
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    os.write(1, ("GOT %r\n" % data).encode())  # one write: a kill cannot cut the line
    if data:
        conn.sendall(b'{"ok": true, "pid": 1}\n')  # pretends to be a running app
    conn.close()
"""

NOBODY = pwd.getpwnam("nobody")


@pytest.fixture(autouse=True)
def _as_root() -> None:
    if os.getuid() != 0:  # pragma: no cover - CI and the dev containers run as root
        pytest.fail("this test needs root, to create files owned by another user")


@pytest.fixture
def shared_tmp(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A sticky, world-writable temporary folder like /tmp; no runtime dir; a data folder
    too long for a socket path, so that the socket falls back to the temporary folder."""
    base = Path(tempfile.mkdtemp(prefix="oh-shared-", dir="/tmp"))
    base.chmod(0o1777)
    monkeypatch.setenv("TMPDIR", str(base))
    monkeypatch.setattr(tempfile, "tempdir", str(base))
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    long_data = home / ("d" * 100)
    long_data.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(long_data))
    yield base
    subprocess.run(["rm", "-rf", str(base)], check=False)


class Squatter:
    def __init__(self, sock: Path) -> None:
        self.path = sock
        self.proc = subprocess.Popen(
            [sys.executable, "-c", LISTENER, str(sock), str(NOBODY.pw_uid)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "READY"

    def received(self) -> list[str]:
        """What every connection sent, once the listener is stopped."""
        self.proc.send_signal(signal.SIGKILL)
        out, _ = self.proc.communicate(timeout=10)
        return [line for line in out.splitlines() if line.startswith("GOT")]


def _squat(folder: Path) -> Squatter:
    folder.mkdir()
    os.chown(folder, NOBODY.pw_uid, NOBODY.pw_gid)
    folder.chmod(0o777)
    return Squatter(folder / "ipc.sock")


def test_the_command_line_sends_nothing_to_a_squatted_folder(
    shared_tmp: Path, oh, home: Path
) -> None:
    squatted = shared_tmp / f"{APP_ID}-{os.getuid()}"
    squatter = _squat(squatted)
    try:
        assert paths.socket_file().parent != squatted  # skipped: someone else's
        with pytest.raises(ipc.UntrustedSocket, match="belongs to another user"):
            ipc.request({"cmd": "ping"}, squatted / "ipc.sock")
        status = oh("status", "--json")
        assert status.returncode == 0, status.stderr
        assert '"app_running": false' in status.stdout
    finally:
        got = squatter.received()
    assert got == [], f"the squatter received {got}"


def test_the_app_starts_in_a_private_fallback_and_the_cli_finds_it(
    shared_tmp: Path, oh, home: Path
) -> None:
    squatted = shared_tmp / f"{APP_ID}-{os.getuid()}"
    squatter = _squat(squatted)
    try:
        assert oh("status").returncode == 0
        with app_running(home, "app"):
            sock = paths.socket_file()
            assert sock.parent == shared_tmp / f"{APP_ID}-{os.getuid()}-1"
            assert sock.exists()
            assert paths.folder_problem(sock.parent) is None  # ours, 0700
            assert app_state() is not None
            status = oh("status", "--json")
            assert '"app_running": true' in status.stdout, status.stderr
            second = oh(timeout=30)  # a second start hands over to the real app
            assert second.returncode == 0, second.stderr
            assert "already running" in second.stdout
    finally:
        got = squatter.received()
    assert got == [], f"the squatter received {got}"


def test_a_socket_answered_by_another_user_gets_nothing(shared_tmp: Path, home: Path) -> None:
    """Our own private folder, but the process behind the socket is someone else's (its
    socket moved in): SO_PEERCRED tells, before a byte is sent."""
    squatter = Squatter(shared_tmp / "elsewhere.sock")
    try:
        ours = paths.private_dir(home / "ours")
        os.rename(squatter.path, ours / "ipc.sock")
        with pytest.raises(ipc.UntrustedSocket, match=f"uid {NOBODY.pw_uid}"):
            ipc.request({"cmd": "ping"}, ours / "ipc.sock")
        assert not ipc.app_running(ours / "ipc.sock")
    finally:
        got = squatter.received()
    assert got in ([], ["GOT b''"], ["GOT b''", "GOT b''"]), f"the squatter received {got}"


def test_a_folder_open_to_others_is_not_trusted(home: Path) -> None:
    folder = home / "open"
    folder.mkdir()
    folder.chmod(0o777)
    (folder / "ipc.sock").touch()
    with pytest.raises(ipc.UntrustedSocket, match="open to other users"):
        ipc.request({"cmd": "ping"}, folder / "ipc.sock")
