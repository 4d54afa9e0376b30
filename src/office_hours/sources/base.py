"""The one interface every source implements (IMAP, Slack, Matrix, desktop notifications),
so one ingest service stores them all and the shell treats them alike."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from office_hours.domain.auto_reply import ReplyHeaders
from office_hours.domain.model import Item
from office_hours.domain.unread import UnreadRow
from office_hours.sources.state import SourceState


@dataclass(frozen=True, slots=True)
class Batch:
    """Items a source delivers together, stored in one transaction with the cursors
    ((source, key) -> value, e.g. a Matrix sync token) that cover them: a restart neither
    loses nor replays them.

    Whether an item may notify is said here and decided in one place (ingest.notifies):
    `notify` False counts the whole batch quietly (backfill, or another app already showed
    it); `notify_after` limits it to items that arrived at or after that instant."""

    items: tuple[Item, ...]
    cursors: Mapping[tuple[str, str], str] = field(default_factory=dict)
    notify: bool = True
    notify_after: datetime | None = None
    # A mail account's unread messages now, per watched folder (no items, nothing stored):
    # the ingest service maps them to clients with the current config (ingest.on_unread).
    unread: Mapping[str, tuple[UnreadRow, ...]] | None = None
    # Mail the app filed into client folders (account id -> moves), recorded for undo.
    filed: Mapping[str, tuple[tuple[str, str, str, str], ...]] | None = None
    # item id -> the mail headers an auto-reply decision needs (issue 17; mail sources only)
    reply_headers: Mapping[str, ReplyHeaders] = field(default_factory=dict)


Sink = Callable[[Batch], None]
StateReport = Callable[[SourceState], None]
CursorReader = Callable[[str, str], "str | None"]  # (source, key) -> stored value


class Source(Protocol):
    """`name` is unique per running source (e.g. "matrix:@me:example.org") and is the items'
    `source`; `label` is what the tray and `doctor` show before the state; `spec` is what the
    source was built from: a config change that leaves it equal leaves the source running."""

    name: str
    label: str

    @property
    def spec(self) -> object: ...

    def check(self) -> SourceState | None:
        """What stops this source from running (package missing, no session bus, token
        refused), or None. May touch the network, bounded by a timeout."""

    def start(self, sink: Sink, report: StateReport) -> None:
        """Begin delivering batches to `sink` from the source's own thread; never block the
        caller, never raise into it: report states instead."""

    def stop(self) -> None:
        """Stop delivering and join the thread (bounded: at most a few seconds)."""
