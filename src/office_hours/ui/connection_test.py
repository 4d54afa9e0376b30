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
                answer = (state.kind is StateKind.CONNECTED, state_text(state))
            except Exception as exc:  # never lose the answer: say what broke
                answer = (False, f"{type(exc).__name__}: {exc}")
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
