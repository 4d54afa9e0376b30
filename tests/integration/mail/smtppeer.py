"""A real SMTP submission server for the auto-reply tests: aiosmtpd on 127.0.0.1, STARTTLS
with a given certificate, AUTH required over TLS, every accepted message recorded and
(optionally) handed on to Dovecot through LMTP, as a mail provider would."""

from __future__ import annotations

import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import message_from_bytes
from email.message import Message
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from mail.mailpeers import free_port

LOGINS = {"alice": "alicepw", "bob": "bobpw"}


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.data, policy=default_policy)


class _Handler:
    def __init__(self, relay: Callable[[Received], None] | None) -> None:
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.relay = relay

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        got = Received(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.content))
        with self.lock:
            self.received.append(got)
        if self.relay is not None:
            self.relay(got)
        return "250 OK"


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    if isinstance(data, LoginPassword):
        user, password = data.login.decode(), data.password.decode()
        if LOGINS.get(user) == password:
            return AuthResult(success=True)
    return AuthResult(success=False, handled=False)  # a 535, as a real server says


@dataclass
class SmtpPeer:
    port: int
    handler: _Handler

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)


def make_cert(directory: Path, name: str) -> tuple[Path, Path]:
    cert, key = directory / f"{name}-cert.pem", directory / f"{name}-key.pem"
    done = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, f"openssl failed: {done.stderr!r}"
    return cert, key


@contextmanager
def running_smtp(
    cert: Path, key: Path, relay: Callable[[Received], None] | None = None
) -> Iterator[SmtpPeer]:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(cert), str(key))
    handler = _Handler(relay)
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=ctx,
        require_starttls=True,
        authenticator=_authenticate,
        auth_require_tls=True,
    )
    controller.start()
    try:
        yield SmtpPeer(port, handler)
    finally:
        controller.stop()
