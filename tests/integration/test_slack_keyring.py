"""The Slack token through a real Secret Service (gnome-keyring on a private bus): saved by
`office-hours account set-token slack`, used by `doctor` and by the source against the
stand-in, and found nowhere on disk outside the keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring_peer import SecretService, secret_service

from helpers.slack_fixtures import TOKEN, standin
from helpers.slack_standin import SlackStandIn
from office_hours.sources.slack import SlackSource

__all__ = ["secret_service", "standin"]  # fixtures, used by name

pytestmark = pytest.mark.integration
SRC = str(Path(__file__).resolve().parents[2] / "src")


def _office_hours(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,  # the secret_service fixture's bus and keyring backend
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "PYTHONPATH": SRC,
    }
    return subprocess.run(
        [sys.executable, "-m", "office_hours", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_token_saved_by_the_command_is_used_by_doctor_and_the_source(
    secret_service: SecretService, standin: SlackStandIn, home: Path
) -> None:
    config = home / ".config" / "office-hours" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        'config_version = 1\n[general]\ntimezone = "UTC"\n'
        f'[slack]\nenabled = true\napi_url = "{standin.base_url}"\n',
        encoding="utf-8",
    )
    saved = _office_hours(home, "account", "set-token", "slack", stdin=TOKEN + "\n")
    assert saved.returncode == 0, saved.stderr
    assert "Saved the Slack token in the keyring." in saved.stdout

    doctor = _office_hours(home, "doctor")
    assert "[     ok] Slack: connected (me in Stand-in Workspace)" in doctor.stdout, doctor.stdout

    assert SlackSource(standin.base_url, [], lambda s, k: None).check() is None
    assert {r.authorization for r in standin.requests} == {f"Bearer {TOKEN}"}
    leaked = [p for p in home.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()]
    assert leaked == []
