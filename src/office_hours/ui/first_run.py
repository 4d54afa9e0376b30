"""The first-run wizard: welcome and language, hours and time zone, batch times, a first
client (with what it pays: rate, currency, billed hours), a mail account.

The app has already written the commented default config when this opens, and the tray
works beside it; Finish stores the password in the keyring first and only then writes the
answers through config.save, so a refused keyring leaves nothing half-written. Cancel keeps
the defaults. Either way setup_state records that setup is over. Every field is a declared
option, checked by the loader.
"""

from __future__ import annotations

import copy
import logging
import re
import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from office_hours import secrets
from office_hours.config.accounts import ACCOUNT_OPTIONS
from office_hours.config.load import ConfigError, parse_config
from office_hours.config.save import dump, read_data, save_config
from office_hours.config.schema import (
    CLIENT_OPTIONS,
    LANGUAGES,
    OPTION_BY_KEY,
    OPTIONS,
    TERMS_OPTIONS,
)
from office_hours.i18n import switch_language, tr
from office_hours.setup_state import mark_setup_done
from office_hours.ui.connection_test import ConnectionTest
from office_hours.ui.option_editors import LANGUAGE_NAMES, OptionForm
from office_hours.ui.settings_lists import password_field
from office_hours.ui.widgets import keyring_words, name_wizard_buttons, plain_label

log = logging.getLogger(__name__)

ACCOUNT_ID = "mail"
_CLIENT_KEYS = (
    "name",
    "contact_name",
    "id",
    "addresses",
    "rate",
    "billed_hours_per_week",
    "after_hours",
    "surcharge_percent",
)
# The client page in this order; "currency" is report.currency, "response_hours" a term.
_CLIENT_PAGE = ("name", "contact_name", "id", "addresses", "rate", "currency",
                "billed_hours_per_week", "after_hours", "surcharge_percent",
                "response_hours")  # fmt: skip
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya".split(),
        strict=True,
    )
)


