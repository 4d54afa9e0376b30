"""The wizard's and settings' "Test connection" says what went wrong in words a new user can
act on: a refused port, an unknown server name, an untrusted certificate, a timeout."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from office_hours.ui.connection_test import ConnectionTest, plain_problem

pytestmark = pytest.mark.gui


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_refused_connection_is_said_in_words(qtbot, tmp_path: Path) -> None:
    port = _closed_port()
    account = {"id": "mail", "host": "127.0.0.1", "port": port, "security": "tls",
               "username": "alice"}  # fmt: skip
    test = ConnectionTest(lambda: account, lambda: "pw", tmp_path)
    qtbot.addWidget(test)
    with qtbot.waitSignal(test.finished, timeout=15_000) as signal:
        test.start()
    ok, text = signal.args
    assert not ok
    assert text == (
        f"127.0.0.1 refused the connection on port {port}: check the port and the security setting."
    )
    assert "Errno" not in test.result.text()


def test_an_unknown_server_name_is_said_in_words() -> None:
    try:  # the resolver's own words for a name that cannot exist (RFC 2606 .invalid)
        socket.getaddrinfo("mail.example.invalid", 993)
    except socket.gaierror as exc:
        raw = f"cannot connect to mail.example.invalid:993 ({exc})"
    else:  # pragma: no cover - a resolver that answers for .invalid is broken
        pytest.fail("mail.example.invalid resolved")
    assert plain_problem(raw, "mail.example.invalid", 993) == (
        "the server name mail.example.invalid was not found: check its spelling."
    )


@pytest.mark.parametrize(
    ("raw", "start"),
    [
        ("reconnecting in 5 s (the server did not answer in time)", "mail.example.com did not"),
        ("certificate not trusted (self-signed certificate). If…", "the certificate of"),
        ("login refused: check the password saved in the keyring", "mail.example.com refused"),
    ],
)
def test_other_problems_are_said_in_words(raw: str, start: str) -> None:
    assert plain_problem(raw, "mail.example.com", 993).startswith(start)
