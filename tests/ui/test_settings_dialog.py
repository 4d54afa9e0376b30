"""The settings dialog: built from the declarations, refuses what would not load, saves
with comments kept, applies at once, and never writes a secret where no keyring is."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from office_hours.config.load import parse_config
from office_hours.config.schema import OPTIONS, Option
from office_hours.domain.model import Channel, Item
from office_hours.engine import Engine
from office_hours.secrets import NO_KEYRING
from office_hours.ui import settings_dialog
from office_hours.ui.auto_reply_page import TEMPLATE_KEYS
from office_hours.ui.settings_dialog import SettingsDialog
from office_hours.ui.settings_lists import ClientEditor
from office_hours.ui.shell import Shell

pytestmark = pytest.mark.gui

COMMENTED = """\
# my notes: do not lose them
config_version = 1

[general]
timezone = "Europe/Berlin"  # home
language = "en"

[hours]
monday = ["09:00-18:00"]
wednesday = ["09:00-18:00"]  # long day

[[clients]]
id = "acme"
name = "ACME"
addresses = ["*@acme.com"]  # the whole company
"""


def no_keyring_problem() -> str | None:
    return None


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(COMMENTED, encoding="utf-8")
    return p


def open_dialog(qtbot, path: Path, keyring=no_keyring_problem) -> SettingsDialog:
    dialog = SettingsDialog(path, keyring_problem=keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def field(dialog: SettingsDialog, section: str, name: str) -> QWidget:
    return dialog.sections[section].editors[name].widget


def test_pages_follow_the_declared_sections(qtbot, path: Path) -> None:
    dialog = open_dialog(qtbot, path)
    titles = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert titles[:5] == [
        "General and language",
        "Business hours",
        "Focus and batches",
        "Urgency",
        "Weekly report",
    ]
    assert titles[-3:] == ["Clients and terms", "Accounts", "Automatic answers"]
    declared = {o.key for o in OPTIONS}
    shown = {f"{s}.{n}" for s, form in dialog.sections.items() for n in form.editors}
    # [auto_reply] has its own page: options in a form, the notes in the template editor
    shown |= {f"auto_reply.{n}" for n in dialog.auto_reply.form.editors}
    shown |= {f"auto_reply.{k}" for k in TEMPLATE_KEYS}
    assert shown == declared
    assert isinstance(field(dialog, "general", "notifications"), QCheckBox)
    assert isinstance(field(dialog, "general", "timezone"), QComboBox)
    assert field(dialog, "general", "timezone").currentText() == "Europe/Berlin"
    language = field(dialog, "general", "language")
    assert [language.itemText(i) for i in range(3)] == ["English", "Русский", "ไทย"]
    after_hours = dialog.clients.editors[0].form.editors["after_hours"]
    assert after_hours.widget.currentText() == "Emergencies only"
    assert after_hours.value() == "emergencies_only"


def test_a_section_declared_later_gets_its_page(qtbot, path: Path, monkeypatch) -> None:
    extra = Option("matrix.homeserver", "str", "", "Your Matrix homeserver URL.")
    monkeypatch.setattr(settings_dialog, "OPTIONS", (*OPTIONS, extra))
    monkeypatch.setattr(settings_dialog, "SECTIONS", (*settings_dialog.SECTIONS, "matrix"))
    dialog = open_dialog(qtbot, path)
    titles = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert "Matrix" in titles
    assert isinstance(field(dialog, "matrix", "homeserver"), QLineEdit)


def test_invalid_input_is_refused_with_the_reason(qtbot, path: Path) -> None:
    dialog = open_dialog(qtbot, path)
    assert dialog.save_button.isEnabled()
    field(dialog, "general", "timezone").setCurrentText("Mars/Olympus")
    error = dialog.sections["general"].errors["timezone"]
    assert error.isVisible()
    assert error.text() == "'Mars/Olympus' is not an IANA time zone like Europe/Berlin"
    assert error.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.save_button.isEnabled()
    assert "Mars/Olympus" in dialog.problem.text()
    field(dialog, "general", "timezone").setCurrentText("Asia/Bangkok")
    field(dialog, "hours", "monday").setText("18:00-09:00")
    assert dialog.sections["hours"].errors["monday"].text() == (
        "'18:00-09:00' ends before it starts"
    )
    assert not dialog.save_button.isEnabled()
    field(dialog, "hours", "monday").setText("09:00-17:00")
    client = dialog.clients.editors[0]
    client.form.editors["id"].widget.setText("Not A Slug")
    assert "must be lower-case letters" in client.form.errors["id"].text()
    assert not dialog.save_button.isEnabled()
    dialog.save()  # even when called directly: nothing written
    assert path.read_text(encoding="utf-8") == COMMENTED


def test_save_keeps_comments_and_the_app_uses_the_new_settings(
    qtbot, path: Path, clock, tmp_path: Path
) -> None:
    from office_hours.storage.store import Store

    store = Store(tmp_path / "db.sqlite3")
    engine = Engine(parse_config(COMMENTED, path), store, clock)
    shell = Shell(engine)
    shell.settings()
    dialog = shell.window("settings")
    assert isinstance(dialog, SettingsDialog)
    field(dialog, "hours", "wednesday").setText("")  # Wednesday off
    field(dialog, "focus", "batch_times").setText("11:00, 16:00")
    client = dialog.clients.editors[0]
    client.form.editors["addresses"].widget.setText("*@acme.com, boss@acme.org")
    client.terms["call"].editors["response_hours"].widget.setValue(4.0)
    with qtbot.waitSignal(shell.config_changed):
        dialog.save_button.click()
    text = path.read_text(encoding="utf-8")
    for comment in ("# my notes: do not lose them", "# home", "# long day", "# the whole company"):
        assert comment in text
    assert "wednesday = []  # long day" in text
    assert engine.config.hours.windows.ranges(3) == ()
    assert [t.strftime("%H:%M") for t in engine.config.batch_times] == ["11:00", "16:00"]
    item = Item("t", "1", Channel.EMAIL, "boss@acme.org", "hi", datetime.now(UTC))
    assert engine.client_for(item).client_id == "acme"
    assert shell.window("settings").isHidden()
    shell.close_windows()
    store.close()


def test_clients_are_added_renamed_and_removed(qtbot, path: Path) -> None:
    dialog = open_dialog(qtbot, path)
    dialog.clients.add.click()
    new = dialog.clients.editors[-1]
    assert isinstance(new, ClientEditor)
    new.form.editors["id"].widget.setText("romashka")
    new.form.editors["name"].widget.setText("ООО Ромашка")
    new.form.editors["after_hours"].set_value("with_surcharge")
    new.form.editors["surcharge_percent"].widget.setValue(50)
    new.terms["chat"].editors["windows"].days["monday"].setText("10:00-11:00")
    assert dialog.clients.entries.item(1).text() == "ООО Ромашка"  # the list follows a rename
    dialog.clients.entries.setCurrentRow(0)
    dialog.clients.remove.click()
    dialog.save_button.click()
    config = parse_config(path.read_text(encoding="utf-8"), path)
    assert [c.client_id for c in config.clients] == ["romashka"]
    terms = config.clients[0].terms
    assert terms.after_hours.value == "with_surcharge"
    assert terms.surcharge_percent == 50
    assert terms.for_channel(Channel.CHAT).windows.ranges(1)[0].start.hour == 10


def test_without_a_keyring_the_dialog_says_so_and_stores_nothing(qtbot, path: Path) -> None:
    dialog = open_dialog(qtbot, path, keyring=lambda: NO_KEYRING)
    dialog.show_page("Accounts")
    note = dialog.findChild(QLabel, "keyring_note")
    assert note.isVisible()
    assert "gnome-keyring" in note.text()
    assert "KWallet" in note.text()
    assert "without a desktop" in note.text()
    dialog.accounts.add.click()
    account = dialog.accounts.editors[0]
    assert not account.password.isEnabled()
    assert not dialog.chat_secrets.fields["slack"].isEnabled()


def test_a_keyring_gone_at_save_time_writes_nothing(qtbot, path: Path) -> None:
    answers = iter([None])
    dialog = open_dialog(qtbot, path, keyring=lambda: next(answers, NO_KEYRING))
    dialog.chat_secrets.fields["slack"].setText("xoxp-secret-token")
    field(dialog, "general", "notifications").setChecked(False)
    dialog.save_button.click()
    assert dialog.problem.text() == NO_KEYRING
    assert dialog.isVisible()
    assert path.read_text(encoding="utf-8") == COMMENTED
    assert not path.with_name("config.toml.bak").exists()


@pytest.mark.parametrize("suffix", ["pdf", "html", "md"])
def test_terms_sheet_button_writes_the_saved_clients_sheet(
    qtbot, path: Path, tmp_path: Path, monkeypatch, suffix: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / f"acme-terms.{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = open_dialog(qtbot, path)
    editor = dialog.clients.editors[0]
    assert editor.sheet.isEnabled()
    editor.sheet.click()
    assert out.is_file()
    assert str(out) in editor.sheet_result.text()
    if suffix == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
    else:
        assert "ACME" in out.read_text(encoding="utf-8")


@pytest.fixture
def thai(qapp):
    """The Thai catalogue installed for one test, then removed again."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from office_hours import i18n

    before = len(i18n._installed)
    assert i18n.install_translator("th")
    yield
    for translator in i18n._installed[before:]:
        if isinstance(translator, QTranslator):
            QCoreApplication.removeTranslator(translator)
    del i18n._installed[before:]


