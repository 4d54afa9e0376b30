"""Helpers for end-to-end tests that run the real `office-hours` command in a private HOME."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from keyring_peer import secret_service  # a real Secret Service, for every integration test

__all__ = ["secret_service"]

Run = Callable[..., subprocess.CompletedProcess[str]]


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


def item_line(
    ident: str,
    sender: str,
    subject: str,
    at: datetime,
    channel: str = "email",
    source: str = "test",
) -> str:
    return json.dumps(
        {
            "source": source,
            "channel": channel,
            "sender": sender,
            "subject": subject,
            "received_at": at.isoformat(),
            "id": ident,
        },
        ensure_ascii=False,
    )


def lines(items: Iterable[str]) -> str:
    return "\n".join(items) + "\n"


def recent(minutes: int = 1) -> datetime:
    return datetime.now(UTC) - timedelta(minutes=minutes)


def report_of(run: Run, *extra: str) -> dict[str, Any]:
    proc = run("report", "--format", "json", *extra)
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def client_row(report: dict[str, Any], client: str) -> dict[str, Any]:
    for row in report["clients"]:
        if row["client"] == client:
            return dict(row)
    raise AssertionError(f"{client} not in report: {[r['client'] for r in report['clients']]}")
