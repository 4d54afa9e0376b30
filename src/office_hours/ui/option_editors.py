"""One editor widget per Option.kind, and a form of them built from declarations.

The forms hold TOML values (what the file holds), and check every field with the loader's
own rules (config.reader.option_problem): what the dialog accepts, the app will load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from office_hours.config.reader import option_problem
from office_hours.config.save import plain as _plain
from office_hours.config.schema import PERCENT_KEYS, WEEKDAYS, Option
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.i18n import tr
from office_hours.ui.widgets import plain_label

Changed = Callable[[], None]
_INT_LIMIT = 2_000_000_000
_DAY_NAMES = {
    "monday": QT_TRANSLATE_NOOP("Weekday", "Monday"),
    "tuesday": QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    "wednesday": QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    "thursday": QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    "friday": QT_TRANSLATE_NOOP("Weekday", "Friday"),
    "saturday": QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    "sunday": QT_TRANSLATE_NOOP("Weekday", "Sunday"),
}


class Editor:
    """A widget that shows and returns one option's TOML value."""

    def __init__(self, option: Option, on_change: Changed) -> None:
        self.option = option
        self.widget = self.build(on_change)
        self.widget.setToolTip(tr("OptionDoc", option.doc))

    def build(self, on_change: Changed) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class TextEditor(Editor):
    def build(self, on_change: Changed) -> QWidget:
        self.edit = QLineEdit()
        self.edit.textChanged.connect(lambda _text: on_change())
        return self.edit

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value))
        self.edit.setCursorPosition(0)  # a long name shows its beginning, not its end


# What a list field's empty line shows: an example of the real thing, never "a, b".
LIST_EXAMPLES = {
    "addresses": "anna@acme.com, *@acme.com",
    "vip_senders": "boss@acme.com, *@acme.com",
    "not_clients": "jobs@recruiter.example, news@shop.example",
    "words": "outage, сбой, ล่ม",
    "chat_users": "@anna:matrix.org, U024BE7LH",
    "rooms": "#acme:matrix.org, C024BE91L",
    "phones": "+49 30 1234567, +66 2 123 4567",
    "notification_match": "Anna Petrova, ACME*",
    "apps": "Telegram, Slack",
    "ignore_apps": "Steam, Spotify",
    "channels": "C024BE91L",
    "folders": "INBOX, Clients",
}


class ListEditor(TextEditor):
    """ranges, times and strings: comma-separated on one line."""

    def build(self, on_change: Changed) -> QWidget:
        edit = super().build(on_change)
        hint = {  # a hint must not look like a value: an empty day is a day off
            "ranges": tr("Option", "none; e.g. 09:00-12:30, 13:30-18:00"),
            "times": tr("Option", "none; e.g. 10:00, 13:30, 17:00"),
        }
        example = LIST_EXAMPLES.get(self.option.name)
        if example is not None:
            text = tr("Option", "none; e.g. {example}").format(example=example)
        else:
            text = hint.get(self.option.kind, tr("Option", "comma-separated, e.g. a, b"))
        self.edit.setPlaceholderText(text)
        return edit

    def value(self) -> Any:
        return [part.strip() for part in self.edit.text().split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        values = [value] if isinstance(value, str) else list(value)
        self.edit.setText(", ".join(str(v) for v in values))


class BoolEditor(Editor):
    def build(self, on_change: Changed) -> QWidget:
        self.box = QCheckBox()
        self.box.toggled.connect(lambda _on: on_change())
        return self.box

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


# Where 0 means "none" in the file, the field says so in words instead of showing 0.00.
ZERO_WORDS = {
    "response_hours": QT_TRANSLATE_NOOP("Option", "not agreed"),
    "surcharge_percent": QT_TRANSLATE_NOOP("Option", "none"),
    "rate": QT_TRANSLATE_NOOP("Option", "not set"),
    "billed_hours_per_week": QT_TRANSLATE_NOOP("Option", "not set"),
    "report.target_rate": QT_TRANSLATE_NOOP("Option", "each client's own rate"),
    "port": QT_TRANSLATE_NOOP("Option", "the usual one"),
    "smtp_port": QT_TRANSLATE_NOOP("Option", "the usual one"),
}


def _zero_words(option: Option, spin: QSpinBox | QDoubleSpinBox) -> None:
    """Qt shows the special text at the minimum: only where the minimum is that 0."""
    if option.key in ZERO_WORDS and option.minimum == 0:
        spin.setSpecialValueText(tr("Option", ZERO_WORDS[option.key]))


class IntEditor(Editor):
    def build(self, on_change: Changed) -> QWidget:
        self.spin = QSpinBox()
        low = self.option.minimum if self.option.minimum is not None else -_INT_LIMIT
        high = self.option.maximum if self.option.maximum is not None else _INT_LIMIT
        self.spin.setRange(int(low), int(high))
        _zero_words(self.option, self.spin)
        self.spin.valueChanged.connect(lambda _v: on_change())
        return self.spin

    def value(self) -> Any:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value))


