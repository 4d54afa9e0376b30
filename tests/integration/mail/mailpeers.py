"""Peers for the IMAP tests: a private Dovecot (IMAP + LMTP on 127.0.0.1, free ports, own
base_dir) and a real Secret Service keyring (dbus-daemon + gnome-keyring-daemon).

Nothing here depends on or touches the system's Dovecot service: own config, own ports,
own base_dir/state_dir, started in the foreground and stopped by its pid. If Dovecot or the
keyring cannot start, the test FAILS with the reason: it is never skipped.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import pytest
from keyring_peer import SecretService, wait_until  # noqa: F401 - shared, re-exported

from office_hours.config.load import Config, parse_config
from office_hours.config.schema import WEEKDAYS
from office_hours.engine import Engine, IngestResult
from office_hours.ingest import Delivered, IngestService
from office_hours.sources.imap import MailSource
from office_hours.sources.state import SourceState, StateKind
from office_hours.state_words import state_text
from office_hours.storage.store import Store

USERS = {"alice": "alicepw", "bob": "bobpw"}
NOBODY = 65534


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


CONF = """\
protocols = imap lmtp
listen = 127.0.0.1
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
ssl = yes
ssl_cert = <{d}/cert.pem
ssl_key = <{d}/key.pem
passdb {{
  driver = passwd-file
  args = {d}/users
}}
userdb {{
  driver = passwd-file
  args = {d}/users
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp}
  }}
}}
"""


@dataclass
class Dovecot:
    """One private server. `start()` and `stop()` may be called again (same ports)."""

    root: Path
    imap: int = field(default_factory=free_port)
    imaps: int = field(default_factory=free_port)
    lmtp: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    _offline: int = 0
    extra_conf: str = ""

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def ca_file(self) -> Path:
        return self.root / "cert.pem"

    def prepare(self) -> None:
        d = self.root
        for sub in ("run", "state", "mail"):
            (d / sub).mkdir(exist_ok=True)
        os.chown(d / "mail", NOBODY, NOBODY)
        done = subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
             "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")],
            capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, f"openssl could not make the test certificate: {done.stderr!r}"
        (d / "users").write_text(
            "".join(f"{u}:{{PLAIN}}{p}:{NOBODY}:{NOBODY}::{d}/mail/{u}\n" for u, p in USERS.items())
        )
        self.conf.write_text(
            CONF.format(d=d, imap=self.imap, imaps=self.imaps, lmtp=self.lmtp) + self.extra_conf,
            encoding="utf-8",
        )

    def start(self) -> None:
        dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"
        assert os.path.exists(dovecot), (
            "Dovecot is not installed: apt-get install dovecot-imapd dovecot-lmtpd "
            "(scripts/test.sh installs it)"
        )
        self.proc = subprocess.Popen(
            [dovecot, "-F", "-c", str(self.conf)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 15
        while True:
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode(errors="replace") if self.proc.stdout else ""
                raise AssertionError(
                    f"Dovecot exited at start ({self.proc.returncode}): {out}\n{self.log()[-2000:]}"
                )
            if all(self._listening(p) for p in (self.imap, self.imaps, self.lmtp)):
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"Dovecot did not listen within 15 s:\n{self.log()[-2000:]}")
            time.sleep(0.02)

    @staticmethod
    def _listening(port: int) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        if self.proc.stdout:
            self.proc.stdout.close()
        self.proc = None
        deadline = time.monotonic() + 10  # the ports must be free before a restart
        while any(self._listening(p) for p in (self.imap, self.imaps, self.lmtp)):
            assert time.monotonic() < deadline, "Dovecot's ports stayed open after it stopped"
            time.sleep(0.05)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- putting mail in -------------------------------------------------------------------

    def deliver(self, user: str, message: bytes, sender: str = "sender@outside.example") -> None:
        """Through LMTP, as a mail server would: the client sees it as new mail."""
        with smtplib.LMTP("127.0.0.1", self.lmtp, timeout=10) as lmtp:
            lmtp.sendmail(sender, [user], message)

    def imap_client(self, user: str) -> Any:
        from imapclient import IMAPClient

        ctx = ssl.create_default_context(cafile=str(self.ca_file))
        client = IMAPClient("127.0.0.1", port=self.imaps, ssl=True, ssl_context=ctx, timeout=10)
        client.login(user, USERS[user])
        return client

    def append(self, user: str, folder: str, message: bytes) -> None:
        client = self.imap_client(user)
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, message)
        finally:
            client.logout()

    def save_offline(self, user: str, message: bytes) -> None:
        """Deliver while the server is down, as a local MDA would: a file in Maildir/new
        (Dovecot's own tools need its auth service, which is down too)."""
        maildir = self.root / "mail" / user / "Maildir"
        new = maildir / "new"
        assert new.is_dir(), f"{user} has no Maildir yet"
        self._offline += 1
        name = f"{int(time.time())}.M{self._offline}P{os.getpid()}.oh-test"
        tmp = maildir / "tmp" / name
        tmp.write_bytes(message)
        os.chown(tmp, NOBODY, NOBODY)
        tmp.rename(new / name)

    def status(self, user: str, folder: str = "INBOX") -> dict[str, int]:
        done = subprocess.run(
            ["doveadm", "-c", str(self.conf), "-f", "flow", "mailbox", "status", "-u", user,
             "messages uidnext uidvalidity unseen", folder],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        pairs = (p.split("=", 1) for p in done.stdout.split() if "=" in p)
        return {k: int(v) for k, v in pairs}


def message(
    subject: str,
    sender: str = "anna@acme.example",
    extra: str = "",
    msgid: str | None = None,
    date: datetime | None = None,
) -> bytes:
    msgid = msgid or make_msgid(domain="acme.example")
    when = format_datetime(date or datetime.now(UTC))
    return (
        f"From: Anna <{sender}>\r\nTo: me@example.org\r\nSubject: {subject}\r\n"
        f"Date: {when}\r\nMessage-ID: {msgid}\r\n{extra}\r\nHello.\r\n"
    ).encode()


@contextmanager
def running_dovecot(extra_conf: str = "") -> Iterator[Dovecot]:
    root = Path(tempfile.mkdtemp(prefix="oh-dovecot-"))
    root.chmod(0o755)  # the mail users (nobody) must reach their Maildir
    server = Dovecot(root, extra_conf=extra_conf)
    try:
        server.prepare()
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    with running_dovecot() as server:
        yield server


def config_text(server: Dovecot, accounts: list[dict[str, Any]], extra: str = "") -> str:
    lines = [
        "config_version = 1",
        "[general]",
        'timezone = "UTC"',
        "[hours]",
        *(f'{d} = ["00:00-00:00"]' for d in WEEKDAYS),  # always reachable: items deliver
        "",
        "[[clients]]",
        'id = "acme"',
        'name = "ACME"',
        'addresses = ["*@acme.example"]',
        extra,
    ]
    for a in accounts:
        lines += ["", "[[accounts]]"]
        for key, value in a.items():
            if isinstance(value, str):
                lines.append(f'{key} = "{value}"')
            elif isinstance(value, bool):
                lines.append(f"{key} = {'true' if value else 'false'}")
            elif isinstance(value, list):
                lines.append(f"{key} = [" + ", ".join(f'"{v}"' for v in value) + "]")
            else:
                lines.append(f"{key} = {value}")
    del server
    return "\n".join(lines) + "\n"


def account(server: Dovecot, ident: str, user: str, **over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": ident,
        "host": "127.0.0.1",
        "port": server.imaps,
        "security": "tls",
        "username": user,
        "folders": ["INBOX"],
        "ca_file": str(server.ca_file),
    }
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


@dataclass(frozen=True)
class Stored:
    """One stored batch of one account's folder, as the ingest service reported it."""

    delivered: Delivered

    @property
    def account_id(self) -> str:
        return self.delivered.source.removeprefix("imap:")

    @property
    def folder(self) -> str:
        return next(iter(self.delivered.cursors))[1] if self.delivered.cursors else ""

    @property
    def backfill(self) -> bool:
        return self.delivered.quiet

    @property
    def results(self) -> tuple[IngestResult, ...]:
        return self.delivered.results

    @property
    def notify_keys(self) -> tuple[int, ...]:
        return self.delivered.notify_keys


@dataclass(frozen=True)
class AccountState:
    account_id: str
    state: SourceState

    @property
    def kind(self) -> StateKind:
        return self.state.kind

    @property
    def text(self) -> str:
        return state_text(self.state)


@dataclass
class Running:
    """The ingest service with the config's mail sources, as the app runs them."""

    service: IngestService

    @property
    def watchers(self) -> list[MailSource]:
        return [s for s in self.service.sources if isinstance(s, MailSource)]

    def attempts(self) -> int:
        return sum(w.attempts for w in self.watchers)

    def stop(self) -> None:
        self.service.stop()


@dataclass
class Harness:
    """The mail sources in the one ingest service, with a real store, recording what it
    stores and what the accounts report."""

    config: Config
    db: Path
    stored: queue.Queue[Stored] = field(default_factory=queue.Queue)
    states: list[AccountState] = field(default_factory=list)
    sources: Running | None = None
    # source name -> its latest unread view (client id -> ClientUnread), as the tray gets it
    unread: dict[str, Any] = field(default_factory=dict)

    def open_engine(self, config: Config | None = None) -> Engine:
        return Engine(config or self.config, Store(self.db))

    def read_cursor(self, source: str, key: str) -> str | None:
        store = Store(self.db)
        try:
            return store.cursor(source, key)
        finally:
            store.close()

    def start(self, backoff_base: float = 0.2, auth_retry: float = 300.0) -> Running:
        def build(config: Config) -> list[MailSource]:
            return [
                MailSource(
                    a,
                    self.read_cursor,
                    backoff_base=backoff_base,
                    auth_retry=auth_retry,
                    clients=tuple(config.clients),
                )
                for a in config.accounts
            ]

        def on_state(name: str, _label: str, state: SourceState | None) -> None:
            if state is not None:
                self.states.append(AccountState(name.removeprefix("imap:"), state))

        service = IngestService(
            self.config,
            self.open_engine,
            build,
            lambda d: self.stored.put(Stored(d)),
            on_state,
            self.unread.__setitem__,
        )
        self.sources = Running(service)
        service.start()
        return self.sources

    def stop(self) -> None:
        if self.sources is not None:
            self.sources.stop()
            self.sources = None

    def state_of(self, account_id: str) -> AccountState | None:
        for s in reversed(self.states):
            if s.account_id == account_id:
                return s
        return None

    def wait_state(self, account_id: str, kind: StateKind, timeout: float = 15) -> AccountState:
        return wait_until(  # type: ignore[no-any-return]
            lambda: (s := self.state_of(account_id)) is not None and s.kind is kind and s,
            timeout,
            f"{account_id} to be {kind.value} (last: {self.state_of(account_id)})",
        )

    def wait_down(self, account_id: str, timeout: float = 15) -> AccountState:
        """The server went away: any of the states that retry by themselves."""
        retrying = (StateKind.RECONNECTING, StateKind.UNREACHABLE, StateKind.TIMED_OUT)
        return wait_until(  # type: ignore[no-any-return]
            lambda: (s := self.state_of(account_id)) is not None and s.kind in retrying and s,
            timeout,
            f"{account_id} to be retrying (last: {self.state_of(account_id)})",
        )

    def take(self, n_items: int, timeout: float = 15) -> list[Stored]:
        """Stored batches until `n_items` new items have arrived."""
        got: list[Stored] = []
        count = 0
        deadline = time.monotonic() + timeout
        while count < n_items:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"only {count} of {n_items} items arrived in {timeout} s")
            try:
                batch = self.stored.get(timeout=left)
            except queue.Empty:
                continue
            got.append(batch)
            count += sum(1 for r in batch.results if not r.duplicate)
        return got

    def drain(self, quiet_s: float = 1.0) -> list[Stored]:
        """Everything stored until nothing more arrives for `quiet_s`."""
        out = []
        while True:
            try:
                out.append(self.stored.get(timeout=quiet_s))
            except queue.Empty:
                return out

    def counts(self) -> tuple[int, int]:
        store = Store(self.db)
        try:
            return store.counts()
        finally:
            store.close()


@pytest.fixture
def harness_for(tmp_path: Path, home: Path) -> Iterator[Callable[..., Harness]]:
    made: list[Harness] = []

    def make(server: Dovecot, accounts: list[dict[str, Any]], extra: str = "") -> Harness:
        path = tmp_path / "config.toml"
        path.write_text(config_text(server, accounts, extra), encoding="utf-8")
        h = Harness(parse_config(path.read_text(encoding="utf-8"), path), tmp_path / "oh.sqlite3")
        made.append(h)
        return h

    yield make
    for h in made:
        h.stop()
