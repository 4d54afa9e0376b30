"""The tray with a real mail account: a message delivered while IDLE notifies through the
tray's notifier (on the UI thread), and the account's state is a line in the tray menu."""

from __future__ import annotations

from pathlib import Path

import pytest

from mail.mailpeers import Dovecot, SecretService, account, config_text, message
from office_hours.config.load import parse_config
from office_hours.engine import Engine
from office_hours.storage.store import Store

pytestmark = [
    pytest.mark.integration,
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"^This plugin does not support",
        r"No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    ),
]


def test_delivered_mail_notifies_and_the_menu_shows_the_account(
    qtbot, dovecot: Dovecot, secret_service: SecretService, tmp_path: Path
) -> None:
    from office_hours.ui.tray_app import TrayApp

    secret_service.set_password("work", "alicepw")
    secret_service.set_password("broken", "wrong")
    path = tmp_path / "config.toml"
    path.write_text(
        config_text(dovecot, [account(dovecot, "work", "alice"), account(dovecot, "broken", "bob")])
    )
    config = parse_config(path.read_text(), path)
    db = tmp_path / "oh.sqlite3"
    store = Store(db)
    sent: list[tuple[str, str]] = []
    app = TrayApp(
        Engine(config, store), None, wait_s=0, send=lambda t, b: sent.append((t, b)),
        tray_available=lambda: True,
    )  # fmt: skip
    app.start()
    app.start_ingest(db, tmp_path)  # as app.py does: every source in the one service
    try:
        qtbot.waitUntil(
            lambda: app.describe()["accounts"].get("work") == "connected", timeout=15_000
        )
        qtbot.waitUntil(
            lambda: "login refused" in app.describe()["accounts"].get("broken", ""),
            timeout=15_000,
        )
        dovecot.deliver("alice", message("Please call me"))
        qtbot.waitUntil(lambda: len(sent) == 1, timeout=15_000)
        title, body = sent[0]
        assert "ACME" in title
        assert "Please call me" in body
        assert app.describe()["accounts"]["work"] == "connected"
        assert app.host.tray is not None
        lines = [a.text() for a in app.host.tray.menu.actions()]
        assert "Mail work: connected" in lines
        assert any(t.startswith("Mail broken: login refused") for t in lines)
    finally:
        app.stop_services()
        app.dispose()
        store.close()
