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


def plain_problem(text: str, host: str, port: int) -> str:
    """The probe's words for a failed connection, said so a new user can act on them:
    "the server name mail.example.com was not found" instead of "[Errno -2] …"."""
    if any(mark in text for mark in _NOT_FOUND):
        return tr(
            "ConnectionTest", "the server name {host} was not found: check its spelling."
        ).format(host=host)
    if any(mark in text for mark in _REFUSED):
        return tr(
            "ConnectionTest",
            "{host} refused the connection on port {port}: check the port and the security "
            "setting.",
        ).format(host=host, port=port)
    if any(mark in text for mark in _TIMEOUT):
        return tr(
            "ConnectionTest",
            "{host} did not answer within {seconds} seconds: check the server name, the port "
            "and your network.",
        ).format(host=host, seconds=round(PROBE_TIMEOUT_S))
    if "certificate not trusted" in text or "CERTIFICATE_VERIFY_FAILED" in text:
        return tr(
            "ConnectionTest",
            "the certificate of {host} is not trusted, so nothing was sent to it. If this is "
            "your own server, set its CA file in the settings; otherwise someone may be "
            "intercepting the connection.",
        ).format(host=host)
    if text.startswith("login refused"):
        return tr("ConnectionTest", "{host} refused the user name or password: check both.").format(
            host=host
        )
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
                from office_hours.sources.imap import State, probe

                state = probe(account, PROBE_TIMEOUT_S, password=password)
                ok = state.state is State.CONNECTED
                text = state.text if ok else plain_problem(state.text, account.host, account.port)
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
