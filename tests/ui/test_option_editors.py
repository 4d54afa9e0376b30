"""One editor per option kind: every declared option has one, and each returns what TOML
would hold, checked by the loader's own rules."""

from __future__ import annotations

from typing import Any

import pytest

from office_hours.config.accounts import ACCOUNT_OPTIONS
from office_hours.config.reader import option_problem
from office_hours.config.schema import CLIENT_OPTIONS, OPTIONS, TERMS_OPTIONS, Option
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
    "weekly": {"tuesday": ["14:00-16:00"], "friday": ["10:00-11:00", "15:00-16:00"]},
}


def test_every_declared_kind_has_an_editor() -> None:
    assert {o.kind for o in DECLARED} <= EDITORS.keys()


@pytest.mark.parametrize("kind", sorted(EDITORS))
def test_each_editor_gives_back_what_it_was_given(qtbot, kind: str) -> None:
    option = Option(f"x.{kind}_value", kind, "", "doc", choices=("a", "b"), maximum=100)
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
    assert option_label(by_name["vip_senders"]) == "VIP senders"
    assert option_label(by_name["billed_hours_per_week"]) == "Billed hours per week"
    assert option_label(by_name["ca_file"]) == "CA file"
