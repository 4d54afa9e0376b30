"""Untrusted text (sender, subject, client name, source state, app name) is shown literally
everywhere: a walk over every widget of every window and menu that shows it, checking
labels, tooltips (item tooltips too), item texts, menu entries and window titles. A
tooltip or a label in Qt's AutoText would render `<b>EVIL</b>` bold and load the image.
This walk failed on the digest's sender tooltip before ui/plain_text.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMenu, QTableWidget, QTreeWidget, QWidget

from office_hours.config import Config
from office_hours.config.load import parse_config
from office_hours.domain.model import Channel, Item, ModeKind
from office_hours.engine import Engine
from office_hours.storage.store import Store
from office_hours.ui.actions import ShellActions
from office_hours.ui.digest_window import DigestWindow
from office_hours.ui.fallback_window import FallbackWindow
from office_hours.ui.notify import item_actions
from office_hours.ui.popup import Popup
from office_hours.ui.report_window import ReportWindow
from office_hours.ui.shell import Shell
from office_hours.ui.tray import TrayIcon

pytestmark = pytest.mark.gui

EVIL = "<b>EVIL</b><img src='file:///etc/hostname'>"


@pytest.fixture
def evil_engine(tmp_path: Path, config: Config, clock) -> Iterator[Engine]:
    """A client NAMED with markup, and an urgent item whose sender and subject carry it."""
    text = (tmp_path / "config.toml").read_text(encoding="utf-8")  # the `config` fixture's
    config = parse_config(text.replace("ACME <Corp> & Co", EVIL), tmp_path / "config.toml")
    store = Store(tmp_path / "office-hours.sqlite3")
    engine = Engine(config, store, clock)
    now = clock()
    engine.ingest(
        [
            Item("t", "1", Channel.EMAIL, f"{EVIL} <eve@acme.com>", "URGENT " + EVIL, now),
            Item("t", "2", Channel.EMAIL, f"{EVIL} <x@nowhere.example>", EVIL, now),
        ]
    )
    engine.set_mode(ModeKind.FOCUS, until=None)
    engine.ingest([Item("t", "3", Channel.CHAT, f"{EVIL} <eve@acme.com>", "URGENT " + EVIL, now)])
    yield engine
    store.close()


def shown_literally(text: str, rich: bool) -> bool:
    """What Qt would draw for `text` keeps the markup as characters."""
    doc = QTextDocument()
    if rich:
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    drawn = doc.toPlainText()
    return "<b>EVIL</b>" in drawn and "<img" in drawn


def tooltip_ok(tip: str) -> bool:
    # A tooltip is always AutoText: Qt renders it as HTML when it might be rich text.
    return "EVIL" not in tip or shown_literally(tip, QtGui.mightBeRichText(tip))


def problems_in(root: QWidget) -> Iterator[str]:
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(root).__name__}/{type(widget).__name__}"
        if not tooltip_ok(widget.toolTip()):
            yield f"{name} tooltip {widget.toolTip()!r}"
        if "EVIL" in widget.windowTitle() and "<b>EVIL</b>" not in widget.windowTitle():
            yield f"{name} title {widget.windowTitle()!r}"
        if isinstance(widget, QLabel) and "EVIL" in widget.text():
            fmt = widget.textFormat()
            rich = fmt == Qt.TextFormat.RichText or (
                fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(widget.text())
            )
            if not shown_literally(widget.text(), rich):
                yield f"{name} label {widget.text()!r}"
        if isinstance(widget, QTreeWidget):
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                stack.extend(item.child(i) for i in range(item.childCount()))
                for column in range(widget.columnCount()):
                    if not tooltip_ok(item.toolTip(column)):
                        yield f"{name} cell tooltip {item.toolTip(column)!r}"
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None and not tooltip_ok(item.toolTip()):
                        yield f"{name} cell tooltip {item.toolTip()!r}"
        if isinstance(widget, QMenu):
            for action in widget.actions():
                if not tooltip_ok(action.toolTip()):
                    yield f"{name} entry tooltip {action.toolTip()!r}"


def seen_in(root: QWidget) -> int:
    """How many places show the text at all: a walk that finds none proves nothing."""
    count = 0
    for widget in [root, *root.findChildren(QWidget)]:
        count += "EVIL" in widget.toolTip() or "EVIL" in widget.windowTitle()
        count += isinstance(widget, QLabel) and "EVIL" in widget.text()
        if isinstance(widget, QTreeWidget):
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                stack.extend(item.child(i) for i in range(item.childCount()))
                count += any("EVIL" in item.toolTip(c) for c in range(widget.columnCount()))
        if isinstance(widget, QTableWidget):
            count += any(
                "EVIL" in (widget.item(r, 0).text() if widget.item(r, 0) else "")
                for r in range(widget.rowCount())
            )
        if isinstance(widget, QMenu):
            count += any("EVIL" in a.toolTip() for a in widget.actions())
    return count


def test_every_window_shows_untrusted_text_literally(qtbot, evil_engine: Engine) -> None:
    shell = Shell(evil_engine)
    actions = ShellActions(shell)
    digest = DigestWindow(evil_engine, open_url=lambda _url: True)
    report = ReportWindow(evil_engine)
    fallback = FallbackWindow(actions)
    popup = Popup(EVIL, EVIL, item_actions(), lambda _key: None)
    for window in (digest, report, fallback, popup):
        qtbot.addWidget(window)
    fallback.show_message(EVIL, EVIL)
    fallback.show_state_lines({"matrix": f"Matrix {EVIL}: {EVIL}"})
    report.show()
    qtbot.waitUntil(lambda: not report.loading, timeout=5000)
    tray = TrayIcon(shell, actions)
    tray.show_state_lines({"matrix": f"Matrix {EVIL}: failed: {EVIL}"})
    tray.show_waiting(f"{EVIL} <eve@acme.com>", lambda: None)
    try:
        windows: list[QWidget] = [digest, report, fallback, popup, tray.menu]
        found = [p for w in windows for p in problems_in(w)]
        assert found == []
        assert all(seen_in(w) for w in windows), [seen_in(w) for w in windows]
        assert tooltip_ok(tray.icon.toolTip())
        assert "EVIL" in tray.icon.toolTip()
        first = tray.menu.actions()[0]
        assert first.text() == f"Emergency waiting: {EVIL} <eve@acme.com>"  # no & inside
    finally:
        tray.dispose()
