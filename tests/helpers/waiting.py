"""Bounded polling of processes and peers (not Qt objects: those use qtbot.waitUntil)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def poll(what: str, check: Callable[[], T | None], timeout: float = 10.0, every: float = 0.05) -> T:
    """`check()`'s first truthy value; fails naming `what` once `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(every)
