"""One editor per option kind: every declared option has one, and each returns what TOML
would hold, checked by the loader's own rules."""

from __future__ import annotations

from typing import Any

import pytest

from office_hours.config.accounts import ACCOUNT_OPTIONS
from office_hours.config.reader import option_problem
from office_hours.config.schema import CLIENT_OPTIONS, OPTION_BY_KEY, OPTIONS, TERMS_OPTIONS, Option
from office_hours.ui.option_editors import EDITORS, OptionForm, option_label

pytestmark = pytest.mark.gui

DECLARED = (*OPTIONS, *CLIENT_OPTIONS, *TERMS_OPTIONS, *ACCOUNT_OPTIONS)
SAMPLES: dict[str, Any] = {
    "str": "Ромашка",
    "slug": "acme-2",
    "bool": True,
    "int": 7,
    "float": 12.5,
    "timezone": "Asia/Bangkok",
    "ranges": ["09:00-12:30", "13:30-18:00"],
    "times": ["10:00", "17:00"],
    "strings": ["*@acme.com", "boss@acme.org"],
    "checks": ["b"],
    "weekly": {"tuesday": ["14:00-16:00"], "friday": ["10:00-11:00", "15:00-16:00"]},
}


def test_every_declared_kind_has_an_editor() -> None:
    assert {o.kind for o in DECLARED} <= EDITORS.keys()


@pytest.mark.parametrize("kind", sorted(EDITORS))
def test_each_editor_gives_back_what_it_was_given(qtbot, kind: str) -> None:
    declared = "strings" if kind == "checks" else kind  # a list with choices: boxes
    option = Option(f"x.{kind}_value", declared, "", "doc", choices=("a", "b"), maximum=100)
    value = SAMPLES.get(kind, "b")
    editor = EDITORS[kind](option, lambda: None)
    qtbot.addWidget(editor.widget)
    editor.set_value(value)
    assert editor.value() == value
    assert option_problem(option, editor.value()) is None


def test_a_form_writes_only_what_changed(qtbot) -> None:
    options = [o for o in OPTIONS if o.section == "urgency"]
    table: dict[str, Any] = {"repeat_count": 3}  # as written in the file, at its default
    form = OptionForm(options, table)
    qtbot.addWidget(form)
    form.apply(table)
    assert table == {"repeat_count": 3}
    form.set_value("words", ["asap", "срочно"])
    form.set_value("repeat_minutes", 0)  # below the minimum: clamped by the spin box
    form.set_value("vip_senders", [])
    form.apply(table)
    assert table == {"repeat_count": 3, "words": ["asap", "срочно"], "repeat_minutes": 1}
    assert form.problems() == []


def test_labels_read_as_words() -> None:
    by_name = {o.name: o for o in (*CLIENT_OPTIONS, *ACCOUNT_OPTIONS)}
    assert option_label(by_name["vip_senders"]) == "Always let these senders through"
    assert option_label(by_name["billed_hours_per_week"]) == "Hours a week the client pays for"
    assert option_label(by_name["ca_file"]) == "Own server's CA certificate"
    assert option_label(OPTION_BY_KEY["report.rate_shortfall"]) == (
        "Suggest a raise when the effective rate is this far below target"
    )
    assert option_label(OPTION_BY_KEY["presence.desktop_dnd"]) == (
        "Turn on the desktop's do-not-disturb while in focus"
    )


def test_shares_are_percent_and_help_is_in_view(qtbot) -> None:
    """A share is 0.10 in the file and "10 %" on screen; the help stands under the field."""
    options = [OPTION_BY_KEY["report.rate_shortfall"], OPTION_BY_KEY["report.currency"]]
    table: dict = {"rate_shortfall": 0.1}
    form = OptionForm(options, table)
    qtbot.addWidget(form)
    form.show()
    spin = form.editors["rate_shortfall"].widget
    assert spin.text() == "10 %"
    assert form.value("rate_shortfall") == 0.1
    spin.setValue(25)
    assert form.value("rate_shortfall") == 0.25
    form.apply(table)
    assert table == {"rate_shortfall": 0.25}
    spin.setValue(150)  # clamped at 100 %: the loader's maximum is 1
    assert form.value("rate_shortfall") == 1.0
    help_line = form.helps["currency"]
    assert help_line.isVisible()
    assert help_line.text() == "Currency shown beside rates."


def test_zero_that_means_none_reads_in_words(qtbot) -> None:
    """ "Answer within 0.00 hours" reads as "answer at once"; the file's 0 means not agreed."""
    from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

    from office_hours.config.accounts import ACCOUNT_OPTIONS as ACCOUNTS

    by_name = {o.name: o for o in (*CLIENT_OPTIONS, *TERMS_OPTIONS)}
    form = OptionForm([by_name["response_hours"], by_name["rate"]], {"rate": 80.0})
    qtbot.addWidget(form)
    response = form.editors["response_hours"].widget
    assert isinstance(response, QDoubleSpinBox)
    assert response.text() == "not agreed"
    assert form.editors["rate"].widget.text() != "not set"  # a value is shown as the value
    form.set_value("response_hours", 4)
    assert response.text() != "not agreed"
    port = {o.name: o for o in ACCOUNTS}["port"]
    accounts = OptionForm([port], {})
    qtbot.addWidget(accounts)
    spin = accounts.editors["port"].widget
    assert isinstance(spin, QSpinBox)
    assert spin.text() == "the usual one"
    assert accounts.editors["port"].value() == 0  # the file keeps 0


def test_an_empty_list_field_shows_an_example_of_the_real_thing(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    by_name = {o.name: o for o in CLIENT_OPTIONS}
    form = OptionForm([by_name["addresses"]], {})
    qtbot.addWidget(form)
    edit = form.editors["addresses"].widget
    assert isinstance(edit, QLineEdit)
    assert edit.placeholderText() == "none; e.g. anna@acme.com, *@acme.com"


def test_the_raise_cap_reads_in_percent_and_the_file_keeps_a_share(qtbot) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox

    form = OptionForm([OPTION_BY_KEY["report.raise_cap"]], {"raise_cap": 0.2})
    qtbot.addWidget(form)
    spin = form.editors["raise_cap"].widget
    assert isinstance(spin, QDoubleSpinBox)
    assert spin.text() == "20 %"
    form.set_value("raise_cap", 0.25)
    assert form.editors["raise_cap"].value() == 0.25
    assert "0.2 is 20%" in OPTION_BY_KEY["report.raise_cap"].file_doc
