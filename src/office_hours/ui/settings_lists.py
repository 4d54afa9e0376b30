"""The settings pages that hold a list: clients with their terms, and mail accounts.

Each entry is edited over a copy of its TOML table, so keys the dialog does not show (a
hand-written note key, another feature's key) are written back unchanged.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from office_hours.config.accounts import ACCOUNT_OPTIONS
from office_hours.config.load import Config
from office_hours.config.schema import CHANNELS, CHAT_SECRETS, CLIENT_OPTIONS, TERMS_OPTIONS
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.i18n import tr
from office_hours.ui.connection_test import ConnectionTest
from office_hours.ui.option_editors import OptionForm
from office_hours.ui.widgets import keyring_words, plain_label

Changed = Callable[[], None]
_CHANNEL_NAMES = {
    "email": QT_TRANSLATE_NOOP("Channel", "Email"),
    "chat": QT_TRANSLATE_NOOP("Channel", "Chat"),
    "call": QT_TRANSLATE_NOOP("Channel", "Calls"),
    "meeting": QT_TRANSLATE_NOOP("Channel", "Meetings"),
}


def NO_KEYRING_HINT() -> str:  # noqa: N802 - reads as the constant it stands for
    return tr("Settings", "no keyring: cannot be saved (see above)")


def saved_secret(user: str) -> bool | None:
    """Whether the keyring holds a secret for `user` (None: it cannot say), so a field can
    say "not set" instead of "unchanged" when nothing was ever saved."""
    from office_hours import secrets

    try:
        secrets.get_password(user)
    except secrets.SecretProblem as exc:
        return False if exc.kind == "no_password" else None
    return True


def secret_placeholder(user: str) -> str:
    if saved_secret(user) is False:
        return tr("Settings", "not set")
    return tr("Settings", "unchanged (kept in your keyring)")


def password_field(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


class ClientEditor(QWidget):
    """One client: matching rules, rate, after-hours rule and the terms per channel."""

    def __init__(
        self, table: dict[str, Any], on_change: Changed, saved_config: Callable[[], Config]
    ) -> None:
        super().__init__()
        self.raw = table
        self._saved_config = saved_config
        self.form = OptionForm(CLIENT_OPTIONS, table, on_change)
        terms = table.get("terms", {}) if isinstance(table.get("terms"), dict) else {}
        self.tabs = QTabWidget()
        self.terms: dict[str, OptionForm] = {}
        for channel in CHANNELS:
            form = OptionForm(TERMS_OPTIONS, terms.get(channel, {}), on_change)
            self.terms[channel] = form
            self.tabs.addTab(form, tr("Channel", _CHANNEL_NAMES.get(channel, channel)))
        self.sheet = QPushButton(tr("Settings", "Contact-terms sheet…"))
        self.sheet.setObjectName("terms_sheet")
        self.sheet_result = plain_label(wrap=True)
        self.sheet.clicked.connect(self.write_sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(plain_label(tr("Settings", "Contact windows and response times")))
        layout.addWidget(self.tabs)
        row = QHBoxLayout()
        row.addWidget(self.sheet)
        row.addWidget(self.sheet_result, 1)
        layout.addLayout(row)

    def title(self) -> str:
        return str(self.form.value("name") or self.form.value("id"))

    def problems(self) -> list[str]:
        out = self.form.problems()
        for channel, form in self.terms.items():
            out += [f"{channel}: {p}" for p in form.problems()]
        return out

    def table(self) -> dict[str, Any]:
        out = copy.deepcopy(self.raw)
        self.form.apply(out)
        had = out.get("terms") if isinstance(out.get("terms"), dict) else None
        terms: dict[str, Any] = copy.deepcopy(had) if had is not None else {}
        for channel, form in self.terms.items():
            table = terms.get(channel, {})
            form.apply(table)
            if table or channel in terms:
                terms[channel] = table
        if terms or had is not None:
            out["terms"] = terms
        return out

    def write_sheet(self) -> None:
        """Write the client's contact-terms sheet (as saved) where the user says."""
        from office_hours.documents import terms as terms_export

        config = self._saved_config()
        client_id = self.form.value("id")
        if config.client(client_id) is None:
            self.sheet_result.setText(tr("Settings", "Save this client first."))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Settings", "Contact-terms sheet"),
            f"{client_id}-terms.pdf",
            "PDF (*.pdf);;HTML (*.html);;Markdown (*.md)",
        )
        if not name:
            return
        out = Path(name)
        fmt = out.suffix.lstrip(".").lower() or "pdf"
        try:
            written = terms_export.write_terms_sheet(config, client_id, fmt, out, config.language)
        except Exception as exc:
            self.sheet_result.setText(str(exc))
            return
        self.sheet_result.setText(tr("Settings", "Written: {path}").format(path=written))


