"""The digest's "assign to client" is published like any config change: the mail source
running in the ingest service decides the sender's next mail as that client's within 2 s,
with a real account on Dovecot (the tray app wired as app.py wires it)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mail.mailpeers import Dovecot, SecretService, account, config_text, message
from office_hours.config.load import load_config
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


def test_assign_in_the_digest_applies_to_the_running_mail_source(
    qtbot, dovecot: Dovecot, secret_service: SecretService, tmp_path: Path
) -> None:
    from office_hours.ui.tray_app import TrayApp

    secret_service.set_password("work", "alicepw")
    path = tmp_path / "config.toml"
    path.write_text(config_text(dovecot, [account(dovecot, "work", "alice")]))
    db = tmp_path / "oh.sqlite3"
    store = Store(db)
    app = TrayApp(
        Engine(load_config(path), store), None, wait_s=0, send=lambda t, b: None,
        tray_available=lambda: True,
    )  # fmt: skip
    app.start()
    app.start_ingest(db, tmp_path)

    def client_of(subject: str) -> str | None:
        row = store.db.execute(
            "SELECT x.client_id FROM items i JOIN interruptions x ON x.item_id = i.id"
            " WHERE i.subject = ?",
            (subject,),
        ).fetchone()
        return str(row[0]) if row else None

    try:
        qtbot.waitUntil(
            lambda: app.describe()["accounts"].get("work") == "connected", timeout=30_000
        )
        app.shell.focus(None)  # held: the digest is where held items are gone through
        dovecot.deliver("alice", message("who is this", sender="bob@beta.example"))
        qtbot.waitUntil(lambda: client_of("who is this") is not None, timeout=15_000)
        assert client_of("who is this") == "unknown"

        app.shell.digest()
        digest = app.shell.window("digest")
        assert digest is not None
        rows = digest.rows.values()  # type: ignore[attr-defined]
        row = next(r for r in rows if r.sender == "bob@beta.example")
        digest.select_ids([row.item_id])  # type: ignore[attr-defined]
        assigned = time.monotonic()
        digest.assign_selected("acme")  # type: ignore[attr-defined]
        assert client_of("who is this") == "acme"  # the history follows
        assert "bob@beta.example" in path.read_text()  # the rule is in the file
        # Published at once: the ingest service's own engine has the rule now.
        service = app.ingest.service if app.ingest else None
        assert service is not None
        qtbot.waitUntil(
            lambda: any(c.client_id == "acme" and "bob@beta.example" in c.addresses
                        for c in service.config.clients),
            timeout=2_000,
        )  # fmt: skip
        assert time.monotonic() - assigned < 2.0
        dovecot.deliver("alice", message("it is Bob again", sender="bob@beta.example"))
        qtbot.waitUntil(lambda: client_of("it is Bob again") is not None, timeout=15_000)
        assert client_of("it is Bob again") == "acme"
    finally:
        app.stop_services()
        app.dispose()
        store.close()
