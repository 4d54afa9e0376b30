"""`doctor` says whether Slack accepts the token, in plain words."""

from __future__ import annotations

from pathlib import Path

from helpers.memory_keyring import MemoryKeyring, memory_keyring
from helpers.slack_fixtures import slack_keyring, standin
from helpers.slack_standin import SlackStandIn
from office_hours.cli.doctor import BAD, OK, _slack_state
from office_hours.config.load import parse_config

__all__ = ["slack_keyring", "standin"]


def _config(standin: SlackStandIn, tmp_path: Path):  # type: ignore[no-untyped-def]
    text = (
        'config_version = 1\n[general]\ntimezone = "UTC"\n'
        f'[slack]\nenabled = true\napi_url = "{standin.base_url}"\nchannels = ["C0WATCH01"]\n'
    )
    return parse_config(text, tmp_path / "config.toml")


def test_doctor_line_when_slack_answers(
    standin: SlackStandIn, slack_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    assert _slack_state(_config(standin, tmp_path)) == (
        OK,
        "Slack: connected (me in Stand-in Workspace; C0WATCH01)",
    )


def test_doctor_line_when_the_token_is_refused(standin: SlackStandIn, tmp_path: Path) -> None:
    with memory_keyring() as backend:
        backend.set_password("office-hours", "slack", "xoxp-old")
        state, text = _slack_state(_config(standin, tmp_path))
    assert state == BAD
    assert text.startswith("Slack: login refused: check the password or token saved")
    assert "(invalid_auth; office-hours account set-token slack)" in text
