"""The digest window and release notifications, on a real engine with a hand-moved clock."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel

from office_hours.config.load import load_config
from office_hours.domain.model import Channel, DecisionKind, Item, ModeKind
from office_hours.engine import Engine
from office_hours.ui.digest_window import DigestWindow
from office_hours.ui.notify import Notifier
from office_hours.ui.shell import Shell
from office_hours.ui.status_text import summary_line
from office_hours.ui.tray_app import TrayApp

pytestmark = pytest.mark.gui


class Sent:
    """A desktop that records notifications; `gate` holds a send until the test opens it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.gate = threading.Event()
        self.gate.set()

    def __call__(self, title: str, body: str) -> None:
        assert self.gate.wait(10)
        with self.lock:
            self.calls.append((title, body))


def held_day(engine: Engine) -> None:
    engine.set_mode(ModeKind.FOCUS, until=engine.clock() + timedelta(minutes=50))
    now = engine.clock()
    engine.ingest(
        [
            Item("t", "a1", Channel.EMAIL, "Anna <anna@acme.com>", "<b>Invoice</b> 42", now),
            Item("t", "u1", Channel.EMAIL, "stranger@nowhere.org", "Hello there", now),
            Item(
                "t",
                "b1",
                Channel.CHAT,
                "bob@acme.com",
                "URGENT server down",
                now,
                link="https://chat.example/r/1",
            ),
        ]
    )


def test_a_release_is_one_summary_notification(qtbot, engine: Engine, clock) -> None:
    sent = Sent()
    app = TrayApp(engine, None, wait_s=0, send=sent, tray_available=lambda: False)
    app.start()
    qtbot.waitUntil(lambda: app.shell.release_on_refresh)
    engine.set_mode(ModeKind.FOCUS, until=clock() + timedelta(minutes=30))
    engine.ingest(
        Item("t", f"k{i}", Channel.EMAIL, f"p{i}@nowhere{i % 7}.org", f"Q {i}", clock())
        for i in range(1000)
    )
    app.shell.refresh()
    assert app.shell.status.held == 1000
    assert summary_line(app.shell.status) == "Focus until 10:30 · back at 10:30 · 1000 waiting"
    sent.gate.clear()  # the desktop is slow to take it
    clock.advance(minutes=31)  # focus ends at 10:30
    app.shell.refresh()
    app.announce()  # e.g. a refresh from the command line meanwhile: not queued twice
    assert len(engine.store.unannounced_releases()) == 1  # not told yet
    sent.gate.set()
    qtbot.waitUntil(lambda: not engine.store.unannounced_releases())  # told, then recorded
    app.notifier.pool.waitForDone(5000)
    assert len(sent.calls) == 1
    title, body = sent.calls[0]
    assert title == "Held items are back (Focus ended)"
    assert body.startswith("1000 waiting: unknown 1000")
    assert app.shell.status.held == 0
    app.announce()  # nothing more to say
    app.notifier.pool.waitForDone(5000)
    assert len(sent.calls) == 1
    app.dispose()


def test_break_throughs_are_critical_and_say_why(qtbot, engine: Engine) -> None:
    held_day(engine)
    ordinary, critical = Sent(), Sent()
    notifier = Notifier(
        True, engine.config.clients, lambda *_: None, ordinary, send_critical=critical
    )
    rows = engine.store.decided_items([r.item_id for r in engine.digest()])
    assert notifier.notify_items(rows) == 1
    qtbot.waitUntil(lambda: len(critical.calls) == 1)
    title, body = critical.calls[0]
    assert title == "ACME <Corp> & Co — bob@acme.com"
    assert body.endswith("Breaks through focus: Urgent word: urgent")
    assert ordinary.calls == []
    notifier.shutdown()


