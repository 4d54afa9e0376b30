"""The auto-reply settings page: the preview follows every keystroke, switching language
and mode keeps each note, and only changed notes are written."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from office_hours.domain.auto_reply import DEFAULT_TEMPLATES, ReplyTiming
from office_hours.domain.model import ModeKind
from office_hours.ui.auto_reply_page import AutoReplyPage

pytestmark = pytest.mark.gui

NOW = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)  # Friday evening
TIMING = ReplyTiming(
    "UTC",
    (time(10), time(17)),
    datetime(2026, 12, 7, 10, 0, tzinfo=UTC),
    datetime(2026, 12, 7, 9, 0, tzinfo=UTC),
)


def test_live_preview_and_what_is_saved(qtbot) -> None:
    changed: list[int] = []
    page = AutoReplyPage(
        {"ru_focus": "Свой текст {next_batch}"}, lambda: (NOW, TIMING), lambda: changed.append(1)
    )
    qtbot.addWidget(page)
    t = page.templates
    assert t.editor.toPlainText() == DEFAULT_TEMPLATES[("en", ModeKind.FOCUS)]
    assert "I read mail at 10:00 and 17:00" in t.preview.toPlainText()
    t.show_note("ru", "off_hours")
    assert "в понедельник в 09:00" in t.preview.toPlainText()
    assert '"СРОЧНО"' in t.preview.toPlainText()
    t.show_note("ru", "focus")
    assert t.preview.toPlainText() == "Свой текст в понедельник в 10:00\n"
    t.editor.setPlainText("Отвечу {next_business_day}.")
    assert t.preview.toPlainText() == "Отвечу в понедельник в 09:00.\n"
    assert changed
    t.show_note("th", "off_hours")
    assert "วันจันทร์ เวลา 09:00" in t.preview.toPlainText()
    t.show_note("ru", "focus")
    assert t.editor.toPlainText() == "Отвечу {next_business_day}."  # kept while switching
    table: dict[str, object] = {"period_days": 7}
    page.apply(table)
    assert table == {"period_days": 7, "ru_focus": "Отвечу {next_business_day}."}
    t.reset.click()
    page.apply(table)
    assert "ru_focus" not in table


def test_a_broken_template_previews_as_written(qtbot) -> None:
    page = AutoReplyPage({}, lambda: (NOW, TIMING))
    qtbot.addWidget(page)
    page.templates.editor.setPlainText("Back {0} {")
    assert page.templates.preview.toPlainText() == "Back {0} {\n"
    assert page.templates.preview.isReadOnly()


def test_modes_are_ticked_in_words_and_saved_as_the_file_names_them(qtbot) -> None:
    """No list syntax to type: one box per mode, labelled in words; the file keeps ids."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    from office_hours.config.schema import AUTO_REPLY_OPTIONS
    from office_hours.ui.option_editors import OptionForm

    table: dict[str, object] = {"unknown_senders": ["off_hours"]}
    form = OptionForm(AUTO_REPLY_OPTIONS, table)
    qtbot.addWidget(form)
    editor = form.editors["unknown_senders"]
    assert editor.widget.findChild(QLineEdit) is None
    boxes = {b.text(): b for b in editor.widget.findChildren(QCheckBox)}
    assert set(boxes) == {"During focus", "Outside business hours"}
    assert boxes["Outside business hours"].isChecked()
    assert not boxes["During focus"].isChecked()
    boxes["During focus"].setChecked(True)
    assert editor.value() == ["focus", "off_hours"]
    boxes["Outside business hours"].setChecked(False)
    boxes["During focus"].setChecked(False)
    assert editor.value() == []


def test_a_mode_the_app_does_not_know_stays_visible_and_is_refused(qtbot) -> None:
    from PySide6.QtWidgets import QCheckBox

    from office_hours.config.schema import AUTO_REPLY_OPTIONS
    from office_hours.ui.option_editors import OptionForm

    form = OptionForm(AUTO_REPLY_OPTIONS, {"unknown_senders": ["weekend"]})
    qtbot.addWidget(form)
    texts = [b.text() for b in form.editors["unknown_senders"].widget.findChildren(QCheckBox)]
    assert "weekend" in texts
    assert "weekend" in form.errors["unknown_senders"].text()


def test_the_page_opens_on_the_note_in_the_users_language(qtbot) -> None:
    page = AutoReplyPage({}, lambda: (NOW, TIMING), language="th")
    qtbot.addWidget(page)
    assert page.templates.language.currentData() == "th"
    assert page.templates.editor.toPlainText() == DEFAULT_TEMPLATES[("th", ModeKind.FOCUS)]
