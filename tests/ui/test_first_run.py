"""The first-run wizard: a new user sets up hours, batches and a client, and the running app
uses them at once; Cancel keeps the commented defaults; the tray stays usable meanwhile."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.errors import PasswordSetError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from helpers.memory_keyring import MemoryKeyring, memory_keyring
from office_hours import paths
from office_hours.app import run_app, wants_first_run
from office_hours.config import load_config
from office_hours.config.defaults import default_text
from office_hours.domain.model import Channel, Item, ModeKind
from office_hours.engine import Engine
from office_hours.setup_state import marker_file, setup_done
from office_hours.storage.store import Store
from office_hours.ui.first_run import FirstRunWizard
from office_hours.ui.shell import Shell

pytestmark = pytest.mark.gui


@pytest.fixture
def new_user(home: Path, clock):
    """What the app has at a first start: the commented default file, an engine over it."""
    config = load_config(paths.config_file())  # writes the defaults, as the app does
    store = Store(paths.database_file())
    yield Engine(config, store, clock)
    store.close()


def next_page(qtbot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wizard.currentPage().title()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_user_completes_the_wizard_and_the_app_uses_it(qtbot, new_user: Engine) -> None:
    engine = new_user
    assert engine.status().mode.kind is ModeKind.REACHABLE  # Wednesday 09:00 UTC, defaults
    shell = Shell(engine)
    shell.first_run()
    wizard = shell.window("first_run")
    assert isinstance(wizard, FirstRunWizard)
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.welcome_page
    next_page(qtbot, wizard)

    hours = wizard.hours_page.form.editors
    hours["timezone"].widget.setCurrentText("Asia/Bangkok")
    hours["wednesday"].widget.setText("08:00-12:00")  # 16:00 in Bangkok: after hours
    hours["saturday"].widget.setText("10:00-14:00")
    next_page(qtbot, wizard)

    wizard.batch_page.form.editors["batch_times"].widget.setText("11:00, 17:30")
    next_page(qtbot, wizard)

    client = wizard.client_page.form.editors
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no name yet
    assert wizard.client_page.form.errors["id"].isHidden()  # untouched: no red error yet
    client["name"].widget.setText("ООО Ромашка")
    assert client["id"].value() == "ooo-romashka"  # derived from the name
    client["contact_name"].widget.setText("Иван Петров")  # whom the drafts greet
    client["id"].widget.setText("Romashka!")
    assert not wizard.client_page.isComplete()
    assert "lower-case" in wizard.client_page.form.errors["id"].text()
    client["id"].widget.setText("romashka")
    client["addresses"].widget.setText("*@romashka.ru")
    client["after_hours"].set_value("with_surcharge")
    client["surcharge_percent"].widget.setValue(50)
    client["rate"].widget.setValue(60)
    client["currency"].widget.setText("USD")
    client["billed_hours_per_week"].widget.setValue(10)
    client["response_hours"].widget.setValue(8)
    next_page(qtbot, wizard)

    assert wizard.currentPage() is wizard.account_page  # optional: left empty
    with qtbot.waitSignal(shell.config_changed):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    config = load_config(paths.config_file(), create=False)  # what the next start reads
    assert config.timezone == "Asia/Bangkok"
    assert [t.strftime("%H:%M") for t in config.batch_times] == ["11:00", "17:30"]
    assert [c.client_id for c in config.clients] == ["romashka"]  # the example is gone
    romashka = config.clients[0]
    assert romashka.name == "ООО Ромашка"
    assert romashka.contact_name == "Иван Петров"
    assert romashka.rate == 60
    assert romashka.billed_hours_per_week == 10
    assert config.currency == "USD"
    assert romashka.terms.surcharge_percent == 50
    assert romashka.terms.for_channel(Channel.EMAIL).response_hours == 8
    assert config.accounts == ()
    # The running engine uses them: after hours in Bangkok, and the client's mail matches.
    assert engine.config.timezone == "Asia/Bangkok"
    assert engine.status().mode.kind is ModeKind.OFF_HOURS
    item = Item("t", "1", Channel.EMAIL, "ivan@romashka.ru", "Счёт", datetime.now(UTC))
    assert engine.client_for(item).client_id == "romashka"
    shell.close_windows()


def test_cancel_keeps_the_commented_defaults(qtbot, new_user: Engine) -> None:
    shell = Shell(new_user)
    shell.first_run()
    wizard = shell.window("first_run")
    wizard.hours_page.form.editors["timezone"].widget.setCurrentText("Asia/Bangkok")
    wizard.reject()
    assert paths.config_file().read_text(encoding="utf-8") == default_text("UTC")
    shell.close_windows()


def test_the_wizard_opens_only_until_setup_is_over(monkeypatch) -> None:
    monkeypatch.delenv("OFFICE_HOURS_BENCH_READY", raising=False)
    monkeypatch.setenv("OFFICE_HOURS_FIRST_RUN", "1")
    assert wants_first_run(lambda: False)
    assert not wants_first_run(lambda: True)
    monkeypatch.setenv("OFFICE_HOURS_BENCH_READY", "1")  # the start-up benchmark
    assert not wants_first_run(lambda: False)
    monkeypatch.delenv("OFFICE_HOURS_BENCH_READY")
    monkeypatch.setenv("OFFICE_HOURS_FIRST_RUN", "0")  # tests, scripted installs
    assert not wants_first_run(lambda: False)


def test_setup_is_over_when_finished_or_dismissed_not_when_a_config_exists(
    qtbot, home: Path
) -> None:
    """install.sh runs `office-hours status`, which writes the default config: still a first
    run. Dismissing the wizard ends it; a config edited by hand (an older install) too."""
    config_path = paths.config_file()
    assert not setup_done(config_path)  # nothing yet
    load_config(config_path)  # what `office-hours status` does
    assert not setup_done(config_path)
    wizard = FirstRunWizard(config_path)
    qtbot.addWidget(wizard)
    wizard.reject()
    assert setup_done(config_path)
    assert marker_file().read_text(encoding="utf-8").strip() == "dismissed"
    marker_file().unlink()
    config_path.write_text(config_path.read_text(encoding="utf-8") + "\n# mine\n", encoding="utf-8")
    assert setup_done(config_path)


def test_the_app_shows_the_wizard_beside_a_usable_tray(qtbot, home: Path, monkeypatch) -> None:
    monkeypatch.setenv("OFFICE_HOURS_FIRST_RUN", "1")
    seen: dict[str, object] = {}

    def check() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)]
        if not wizards or not wizards[0].isVisible():
            QTimer.singleShot(50, check)
            return
        seen["modal"] = QApplication.activeModalWidget()
        seen["file"] = paths.config_file().read_text(encoding="utf-8")
        wizards[0].reject()
        QApplication.instance().quit()

    QTimer.singleShot(0, check)
    QTimer.singleShot(15_000, QApplication.instance().quit)  # a bound, should it never show
    assert run_app([]) == 0
    assert "modal" in seen, "the wizard never opened"
    assert seen["modal"] is None  # not modal: the tray's menu works meanwhile
    assert seen["file"] == default_text("UTC")  # the defaults are in place while it is open


def test_typing_at_length_keeps_pythons_true_and_false_alive(qtbot, new_user: Engine) -> None:
    """PySide6 6.12 drops a reference to True/False per call of a Python isComplete()
    override, and Python aborts after a few hundred calls (one per keystroke): the wizard
    must not rely on one. 2000 edits would have taken the refcount of True below zero."""
    import sys

    wizard = FirstRunWizard(paths.config_file())
    qtbot.addWidget(wizard)
    wizard.show()
    before = sys.getrefcount(True), sys.getrefcount(False)
    name = wizard.hours_page.form.editors["monday"].widget
    for n in range(2000):
        name.setText("09:00-18:00" if n % 2 else "09:00-")  # valid, invalid, valid, …
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 50, (before, after)
    assert after[1] >= before[1] - 50, (before, after)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_language_page_applies_the_choice_at_once(qtbot, new_user: Engine) -> None:
    wizard = FirstRunWizard(paths.config_file())
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.welcome_page.combo
    try:
        combo.setCurrentIndex(combo.findData("ru"))
        assert wizard.welcome_page.title() == "Добро пожаловать в Office Hours"
        assert wizard.hours_page.title() != "Business hours"  # the later pages speak Russian
        assert wizard.button(QWizard.WizardButton.NextButton).text() != "&Next >"
        next_page(qtbot, wizard)
        assert wizard.currentPage() is wizard.hours_page
        assert wizard.data()["general"]["language"] == "ru"
    finally:
        combo.setCurrentIndex(combo.findData("en"))  # the other tests speak English
    assert wizard.hours_page.title() == "Business hours"
    combo.setCurrentIndex(combo.findData("th"))
    assert wizard.hours_page.title() != "Business hours"
    wizard.reject()  # nothing saved: the app speaks English again
    again = FirstRunWizard(paths.config_file())
    qtbot.addWidget(again)
    assert again.hours_page.title() == "Business hours"


class DismissedPrompt(MemoryKeyring):
    """The Secret Service when the user cancels its unlock prompt: secretstorage raises,
    keyring turns it into PasswordSetError("Prompt dismissed.")."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("Prompt dismissed.")