def test_the_digest_groups_per_client_with_reasons(qtbot, engine: Engine) -> None:
    held_day(engine)
    opened: list[QUrl] = []
    shell = Shell(engine, open_url=lambda url: opened.append(url) or True)
    shell.digest()
    window = shell.window("digest")
    assert isinstance(window, DigestWindow)
    tree = window.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [g.text(0) for g in groups] == [
        "ACME <Corp> & Co — 2 items, 1 waiting",
        "Unknown senders — 1 item, 1 waiting",
    ]
    acme = {groups[0].child(i).text(0): groups[0].child(i) for i in range(2)}
    anna = acme["Anna <anna@acme.com>"]
    assert anna.text(2) == "<b>Invoice</b> 42"  # literally, never as markup
    assert (anna.text(4), anna.text(5)) == ("Waiting", "Held: you are in focus until 10:50")
    bob = acme["bob@acme.com"]
    assert bob.text(4) == "Let through"
    assert bob.text(5) == "Breaks through focus: Urgent word: urgent"

    ids = {r.sender: r.item_id for r in window.rows.values()}
    window.select_ids([ids["bob@acme.com"]])
    assert window.not_urgent_button.isEnabled()
    assert not window.assign_button.isEnabled()
    window.open_selected()
    assert opened == [QUrl("https://chat.example/r/1")]
    window.mark_not_urgent()
    assert engine.store.db.execute(
        "SELECT not_urgent FROM interruptions WHERE item_id = ?", (ids["bob@acme.com"],)
    ).fetchone() == (1,)

    window.select_ids([ids["Anna <anna@acme.com>"]])
    window.open_selected()
    assert opened[-1].toString().startswith("mailto:anna@acme.com?subject=Re%3A")
    window.mark_handled()
    assert ids["Anna <anna@acme.com>"] not in window.rows

    # The unknown sender belongs to ACME: the rule lands in config.toml, comments kept.
    window.select_ids([ids["stranger@nowhere.org"]])
    assert window.assign_button.isEnabled()
    window.assign_selected("acme")
    assert "now counts for ACME" in window.message_label.text()
    text = engine.config.path.read_text(encoding="utf-8")
    assert 'addresses = ["*@acme.com", "stranger@nowhere.org"]' in text
    assert load_config(engine.config.path, create=False).client("acme").addresses == (
        "*@acme.com",
        "stranger@nowhere.org",
    )
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["ACME <Corp> & Co — 2 items, 1 waiting"]
    # New mail from that sender is now ACME's, and counts with ACME's earlier contacts.
    (result,) = engine.ingest(
        [Item("t", "u2", Channel.EMAIL, "stranger@nowhere.org", "again", engine.clock())]
    )
    assert result.client_id == "acme"
    assert result.decision is not None
    assert result.decision.kind is DecisionKind.BREAK_THROUGH
    assert "4 contacts from ACME <Corp> & Co in 20 min" in str(result.decision.reason)
    shell.close_windows()


def test_cells_cut_at_the_end_and_tooltips_are_plain_text(qtbot, engine: Engine) -> None:
    held_day(engine)
    window = DigestWindow(engine, lambda _url: True)
    qtbot.addWidget(window)
    assert window.tree.textElideMode() is Qt.TextElideMode.ElideRight
    anna = next(
        window.tree.topLevelItem(0).child(i)
        for i in range(window.tree.topLevelItem(0).childCount())
        if window.tree.topLevelItem(0).child(i).text(0).startswith("Anna")
    )
    tip = anna.toolTip(2)
    assert "&lt;b&gt;Invoice&lt;/b&gt; 42" in tip  # shown as written, not in bold
    label = QLabel(tip)  # what a tooltip renders: the subject's characters, literally
    assert QTextDocumentFragment.fromHtml(label.text()).toPlainText() == "<b>Invoice</b> 42"
    sender = QTextDocumentFragment.fromHtml(anna.toolTip(0)).toPlainText()
    assert sender == "Anna <anna@acme.com>"  # every cell has its whole text as a tooltip


def test_the_selection_stays_after_an_action(qtbot, engine: Engine) -> None:
    held_day(engine)
    window = DigestWindow(engine, lambda _url: True)
    qtbot.addWidget(window)
    ids = {r.sender: r.item_id for r in window.rows.values()}
    window.select_ids([ids["bob@acme.com"]])
    qtbot.mouseClick(window.not_urgent_button, Qt.MouseButton.LeftButton)
    assert [r.sender for r in window.selected()] == ["bob@acme.com"]  # reloaded, still there
    assert window.open_button.isEnabled()


def test_not_a_client_is_never_counted_again_and_can_be_undone(
    qtbot, engine: Engine, clock
) -> None:
    from office_hours.config import load_config
    from office_hours.config.save import read_data, save_config

    held_day(engine)
    window = DigestWindow(engine, lambda _url: True)
    qtbot.addWidget(window)
    ids = {r.sender: r.item_id for r in window.rows.values()}
    window.select_ids([ids["Anna <anna@acme.com>"]])
    assert not window.not_client_button.isEnabled()  # a client's sender: not offered
    window.select_ids([ids["stranger@nowhere.org"]])
    assert window.not_client_button.isEnabled()
    qtbot.mouseClick(window.not_client_button, Qt.MouseButton.LeftButton)
    assert window.message_label.text().startswith("stranger@nowhere.org is not a client")
    assert "stranger@nowhere.org" not in {r.sender for r in window.rows.values()}
    path = engine.config.path
    assert load_config(path, create=False).not_clients == ("stranger@nowhere.org",)
    assert "[[clients]]" in path.read_text(encoding="utf-8")  # the rest of the file kept

    clock.advance(minutes=5)
    again = Item("t", "u2", Channel.EMAIL, "Stranger <STRANGER@nowhere.org>", "Hi", clock())
    [result] = engine.ingest([again])
    assert result.duplicate  # not decided, not counted, not notified
    assert engine.store.db.execute(
        "SELECT COUNT(*) FROM items WHERE sender LIKE '%nowhere.org%'"
    ).fetchone() == (1,)  # only the first one, from before

    data = read_data(path)  # undone in the settings: the list emptied
    data["general"]["not_clients"] = []
    engine.reconfigure(save_config(path, data))
    third = Item("t", "u3", Channel.EMAIL, "stranger@nowhere.org", "Hello again", clock())
    [result] = engine.ingest([third])
    assert not result.duplicate  # counted again
