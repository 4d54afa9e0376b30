"""source -> match client -> policy -> store: the item flow, with no Qt and no sockets.

The tray app and the command line both use this, so a decision is made the same way
whatever front end an item arrives through.
"""

from __future__ import annotations

import os
import sys
import time
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from office_hours.config import Config
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
from office_hours.domain.release import (
    DueRelease,
    ReleaseCause,
    due_release,
    next_batch,
    next_release,
    on_demand,
    summary,
)
from office_hours.domain.schedule import (
    effective_mode,
    iso_week_bounds,
    iso_week_of,
    schedule_change,
)
from office_hours.storage.store import DigestRow, HeldItem, Release, Store

# Items that arrived longer ago than this are back-filled history: decided with the mode in
# force when they arrived (the mode log), not the mode at ingest.
BACKFILL_AFTER = timedelta(minutes=15)

if TYPE_CHECKING:
    from office_hours.domain.matching import ClientIndex
    from office_hours.domain.mode_log import ModeLog
    from office_hours.domain.report import WeeklyReport

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


# Tests that kill the process at a chosen point of a release set this to the point's name;
# the process says so on stderr and waits there to be killed. Unset, it costs one lookup.
PAUSE_ENV = "OFFICE_HOURS_TEST_PAUSE_AT"
PAUSE_S = 30.0
DIGEST_DAYS = 7


def _pause_point(name: str) -> None:
    if os.environ.get(PAUSE_ENV) == name:
        sys.stderr.write(f"PAUSED {name}\n")
        sys.stderr.flush()
        time.sleep(PAUSE_S)


@dataclass(frozen=True, slots=True)
class IngestResult:
    item: Item
    client_id: str
    decision: Decision | None  # None: seen before, nothing changed
    item_key: int | None
    notify: bool = False  # set by ingest.notifies: the one rule for every path

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
    next_batch: datetime | None = None
    next_release: datetime | None = None  # when held items next come back
    next_release_is_batch: bool = True
    # (client id, client name, count), most first: who is waiting, as the tray tells it
    held_by_client: tuple[tuple[str, str, int], ...] = ()


