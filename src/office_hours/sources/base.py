"""The one interface every chat and desktop source implements, so the runner and the shell
treat them alike (mail predates it and has its own runner in sources/imap.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from office_hours.domain.model import Item


@dataclass(frozen=True, slots=True)
class Batch:
    """Items a source delivers together, stored in one transaction with the cursors
    ((source, key) -> value, e.g. a Matrix sync token) that cover them: a restart neither
    loses nor replays them."""

    items: tuple[Item, ...]
    cursors: Mapping[tuple[str, str], str] = field(default_factory=dict)
    notify: bool = True  # False: counted, never notified (backfill, or the app already did)


Sink = Callable[[Batch], None]
StateReport = Callable[[str], None]  # a plain-words state, e.g. "reconnecting in 20 s"
CursorReader = Callable[[str, str], "str | None"]  # (source, key) -> stored value


class Source(Protocol):
    """`name` is unique per running source (e.g. "matrix:@me:example.org") and is the items'
    `source`; `label` is what the tray and `doctor` show before the state."""

    name: str
    label: str

    def check(self) -> str | None:
        """A plain-words problem that stops this source from running (package missing, no
        session bus, token refused), or None. May touch the network, bounded by a timeout."""

    def start(self, sink: Sink, report: StateReport) -> None:
        """Begin delivering batches to `sink` from the source's own thread; never block the
        caller, never raise into it: report states instead."""

    def stop(self) -> None:
        """Stop delivering and join the thread (bounded: at most a few seconds)."""
