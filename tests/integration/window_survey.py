"""Opens every everyday window in one language on a real X display and looks at it.

Run by test_window_survey.py, one process per language (a translator is global):
    python window_survey.py LANG OUTDIR
HOME and the XDG directories must already point at a private place. For each window (each
page of the wizard and of the settings, the digest with long senders and subjects, the
log-call dialog, the no-tray window) it saves a 1366x768 screenshot OUTDIR/survey_LANG_*.png
and prints one JSON line per problem found: a text cut (a widget smaller than its text
needs: sizeHint against the size it got), a page that scrolls sideways, a window larger than
the screen, or an English string left untranslated.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QTabBar,
    QTreeWidget,
    QWidget,
)

from office_hours import paths
from office_hours.config import load_config
from office_hours.domain.model import Channel, Item, ModeKind
from office_hours.engine import Engine
from office_hours.i18n import TRANSLATIONS, install_translator, tr
from office_hours.storage.store import Store

# Long, in the language of the survey: names and subjects are data, never translated.
NAMES = {
    "en": ("ACME International Holdings GmbH & Co. KG", "Anna Berg-Lindqvist"),
    "ru": ("ООО «Международная торговая компания Ромашка»", "Анна Бергман-Линдквист"),
    "th": ("บริษัท ตัวอย่างการค้าระหว่างประเทศ จำกัด (มหาชน)", "สมศรี ใจดีมากที่สุด"),
}
SUBJECTS = {
    "en": "Breaks through focus: the quarterly report from ACME GmbH is due in 20 min, please",
    "ru": "Срочно: квартальный отчёт для ООО «Ромашка» нужно сдать через 20 минут, пожалуйста",
    "th": "ด่วน: รายงานประจำไตรมาสของบริษัทต้องส่งภายใน 20 นาที กรุณาตรวจสอบโดยเร็วที่สุด",
}

problems: list[dict[str, Any]] = []


def report(window: str, widget: QWidget, kind: str, text: str, detail: str = "") -> None:
    problems.append(
        {
            "window": window,
            "widget": f"{type(widget).__name__}:{widget.objectName()}",
            "problem": kind,
            "text": text,
            "detail": detail,
        }
    )


def catalogue(language: str) -> dict[str, str]:
    """English source -> translation, for the untranslated-string check."""
    if language == "en":
        return {}
    tree = ET.parse(TRANSLATIONS / f"office_hours_{language}.ts")
    out = {}
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        out[source] = message.findtext("translation") or ""
    return out


def visible_texts(widget: QWidget) -> list[str]:
    """The words a widget shows that came from the program (not what the user typed)."""
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()] if not widget.text() else []
    if isinstance(widget, QListWidget):
        return [widget.item(r).text() for r in range(widget.count())]  # type: ignore[union-attr]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):  # the column titles, and the words in fixed columns
        header = widget.headerItem()
        texts = [header.text(c) for c in range(widget.columnCount())]
        for top in range(widget.topLevelItemCount()):
            group = widget.topLevelItem(top)
            for child in range(group.childCount()):
                texts += [group.child(child).text(c) for c in range(1, widget.columnCount())]
        return texts
    return []


_LATIN_WORD = re.compile(r"[A-Za-z][a-z]{2,}")  # "URL", "API": names, not words


def untranslated(text: str, sources: dict[str, str], data: set[str]) -> bool:
    """An English catalogue string shown as is (unless its translation is the same word, as
    for "Slack"), or English words that never went through tr(): one word, or two or more
    Latin words of 3+ letters, outside the survey's own data."""
    plain = text.replace("&", "").strip()
    if not plain or plain in data:
        return False
    if text in sources:
        return sources[text] != text
    for value in data:
        plain = plain.replace(value, "")
    # Addresses, links, commands, quoted names (a GNOME extension's) are not words to
    # translate; program names (gnome-keyring, KWallet) neither.
    plain = re.sub(
        r'\S*@\S+|https?://\S+|office-hours[\w -]*|--?\w+|"[^"]*"|\w+(-\w+)+|[A-Z]\w*[A-Z]\w*'
        r"|\w+/\w+|\w+_\w+|\w+\.\w+",
        "",
        plain,
    ).strip()
    return bool(re.fullmatch(r"[A-Za-z][a-z]{2,}", plain)) or len(_LATIN_WORD.findall(plain)) >= 2


def cut(widget: QWidget) -> str:
    """Why the widget's text does not fit, or ""."""
    w, h = widget.width(), widget.height()
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            need = widget.heightForWidth(w)
            return f"height {h} < {need} needed at width {w}" if h + 1 < need else ""
        hint = widget.sizeHint()
        if w + 1 < hint.width() or h + 1 < hint.height():
            return f"size {w}x{h} < sizeHint {hint.width()}x{hint.height()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        return f"width {w} < sizeHint {hint.width()}" if w + 1 < hint.width() else ""
    if isinstance(widget, QComboBox) and widget.currentText():
        need = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 28
        return f"width {w} < {need} for its current text" if w < need else ""
    if isinstance(widget, QGroupBox) and widget.title():
        need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        return f"width {w} < {need} for its title" if w < need else ""
    if isinstance(widget, QListWidget) and widget.count() and widget.wordWrap():
        have = widget.viewport().width()
        for r in range(widget.count()):
            rect = widget.visualItemRect(widget.item(r))
            if rect.width() > have + 1:  # a rect is one pixel wider than its inside
                return f"item {r} is {rect.width()} wide in a list {have} wide"
        return ""
    if isinstance(widget, QListWidget) and widget.count():
        need = widget.sizeHintForColumn(0)
        have = widget.viewport().width()
        return f"items need {need}, the list shows {have}" if have < need else ""
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if widget.tabRect(i).width() + 1 < widget.tabSizeHint(i).width():
                return f"tab {widget.tabText(i)!r} narrower than its text"
    return ""


