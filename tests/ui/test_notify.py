"""Notifications: untrusted text is escaped for the desktop and shown literally in labels."""

from __future__ import annotations

import threading
import warnings
from datetime import timedelta

import plyer
import pytest
from PySide6.QtCore import Qt

from office_hours.config import Config
from office_hours.domain.model import Channel, DecisionKind, Item, ModeKind
from office_hours.engine import Engine
from office_hours.storage.store import HeldItem
from office_hours.ui.actions import ShellActions
from office_hours.ui.fallback_window import FallbackWindow
from office_hours.ui.notify import Notifier
from office_hours.ui.shell import Shell
from office_hours.ui.tray import TrayIcon

pytestmark = pytest.mark.gui

SUBJECT = "<b>x</b> & <a href='https://evil.example'>click</a>"


def decided(engine: Engine, *items: Item) -> list[HeldItem]:
    keys = [r.item_key for r in engine.ingest(items)]
    return engine.store.decided_items([k for k in keys if k is not None])


@pytest.fixture
def urgent_in_focus(engine: Engine) -> list[HeldItem]:
    engine.set_mode(ModeKind.FOCUS, until=engine.clock() + timedelta(minutes=50))
    now = engine.clock()
    return decided(
        engine,
        Item("t", "1", Channel.EMAIL, "Eve <eve@acme.com>", "URGENT " + SUBJECT, now),
        Item("t", "2", Channel.EMAIL, "bob@example.org", "held, not notified", now),
    )


@pytest.fixture
def plyer_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    calls: list[dict] = []

    def record(**kwargs) -> None:
        kwargs["thread"] = threading.current_thread()
        calls.append(kwargs)

    with warnings.catch_warnings():  # plyer warns on load that dbus-python is missing
        warnings.simplefilter("ignore", UserWarning)
        monkeypatch.setattr(plyer.notification, "notify", record)
    return calls


def test_plyer_gets_escaped_markup_off_the_ui_thread(
    qtbot, config: Config, urgent_in_focus: list[HeldItem], plyer_calls: list[dict]
) -> None:
    assert [i.decision for i in urgent_in_focus] == [DecisionKind.BREAK_THROUGH, DecisionKind.HOLD]
    notifier = Notifier(True, config.clients, show_fallback=lambda *_: None)
    assert notifier.notify_items(urgent_in_focus) == 1  # the held one waits for its batch
    qtbot.waitUntil(lambda: len(plyer_calls) == 1)
    call = plyer_calls[0]
    assert call["thread"] is not threading.main_thread()
    assert call["app_name"] == "Office Hours"
    assert call["title"] == "ACME <Corp> & Co — Eve <eve@acme.com>"  # the summary is plain
    body = call["message"]
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href=&#x27;https://evil.example&#x27;&gt;" in body
    assert "<b>" not in body
    assert "<a " not in body
    assert body.endswith("Breaks through focus: Urgent word: urgent")  # says why
    notifier.shutdown()


def test_failing_plyer_falls_back_to_the_tray(
    qtbot, engine: Engine, urgent_in_focus: list[HeldItem], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_kwargs) -> None:
        raise NotImplementedError("no notification backend")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        monkeypatch.setattr(plyer.notification, "notify", broken)
    shell = Shell(engine)
    tray = TrayIcon(shell, ShellActions(shell))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        tray.icon, "showMessage", lambda title, body, *_: shown.append((title, body))
    )
    notifier = Notifier(True, engine.config.clients, tray.show_message)
    notifier.notify_items(urgent_in_focus)
    qtbot.waitUntil(lambda: len(shown) == 1)
    title, body = shown[0]
    assert title == "ACME <Corp> & Co — Eve <eve@acme.com>"
    assert body.startswith("URGENT &lt;b&gt;x&lt;/b&gt; &amp; ")  # Notify may read markup
    notifier.shutdown()
    tray.dispose()


def test_notifications_off_in_config(qtbot, config: Config, urgent_in_focus, plyer_calls) -> None:
    notifier = Notifier(False, config.clients, show_fallback=lambda *_: None)
    assert notifier.notify_items(urgent_in_focus) == 0
    notifier.shutdown()
    assert plyer_calls == []


def test_delivered_items_are_notified_without_a_reason(qtbot, engine: Engine, plyer_calls):
    items = decided(engine, Item("t", "9", Channel.CHAT, "anna@acme.com", "hello", engine.clock()))
    assert items[0].decision is DecisionKind.DELIVER
    notifier = Notifier(True, engine.config.clients, show_fallback=lambda *_: None)
    notifier.notify_items(items)
    qtbot.waitUntil(lambda: len(plyer_calls) == 1)
    assert plyer_calls[0]["message"] == "hello"
    notifier.shutdown()


def test_labels_show_untrusted_text_literally(qtbot, engine: Engine) -> None:
    """Without PlainText a QLabel would render <b>x</b> as bold "x" (Qt.AutoText)."""
    shell = Shell(engine)
    window = FallbackWindow(ShellActions(shell))
    qtbot.addWidget(window)
    window.show_message("Eve <eve@acme.com>", SUBJECT)
    label = window.notice_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == f"Eve <eve@acme.com>\n{SUBJECT}"
    assert window.status_label.textFormat() == Qt.TextFormat.PlainText
