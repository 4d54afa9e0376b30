"""Issue 4's promise end to end: entering focus in the real app pauses dunst and sets the
Slack stand-in's do-not-disturb and status; leaving focus restores both exactly; a kill in
focus followed by a start restores both. The Slack token comes from a real Secret Service
on the same private session bus as dunst."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_peer import start_keyring_daemon

from helpers.app_process import app_running, app_state
from helpers.cli_run import Run
from helpers.slack_fixtures import TOKEN, standin
from helpers.slack_standin import SlackStandIn
from office_hours.config.save import read_data, save_config

from .conftest import Session, _stop, poll

pytestmark = pytest.mark.integration

__all__ = ["standin"]  # a fixture, used by name

SLACK = "Slack status and do-not-disturb"
DUNST = "Desktop do-not-disturb (dunst)"
PRIOR = {"status_text": "On a train", "status_emoji": ":train:", "status_expiration": 0}


@pytest.fixture
def keyring_on_session(
    on_session: Session, home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """gnome-keyring on the desktop session's bus: the app and the CLI find the token there."""
    import os

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    daemon = start_keyring_daemon(dict(os.environ))
    try:
        yield
    finally:
        _stop(daemon)


def _presence() -> dict[str, str]:
    state = app_state()
    return dict(state["presence"]) if state else {}


def _slack_engaged(standin: SlackStandIn) -> bool:
    return bool(standin.dnd.get("snooze_enabled")) and standin.profile["status_text"] == FOCUS


def _slack_restored(standin: SlackStandIn) -> bool:
    return not standin.dnd.get("snooze_enabled") and all(
        standin.profile[k] == v for k, v in PRIOR.items()
    )


FOCUS = "Heads down until my next batch"


def test_focus_engages_dunst_and_slack_and_a_kill_in_focus_is_restored(
    on_session: Session,
    keyring_on_session: None,
    standin: SlackStandIn,
    home: Path,
    oh: Run,
) -> None:
    standin.profile.update(PRIOR)  # the user's own status, which must come back exactly
    saved = oh("account", "set-token", "slack", stdin=TOKEN + "\n")
    assert saved.returncode == 0, saved.stderr
    assert oh("mode", "reachable").returncode == 0
    config = home / ".config/office-hours/config.toml"
    data = read_data(config)  # the default file, written by the first command
    data["slack"].update(
        enabled=True, api_url=standin.base_url, focus_status_text=FOCUS, focus_status_emoji=":x:"
    )
    save_config(config, data)
    assert TOKEN not in config.read_text()

    with app_running(home, "first") as app:
        poll("both targets ready", lambda: _presence() == {SLACK: "ready", DUNST: "ready"}, 20)
        assert oh("mode", "focus").returncode == 0
        poll("dunst paused by focus", on_session.dunst_paused, timeout=10)
        poll("Slack snoozed with the focus status", lambda: _slack_engaged(standin), 10)
        assert standin.profile["status_emoji"] == ":x:"

        assert oh("mode", "reachable").returncode == 0
        poll("dunst unpaused on leaving focus", lambda: not on_session.dunst_paused(), 10)
        poll("Slack's prior status back", lambda: _slack_restored(standin), 10)

        assert oh("mode", "focus").returncode == 0
        poll("dunst paused again", on_session.dunst_paused, timeout=10)
        poll("Slack snoozed again", lambda: _slack_engaged(standin), 10)
        poll("both saved", lambda: set(_presence().values()) == {"on while you focus"}, 10)
        app.send_signal(signal.SIGKILL)
        assert app.wait(10) == -signal.SIGKILL
    assert on_session.dunst_paused() is True  # nobody restored them: the app was killed
    assert _slack_engaged(standin)

    assert oh("mode", "reachable").returncode == 0  # while no app runs
    with app_running(home, "second"):
        poll("dunst unpaused after the restart", lambda: not on_session.dunst_paused(), 10)
        poll("Slack's prior status back after the restart", lambda: _slack_restored(standin), 10)
    assert not (home / ".local/state/office-hours/presence.json").exists()
    assert not standin.calls("chat.postMessage")
    assert not standin.calls("conversations.mark")
