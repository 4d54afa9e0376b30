"""Helpers for end-to-end tests that run the real `office-hours` command in a private HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring_peer import secret_service  # a real Secret Service, for every integration test

from helpers.cli_run import Run

__all__ = ["secret_service"]


@pytest.fixture
def oh(home: Path) -> Run:
    """Run `python -m office_hours ARGS` with the test's HOME; returns the completed process."""

    def run(
        *args: str, stdin: str | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "office_hours", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=os.environ.copy(),
        )

    return run
