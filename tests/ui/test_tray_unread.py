"""The tray's "Waiting" submenu and `status --json` show unread mail per client, with due
times from the clients' terms; an overdue client is marked (fake clock, no server)."""

from __future__ import annotations

import html
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from office_hours.config.load import parse_config
from office_hours.domain.unread import ClientUnread
from office_hours.engine import Engine
from office_hours.storage.store import Store
from office_hours.ui.tray_app import TrayApp

pytestmark = pytest.mark.gui

CONFIG = """\
config_version = 1
[general]
timezone = "Europe/Berlin"

[[clients]]
id = "acme"
name = "ACME GmbH"
addresses = ["*@acme.com"]
[clients.terms.email]
response_hours = 4.0

[[clients]]
id = "globex"
name = "Globex & <Sons>"
addresses = ["*@globex.com"]

[[clients]]
id = "initech"
name = "Initech"
addresses = ["*@initech.com"]
[clients.terms.email]
response_hours = 1.0
"""


@pytest.fixture
def app(qtbot, tmp_path: Path, clock):
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    config = parse_config(CONFIG, path)
    store = Store(tmp_path / "oh.sqlite3")
    engine = Engine(config, store, clock)
    tray = TrayApp(engine, None, wait_s=0, send=lambda t, b: None, tray_available=lambda: True)
    tray.host.start()
    assert tray.host.tray is not None
    yield tray
    tray.dispose()
    store.close()


def entries(app: TrayApp) -> list[QAction]:
    assert app.host.tray is not None
    return [a for a in app.host.tray.unread_menu.actions() if not a.isSeparator()]


def test_waiting_submenu_three_clients(app: TrayApp, clock) -> None:
    tray = app.host.tray
    assert tray is not None
    assert not tray.unread_shown  # nobody waits: no submenu
    now = clock.now
    app.show_unread(
        {
            "imap:work": {
                "acme": ClientUnread(2, now - timedelta(hours=3, minutes=20)),
                "globex": ClientUnread(1, now - timedelta(hours=2)),
            },
            "imap:home": {
                "acme": ClientUnread(1, now - timedelta(minutes=5)),
                "initech": ClientUnread(4, now - timedelta(hours=1, minutes=30)),
                "unknown": ClientUnread(9, now),  # not a client: never listed
            },
        }
    )
    assert tray.unread_shown
    assert tray.unread_menu.title() == "Waiting (1 overdue)"
    texts = [a.text() for a in entries(app)]
    assert texts == [
        "Initech: 4 unread, oldest 1 h, overdue by 30 min",
        "ACME GmbH: 3 unread, oldest 3 h, due in 40 min",
        "Globex && <Sons>: 1 unread, oldest 2 h",  # '&' doubled: not a shortcut
    ]
    assert [a.font().bold() for a in entries(app)] == [True, False, False]
    tip = html.unescape(tray.icon.toolTip())
    assert tip.index("Initech: 4 unread, oldest 1 h, overdue by 30 min") < tip.index("Reachable")
    assert "ACME GmbH" not in tip  # only the overdue lead the tooltip

    state = app.describe()["unread"]
    assert set(state) == {"acme", "globex", "initech"}
    assert state["acme"]["unread"] == 3
    assert state["acme"]["due_state"] == "soon"
    assert state["acme"]["text"] == "ACME GmbH: 3 unread, oldest 3 h, due in 40 min"
    assert state["initech"]["due_state"] == "overdue"
    assert state["globex"]["due"] is None

    # Time passes: the lines follow the clock at the status poll (or when the menu opens).
    clock.advance(minutes=45)
    app.shell.refresh()
    assert tray.unread_menu.title() == "Waiting (2 overdue)"
    assert entries(app)[0].text().startswith("Initech")
    assert "overdue by 5 min" in entries(app)[1].text()

    # Read everywhere: the submenu goes.
    app.show_unread({"imap:work": {}, "imap:home": {}})
    assert not tray.unread_shown
    assert "overdue" not in tray.icon.toolTip()
    assert app.describe()["unread"] == {}


def test_entry_opens_the_digest_which_heads_with_the_lines(app: TrayApp, clock, qtbot) -> None:
    app.show_unread({"imap:work": {"acme": ClientUnread(1, clock.now - timedelta(minutes=7))}})
    assert "digest" not in app.shell.describe_windows()
    entries(app)[0].trigger()
    qtbot.waitUntil(lambda: "digest" in app.shell.describe_windows(), timeout=3000)
    digest = app.shell.window("digest")
    label = digest.unread_label  # type: ignore[union-attr]
    assert label.text() == "Waiting for an answer:\nACME GmbH: 1 unread, oldest 7 min"
    assert label.isVisible()
    assert label.textFormat() == Qt.TextFormat.PlainText  # client names are plain text
    # Live: a second client appears in the open digest, and it goes when all is read.
    app.show_unread({"imap:work": {"globex": ClientUnread(2, clock.now)}})
    assert label.text().splitlines()[1:] == ["Globex & <Sons>: 2 unread, oldest 0 min"]
    app.show_unread({})
    assert not label.isVisible()
