"""The first-run wizard: hours and time zone, batch times, a first client, a mail account.

The app has already written the commented default config when this opens, and the tray
works beside it; Finish writes the answers through config.save (the password to the keyring
only), Cancel keeps the defaults. Every field is a declared option, checked by the loader.
"""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from office_hours import secrets
from office_hours.config.accounts import ACCOUNT_OPTIONS
from office_hours.config.load import ConfigError
from office_hours.config.save import read_data, save_config
from office_hours.config.schema import CLIENT_OPTIONS, OPTION_BY_KEY, OPTIONS, TERMS_OPTIONS
from office_hours.i18n import tr
from office_hours.ui.connection_test import ConnectionTest
from office_hours.ui.option_editors import OptionForm
from office_hours.ui.settings_lists import password_field
from office_hours.ui.widgets import name_wizard_buttons, plain_label

ACCOUNT_ID = "mail"
_CLIENT_KEYS = (
    "name",
    "contact_name",
    "id",
    "addresses",
    "after_hours",
    "surcharge_percent",
    "rate",
)


class CheckedPage(QWizardPage):
    """A page whose Next waits for `ready()`. PySide6 6.12.0 dropped a reference to True or
    False on every call of a Python isComplete() override (one per keystroke here), and
    Python 3.11 aborted after a few hundred; so no page overrides it: a hidden mandatory
    field holds "ok" while the page may be left, and QWizard's own isComplete() reads it."""

    _fields = 0

    def __init__(self) -> None:
        super().__init__()
        self._ready = QLineEdit(self)
        self._ready.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Next focuses the first field
        self._ready.hide()
        CheckedPage._fields += 1
        self.registerField(f"ready{CheckedPage._fields}*", self._ready)

    def ready(self) -> bool:
        raise NotImplementedError

    def refresh_ready(self) -> None:
        """Call once the page is added: QWizard takes a field's value at that moment as the
        "empty" one."""
        self._ready.setText("ok" if self.ready() else "")


class FormPage(CheckedPage):
    """A page of declared options; Next is enabled only when every field would load."""

    def __init__(self, title: str, intro: str, form: OptionForm) -> None:
        super().__init__()
        self.setTitle(title)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(intro, wrap=True))
        layout.addWidget(form)

    def ready(self) -> bool:
        return not self.form.problems()


