"""The tray with a real Matrix account, wired as app.py wires it (the one ingest service):
the account's state is a line in the tray menu, and a client's direct
message notifies on the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.memory_keyring import memory_keyring
from matrix.synapse import SERVER_NAME, Synapse
from office_hours import paths
from office_hours.config.load import parse_config
from office_hours.engine import Engine
from office_hours.secrets import SERVICE
from office_hours.storage.store import Store

pytestmark = [
    pytest.mark.integration,
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"^This plugin does not support",
        r"No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    ),
]
ALICE, ANNA = f"@alice:{SERVER_NAME}", f"@anna:{SERVER_NAME}"


def test_the_menu_shows_matrix_and_a_direct_message_notifies(
    qtbot, home: Path, synapse: Synapse, tmp_path: Path
) -> None:
    from office_hours.ui.tray_app import TrayApp

    alice, anna = synapse.login("alice", "alicepw"), synapse.login("anna", "annapw")
    dm = anna.create_room([ALICE], direct=True)
    alice.join(dm)
    always = "\n".join(f'{d} = ["00:00-00:00"]' for d in ("monday", "tuesday", "wednesday",
                       "thursday", "friday", "saturday", "sunday"))  # fmt: skip
    path = tmp_path / "config.toml"
    path.write_text(
        f'config_version = 1\n[general]\ntimezone = "UTC"\n[hours]\n{always}\n'
        f'[matrix]\nenabled = true\nhomeserver = "{synapse.base}"\nuser_id = "{ALICE}"\n'
        f'[[clients]]\nid = "acme"\nname = "ACME"\nchat_users = ["{ANNA}"]\n'
    )
    config = parse_config(path.read_text(), path)
    paths.database_file().parent.mkdir(parents=True, exist_ok=True)
    store = Store(paths.database_file())
    sent: list[tuple[str, str]] = []
    with memory_keyring() as keyring:
        keyring.set_password(SERVICE, "matrix", synapse.login("alice", "alicepw").token)
        app = TrayApp(
            Engine(config, store), None, wait_s=0, send=lambda t, b: sent.append((t, b)),
            tray_available=lambda: True,
        )  # fmt: skip
        app.start()
        app.start_ingest(paths.database_file(), paths.state_dir())  # as app.py does
        try:
            label = f"Matrix {ALICE}"
            qtbot.waitUntil(
                lambda: app.describe()["sources"].get(label) == "connected", timeout=15_000
            )
            anna.text(dm, "Is the <b>release</b> still on for today?")
            qtbot.waitUntil(lambda: len(sent) == 1, timeout=5_000)
            title, body = sent[0]
            assert "ACME" in title
            assert "release" in body
            assert app.host.tray is not None
            lines = [a.text() for a in app.host.tray.menu.actions()]
            assert f"{label}: connected" in lines
        finally:
            app.stop_services()
            app.dispose()
            store.close()
