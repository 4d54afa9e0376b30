"""The settings page for automatic answers: who gets one (the [auto_reply] options) and the
note itself, per language and mode, with a live preview of what a client would read.

The preview renders with the domain's own `render`, so it shows exactly what is sent; the
texts are untrusted-ish user input and are shown as plain text only.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from office_hours.config.schema import AUTO_REPLY_OPTIONS, LANGUAGES, REPLY_MODES
from office_hours.domain.auto_reply import (
    DEFAULT_TEMPLATES,
    ReplyTiming,
    breakthrough_words,
    render,
)
from office_hours.domain.model import ModeKind
from office_hours.i18n import tr
from office_hours.ui.option_editors import OptionForm
from office_hours.ui.widgets import plain_label

TEMPLATE_KEYS = frozenset(f"{lang}_{mode}" for lang in LANGUAGES for mode in REPLY_MODES)
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "th": "ไทย"}  # each in its own words


def sample_timing(now: datetime, tz: str = "UTC") -> ReplyTiming:
    """A plausible day for the preview when the saved config cannot be read."""
    tomorrow = (now + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    monday = (now + timedelta(days=(7 - now.weekday()) or 7)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return ReplyTiming(tz, (time(10), time(13, 30), time(17)), tomorrow, monday)


def config_timing(path: Path) -> Callable[[], tuple[datetime, ReplyTiming]]:
    """The saved config's batch times and hours, as the sender would use them now; a
    sample day while the file cannot be read."""

    def timing() -> tuple[datetime, ReplyTiming]:
        now = datetime.now(UTC)
        try:
            from office_hours.config import load_config
            from office_hours.domain.release import next_batch
            from office_hours.domain.schedule import next_open, scheduled_mode

            config = load_config(path, create=False)
        except Exception:
            return now, sample_timing(now)
        hours, tz = config.hours, config.timezone
        return now, ReplyTiming(
            tz,
            config.batch_times,
            next_batch(now, config.batch_times, tz, lambda t: scheduled_mode(t, hours)),
            next_open(now, hours.windows, tz),
            config.urgency.words,
        )

    return timing


class TemplateEditor(QWidget):
    """One note at a time (language x mode), the preview beside it."""

    def __init__(
        self,
        table: MutableMapping[str, Any],
        timing: Callable[[], tuple[datetime, ReplyTiming]],
        on_change: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._timing = timing()  # once: the config is read when the page opens
        self._on_change = on_change
        self.texts: dict[tuple[str, str], str] = {}
        for lang in LANGUAGES:
            for mode in REPLY_MODES:
                saved = table.get(f"{lang}_{mode}", "")
                default = DEFAULT_TEMPLATES[(lang, ModeKind(mode))]
                self.texts[(lang, mode)] = saved if isinstance(saved, str) and saved else default
        self.language = QComboBox()
        self.language.setObjectName("reply_language")
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        # The note the user most likely writes first: the one in their own language.
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.mode = QComboBox()
        self.mode.setObjectName("reply_mode")
        self.mode.addItem(tr("AutoReply", "In focus"), "focus")
        self.mode.addItem(tr("AutoReply", "Off hours"), "off_hours")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("template")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.reset = QPushButton(tr("AutoReply", "Use the built-in note"))
        self.reset.setObjectName("reset_template")
        hint = plain_label(
            tr(
                "AutoReply",
                "You may use {batch_times}, {next_batch}, {next_business_day} and "
                "{urgent_line}; the preview shows what a client would read.",
            ),
            wrap=True,
        )
        choose = QHBoxLayout()
        choose.addWidget(plain_label(tr("AutoReply", "Note in")))
        choose.addWidget(self.language)
        choose.addWidget(self.mode)
        choose.addStretch(1)
        choose.addWidget(self.reset)
        panes = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(plain_label(tr("AutoReply", "Text")))
        left.addWidget(self.editor, 1)
        right.addWidget(plain_label(tr("AutoReply", "Preview")))
        right.addWidget(self.preview, 1)
        panes.addLayout(left, 1)
        panes.addLayout(right, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(choose)
        column.addWidget(hint)
        column.addLayout(panes, 1)
        self._current = self._key()
        self.editor.setPlainText(self.texts[self._current])
        self.language.currentIndexChanged.connect(self._switch)
        self.mode.currentIndexChanged.connect(self._switch)
        self.editor.textChanged.connect(self._typed)
        self.reset.clicked.connect(self._reset)
        self.refresh()

    def _key(self) -> tuple[str, str]:
        return (str(self.language.currentData()), str(self.mode.currentData()))

    def _switch(self) -> None:
        self._current = self._key()
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.texts[self._current])
        self.editor.blockSignals(False)
        self.refresh()

    def _typed(self) -> None:
        self.texts[self._current] = self.editor.toPlainText()
        self.refresh()
        if self._on_change is not None:
            self._on_change()

    def _reset(self) -> None:
        lang, mode = self._current
        self.editor.setPlainText(DEFAULT_TEMPLATES[(lang, ModeKind(mode))])

    def show_note(self, language: str, mode: str) -> None:
        self.language.setCurrentIndex(LANGUAGES.index(language))
        self.mode.setCurrentIndex(REPLY_MODES.index(mode))

    def refresh(self) -> None:
        """The preview: the note as `render` makes it for a client of this language."""
        lang, mode = self._current
        now, timing = self._timing
        kind = ModeKind(mode)
        words = breakthrough_words(None, kind, lang, timing.urgent_words)
        self.preview.setPlainText(render(self.texts[self._current], lang, kind, now, timing, words))

    def apply(self, table: MutableMapping[str, Any]) -> None:
        """A note equal to the built-in one is not written (it follows future defaults)."""
        for (lang, mode), text in self.texts.items():
            key = f"{lang}_{mode}"
            if text.strip() and text != DEFAULT_TEMPLATES[(lang, ModeKind(mode))]:
                table[key] = text
            else:
                table.pop(key, None)


class AutoReplyPage(QWidget):
    """Who gets an automatic answer (the options) and what it says (the notes)."""

    def __init__(
        self,
        table: MutableMapping[str, Any],
        timing: Callable[[], tuple[datetime, ReplyTiming]] | None = None,
        on_change: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        intro = plain_label(
            tr(
                "AutoReply",
                "Office Hours answers held mail only for the clients whose settings name a "
                "mode, once per sender in the period, never to lists, robots or automatic "
                "mail. The account needs an SMTP server.",
            ),
            wrap=True,
        )
        self.form = OptionForm(
            [o for o in AUTO_REPLY_OPTIONS if o.name not in TEMPLATE_KEYS], table, on_change
        )
        self.templates = TemplateEditor(
            table, timing or (lambda: (datetime.now(UTC), sample_timing(datetime.now(UTC)))),
            on_change, language=language,
        )  # fmt: skip
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.form)
        column.addWidget(self.templates, 1)

    def problems(self) -> list[str]:
        return self.form.problems()

    def apply(self, table: MutableMapping[str, Any]) -> None:
        self.form.apply(table)
        self.templates.apply(table)
