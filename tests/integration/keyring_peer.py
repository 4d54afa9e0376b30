"""A real Secret Service for tests: dbus-daemon + gnome-keyring-daemon, shared by the mail
tests and the settings tests (TESTING.md: "Keyring with a real Secret Service")."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from helpers.waiting import poll


def wait_until(predicate: Callable[[], Any], timeout: float, what: str, every: float = 0.02) -> Any:
    """Bounded polling of an external peer; fails with `what` when time runs out."""
    return poll(what, predicate, timeout, every)


@dataclass
class SecretService:
    address: str
    procs: list[subprocess.Popen[bytes]]

    def set_password(self, account: str, password: str) -> None:
        from office_hours.secrets import set_password

        set_password(account, password)


def start_keyring_daemon(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """gnome-keyring-daemon (secrets only, unlocked) on the bus in `env`, once it owns
    org.freedesktop.secrets; `env` also carries the temp HOME and XDG dirs it writes to."""
    gk = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip
    assert gk.stdin is not None
    gk.stdin.write(b"test-keyring-password\n")
    gk.stdin.close()

    def owned() -> bool:
        done = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
             "string:org.freedesktop.secrets"],
            env=env, capture_output=True, text=True, timeout=5, check=False,
        )  # fmt: skip
        if gk.poll() is not None:
            raise AssertionError(f"gnome-keyring-daemon exited: {gk.stderr.read()!r}")
        return "boolean true" in done.stdout

    try:
        wait_until(owned, 15, "gnome-keyring-daemon to own org.freedesktop.secrets", every=0.05)
    except BaseException:
        gk.kill()
        gk.wait(5)
        raise
    return gk


@pytest.fixture(scope="module")
def secret_service() -> Iterator[SecretService]:
    """dbus-daemon + gnome-keyring-daemon (secrets component, unlocked) in a temp HOME; the
    keyring package is pointed at it in this process and, through the environment, in
    subprocesses. Restored afterwards so that other tests keep DBUS disabled."""
    import keyring
    import keyring.core
    from keyring.backends import SecretService as SecretServiceBackend

    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is missing: apt-get install dbus gnome-keyring"
    root = Path(tempfile.mkdtemp(prefix="oh-keyring-"))
    for sub in ("home", "data", "run"):
        (root / sub).mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(root / "home"),
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_RUNTIME_DIR": str(root / "run"),
    }
    procs: list[subprocess.Popen[bytes]] = []
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    old_backend = keyring.get_keyring()
    try:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile",
             f"--address=unix:path={root}/bus", "--print-address=1"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        )  # fmt: skip
        procs.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        assert address, f"dbus-daemon printed no address: {bus.stderr.read() if bus.stderr else ''}"
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        procs.append(start_keyring_daemon(env))
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
        keyring.core.set_keyring(SecretServiceBackend.Keyring())
        yield SecretService(address, procs)
    finally:
        keyring.core.set_keyring(old_backend)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait(timeout=5)
        shutil.rmtree(root, ignore_errors=True)