class Engine:
    def __init__(self, config: Config, store: Store, clock: Clock = system_clock) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self._clients: ClientIndex | None = None

    @property
    def clients(self) -> ClientIndex:
        """Built when first needed: deciding items (the ingest service's engine) needs it,
        the tray's first paint does not (start-up is measured to that paint)."""
        if self._clients is None:
            from office_hours.domain.matching import ClientIndex

            self._clients = ClientIndex.of(self.config.clients)
        return self._clients

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
        upcoming = self.next_release(now)
        waiting = sorted(self.store.waiting_by_client(), key=lambda cn: (-cn[1], cn[0]))
        return Status(
            self.mode(now),
            self.store.mode_setting(),
            sum(n for _, n in waiting),
            self.config.timezone,
            now,
            self.next_batch(now),
            upcoming[0] if upcoming else None,
            upcoming is None or upcoming[1] is ReleaseCause.BATCH,
            tuple((cid, self.client_name(cid), n) for cid, n in waiting),
        )

    # -- releases of the held queue -----------------------------------------------------------

    def mode_at(self, at: datetime) -> ModeKind:
        """The mode the user had (or, for a later instant, will have) at `at`."""
        return effective_mode(self.store.mode_setting_at(at), self.config.hours, at).kind

    def next_batch(self, now: datetime | None = None) -> datetime | None:
        now = now or self.clock()
        return next_batch(now, self.config.batch_times, self.config.timezone, self.mode_at)

    def next_release(self, now: datetime | None = None) -> tuple[datetime, ReleaseCause] | None:
        now = now or self.clock()
        return next_release(
            now,
            self.config.batch_times,
            self.config.timezone,
            self.mode_at,
            lambda t: self.mode(t).until,
        )

    def next_release_check(self, now: datetime | None = None) -> datetime | None:
        """When a release may next fall due: the next batch or the end of this mode."""
        now = now or self.clock()
        times = [t for t in (self.next_batch(now), self.mode(now).until) if t is not None]
        return min(times) if times else None

    def client_name(self, client_id: str) -> str:
        for client in self.config.clients:
            if client.client_id == client_id:
                return client.name
        return client_id

    def release_due(self) -> Release | None:
        """Release what waits if a batch time passed or focus/off hours ended since the
        oldest waiting item was held. Reading only, unless a release is due: then one
        transaction, so a crash leaves either all released or none.

        No "last checked" mark is kept: everything held before the last release went with
        it, so what is waiting now tells since when to look, whether the app ran or not."""
        now = self.clock()
        since = self.store.oldest_waiting()
        if since is None or since >= now:
            return None
        tz = self.config.timezone
        changes = self._mode_changes(since, now)
        due = due_release(since, now, self.config.batch_times, tz, self.mode_at, changes)
        if due is None:
            return None
        with self.store.transaction():
            release = self._release(now, due)  # counts again: another process may have won
        if release is not None:
            _pause_point("release_after_commit")
        return release

    def _mode_changes(self, since: datetime, now: datetime) -> list[datetime]:
        """Where the mode may have changed in (since, now]: choices, their ends, and the
        schedule's own changes (bounded: one release covers a long absence anyway)."""
        changes = self.store.mode_changes_between(since, now)
        at: datetime | None = since
        for _ in range(64):
            at = schedule_change(at, self.config.hours) if at is not None else None
            if at is None or at > now:
                break
            changes.append(at)
        return changes

    def release_now(self) -> Release | None:
        """Everything that waits, now (from the tray or `office-hours release`)."""
        now = self.clock()
        with self.store.transaction():
            release = self._release(now, on_demand())
        if release is not None:
            _pause_point("release_after_commit")
        return release

    def _release(self, now: datetime, due: DueRelease) -> Release | None:
        counts = self.store.waiting_by_client()
        total = sum(n for _, n in counts)
        if total == 0:
            return None
        text = summary([(self.client_name(cid), n) for cid, n in counts])
        release = self.store.insert_release(now, due.cause.value, due.reason, text, total)
        _pause_point("release_before_commit")
        return release

    def announce_pending(self, announce: Callable[[Release], object]) -> list[Release]:
        """Tell the user about each release not yet told, then record that it was told: a
        crash in between tells again at the next start, it never releases again."""
        done = []
        for release in self.store.unannounced_releases():
            announce(release)
            self.store.mark_announced(release.release_id, self.clock())
            done.append(release)
        return done

    # -- the digest ---------------------------------------------------------------------------

    def digest(self, limit: int = 500) -> list[DigestRow]:
        since = self.clock() - timedelta(days=DIGEST_DAYS)
        return self.store.digest_rows(since, limit)

    def mark_handled(self, item_ids: Sequence[int]) -> int:
        return self.store.mark_handled(item_ids, self.clock())

    def mark_not_urgent(self, item_id: int, not_urgent: bool = True) -> bool:
        return self.store.mark_not_urgent(item_id, not_urgent)

    def reconfigure(self, config: Config) -> None:
        """Use new settings from now on (saved by the settings dialog or an edit)."""
        self.config = config
        self._clients = None

    def assign_sender(self, sender: str, channel: Channel, client_id: str) -> Client:
        """An unknown sender belongs to a client: add the matching rule to config.toml
        (comments kept, validated before it is written), use it from now on, and count the
        sender's earlier items for that client. Raises ConfigError, changing nothing."""
        from office_hours.config.edit import add_rule
        from office_hours.domain.matching import rule_for

        key, value = rule_for(sender, channel)
        config = add_rule(self.config.path, client_id, key, value)
        self.reconfigure(config)
        self.store.reassign_sender(sender, UNKNOWN_CLIENT_ID, client_id)
        client = config.client(client_id)
        assert client is not None
        return client

    def mark_not_client(self, sender: str, channel: Channel, item_ids: Sequence[int]) -> str:
        """The sender is no client (a recruiter): add it to general.not_clients (undone by
        removing it in the settings), so it is never counted again, and set its open items
        aside. Returns the rule written. Raises ConfigError, changing nothing."""
        from office_hours.config.edit import add_not_client
        from office_hours.domain.matching import not_client_rule

        rule = not_client_rule(sender, channel)
        self.reconfigure(add_not_client(self.config.path, rule))
        self.mark_handled(item_ids)
        return rule

    # -- items --------------------------------------------------------------------------------

    def client_for(self, item: Item) -> Client | None:
        return self.clients.match(item)

    def ingest(
        self, items: Iterable[Item], cursors: Mapping[tuple[str, str], str] | None = None
    ) -> list[IngestResult]:
        """Decide and record a batch in one transaction: all of it is stored, or none.

        `cursors` ((source, key) -> value, e.g. an IMAP folder's last UID) are written in the
        same transaction, so a source killed at any point neither loses nor re-counts items.

        Decided as if each item were stored before the next is looked at (a duplicate later
        in the batch is seen, an earlier item counts as a recent contact), but the store is
        read once up front and written once at the end (bench/ingest.py)."""
        from office_hours.domain.matching import DESKTOP_SOURCE, not_client_test
        from office_hours.domain.policy import Situation, decide
        from office_hours.storage.items import DecidedItem

        now = self.clock()
        now_ts = now.timestamp()
        results: list[IngestResult] = []
        rules = self.config.urgency
        hours = self.config.hours
        window = timedelta(minutes=rules.repeat_minutes)
        with self.store.transaction():
            batch = list(items)  # inside: an iterator that fails rolls the batch back
            mode = self.mode(now)
            history: ModeLog | None = None  # read once, when a back-filled item needs it
            backfilled_before = now - BACKFILL_AFTER
            not_client = (
                not_client_test(self.config.not_clients) if self.config.not_clients else None
            )
            stored = self.store.stored_clients([(item.source, item.item_id) for item in batch])
            contacts = _Contacts(
                self.store,
                [item for item in batch if (item.source, item.item_id) not in stored],
                window,
            )
            index = self.clients
            matched: dict[tuple[str, str], Client | None] = {}  # sender, room -> client
            added: dict[tuple[str, str], str] = {}  # stored by this batch -> client id
            new: list[DecidedItem] = []
            next_key = self.store.next_item_key() if len(stored) < len(batch) else 0
            for item in batch:
                ident = (item.source, item.item_id)
                stored_client = added.get(ident)
                if stored_client is None:
                    stored_client = stored.get(ident)
                if stored_client is not None:  # seen before: nothing to decide or count
                    results.append(IngestResult(item, stored_client, None, None))
                    continue
                if not_client is not None and not_client(item.sender):  # never counted
                    results.append(IngestResult(item, UNKNOWN_CLIENT_ID, None, None))
                    continue
                if item.source == DESKTOP_SOURCE:  # notification rules read the text too
                    client = index.match(item)
                else:
                    sender = (item.sender, item.room)
                    if sender in matched:
                        client = matched[sender]
                    else:
                        client = matched[sender] = index.match(item)
                client_id = client.client_id if client else UNKNOWN_CLIENT_ID
                received_ts = item.received_at.timestamp()
                recent: Sequence[datetime] = ()
                if client is not None:
                    since = (item.received_at - window).timestamp()
                    recent = contacts.between(client_id, since, received_ts)
                at, in_force = now, mode
                if item.received_at < backfilled_before:  # history: decided as it arrived
                    if history is None:
                        from office_hours.domain.mode_log import ModeLog

                        history = ModeLog(self.store.mode_log(), hours)
                    at, in_force = item.received_at, history.mode_at(item.received_at)
                situation = Situation(in_force, hours, rules, recent)
                decision = decide(item, client, situation, at)
                ended = None
                if history is not None and at is not now and decision.kind.is_held:
                    ended = self._held_history_ended(in_force, at, now, history)
                if ident in stored:  # an item row without its decision: the insert is ignored
                    results.append(IngestResult(item, client_id, None, None))
                    continue
                key, next_key = next_key, next_key + 1
                new.append(
                    DecidedItem(
                        key, item, client_id, decision, in_force.kind, now_ts, ended, received_ts
                    )
                )
                added[ident] = client_id
                contacts.add(client_id, received_ts)
                results.append(IngestResult(item, client_id, decision, key))
            self.store.insert_decided(new)
            for (source, key_name), value in (cursors or {}).items():
                self.store.put_cursor(source, key_name, value)
        return results

    @staticmethod
    def _held_history_ended(
        held_in: EffectiveMode, at: datetime, now: datetime, history: ModeLog
    ) -> datetime | None:
        """When the mode a back-filled item was held in ended (it is history, not waiting
        now), or None when that mode still holds."""
        ends = (held_in.until, history.first_change_between(at, now))
        return min((t for t in ends if t is not None and t <= now), default=None)

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
        """The week's figures counted in SQL by local day (and hour, for the heat map); the
        weeks before by week. See bench/report.py for what that costs."""
        from office_hours.domain.report import build_report_from_counts, report_span

        week = week or self.current_week()
        settings = self.config.report
        span = settings.trend_weeks
        first, end_ts, scale = report_span(week, self.config.timezone, span)
        start = datetime.fromtimestamp(first, UTC)
        week_start, end = iso_week_bounds(week, self.config.timezone)
        counts, hour_counts = self.store.week_counts(week_start, end, scale, span)
        if span:
            counts += self.store.contact_counts(start, week_start, scale, span)
        report = build_report_from_counts(
            week,
            counts,
            hour_counts,
            self.store.calls_between(start, end),
            self.config.clients,
            self.config.hours,
            settings,
            scale,
        )
        sent = self.store.auto_reply_count(week_start, end)  # issue 17
        return replace(report, auto_replies=sent) if sent else report


class _Contacts:
    """Each client's contact times (items and logged calls) around a batch's new items, read
    in one go and kept up to date as the batch's items are decided: for every item, the
    contacts it would see had the items before it been stored one by one."""

    def __init__(self, store: Store, items: Sequence[Item], window: timedelta) -> None:
        spans: list[tuple[float, float]] = []
        for start, end in sorted(
            ((item.received_at - window).timestamp(), item.received_at.timestamp())
            for item in items
        ):
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
        self._times = store.contact_times_in(spans) if spans else {}

    def between(self, client_id: str, since: float, until: float) -> list[datetime]:
        """The client's contacts in [since, until] (timestamps, both ends included)."""
        times = self._times.get(client_id)
        if not times:
            return []
        lo = bisect_left(times, since)
        hi = bisect_right(times, until, lo)
        return [datetime.fromtimestamp(ts, UTC) for ts in times[lo:hi]]

    def add(self, client_id: str, ts: float) -> None:
        insort(self._times.setdefault(client_id, []), ts)