def survey(name: str, window: QWidget, language: str, data: set[str]) -> None:
    """Show `window`, photograph the screen, and record every cut or untranslated text."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.show()
    window.raise_()
    for _ in range(5):
        app.processEvents()
    sources = catalogue(language)
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        report(name, window, "too big", window.windowTitle(), f"{frame.size()} on {screen}")
    if language != "en" and untranslated(window.windowTitle(), sources, data):
        report(name, window, "untranslated", window.windowTitle())
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        why = cut(widget)
        texts = visible_texts(widget)
        if why:
            report(name, widget, "cut", " | ".join(texts)[:200], why)
        if isinstance(widget, QScrollArea | QAbstractItemView) and isinstance(
            widget, QAbstractScrollArea
        ):
            bar = widget.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                report(name, widget, "scrolls sideways", "", f"by {bar.maximum()} px")
        if isinstance(
            widget, QAbstractButton | QLabel | QGroupBox | QListWidget | QTabBar | QTreeWidget
        ):
            if not widget.isEnabled() and isinstance(widget, QAbstractButton):
                pass  # disabled buttons still must be translated
            if language != "en":
                for text in texts:
                    if untranslated(text, sources, data):
                        report(name, widget, "untranslated", text)
    screen_shot = window.screen().grabWindow(0)
    screen_shot.save(str(OUT / f"survey_{language}_{name}.png"))


def seed(language: str) -> tuple[Engine, Store, set[str]]:
    client, person = NAMES[language]
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""config_version = 1

[general]
timezone = "UTC"
language = "{language}"

[[clients]]
id = "acme"
name = "{client}"
addresses = ["*@acme.example"]
rate = 80.0
billed_hours_per_week = 10.0

[[clients]]
id = "globex"
name = "Globex"
addresses = ["*@globex.example"]
""",
        encoding="utf-8",
    )
    config = load_config(path, create=False)
    store = Store(paths.database_file())
    engine = Engine(config, store)
    now = engine.clock()
    engine.set_mode(ModeKind.FOCUS, until=now + timedelta(minutes=50), origin="survey")
    sender = f"{person} <anna.berg-lindqvist@acme.example>"
    stranger = "Recruiting Partner Talent Acquisition <talent.acquisition@recruiters.example>"
    items = [
        Item("survey", "a1", Channel.EMAIL, sender, SUBJECTS[language], now - timedelta(minutes=5)),
        Item("survey", "a2", Channel.CHAT, sender, SUBJECTS[language][:40], now),
        Item("survey", "u1", Channel.EMAIL, stranger, SUBJECTS[language], now),
    ]
    engine.ingest(items)
    data = {client, person, sender, stranger, SUBJECTS[language], SUBJECTS[language][:40],
            "Globex", "ACME", "Office Hours", "UTC",
            "Slack", "Matrix", "Linux", "Web API", "GNOME", "dunst", "Telegram", "Anna Petrova",
            "Desktop do-not-disturb (dunst): dunst is not running here"}  # fmt: skip
    return engine, store, data


def main(language: str) -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Office Hours")
    if not install_translator(language):
        print(json.dumps({"problem": "no catalogue", "text": language}))
        return 1
    engine, store, data = seed(language)
    from office_hours.ui.actions import ShellActions
    from office_hours.ui.digest_window import DigestWindow
    from office_hours.ui.fallback_window import FallbackWindow
    from office_hours.ui.first_run import FirstRunWizard
    from office_hours.ui.log_call import LogCallDialog
    from office_hours.ui.settings_dialog import SettingsDialog
    from office_hours.ui.shell import Shell

    wizard = FirstRunWizard(paths.config_file())
    for index, page in enumerate(("welcome", "hours", "batches", "client", "account")):
        if page == "client":
            wizard.client_page.form.set_value("name", NAMES[language][0])
        survey(f"wizard_{index}_{page}", wizard, language, data)
        if page != "account":
            wizard.next()
    wizard.close()

    dialog = SettingsDialog(paths.config_file(), keyring_problem=lambda: None)
    for row in range(dialog.pages.count()):
        dialog.pages.setCurrentRow(row)
        survey(f"settings_{row}", dialog, language, data)
    dialog.close()

    digest = DigestWindow(engine, lambda _url: True)
    survey("digest", digest, language, data)
    digest.close()

    log_call = LogCallDialog(engine)
    survey("log_call", log_call, language, data)
    log_call.close()

    shell = Shell(engine)
    fallback = FallbackWindow(ShellActions(shell))
    survey("no_tray_window_new", fallback, language, data)
    # State lines and a message arrive after the window is up: it must grow, not squeeze.
    fallback.show_state_lines(
        {"desktop_dnd": "Desktop do-not-disturb (dunst): dunst is not running here"}
    )
    fallback.show_message(tr("LogCallDialog", "Log a call"), SUBJECTS[language])
    survey("no_tray_window", fallback, language, data)
    fallback.close()

    store.close()
    del app
    for problem in problems:
        print(json.dumps(problem, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    OUT = Path(sys.argv[2])
    OUT.mkdir(parents=True, exist_ok=True)
    sys.exit(main(sys.argv[1]))
