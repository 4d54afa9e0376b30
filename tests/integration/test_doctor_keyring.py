"""`office-hours doctor` names the keyring it found as the user knows it (a real Secret
Service here), not by keyring's class name ("Keyring", which every backend is called)."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring_peer import SecretService

from helpers.cli_run import Run

pytestmark = pytest.mark.integration


def test_doctor_names_the_secret_service(
    oh: Run, home: Path, secret_service: SecretService
) -> None:
    doctor = oh("doctor")
    lines = [line for line in doctor.stdout.splitlines() if "keyring:" in line]
    assert lines, doctor.stdout
    assert "keyring: Secret Service (GNOME Keyring, KeePassXC)" in lines[0], lines
    assert not lines[0].rstrip().endswith("keyring: Keyring")
