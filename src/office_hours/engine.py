"""source -> match client -> policy -> store: the item flow, with no Qt and no sockets.

The tray app and the command line both use this, so a decision is made the same way
whatever front end an item arrives through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from office_hours.config import Config
from office_hours.domain.matching import ClientIndex
from office_hours.domain.model import (
    UNKNOWN_CLIENT_ID,
    Channel,
    Client,
    Decision,
    EffectiveMode,
    Item,
    ModeKind,
    ModeSetting,
)
from office_hours.domain.policy import Situation, decide
from office_hours.domain.schedule import effective_mode, iso_week_bounds, iso_week_of
from office_hours.storage.store import HeldItem, Store

if TYPE_CHECKING:
    from office_hours.domain.report import WeeklyReport

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class IngestResult:
    item: Item
    client_id: str
    decision: Decision | None  # None: seen before, nothing changed
    item_key: int | None

    @property
    def duplicate(self) -> bool:
        return self.decision is None


@dataclass(frozen=True, slots=True)
class Status:
    mode: EffectiveMode
    setting: ModeSetting
    held: int
    timezone: str
    now: datetime


class Engine:
    def __init__(self, config: Config, store: Store, clock: Clock = system_clock) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.clients = ClientIndex.of(config.clients)

    # -- mode --------------------------------------------------------------------------------

    def mode(self, now: datetime | None = None) -> EffectiveMode:
        return effective_mode(self.store.mode_setting(), self.config.hours, now or self.clock())

    def set_mode(
        self, kind: ModeKind | None, until: datetime | None = None, origin: str = "cli"
    ) -> EffectiveMode:
        now = self.clock()
        if until is not None and until <= now:
            raise ValueError("the end of that mode is already in the past")
        # Choosing what the schedule would give anyway means "follow the schedule".
        if kind is not None and until is None and kind is not ModeKind.FOCUS:
            scheduled = effective_mode(ModeSetting(None), self.config.hours, now)
            if scheduled.kind is kind:
                kind = None
        self.store.set_mode(ModeSetting(kind, until, now), origin)
        return self.mode(now)

    def status(self) -> Status:
        now = self.clock()
        return Status(
            self.mode(now),
            self.store.mode_setting(),
            self.store.held_count(),
            self.config.timezone,
            now,
        )

    # -- items --------------------------------------------------------------------------------

    def client_for(self, item: Item) -> Client | None:
        return self.clients.match(item)

    def ingest(
        self, items: Iterable[Item], cursors: Mapping[tuple[str, str], str] | None = None
    ) -> list[IngestResult]:
        """Decide and record a batch in one transaction: all of it is stored, or none.

        `cursors` ((source, key) -> value, e.g. an IMAP folder's last UID) are written in the
        same transaction, so a source killed at any point neither loses nor re-counts items."""
        now = self.clock()
        results: list[IngestResult] = []
        rules = self.config.urgency
        with self.store.transaction():
            mode = self.mode(now)
            for item in items:
                stored_client = self.store.stored_client(item.source, item.item_id)
                if stored_client is not None:  # seen before: nothing to decide or count
                    results.append(IngestResult(item, stored_client, None, None))
                    continue
                client = self.client_for(item)
                client_id = client.client_id if client else UNKNOWN_CLIENT_ID
                recent: Sequence[datetime] = ()
                if client is not None:
                    since = item.received_at - timedelta(minutes=rules.repeat_minutes)
                    recent = self.store.recent_contact_times(client_id, since, item.received_at)
                situation = Situation(mode, self.config.hours, rules, recent)
                decision = decide(item, client, situation, now)
                key = self.store.insert_item(item, client_id, decision, mode.kind, now)
                results.append(IngestResult(item, client_id, decision if key else None, key))
            for (source, key_name), value in (cursors or {}).items():
                self.store.put_cursor(source, key_name, value)
        return results

    def held(self, limit: int = 500) -> list[HeldItem]:
        return self.store.held_items(limit)

    # -- calls and reports ---------------------------------------------------------------------

    def log_call(
        self,
        client: Client,
        minutes: int,
        at: datetime | None = None,
        note: str = "",
        channel: Channel = Channel.CALL,
    ) -> int:
        now = self.clock()
        at = at or now - timedelta(minutes=minutes)
        if at > now + timedelta(minutes=1):
            raise ValueError("a call cannot be logged in the future")
        return self.store.log_call(client.client_id, channel, at, minutes, note, now)

    def current_week(self) -> str:
        return iso_week_of(self.clock(), self.config.timezone)

    def report(self, week: str | None = None) -> WeeklyReport:
        from office_hours.domain.report import build_report  # report maths load on demand

        week = week or self.current_week()
        start, end = iso_week_bounds(week, self.config.timezone)
        return build_report(
            week,
            self.store.contacts_between(start, end),
            self.store.calls_between(start, end),
            self.config.clients,
            self.config.hours,
            self.config.report,
        )