class FloatEditor(Editor):
    def build(self, on_change: Changed) -> QWidget:
        self.spin = QDoubleSpinBox()
        self.spin.setDecimals(2)
        low = self.option.minimum if self.option.minimum is not None else -1e9
        high = self.option.maximum if self.option.maximum is not None else 1e9
        self.scale = 100.0 if self.option.key in PERCENT_KEYS else 1.0  # a share, as percent
        if self.scale != 1.0:
            self.spin.setDecimals(0)
            self.spin.setSuffix(" %")
        self.spin.setRange(low * self.scale, high * self.scale)
        _zero_words(self.option, self.spin)
        self.spin.valueChanged.connect(lambda _v: on_change())
        return self.spin

    def value(self) -> Any:
        return round(float(self.spin.value()) / self.scale, 4)

    def set_value(self, value: Any) -> None:
        self.spin.setValue(float(value) * self.scale)


# Words for the declared choices; a choice not named here is shown as written in the file.
# Languages are named in their own language, so everyone finds theirs.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "th": "ไทย"}
CHOICE_LABELS = {
    "never": QT_TRANSLATE_NOOP("Choice", "Never"),
    "emergencies_only": QT_TRANSLATE_NOOP("Choice", "Emergencies only"),
    "with_surcharge": QT_TRANSLATE_NOOP("Choice", "With surcharge"),
    "tls": QT_TRANSLATE_NOOP("Choice", "TLS (IMAPS, port 993)"),
    "starttls": QT_TRANSLATE_NOOP("Choice", "STARTTLS (port 143)"),
    "focus": QT_TRANSLATE_NOOP("Choice", "During focus"),
    "off_hours": QT_TRANSLATE_NOOP("Choice", "Outside business hours"),
}


def choice_label(value: str) -> str:
    if value in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[value]
    return tr("Choice", CHOICE_LABELS[value]) if value in CHOICE_LABELS else value


