"""While the desktop holds the app's own notifications (dunst paused by focus), a
break-through and a batch summary come up in the app's popup; actions teach the rule,
remind at the next batch, open the digest; the tray shows a waiting break-through until it
is seen. Everything else still goes to the desktop, where it waits with the rest."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from office_hours.domain.model import Channel, DecisionKind, Item, ModeKind
from office_hours.engine import Engine
from office_hours.presence.desktop import HOLDING, holds_own_notifications
from office_hours.storage.store import HeldItem
from office_hours.ui.actions import ShellActions
from office_hours.ui.icons import mode_icon
from office_hours.ui.notify import NOT_URGENT, OPEN, REMIND, Notifier
from office_hours.ui.popup import Popup
from office_hours.ui.shell import Shell
from office_hours.ui.tray import TrayIcon
from office_hours.ui.tray_app import TrayApp

pytestmark = pytest.mark.gui


class Sent:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, title: str, body: str) -> None:
        self.calls.append((title, body))


def urgent(engine: Engine, ident: str = "1") -> list[HeldItem]:
    engine.set_mode(ModeKind.FOCUS, until=engine.clock() + timedelta(minutes=50))
    keys = [
        r.item_key
        for r in engine.ingest(
            [Item("t", ident, Channel.EMAIL, "Eve <eve@acme.com>", "URGENT down", engine.clock())]
        )
    ]
    items = engine.store.decided_items([k for k in keys if k is not None])
    assert [i.decision for i in items] == [DecisionKind.BREAK_THROUGH]
    return items


def popups(notifier: Notifier) -> list[Popup]:
    return [p for p in notifier.popups if isinstance(p, Popup) and p.isVisible()]


def test_held_desktop_means_our_popup_and_the_summary_too(qtbot, engine: Engine) -> None:
    sent = Sent()
    held = [True]
    notifier = Notifier(
        True, engine.config.clients, lambda *_: None, sent, holds_own=lambda: held[0]
    )
    notifier.notify_items(urgent(engine))
    qtbot.waitUntil(lambda: len(popups(notifier)) == 1)
    popup = popups(notifier)[0]
    assert popup.title_label.text() == "ACME <Corp> & Co — Eve <eve@acme.com>"
    assert popup.body_label.text().startswith("URGENT down\nBreaks through focus")
    assert list(popup.buttons) == [OPEN, NOT_URGENT, REMIND]
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(QRect(popup.pos(), popup.size()))  # nothing cut off
    assert popup.x() + popup.width() > area.right() - 40  # top right
    assert notifier.waiting  # not seen yet
    assert sent.calls == []  # dunst would only have held it until focus ends

    # "Remind me at the next batch": seen now, and told again with the batch summary.
    popup.buttons[REMIND].click()
    qtbot.waitUntil(lambda: not popups(notifier))
    assert not notifier.waiting
    engine.ingest([Item("t", "h", Channel.EMAIL, "x@nowhere.org", "later", engine.clock())])
    release = engine.release_now()
    assert release is not None
    assert notifier.notify_release(release)
    qtbot.waitUntil(lambda: len(popups(notifier)) == 1)  # the summary: seen in focus too
    summary = popups(notifier)[0]
    assert summary.title_label.text().startswith("Held items are back")
    assert "Reminder: ACME <Corp> & Co — Eve <eve@acme.com>" in summary.body_label.text()

    held[0] = False  # focus over: the desktop shows them itself again
    notifier.notify("Your weekly report is ready", "Week 47")
    qtbot.waitUntil(lambda: len(sent.calls) == 1)
    notifier.shutdown()


def test_not_urgent_teaches_the_rule_through_the_tray_app(qtbot, engine: Engine) -> None:
    app = TrayApp(engine, None, wait_s=0, send=Sent(), tray_available=lambda: True)
    app.start()
    items = urgent(engine)
    notifier = app.notifier
    notifier._holds_own = lambda: True
    notifier.notify_items(items)
    qtbot.waitUntil(lambda: len(popups(notifier)) == 1)
    tray = app.host.tray
    assert tray is not None
    assert (
        tray.menu.actions()[0].text() == "Emergency waiting: ACME <Corp> && Co — Eve <eve@acme.com>"
    )
    assert tray.icon.toolTip().startswith("<qt>")
    assert app.describe()["waiting"] == ["ACME <Corp> & Co — Eve <eve@acme.com>"]
    popups(notifier)[0].buttons[NOT_URGENT].click()
    qtbot.waitUntil(lambda: not app.describe()["waiting"])
    rows = {r.item_id: r for r in engine.digest()}
    assert rows[items[0].item_id].not_urgent
    assert "Emergency" not in tray.menu.actions()[0].text()
    assert not tray.icon.toolTip().startswith("<qt>")
    app.dispose()


def test_the_tray_entry_opens_what_waits(qtbot, engine: Engine) -> None:
    app = TrayApp(engine, None, wait_s=0, send=Sent(), tray_available=lambda: True)
    app.start()
    opened: list[bool] = []
    app.shell.digest = lambda: opened.append(True)  # type: ignore[method-assign]
    app.notifier.notify_items(urgent(engine))
    tray = app.host.tray
    assert tray is not None
    qtbot.waitUntil(lambda: tray.waiting != "")
    tray.menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: opened == [True])
    assert tray.waiting == ""
    app.dispose()


def test_the_waiting_icon_is_distinct(qtbot, engine: Engine) -> None:
    def pixels(icon) -> list:
        image = icon.pixmap(32, 32).toImage()
        return [image.pixelColor(x, y).name() for x in range(32) for y in range(32)]

    plain = pixels(mode_icon(ModeKind.FOCUS, 3))
    waiting = pixels(mode_icon(ModeKind.FOCUS, 3, waiting=True))
    assert plain != waiting
    amber = sum(1 for c in waiting if c == "#f9ab00")
    assert amber > 20  # the amber mark, bottom left
    shell = Shell(engine)
    tray = TrayIcon(shell, ShellActions(shell))
    before = pixels(tray.icon.icon())
    tray.show_waiting("Eve", lambda: None)
    assert pixels(tray.icon.icon()) != before
    tray.show_waiting("", lambda: None)
    assert pixels(tray.icon.icon()) == before
    tray.dispose()


def test_only_dunst_holds_our_own() -> None:
    assert not holds_own_notifications()
    HOLDING.set("dunst", True)
    try:
        assert holds_own_notifications()
    finally:
        HOLDING.set("dunst", False)
    assert not holds_own_notifications()


def test_a_quieted_desktop_gets_the_summary_as_critical(qtbot, engine: Engine) -> None:
    """GNOME, XFCE and Plasma hold ordinary popups in their do-not-disturb but show
    critical ones: while the app keeps one of them quiet, the batch summary (which the user
    agreed to see) goes as critical; once focus is over, as an ordinary notice again."""
    normal, critical = Sent(), Sent()
    quiet = [True]
    notifier = Notifier(
        True, engine.config.clients, lambda *_: None, normal,
        send_critical=critical, holds_own=lambda: False, quiets=lambda: quiet[0],
    )  # fmt: skip
    engine.set_mode(ModeKind.FOCUS, until=engine.clock() + timedelta(minutes=50))
    engine.ingest([Item("t", "h1", Channel.EMAIL, "x@nowhere.org", "later", engine.clock())])
    release = engine.release_now()
    assert release is not None
    assert notifier.notify_release(release)
    qtbot.waitUntil(lambda: len(critical.calls) == 1)
    assert critical.calls[0][0].startswith("Held items are back")
    assert normal.calls == []
    notifier.notify("Your weekly report is ready", "Week 47")  # not a summary: ordinary
    qtbot.waitUntil(lambda: len(normal.calls) == 1)

    quiet[0] = False
    engine.ingest([Item("t", "h2", Channel.EMAIL, "x@nowhere.org", "later", engine.clock())])
    again = engine.release_now()
    assert again is not None
    assert notifier.notify_release(again)
    qtbot.waitUntil(lambda: len(normal.calls) == 2)
    assert len(critical.calls) == 1
    notifier.shutdown()


def test_quieting_is_flagged_before_the_desktop_is_told_and_cleared_after(monkeypatch) -> None:
    """A summary racing the switch must not slip through as ordinary (and be held)."""
    from office_hours.presence import desktop

    seen: list[tuple[str, bool]] = []

    def run(*argv: str) -> str:
        seen.append((argv[-1], desktop.quiets_normal_notifications()))
        return "true"

    monkeypatch.setattr(desktop, "_run", run)
    gnome = desktop.GnomeBanners()
    saved = gnome.engage()
    assert seen[-1] == ("false", True)  # show-banners false: already flagged
    assert desktop.quiets_normal_notifications()
    gnome.restore(saved)
    assert seen[-1] == ("true", True)  # banners back on while still flagged...
    assert not desktop.quiets_normal_notifications()  # ...and cleared after
