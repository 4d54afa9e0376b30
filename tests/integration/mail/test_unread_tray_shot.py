"""The real app on Xvfb with trayer, a real Dovecot and keyring: the tray's "Waiting"
submenu lists three clients with unread mail (one overdue, one due soon), `status --json`
says the same, and reading one in another mail client updates the running app. The
screenshot lands in artifacts/screenshots/tray_waiting.png for people to look at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_tray_screenshot import (
    TRAYER,
    app_windows,
    light_share,
    poll,
    require_tools,
    running_app,
    screenshot,
    x_server,
)

from mail.mailpeers import Dovecot, SecretService, account, config_text, message
from office_hours import ipc, paths

pytestmark = pytest.mark.integration

CLIENTS = """
[clients.terms.email]
response_hours = 4.0

[[clients]]
id = "globex"
name = "Globex & Sons"
addresses = ["boss@globex.example"]

[[clients]]
id = "initech"
name = "Initech"
addresses = ["*@initech.example"]
[clients.terms.email]
response_hours = 1.0
"""


def put(dovecot: Dovecot, subject: str, sender: str, age: timedelta) -> None:
    """Mail that arrived `age` ago (its INTERNALDATE), unread."""
    client = dovecot.imap_client("alice")
    try:
        client.append("INBOX", message(subject, sender=sender), msg_time=datetime.now(UTC) - age)
    finally:
        client.logout()


def app_state() -> dict[str, Any]:
    try:
        reply = ipc.request({"cmd": "state"}, timeout=1.0)
    except OSError:
        return {}
    return reply if reply and reply.get("ok") else {}


def unread_counts() -> dict[str, int]:
    return {k: v["unread"] for k, v in (app_state().get("unread") or {}).items()}


@pytest.mark.parametrize("lang", ["en", "th"])
def test_waiting_submenu_on_xvfb(
    dovecot: Dovecot, secret_service: SecretService, home: Path, tmp_path: Path, qapp, lang: str
) -> None:
    require_tools("Xvfb", "trayer", "xdotool", "import")
    put(dovecot, "acme 1", "anna@acme.example", timedelta(hours=3, minutes=20))
    put(dovecot, "acme 2", "bert@acme.example", timedelta(minutes=30))
    put(dovecot, "acme 3", "anna@acme.example", timedelta(minutes=5))
    put(dovecot, "globex", "boss@globex.example", timedelta(hours=2, minutes=10))
    put(dovecot, "initech 1", "peter@initech.example", timedelta(hours=1, minutes=30))
    put(dovecot, "initech 2", "milton@initech.example", timedelta(minutes=50))
    put(dovecot, "stranger", "who@nowhere.example", timedelta(days=3))
    secret_service.set_password("work", "alicepw")
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    text = config_text(dovecot, [account(dovecot, "work", "alice")], "")
    text = text.replace('name = "ACME"', 'name = "ACME GmbH"')
    text = text.replace('timezone = "UTC"', f'timezone = "UTC"\nlanguage = "{lang}"')
    text = text.replace(
        'addresses = ["*@acme.example"]\n', 'addresses = ["*@acme.example"]\n' + CLIENTS
    )
    config.write_text(text, encoding="utf-8")

    with x_server() as env:
        env = {**env, "DBUS_SESSION_BUS_ADDRESS": os.environ["DBUS_SESSION_BUS_ADDRESS"]}
        trayer = subprocess.Popen(
            TRAYER, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            poll(
                "trayer",
                lambda: subprocess.run(
                    ["xdotool", "search", "--class", "trayer"], env=env, capture_output=True
                ).stdout.strip(),
            )
            with running_app({**env, "OFFICE_HOURS_TRAY_WAIT_S": "10"}, tmp_path / "app.log"):
                poll("the three clients' unread counts", lambda: unread_counts() == {
                    "acme": 3, "globex": 1, "initech": 2,
                })  # fmt: skip
                unread = app_state()["unread"]
                assert unread["initech"]["due_state"] == "overdue"
                assert unread["acme"]["due_state"] == "soon"
                words = {
                    "en": ("ACME GmbH: 3 unread, oldest 3 h, due in", "1 unread, oldest 2 h"),
                    "th": ("ACME GmbH: ยังไม่อ่าน 3 ฉบับ เก่าสุด 3 ชม., ครบกำหนดในอีก", "ยังไม่อ่าน 1"),
                }[lang]
                assert unread["acme"]["text"].startswith(words[0])
                assert unread["globex"]["text"].startswith("Globex & Sons: ")
                assert words[1] in unread["globex"]["text"]

                # Another process (the command line in the config's language) asks the app.
                done = subprocess.run(
                    [sys.executable, "-m", "office_hours", "status", "--json"],
                    capture_output=True, text=True, timeout=30, check=False,
                )  # fmt: skip
                assert done.returncode == 0, done.stderr
                assert json.loads(done.stdout)["unread"] == unread
                done = subprocess.run(
                    [sys.executable, "-m", "office_hours", "status"],
                    capture_output=True, text=True, timeout=30, check=False,
                )  # fmt: skip
                lines = done.stdout.splitlines()
                at = next(n for n, line in enumerate(lines) if line.endswith(":") and n > 2)
                assert [line.strip() for line in lines[at + 1 :]] == [
                    unread[key]["text"] for key in ("initech", "acme", "globex")
                ]  # most pressing first, as in the tray

                icon = poll(
                    "the tray icon",
                    lambda: next(
                        (w for w in app_windows(env) if w.y < 40 and 16 <= w.width <= 64), None
                    ),
                )
                x, y = icon.center
                subprocess.run(
                    ["xdotool", "mousemove", str(x), str(y), "click", "3"], env=env, check=True
                )
                menu = poll(
                    "the tray menu",
                    lambda: next(
                        (w for w in app_windows(env) if w.width >= 150 and w.height >= 150), None
                    ),
                )
                # The header and the account's line are disabled: Down lands on "Waiting".
                subprocess.run(["xdotool", "key", "Down", "Right"], env=env, check=True)
                submenu = poll(
                    "the Waiting submenu",
                    lambda: next(
                        (w for w in app_windows(env) if w.wid != menu.wid and w.height >= 60),
                        None,
                    ),
                )
                assert submenu.height < menu.height  # three entries, not the whole menu again
                assert submenu.width >= 300  # the longest line fits: sized from its text
                poll(
                    "the submenu painted",
                    lambda: light_share(screenshot(env, f"tray_waiting_{lang}.png"), submenu) > 0.6,
                )
                subprocess.run(["xdotool", "key", "Escape", "Escape"], env=env, check=True)

                # Read in another mail client: the running app follows.
                other = dovecot.imap_client("alice")
                other.select_folder("INBOX")
                other.add_flags(other.search(["FROM", "boss@globex.example"]), [b"\\Seen"])
                other.logout()
                poll("globex read", lambda: unread_counts() == {"acme": 3, "initech": 2})
                assert ipc.request({"cmd": "quit"}) == {"ok": True}
        finally:
            trayer.terminate()
            trayer.wait(5)
    # Nothing was marked read by the app: only the one the other client read.
    status = dovecot.status("alice")
    assert (status["messages"], status["unseen"]) == (7, 6)
