"""The config is live: the real app process, with a real mail account on Dovecot, follows an
edit of config.toml within 2 s (a new client, a new time zone, a new language) without a
restart; an invalid edit keeps the running config and says where the problem is."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers.app_process import app_running, app_state
from helpers.waiting import poll
from mail.mailpeers import Dovecot, SecretService, account, config_text, message
from office_hours import ipc, paths
from office_hours.storage.store import Store

pytestmark = pytest.mark.integration

APPLY_S = 2.0  # the bar: an edit reaches every part of the running app within this


def _client_of(subject: str) -> str | None:
    store = Store(paths.database_file())
    try:
        row = store.db.execute(
            "SELECT x.client_id FROM items i JOIN interruptions x ON x.item_id = i.id"
            " WHERE i.subject = ?",
            (subject,),
        ).fetchone()
        return str(row[0]) if row else None
    finally:
        store.close()


def _state() -> dict:  # type: ignore[type-arg]
    state = app_state()
    assert state is not None, "the app stopped answering"
    return state


def _report() -> dict:  # type: ignore[type-arg]
    return dict(_state()["windows"].get("report") or {})


def test_an_edit_of_config_toml_applies_to_the_running_app(
    dovecot: Dovecot, secret_service: SecretService, home: Path
) -> None:
    secret_service.set_password("work", "alicepw")
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(config_text(dovecot, [account(dovecot, "work", "alice")]))
    with app_running(home, "live") as proc:
        poll("the account connected", lambda: _state()["accounts"].get("work") == "connected", 30)
        done = subprocess.run(
            [sys.executable, "-m", "office_hours", "mode", "focus"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        dovecot.deliver("alice", message("before the edit", sender="bob@beta.example"))
        poll("the first mail stored", lambda: _client_of("before the edit"), 15)
        assert _client_of("before the edit") == "unknown"
        poll("held and named", lambda: "Unknown senders 1" in _state()["tooltip"], 5)
        assert ipc.request({"cmd": "open", "window": "report"})
        poll("the report shown", lambda: "Times in UTC" in _report().get("state", ""), 15)
        assert "Beta Ltd" not in _report()["clients"]

        # The user edits the file as an editor does: a new file renamed over the old one.
        text = config.read_text().replace('timezone = "UTC"', 'timezone = "Europe/Berlin"')
        text += '\n[[clients]]\nid = "beta"\nname = "Beta Ltd"\naddresses = ["*@beta.example"]\n'
        edited = time.monotonic()
        tmp = config.with_suffix(".edit")
        tmp.write_text(text)
        tmp.replace(config)
        poll("the app to take the edit", lambda: "Beta Ltd" in _state()["clients"], APPLY_S)
        poll(
            "the open report window to show the new client and zone",
            lambda: (
                "Beta Ltd" in _report().get("clients", ())
                and "Europe/Berlin" in _report().get("state", "")
            ),
            APPLY_S - (time.monotonic() - edited) + 1.0,  # the report is computed afresh
        )
        dovecot.deliver("alice", message("after the edit", sender="bob@beta.example"))
        poll("the second mail stored", lambda: _client_of("after the edit"), 15)
        assert _client_of("after the edit") == "beta"  # the mail source's engine follows
        poll("the tooltip names it", lambda: "Beta Ltd 1" in _state()["tooltip"], 5)
        assert _state()["pid"] == proc.pid  # no restart

        # An invalid edit: the running config stays, the problem is named with its line.
        good = config.read_text()
        config.write_text(good + "\n[hours]\nmonday = 12\n")
        problem = poll("the problem shown", lambda: _state()["config_problem"], APPLY_S)
        assert str(config) in problem
        assert "line" in problem
        assert "Beta Ltd" in _state()["clients"]
        assert _state()["accounts"]["work"] == "connected"
        # Fixed again: applied, the problem gone; a new language retranslates the tray.
        config.write_text(good.replace("[general]\n", '[general]\nlanguage = "th"\n', 1))
        poll("the fix applied", lambda: _state()["config_problem"] is None, APPLY_S)
        poll("the tray in Thai", lambda: _state()["accounts"]["work"] == "เชื่อมต่อแล้ว", APPLY_S)
        assert _state()["pid"] == proc.pid
