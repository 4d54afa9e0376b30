"""Helpers for end-to-end tests of the `office-hours` command: the type of the `oh` fixture
(tests/integration/conftest.py) and JSON-lines items. A module of its own, because
`from conftest import ...` finds whichever conftest pytest imported first."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

Run = Callable[..., subprocess.CompletedProcess[str]]


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
