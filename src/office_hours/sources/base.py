"""The one interface every source implements, so the engine and shell treat them alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from office_hours.domain.model import Item

Sink = Callable[[Item], None]
StateReport = Callable[[str], None]  # a plain-words state, e.g. "reconnecting in 20 s"


class Source(Protocol):
    kind: str

    def check(self) -> str | None:
        """A plain-words problem that stops this source from running, or None."""

    def start(self, sink: Sink, report: StateReport) -> None:
        """Begin delivering items to `sink`; never raise into the caller, report instead."""

    def stop(self) -> None: ...