def test_in_thai_the_buttons_and_page_titles_are_thai_and_fit(qtbot, path: Path, thai) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = open_dialog(qtbot, path)
    sb = QDialogButtonBox.StandardButton
    assert dialog.buttons.button(sb.Save).text() == "บันทึก"  # Qt itself ships no Thai
    assert dialog.buttons.button(sb.Cancel).text() == "ยกเลิก"
    titles = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert "เวลาทำการ" in titles
    widest = max(dialog.pages.fontMetrics().horizontalAdvance(t) for t in titles)
    assert dialog.pages.viewport().width() >= widest  # no title cut off


def test_the_accounts_page_says_what_to_do_while_empty(qtbot, path: Path) -> None:
    dialog = SettingsDialog(path, keyring_problem=no_keyring_problem)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_page("Accounts")
    hint = dialog.accounts.empty_hint
    assert hint.isVisible()
    assert hint.text().startswith("No mail account yet. Press Add")
    qtbot.mouseClick(dialog.accounts.add, Qt.MouseButton.LeftButton)
    assert not hint.isVisible()  # an account to edit now
    qtbot.mouseClick(dialog.accounts.remove, Qt.MouseButton.LeftButton)
    assert hint.isVisible()


def test_secret_fields_say_not_set_until_one_is_saved(qtbot, path: Path) -> None:
    from helpers.memory_keyring import memory_keyring
    from office_hours import secrets
    from office_hours.config.schema import CHAT_SECRETS

    first, second = CHAT_SECRETS[0].keyring_user, CHAT_SECRETS[1].keyring_user
    with memory_keyring() as stored:
        secrets.set_password(first, "xoxp-saved")
        dialog = SettingsDialog(path, keyring_problem=no_keyring_problem)
        qtbot.addWidget(dialog)
        fields = dialog.chat_secrets.fields
        assert fields[first].placeholderText() == "unchanged (kept in your keyring)"
        assert fields[second].placeholderText() == "not set"
        assert stored.get_password("office-hours", second) is None