class ChoiceEditor(Editor):
    """The declared choices by name; the file keeps the value."""

    def build(self, on_change: Changed) -> QWidget:
        self.combo = QComboBox()
        for choice in self.option.choices:
            self.combo.addItem(choice_label(choice), choice)
        self.combo.currentIndexChanged.connect(lambda _index: on_change())
        return self.combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0:  # not a declared choice: shown, and refused with the reason
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class ChecksEditor(Editor):
    """A list drawn from declared choices: one box each, in words (the file keeps the ids).
    A value in the file that is no declared choice stays, shown as written, and is refused
    with the loader's reason."""

    def build(self, on_change: Changed) -> QWidget:
        widget = QWidget()
        self._row = QHBoxLayout(widget)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._on_change = on_change
        self.boxes: dict[str, QCheckBox] = {}
        for choice in self.option.choices:
            self._add(choice)
        self._row.addStretch(1)
        return widget

    def _add(self, choice: str) -> None:
        box = QCheckBox(choice_label(choice))
        box.setObjectName(f"{self.option.name}_{choice}")
        box.toggled.connect(lambda _on: self._on_change())
        self._row.insertWidget(len(self.boxes), box)
        self.boxes[choice] = box

    def value(self) -> Any:
        return [choice for choice, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        values = [value] if isinstance(value, str) else list(value or [])
        for choice in values:
            if str(choice) not in self.boxes:
                self._add(str(choice))
        for choice, box in self.boxes.items():
            box.setChecked(choice in values)


class TimezoneEditor(Editor):
    """A searchable list of the IANA zone names this machine knows."""

    def build(self, on_change: Changed) -> QWidget:
        from zoneinfo import available_timezones

        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(sorted(available_timezones()))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        self.combo.currentTextChanged.connect(lambda _text: on_change())
        return self.combo

    def value(self) -> Any:
        return self.combo.currentText().strip()

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentText(str(value))


class WeeklyEditor(Editor):
    """One line of ranges per weekday; empty days are left out."""

    def build(self, on_change: Changed) -> QWidget:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.days: dict[str, QLineEdit] = {}
        for row, day in enumerate(WEEKDAYS):
            edit = QLineEdit()
            edit.setPlaceholderText(tr("Option", "none; e.g. 14:00-16:00"))
            edit.textChanged.connect(lambda _text: on_change())
            grid.addWidget(plain_label(tr("Weekday", _DAY_NAMES[day])), row, 0)
            grid.addWidget(edit, row, 1)
            self.days[day] = edit
        return widget

    def value(self) -> Any:
        out: dict[str, list[str]] = {}
        for day, edit in self.days.items():
            ranges = [p.strip() for p in edit.text().split(",") if p.strip()]
            if ranges:
                out[day] = ranges
        return out

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for day, edit in self.days.items():
            ranges = value.get(day, [])
            edit.setText(ranges if isinstance(ranges, str) else ", ".join(map(str, ranges)))


EDITORS: dict[str, type[Editor]] = {
    "str": TextEditor,
    "slug": TextEditor,
    "bool": BoolEditor,
    "int": IntEditor,
    "float": FloatEditor,
    "choice": ChoiceEditor,
    "timezone": TimezoneEditor,
    "ranges": ListEditor,
    "times": ListEditor,
    "strings": ListEditor,
    "weekly": WeeklyEditor,
    "checks": ChecksEditor,  # "strings" with declared choices
}


def option_label(option: Option) -> str:
    """The declared option's label in the interface's language."""
    return tr("Option", option.label)


class OptionForm(QWidget):
    """A form of declared options over one TOML table: each field checked as typed, its
    problem shown under it in plain text."""

    def __init__(
        self,
        options: Iterable[Option],
        table: MutableMapping[str, Any],
        on_change: Changed | None = None,
        parent: QWidget | None = None,
        help_lines: bool = True,
    ) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self.editors: dict[str, Editor] = {}
        self.helps: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._initial: dict[str, Any] = {}
        self._touched: set[str] = set()  # fields whose value changed since the form opened
        self._building = True
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels are sentences now ("Suggest a raise when…"): where one leaves its field too
        # little room, the field goes under it instead of cutting either.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for option in options:
            kind = "checks" if option.kind == "strings" and option.choices else option.kind
            editor = EDITORS[kind](option, self._changed)
            editor.set_value(table.get(option.name, option.default))
            self._initial[option.name] = _plain(editor.value())
            error = plain_label(wrap=True)
            error.setStyleSheet("color: #b00020;")
            error.setObjectName(f"error_{option.name}")
            error.hide()
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor.widget)
            column.addWidget(error)
            # Ranges show an example in the field; a choice's list says it in words.
            if help_lines and option.kind not in ("ranges", "weekly", "choice"):
                # The help in view under the field, not only in a tooltip.
                help_line = plain_label(tr("OptionDoc", option.doc), wrap=True)
                help_line.setObjectName(f"help_{option.name}")
                help_line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                column.addWidget(help_line)
                self.helps[option.name] = help_line
            editor.widget.setObjectName(option.name)
            label = plain_label(option_label(option))
            label.setBuddy(editor.widget)
            layout.addRow(label, box)
            self.editors[option.name] = editor
            self.errors[option.name] = error
        self._building = False
        self._check()

    def _changed(self) -> None:
        if self._building:
            return
        self._check()
        if self._on_change is not None:
            self._on_change()

    def _check(self) -> None:
        for name, editor in self.editors.items():
            value = _plain(editor.value())
            if value != self._initial[name]:
                self._touched.add(name)
            problem = option_problem(editor.option, editor.value())
            if problem and name not in self._touched and self._initial[name] in ("", []):
                problem = None  # an empty field not typed in yet is a question, not an error
            label = self.errors[name]
            label.setText(problem or "")
            label.setVisible(bool(problem))

    def problems(self) -> list[str]:
        """ "name: reason" for each field that would not load."""
        out = []
        for editor in self.editors.values():
            problem = option_problem(editor.option, editor.value())
            if problem:
                out.append(f"{option_label(editor.option)}: {problem}")
        return out

    def value(self, name: str) -> Any:
        return self.editors[name].value()

    def set_value(self, name: str, value: Any) -> None:
        self.editors[name].set_value(value)

    def apply(self, table: MutableMapping[str, Any]) -> None:
        """Write the fields the user changed into `table`; untouched ones keep the file's
        spelling (or stay absent, meaning the default)."""
        for name, editor in self.editors.items():
            value = _plain(editor.value())
            if value != self._initial[name] and (
                name in table or value != _plain(editor.option.default)
            ):
                table[name] = value