def client_id_from(name: str) -> str:
    """A command-line id from the client's name: "ООО Ромашка" -> "ooo-romashka"; a name
    with no Latin or Cyrillic letters (Thai) gives "client", which the user may change."""
    out = []
    for ch in name.lower():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch].strip("-"))
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append("-")
    slug = re.sub(r"-+", "-", "".join(out)).strip("-")[:64].strip("-")
    return slug or "client"


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
        self.path = path
        self._keyring_problem = keyring_problem
        try:
            self.raw: dict[str, Any] = read_data(path)
        except (OSError, tomllib.TOMLDecodeError):
            self.raw = {}
        self.language = str(self.raw.get("general", {}).get("language", "en"))
        self._started_in = self.language  # Cancel goes back to it
        self.welcome_page = WelcomePage(self.language)
        self.welcome_page.language_chosen.connect(self.choose_language)
        self.addPage(self.welcome_page)
        self._chrome: tuple[int, int] | None = None
        self._build_pages()
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self.fit_pages))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit_pages)

    def fit_pages(self) -> None:
        """As tall as the tallest page needs at a readable width (wrapped Thai and Russian
        texts included): a top-level window does not grow with heightForWidth by itself, and
        a squeezed page cuts its labels."""
        page = self.currentPage()
        if page is None or not self.isVisible():
            return
        if self._chrome is None:  # title and buttons: measured once, on the shown first page
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self._chrome = (self.width() - page.width(), self.height() - page.height())
        chrome_w, chrome_h = self._chrome
        width = max(self.width(), self.fontMetrics().averageCharWidth() * 90)
        inner = width - chrome_w
        need = 0
        for page_id in self.pageIds():
            layout = self.page(page_id).layout()
            if layout is None:
                continue
            height = layout.totalSizeHint().height()
            if layout.hasHeightForWidth():
                height = max(height, layout.totalHeightForWidth(inner))
            need = max(need, height)
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width()), min(need + chrome_h, screen.height()))

    def choose_language(self, language: str) -> None:
        """The language page applies its choice at once: every later page is rebuilt in it
        (nothing has been typed in them yet)."""
        if language == self.language:
            return
        self.language = language
        if not switch_language(language):
            log.warning("no translation for %r; the wizard stays in English", language)
        for page_id in self.pageIds()[1:]:
            page = self.page(page_id)
            self.removePage(page_id)
            page.deleteLater()
        self.welcome_page.retranslate()
        self._build_pages()
        self.restart()  # on the welcome page still; QWizard re-reads its buttons for the new pages

    def _build_pages(self) -> None:
        self.setWindowTitle(tr("FirstRun", "Welcome to Office Hours"))
        name_wizard_buttons(self)
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
        by_name = {o.name: o for o in CLIENT_OPTIONS if o.name in _CLIENT_KEYS}
        by_name["currency"] = OPTION_BY_KEY["report.currency"]
        by_name["response_hours"] = next(o for o in TERMS_OPTIONS if o.name == "response_hours")
        self.client_page = self._page(
            tr("FirstRun", "Your first client"),
            tr(
                "FirstRun",
                "Who contacts you, and on what terms? Addresses may be *@domain for a whole "
                "company. With the rate and the hours a week the client pays for, the weekly "
                "report can show your effective rate and when to ask for a raise. You can add "
                "more clients in the settings.",
            ),
            [by_name[name] for name in _CLIENT_PAGE],
            {
                "id": "",
                "name": "",
                "after_hours": "emergencies_only",
                "currency": self.raw.get("report", {}).get("currency", "EUR"),
            },
        )
        self._id_by_hand = False
        client = self.client_page.form.editors
        client["name"].widget.textChanged.connect(self._derive_id)  # type: ignore[attr-defined]
        client["id"].widget.textEdited.connect(self._id_edited)  # type: ignore[attr-defined]
        account_options = [o for o in ACCOUNT_OPTIONS if o.name in ("host", "port", "security")]
        account_options.append(next(o for o in ACCOUNT_OPTIONS if o.name == "username"))
        # Auto-replies (issue 17) need the SMTP server; port and security keep their defaults.
        account_options.append(next(o for o in ACCOUNT_OPTIONS if o.name == "smtp_host"))
        self.account_form = OptionForm(
            account_options,
            {"host": "", "username": ""},
            lambda: self.account_page.refresh_ready(),
            help_lines=False,
        )
        self.account_page = AccountPage(
            self.account_form, self._keyring_problem(), self.path.parent
        )
        self.addPage(self.account_page)
        self.account_page.refresh_ready()
        self.problem = plain_label(wrap=True)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.account_page.layout().addWidget(self.problem)  # type: ignore[union-attr]

    def _id_edited(self, text: str) -> None:
        self._id_by_hand = bool(text.strip())  # cleared: derive from the name again

    def _derive_id(self, name: str) -> None:
        if not self._id_by_hand:
            self.client_page.form.set_value("id", client_id_from(name) if name.strip() else "")

    def _page(self, title: str, intro: str, options: list[Any], table: dict[str, Any]) -> FormPage:
        holder: list[FormPage] = []
        # No help lines: the page's intro explains, and the wizard must fit a small screen.
        form = OptionForm(options, table, lambda: holder[0].refresh_ready(), help_lines=False)
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
        general["language"] = self.language
        data.setdefault("report", {})["currency"] = self.client_page.form.value("currency")
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
        """Finish: check the answers, store the password in the keyring, and only then write
        the config, so a refused keyring leaves no account without its password. Stays open
        on a problem, naming it."""
        password = self.account_page.password.text() if self.account() else ""
        data = self.data()
        try:
            parse_config(dump(data), self.path)  # what the loader would say, before anything
        except ConfigError as exc:
            self.problem.setText(str(exc))
            return
        if password:
            try:
                secrets.set_password(ACCOUNT_ID, password)
            except secrets.SecretProblem as exc:
                self.problem.setText(
                    tr(
                        "FirstRun",
                        "The password was not stored in your keyring ({reason}), so nothing "
                        "was saved yet. Press Finish to try again, or clear the server field "
                        "to finish without the mail account.",
                    ).format(reason=str(exc).rstrip("."))
                )
                return
        try:
            config = save_config(self.path, data, secrets=[password])
        except ConfigError as exc:
            self.problem.setText(str(exc))
            return
        self.saved.emit(config)
        super().accept()

    def done(self, result: int) -> None:
        """Finished or dismissed, setup is over: the wizard does not open at the next start."""
        try:
            mark_setup_done("finished" if result else "dismissed")
        except OSError as exc:
            log.warning("cannot record that setup is over: %s", exc)
        if not result and self.language != self._started_in:
            switch_language(self._started_in)  # nothing saved: the app speaks as before
        super().done(result)


class WelcomePage(QWizardPage):
    """What the app does, in three lines, and the language it speaks from now on."""

    language_chosen = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.intro = plain_label(wrap=True)
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        for code in LANGUAGES:
            self.combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(language)))
        self.language_label = plain_label()
        self.language_label.setBuddy(self.combo)
        self.form = QFormLayout()
        self.form.addRow(self.language_label, self.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()
        self.combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.combo.currentData())
        )

    def retranslate(self) -> None:
        self.setTitle(tr("FirstRun", "Welcome to Office Hours"))
        self.intro.setText(
            tr(
                "FirstRun",
                "Office Hours keeps you in focus when you choose, lets clients through when "
                "you are reachable, holds the rest for a few batches a day, and once a week "
                "shows what each client's contact costs you. A few questions, and it is "
                "ready.",
            )
        )
        self.language_label.setText(tr("FirstRun", "Language"))


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
        form_layout = form.layout()
        assert isinstance(form_layout, QFormLayout)
        form_layout.addRow(tr("FirstRun", "Password"), self.password)
        if keyring:
            self.password.setEnabled(False)
            note = plain_label(keyring_words(keyring), wrap=True)
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
