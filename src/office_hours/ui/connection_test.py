"""The "Test connection" button of the settings dialog and the first-run wizard.

It builds the account from the typed fields with the loader (so the test uses exactly what
would be saved), and runs sources.imap.probe on a worker thread: a slow or dead server never
freezes the window. The result is the probe's plain words: success or the exact problem.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from office_hours.config.load import ConfigError, parse_config
from office_hours.config.save import dump
from office_hours.i18n import tr
from office_hours.ui.widgets import plain_label

PROBE_TIMEOUT_S = 10.0
_NOT_FOUND = (
    "Name or service not known",
    "Temporary failure in name resolution",
    "No address associated with hostname",
    "nodename nor servname",
    "getaddrinfo failed",
    "[Errno -2]",
    "[Errno -3]",
    "[Errno -5]",
)
_REFUSED = ("server not reachable", "Connection refused", "[Errno 111]")
_TIMEOUT = ("did not answer in time", "timed out")


def _not_found(host: str, port: int) -> str:
    return tr("ConnectionTest", "the server name {host} was not found: check its spelling.").format(
        host=host
    )


def _refused(host: str, port: int) -> str:
    return tr(
        "ConnectionTest",
        "{host} refused the connection on port {port}: check the port and the security setting.",
    ).format(host=host, port=port)


def _timed_out(host: str, port: int) -> str:
    return tr(
        "ConnectionTest",
        "{host} did not answer within {seconds} seconds: check the server name, the port "
        "and your network.",
    ).format(host=host, seconds=round(PROBE_TIMEOUT_S))


def _untrusted(host: str, port: int) -> str:
    return tr(
        "ConnectionTest",
        "the certificate of {host} is not trusted, so nothing was sent to it. If this is "
        "your own server, set its CA file in the settings; otherwise someone may be "
        "intercepting the connection.",
    ).format(host=host)


def _login_refused(host: str, port: int) -> str:
    return tr("ConnectionTest", "{host} refused the user name or password: check both.").format(
        host=host
    )


def plain_state(state: Any, host: str, port: int) -> str:
    """A failed probe's state (sources.state.SourceState) in words a new user can act on,
    chosen by its kind, so it works in every interface language."""
    from office_hours.sources.state import StateKind
    from office_hours.state_words import state_text

    if state.kind is StateKind.UNREACHABLE:  # a name that resolved and a port that said no
        refused = state.detail == f"{host}:{port}"
        return (_refused if refused else _not_found)(host, port)
    words = {
        StateKind.TIMED_OUT: _timed_out,
        StateKind.CERT_UNTRUSTED: _untrusted,
        StateKind.LOGIN_REFUSED: _login_refused,
    }
    if state.kind in words:
        return words[state.kind](host, port)
    return str(state_text(state))


def plain_problem(text: str, host: str, port: int) -> str:
    """An exception's or a state's English words, said so a new user can act on them:
    "the server name mail.example.com was not found" instead of "[Errno -2] …"."""
    if any(mark in text for mark in _NOT_FOUND):
        return _not_found(host, port)
    if any(mark in text for mark in _REFUSED):
        return _refused(host, port)
    if any(mark in text for mark in _TIMEOUT):
        return _timed_out(host, port)
    if "certificate not trusted" in text or "CERTIFICATE_VERIFY_FAILED" in text:
        return _untrusted(host, port)
    if text.startswith("login refused"):
        return _login_refused(host, port)
    return text


class ConnectionTest(QWidget):
    """A button and a result line; `account()` returns the account's TOML table and
    `password()` what is typed (empty: the keyring's)."""

    finished = Signal(bool, str)  # ok, plain words; emitted on the UI thread
    _done = Signal(bool, str)  # from the worker thread, queued to this one

    def __init__(
        self,
        account: Callable[[], Mapping[str, Any]],
        password: Callable[[], str],
        config_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._account, self._password, self._config_dir = account, password, config_dir
        self.button = QPushButton(tr("ConnectionTest", "Test connection"))
        self.button.setObjectName("test_connection")
        self.result: QLabel = plain_label(wrap=True)
        self.result.setObjectName("test_result")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.result, 1)
        self.button.clicked.connect(self.start)
        self._done.connect(self._show)

    def start(self) -> None:
        table = dict(self._account())
        try:
            config = parse_config(
                dump({"config_version": 1, "accounts": [table]}), self._config_dir / "config.toml"
            )
        except ConfigError as exc:
            self._show(False, exc.message)
            return
        account = config.accounts[0]
        password = self._password() or None
        self.button.setEnabled(False)
        self.result.setText(
            tr("ConnectionTest", "Connecting to {host}:{port}…").format(
                host=account.host, port=account.port
            )
        )

        def work() -> None:
            try:
                from office_hours.sources.imap import probe
                from office_hours.sources.state import StateKind
                from office_hours.state_words import state_text

                state = probe(account, PROBE_TIMEOUT_S, password=password)
                ok = state.kind is StateKind.CONNECTED
                text = state_text(state) if ok else plain_state(state, account.host, account.port)
                answer = (ok, text)
            except Exception as exc:  # never lose the answer: say what broke
                answer = (False, plain_problem(f"{exc}", account.host, account.port))
            try:
                self._done.emit(*answer)
            except RuntimeError:  # the window was closed meanwhile
                pass

        threading.Thread(target=work, name="connection-test", daemon=True).start()

    def _show(self, ok: bool, text: str) -> None:
        self.button.setEnabled(True)
        prefix = tr("ConnectionTest", "Success:") if ok else tr("ConnectionTest", "Problem:")
        self.result.setText(f"{prefix} {text}")
        self.result.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.finished.emit(ok, text)