def _fill_account(qtbot, wizard: FirstRunWizard) -> None:
    wizard.client_page.form.editors["name"].widget.setText("ACME")
    wizard.account_form.editors["host"].widget.setText("127.0.0.1")
    wizard.account_form.editors["username"].widget.setText("alice")
    wizard.account_page.password.setText("alicepw")
    for _ in range(4):
        next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.account_page


def test_a_dismissed_keyring_prompt_leaves_the_config_untouched(qtbot, new_user: Engine) -> None:
    """The user cancels the keyring's prompt: the account is not written without its
    password, and the wizard says so plainly and stays open; a second Finish works."""
    before = paths.config_file().read_text(encoding="utf-8")
    previous = keyring.get_keyring()
    keyring.set_keyring(DismissedPrompt())
    try:
        wizard = FirstRunWizard(paths.config_file())
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.account_page.password.isEnabled()  # a keyring is there
        _fill_account(qtbot, wizard)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert wizard.isVisible()
        assert "nothing was saved" in wizard.problem.text()
        assert "Prompt dismissed" in wizard.problem.text()
        assert paths.config_file().read_text(encoding="utf-8") == before
        assert not marker_file().exists()  # not finished yet
    finally:
        keyring.set_keyring(previous)
    with memory_keyring() as stored:  # the prompt accepted this time
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert not wizard.isVisible()
        assert stored.get_password("office-hours", "mail") == "alicepw"
    config = load_config(paths.config_file(), create=False)
    assert [(a.account_id, a.host, a.username) for a in config.accounts] == [
        ("mail", "127.0.0.1", "alice")
    ]