class AccountEditor(QWidget):
    """One IMAP account, its password field and a connection test."""

    def __init__(
        self, table: dict[str, Any], on_change: Changed, config_dir: Path, keyring: str | None
    ) -> None:
        super().__init__()
        self.raw = table
        self.form = OptionForm(ACCOUNT_OPTIONS, table, on_change)
        self.password = password_field(
            secret_placeholder(str(table.get("id", ""))) if not keyring else NO_KEYRING_HINT()
        )
        self.password.setObjectName("password")
        if keyring:
            self.password.setPlaceholderText(NO_KEYRING_HINT())
            self.password.setEnabled(False)
            self.password.setToolTip(keyring_words(keyring))
        self.test = ConnectionTest(self.table, self.password.text, config_dir)
        extra = QFormLayout()
        extra.addRow(tr("Settings", "Password"), self.password)
        extra.addRow("", self.test)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(extra)
        layout.addStretch(1)

    def title(self) -> str:
        return str(self.form.value("id"))

    def problems(self) -> list[str]:
        return self.form.problems()

    def table(self) -> dict[str, Any]:
        out = copy.deepcopy(self.raw)
        self.form.apply(out)
        for name in ("id", "host", "username"):  # required by the loader even at defaults
            out.setdefault(name, self.form.value(name))
        return out


class ListPage(QWidget):
    """Entries on the left (Add, Remove), the selected one's editor on the right."""

    def __init__(
        self,
        tables: Sequence[dict[str, Any]],
        make: Callable[[dict[str, Any]], QWidget],
        blank: Callable[[int], dict[str, Any]],
        on_change: Changed,
        noun: str,
        empty_hint: str = "",
    ) -> None:
        super().__init__()
        self._make, self._blank, self._on_change = make, blank, on_change
        self.entries = QListWidget()
        self.entries.setObjectName(f"{noun}_list")
        self.stack = QStackedWidget()
        self.add = QPushButton(tr("Settings", "Add"))
        self.add.setObjectName(f"add_{noun}")
        self.remove = QPushButton(tr("Settings", "Remove"))
        self.remove.setObjectName(f"remove_{noun}")
        self.editors: list[Any] = []
        left = QVBoxLayout()
        left.addWidget(self.entries, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        left.addLayout(buttons)
        # Long names (Russian company names are) wrap in the list instead of scrolling it
        # sideways; the editor's area is as wide as its fields need, so it never scrolls
        # sideways either: the dialog grows instead.
        self.entries.setWordWrap(True)
        self.entries.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setMinimumWidth(self.entries.fontMetrics().averageCharWidth() * 18)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll
        self.empty_hint = plain_label(empty_hint, wrap=True)  # what to do while none exist
        self.empty_hint.setObjectName(f"no_{noun}_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(self.empty_hint, 1)
        right.addWidget(scroll, 1)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(right, 3)
        self.entries.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.add.clicked.connect(lambda: self.append(self._blank(len(self.editors) + 1)))
        self.remove.clicked.connect(self.remove_current)
        for table in tables:
            self.append(copy.deepcopy(table), select=False)
        if self.editors:
            self.entries.setCurrentRow(0)
        self.remove.setEnabled(bool(self.editors))
        self._show_hint()

    def _show_hint(self) -> None:
        empty = not self.editors and bool(self.empty_hint.text())
        self.empty_hint.setVisible(empty)
        self._scroll.setVisible(not empty)

    def append(self, table: dict[str, Any], select: bool = True) -> Any:
        editor = self._make(table)
        self.editors.append(editor)
        self.stack.addWidget(editor)
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self._scroll.frameWidth()
        self._scroll.setMinimumWidth(
            max(self._scroll.minimumWidth(), editor.minimumSizeHint().width() + bar + frame)
        )
        self.entries.addItem(editor.title())
        if select:
            self.entries.setCurrentRow(len(self.editors) - 1)
            self._on_change()
        self.remove.setEnabled(True)
        self._show_hint()
        return editor

    def remove_current(self) -> None:
        row = self.entries.currentRow()
        if row < 0:
            return
        editor = self.editors.pop(row)
        self.entries.takeItem(row)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self.remove.setEnabled(bool(self.editors))
        self._show_hint()
        self._on_change()

    def refresh_titles(self) -> None:
        for row, editor in enumerate(self.editors):
            item = self.entries.item(row)
            if item is not None and item.text() != editor.title():
                item.setText(editor.title())

    def problems(self) -> list[str]:
        return [f"{e.title()}: {p}" for e in self.editors for p in e.problems()]

    def tables(self) -> list[dict[str, Any]]:
        return [e.table() for e in self.editors]


class ChatSecrets(QGroupBox):
    """A password field per declared chat secret (schema.CHAT_SECRETS)."""

    def __init__(self, keyring: str | None) -> None:
        super().__init__(tr("Settings", "Chat tokens (kept in your keyring)"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for spec in CHAT_SECRETS:
            edit = password_field(
                NO_KEYRING_HINT() if keyring else secret_placeholder(spec.keyring_user)
            )
            edit.setObjectName(f"secret_{spec.keyring_user}")
            edit.setToolTip(keyring_words(keyring) if keyring else tr("Secret", spec.doc))
            edit.setEnabled(keyring is None)
            form.addRow(tr("Secret", spec.label), edit)
            self.fields[spec.keyring_user] = edit

    def values(self) -> dict[str, str]:
        return {user: edit.text() for user, edit in self.fields.items() if edit.text()}