class FirstRunWizard(QWizard):
    saved = Signal(object)  # the Config now in the file

    def __init__(
        self,
        path: Path,
        keyring_problem: Any = secrets.keyring_problem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("FirstRun", "Welcome to Office Hours"))
        name_wizard_buttons(self)
        self.path = path
        try:
            self.raw: dict[str, Any] = read_data(path)
        except (OSError, tomllib.TOMLDecodeError):
            self.raw = {}
        general = self.raw.get("general", {})
        hours = self.raw.get("hours", {})
        focus = self.raw.get("focus", {})
        self.hours_page = self._page(
            tr("FirstRun", "Business hours"),
            tr(
                "FirstRun",
                "When are you reachable? Outside these hours contact waits for the next "
                "working day. Ranges like 09:00-12:30, 13:30-18:00; leave a day empty when "
                "you do not work.",
            ),
            [OPTION_BY_KEY["general.timezone"], *(o for o in OPTIONS if o.section == "hours")],
            {**general, **hours},
        )
        self.batch_page = self._page(
            tr("FirstRun", "Batch times"),
            tr("FirstRun", "In focus, non-urgent contact is held and released at these times."),
            [OPTION_BY_KEY["focus.batch_times"]],
            focus,
        )
        client_options = [o for o in CLIENT_OPTIONS if o.name in _CLIENT_KEYS]
        client_options.sort(key=lambda o: _CLIENT_KEYS.index(o.name))
        response = next(o for o in TERMS_OPTIONS if o.name == "response_hours")
        self.client_page = self._page(
            tr("FirstRun", "Your first client"),
            tr(
                "FirstRun",
                "Who contacts you, and on what terms? Addresses may be *@domain for a whole "
                "company. You can add more clients in the settings.",
            ),
            [*client_options, response],
            {"id": "", "name": "", "after_hours": "emergencies_only"},
        )
        account_options = [o for o in ACCOUNT_OPTIONS if o.name in ("host", "port", "security")]
        account_options.append(next(o for o in ACCOUNT_OPTIONS if o.name == "username"))
        self.account_form = OptionForm(
            account_options,
            {"host": "", "username": ""},
            lambda: self.account_page.refresh_ready(),
        )
        self.account_page = AccountPage(self.account_form, keyring_problem(), path.parent)
        self.addPage(self.account_page)
        self.account_page.refresh_ready()
        self.problem = plain_label(wrap=True)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.account_page.layout().addWidget(self.problem)  # type: ignore[union-attr]
        self.resize(640, 560)

    def _page(self, title: str, intro: str, options: list[Any], table: dict[str, Any]) -> FormPage:
        holder: list[FormPage] = []
        form = OptionForm(options, table, lambda: holder[0].refresh_ready())
        page = FormPage(title, intro, form)
        holder.append(page)
        self.addPage(page)
        page.refresh_ready()
        return page

    def data(self) -> dict[str, Any]:
        """The config file's data: the defaults with the answers."""
        data = copy.deepcopy(self.raw)
        data.setdefault("config_version", 1)
        general = data.setdefault("general", {})
        hours = data.setdefault("hours", {})
        general["timezone"] = self.hours_page.form.value("timezone")
        for name, editor in self.hours_page.form.editors.items():
            if name != "timezone":
                hours[name] = editor.value()
        data.setdefault("focus", {})["batch_times"] = self.batch_page.form.value("batch_times")
        client: dict[str, Any] = {}
        for option in CLIENT_OPTIONS:  # in the declared order: id, name, …
            if option.name in _CLIENT_KEYS:
                client[option.name] = self.client_page.form.value(option.name)
        hours_to_answer = self.client_page.form.value("response_hours")
        if hours_to_answer:
            client["terms"] = {"email": {"response_hours": hours_to_answer}}
        data["clients"] = [client]  # instead of the example client
        account = self.account()
        if account is not None:
            data["accounts"] = [account]
        return data

    def account(self) -> dict[str, Any] | None:
        """The mail account's table, or None when the user added none."""
        form = self.account_form
        if not str(form.value("host")).strip():
            return None
        table = {"id": ACCOUNT_ID}
        table.update({name: form.value(name) for name in form.editors})
        return table

    def accept(self) -> None:
        """Finish: write the config, then the password to the keyring; stay open on a
        problem, naming it."""
        password = self.account_page.password.text() if self.account() else ""
        try:
            config = save_config(self.path, self.data(), secrets=[password])
        except ConfigError as exc:
            self.problem.setText(str(exc))
            return
        if password:
            try:
                secrets.set_password(ACCOUNT_ID, password)
            except secrets.SecretProblem as exc:
                self.problem.setText(str(exc))
                self.saved.emit(config)
                return
        self.saved.emit(config)
        super().accept()


class AccountPage(CheckedPage):
    """Optional: an IMAP account, its password (to the keyring) and a connection test."""

    def __init__(self, form: OptionForm, keyring: str | None, config_dir: Path) -> None:
        super().__init__()
        self.setTitle(tr("FirstRun", "Mail account (optional)"))
        self.form = form
        self.password = password_field(tr("FirstRun", "kept in your keyring, never in a file"))
        self.password.setObjectName("password")
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                tr(
                    "FirstRun",
                    "Office Hours can watch your mailbox (IMAP) and count each client's mail. "
                    "Leave the server empty to skip this; the settings can add it later. "
                    "The account starts being watched at the next start.",
                ),
                wrap=True,
            )
        )
        layout.addWidget(form)
        layout.addWidget(self.password)
        if keyring:
            self.password.setEnabled(False)
            note = plain_label(keyring, wrap=True)
            note.setObjectName("keyring_note")
            note.setStyleSheet("color: #b00020;")
            layout.addWidget(note)
        self.test = ConnectionTest(self.table, self.password.text, config_dir)
        layout.addWidget(self.test)

    def table(self) -> dict[str, Any]:
        return {"id": ACCOUNT_ID, **{name: self.form.value(name) for name in self.form.editors}}

    def ready(self) -> bool:
        if not str(self.form.value("host")).strip():
            return True  # no account
        return not self.form.problems() and bool(str(self.form.value("username")).strip())
