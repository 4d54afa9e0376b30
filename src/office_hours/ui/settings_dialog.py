"""The settings dialog: a page per declared section, clients with their terms, accounts.

Pages come from the declarations (config.schema OPTIONS by section, CLIENT_OPTIONS,
TERMS_OPTIONS, accounts.ACCOUNT_OPTIONS), so a section another feature declares shows up
here without code. Saving goes through config.save (comments kept, validated first);
passwords and tokens go only to the keyring, and nowhere when there is none.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from office_hours import secrets
from office_hours.config.load import Config, ConfigError, load_config
from office_hours.config.save import read_data, save_config
from office_hours.config.schema import OPTIONS, SECTIONS
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.i18n import tr
from office_hours.ui.option_editors import OptionForm
from office_hours.ui.settings_lists import AccountEditor, ChatSecrets, ClientEditor, ListPage
from office_hours.ui.widgets import keyring_words, name_buttons, plain_label

SECTION_TITLES = {
    "general": QT_TRANSLATE_NOOP("Settings", "General and language"),
    "hours": QT_TRANSLATE_NOOP("Settings", "Business hours"),
    "focus": QT_TRANSLATE_NOOP("Settings", "Focus and batches"),
    "urgency": QT_TRANSLATE_NOOP("Settings", "Urgency"),
    "report": QT_TRANSLATE_NOOP("Settings", "Weekly report"),
    "slack": QT_TRANSLATE_NOOP("Settings", "Slack"),
    "matrix": QT_TRANSLATE_NOOP("Settings", "Matrix"),
    "desktop": QT_TRANSLATE_NOOP("Settings", "Desktop notifications"),
    "presence": QT_TRANSLATE_NOOP("Settings", "Do not disturb in focus"),
}
ERROR_STYLE = "color: #b00020;"


def section_title(section: str) -> str:
    return tr("Settings", SECTION_TITLES.get(section, section.replace("_", " ").capitalize()))


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class SettingsDialog(QDialog):
    saved = Signal(object)  # the Config now in the file

    def __init__(
        self,
        path: Path,
        keyring_problem: Callable[[], str | None] = secrets.keyring_problem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings", "Office Hours settings"))
        self.path = path
        self._keyring_problem = keyring_problem
        try:
            self.raw: dict[str, Any] = read_data(path)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            self.raw = {}
            self._unreadable = str(exc)
        else:
            self._unreadable = ""
        keyring = keyring_problem()
        self.pages = QListWidget()
        self.pages.setObjectName("pages")
        self.stack = QStackedWidget()
        self.sections: dict[str, OptionForm] = {}
        for section in SECTIONS:
            if section == "auto_reply":
                continue  # its own page, after Accounts (issue 17)
            table = self.raw.get(section, {})
            form = OptionForm(
                [o for o in OPTIONS if o.section == section],
                table if isinstance(table, dict) else {},
                self.update_state,
            )
            self.sections[section] = form
            page = QWidget()
            column = QVBoxLayout(page)
            column.addWidget(form)
            column.addStretch(1)
            self._add_page(section_title(section), scrolled(page))
        self.clients = ListPage(
            [c for c in self.raw.get("clients", []) if isinstance(c, dict)],
            lambda table: ClientEditor(table, self.update_state, self._current_config),
            lambda n: {"id": f"client{n}", "name": tr("Settings", "New client")},
            self.update_state,
            "client",
        )
        self._add_page(tr("Settings", "Clients and terms"), self.clients)
        accounts_page = QWidget()
        column = QVBoxLayout(accounts_page)
        self.keyring_note = plain_label(keyring_words(keyring or ""), wrap=True)
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setStyleSheet(ERROR_STYLE)
        self.keyring_note.setVisible(bool(keyring))
        column.addWidget(self.keyring_note)
        self.accounts = ListPage(
            [a for a in self.raw.get("accounts", []) if isinstance(a, dict)],
            lambda table: AccountEditor(table, self.update_state, path.parent, keyring),
            lambda n: {"id": f"mail{n}", "host": "imap.example.com", "username": ""},
            self.update_state,
            "account",
            tr(
                "Settings",
                "No mail account yet. Press Add to let Office Hours watch a mailbox (IMAP) "
                "and count each client's mail; the password goes to your keyring.",
            ),
        )
        column.addWidget(self.accounts, 1)
        self.chat_secrets = ChatSecrets(keyring)
        column.addWidget(self.chat_secrets)
        self._add_page(tr("Settings", "Accounts"), accounts_page)
        from office_hours.ui.auto_reply_page import AutoReplyPage, config_timing

        reply_table = self.raw.get("auto_reply", {})
        general = self.raw.get("general", {})
        self.auto_reply = AutoReplyPage(
            dict(reply_table) if isinstance(reply_table, dict) else {},
            config_timing(path),
            self.update_state,
            language=str(general.get("language", "en")) if isinstance(general, dict) else "en",
        )
        self._add_page(tr("Settings", "Automatic answers"), scrolled(self.auto_reply))

        self.problem = plain_label(self._unreadable, wrap=True)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # As wide as the longest title in this language (Russian ones are long), no wider.
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setFixedWidth(self.pages.sizeHintForColumn(0) + 2 * self.pages.frameWidth() + 8)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages.setCurrentRow(0)
        self.update_state()
        self.fit_screen()

    def fit_screen(self) -> None:
        """As large as the pages need (Russian labels are long), at least 860x620, never
        larger than the screen."""
        hint = self.sizeHint().expandedTo(self.minimumSizeHint())
        width, height = max(860, hint.width()), max(620, hint.height())
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width()), min(height, area.height())
        self.resize(width, height)

    def _add_page(self, title: str, widget: QWidget) -> None:
        self.pages.addItem(title)
        self.stack.addWidget(widget)

    def show_page(self, title: str) -> None:
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item is not None and item.text() == title:
                self.pages.setCurrentRow(row)

    def problems(self) -> list[str]:
        out = [
            f"{section_title(s)} › {p}"
            for s, form in self.sections.items()
            for p in form.problems()
        ]
        out += self.clients.problems() + self.accounts.problems()
        out += self.auto_reply.problems() if hasattr(self, "auto_reply") else []
        return out

    def update_state(self) -> None:
        """Save only when every field would load; the first problem is named at the bottom
        (each field also shows its own)."""
        if not hasattr(self, "save_button"):
            return  # still building
        self.clients.refresh_titles()
        self.accounts.refresh_titles()
        problems = self.problems()
        self.save_button.setEnabled(not problems and not self._unreadable)
        if problems:
            self.problem.setText(problems[0])
        elif not self._unreadable:
            self.problem.setText("")

    def data(self) -> dict[str, Any]:
        """The whole file's new data: the old data with what the dialog changed."""
        data = copy.deepcopy(self.raw)
        for section, form in self.sections.items():
            had = isinstance(data.get(section), dict)
            table = data[section] if had else {}
            form.apply(table)
            if table or had:
                data[section] = table
        had = isinstance(data.get("auto_reply"), dict)
        reply_table = data["auto_reply"] if had else {}
        self.auto_reply.apply(reply_table)
        if reply_table or had:
            data["auto_reply"] = reply_table
        for key, page in (("clients", self.clients), ("accounts", self.accounts)):
            tables = page.tables()
            if tables or key in data:
                data[key] = tables
        return data

    def secrets(self) -> dict[str, str]:
        """keyring user -> typed secret (account ids and the chat secrets' users)."""
        out = {
            str(e.form.value("id")): e.password.text()
            for e in self.accounts.editors
            if e.password.text()
        }
        out.update(self.chat_secrets.values())
        return out

    def save(self) -> None:
        typed = self.secrets()
        if typed:
            problem = self._keyring_problem()
            if problem:  # nothing is written, least of all the password
                self.problem.setText(problem)
                return
        try:
            config = save_config(self.path, self.data(), secrets=typed.values())
        except ConfigError as exc:
            self.problem.setText(str(exc))
            return
        for user, value in typed.items():
            try:
                secrets.set_password(user, value)
            except secrets.SecretProblem as exc:
                self.problem.setText(
                    tr("Settings", "Settings saved, but not the password for {user}: {why}").format(
                        user=user, why=exc
                    )
                )
                self.saved.emit(config)
                return
        self.saved.emit(config)
        self.accept()

    def _current_config(self) -> Config:
        return load_config(self.path, create=False)
