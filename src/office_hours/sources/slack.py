"""Slack by Web API polling with the user's own token: direct messages, group DMs, and
mentions of the user in the channels the config lists. Never marks anything read, never posts.

Why polling and not Socket Mode: see the README's Slack section. The latest message ts per
conversation is the cursor, stored with the items it covers, so a restart replays nothing;
the first start stores only cursors ("since now") and records nothing older.
"""

from __future__ import annotations

import html
import logging
import math
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from office_hours.domain.model import Channel, Item
from office_hours.sources.base import Batch, CursorReader, Sink, StateReport
from office_hours.sources.slack_api import (
    SlackProblem,
    call,
    make_client,
    missing_package,
    read_token,
)
from office_hours.sources.state import SourceState, StateKind, backoff_delay

log = logging.getLogger(__name__)

SOURCE = "slack"
SINCE_KEY = "since"  # cursor: when the source first ran; nothing older is ever recorded
HISTORY_PER_POLL = 10  # conversations.history is Tier 3 (~50/min): 10 per 20 s poll stays under
LIST_SECONDS = 60.0  # conversations.list is Tier 2 (~20/min): refresh the DM list once a minute
HOT_SECONDS = 15 * 60  # a conversation with a message this recent is checked every poll
PAGE_LIMIT = 200
MAX_PAGES = 5
MAX_BACKOFF_S = 120.0  # offline or asleep: back within two minutes of the network
SUBJECT_CHARS = 80
SNIPPET_CHARS = 280
# Errors that concern one conversation only (a wrong id, left, archived, a private channel
# without groups:history); anything else, e.g. a revoked token, stops the whole poll.
CHANNEL_ERRORS = frozenset(
    {"channel_not_found", "not_in_channel", "is_archived", "missing_scope", "no_permission"}
)
KEPT_SUBTYPES = frozenset({"file_share", "thread_broadcast", "me_message"})

_LINK = re.compile(r"<([^<>|]+)\|([^<>]+)>")  # <https://x|label>, <@U1|name>, <#C1|name>
_BARE = re.compile(r"<([@#!]?)([^<>|]+)>")


def plain_text(text: str) -> str:
    """Slack's mrkdwn as plain text: labels instead of links, @U… for user mentions, entities
    decoded, whitespace folded. Shown as plain text only; never interpreted."""
    text = _LINK.sub(lambda m: ("@" if m.group(1).startswith("@") else "") + m.group(2), text)
    text = _BARE.sub(lambda m: (m.group(1) if m.group(1) != "!" else "@") + m.group(2), text)
    return " ".join(html.unescape(text).split())


def mentions(text: str, user_id: str) -> bool:
    return f"<@{user_id}>" in text or f"<@{user_id}|" in text


def wanted(message: dict[str, Any], kind: str, me: str) -> bool:
    """A DM or group DM from someone else, or a channel message that mentions `me`."""
    if message.get("type", "message") != "message":
        return False
    subtype = message.get("subtype")
    if subtype and (not isinstance(subtype, str) or subtype not in KEPT_SUBTYPES):
        return False
    sender = message.get("user")
    if not isinstance(sender, str) or not sender or sender == me:
        return False
    if kind in ("im", "mpim"):
        return True
    return mentions(str(message.get("text", "")), me)


def permalink(team_url: str, channel: str, ts: str) -> str:
    if not team_url.startswith("https://"):
        return f"slack://channel?id={channel}&message={ts}"
    return f"{team_url.rstrip('/')}/archives/{channel}/p{ts.replace('.', '')}"


def parse_message(message: dict[str, Any], channel: str, team_url: str) -> Item:
    ts = storable(str(message["ts"]))
    text = storable(plain_text(str(message.get("text", "")))) or "(attachment)"
    subject = text if len(text) <= SUBJECT_CHARS else text[: SUBJECT_CHARS - 1] + "…"
    return Item(
        source=SOURCE,
        item_id=f"{channel}:{ts}",
        channel=Channel.CHAT,
        sender=storable(str(message["user"])),
        subject=subject,
        received_at=datetime.fromtimestamp(float(ts), UTC),
        snippet=text[:SNIPPET_CHARS],
        room=channel,
        link=permalink(team_url, channel, ts),
    )


def storable(text: str) -> str:
    """JSON may carry lone surrogates ("\\ud800"), which UTF-8 (and so SQLite) cannot hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def ts_after(a: str, b: str) -> bool:
    """Slack ts values compare as decimals, not as text ("10.0" > "9.5"). A ts that is not a
    time (text, nan, inf, beyond year 9999) is after nothing, so such a message is skipped
    instead of stopping the fetch."""
    return _ts_seconds(a) > _ts_seconds(b)


_LAST_TS = 253402300799.0  # 9999-12-31T23:59:59Z


def _ts_seconds(ts: str) -> float:
    try:
        value = float(ts)
    except ValueError:
        return -math.inf
    return value if 0 <= value <= _LAST_TS else -math.inf


@dataclass(slots=True)
class _Conversation:
    kind: str  # im, mpim, channel
    updated: object = None  # conversations.list "updated"/"latest", when Slack sends it
    checked: float = 0.0  # monotonic time of the last history call
    last_ts: str = ""  # latest message seen (the cursor)
    active: float = 0.0  # wall time a new message was last seen here
    changed: bool = True


@dataclass(slots=True)
class _Limits:
    """Per-method "not before" times from HTTP 429 Retry-After (Slack limits per method)."""

    not_before: dict[str, float] = field(default_factory=dict)

    def wait_for(self, method: str) -> float:
        return max(0.0, self.not_before.get(method, 0.0) - time.monotonic())


class SlackSource:
    """One Slack workspace, the one the token belongs to."""

    name = SOURCE
    label = "Slack"

    def __init__(
        self,
        api_url: str,
        channels: Sequence[str],
        cursors: CursorReader,
        poll_seconds: float = 20.0,
        token: Callable[[], str] = read_token,
        list_seconds: float = LIST_SECONDS,
        history_per_poll: int = HISTORY_PER_POLL,
    ) -> None:
        self.api_url = api_url
        self.watched = tuple(dict.fromkeys(channels))
        self._read_cursor = cursors
        self.poll_seconds = poll_seconds
        self.list_seconds = list_seconds
        self.history_per_poll = history_per_poll
        self._token = token
        self._client: Any = None
        self._me = ""
        self._team_url = ""
        self._who = ""
        self._since = ""
        self._listed_at = -1e9
        self._conversations: dict[str, _Conversation] = {}
        self._limits = _Limits()
        self._unreadable: dict[str, str] = {}  # channel -> Slack's error, until a restart
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the Source interface ---------------------------------------------------------------

    @property
    def spec(self) -> object:
        return (self.api_url, self.watched, self.poll_seconds)

    def check(self) -> SourceState | None:
        """Problems that need the user (package, keyring, token). Slack being unreachable
        (offline at login, asleep) is not one: the source starts, says so, and retries."""
        try:
            return self._probe()
        except SlackProblem as exc:
            return None if exc.transient else exc.state

    def probe(self) -> SourceState | None:
        """Every problem, the transient ones included: what `doctor` shows."""
        try:
            return self._probe()
        except SlackProblem as exc:
            return exc.state

    def _probe(self) -> SourceState | None:
        problem = missing_package()
        if problem:
            return problem
        try:
            self._connect()
        except SlackProblem as exc:
            if exc.transient:
                self._me = ""  # connect again in the polling loop
                raise
            return exc.state
        return None

    def describe(self) -> SourceState:
        """After a successful check(): who and where, for `doctor`."""
        watched = f"; {', '.join(self.watched)}" if self.watched else ""
        return SourceState(StateKind.CONNECTED, f"{self._who}{watched}")

    def start(self, sink: Sink, report: StateReport) -> None:
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(sink, report), name="slack", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None

    # -- the polling loop -------------------------------------------------------------------

    def _connect(self) -> None:
        self._client = make_client(self.api_url, self._token())
        who = self._api("auth.test")
        self._me = str(who.get("user_id", ""))
        self._team_url = str(who.get("url", ""))
        self._who = f"{who.get('user', self._me)} in {who.get('team', '?')}"

    def _run(self, sink: Sink, report_any: StateReport) -> None:
        failures = 0
        last: SourceState | None = None

        def report(state: SourceState) -> None:  # the tray hears of changes, not every poll
            nonlocal last
            if state != last:
                last = state
                report_any(state)

        while not self._stop.is_set():
            try:
                if self._client is None or not self._me:
                    self._connect()
                self._poll(sink)
                failures = 0
                report(self._connected_state())
                delay = self.poll_seconds
            except SlackProblem as exc:
                if exc.retry_after is not None:
                    delay = max(exc.retry_after, 0.05)
                else:  # reconnect next time: a new token may have been saved meanwhile
                    self._client = None
                    delay = backoff_delay(failures, self.poll_seconds, MAX_BACKOFF_S)
                    failures += 1
                state = exc.state
                report(SourceState(state.kind, state.detail, time.monotonic() + delay))
            except Exception:  # a bug must show as a state, not kill the thread
                log.exception("Slack poll failed")
                delay = backoff_delay(failures, self.poll_seconds, MAX_BACKOFF_S)
                failures += 1
                report(SourceState(StateKind.FAILED, "", time.monotonic() + delay))
            self._stop.wait(delay)

    def _connected_state(self) -> SourceState:
        unreadable = ", ".join(f"{c}: {e}" for c, e in sorted(self._unreadable.items()))
        detail = self._who + (f"; {unreadable}" if unreadable else "")
        return SourceState(StateKind.CONNECTED, detail)

    def _api(self, method: str, **params: Any) -> dict[str, Any]:
        """Honours a pending Retry-After for this method before calling it."""
        wait = self._limits.wait_for(method)
        if wait > 0:
            raise SlackProblem(f"rate limited by Slack: next try in {math.ceil(wait)} s", wait)
        try:
            return call(self._client, method, params=params)
        except SlackProblem as exc:
            if exc.retry_after is not None:
                self._limits.not_before[method] = time.monotonic() + exc.retry_after
            raise

    def _poll(self, sink: Sink) -> None:
        if not self._since:
            self._start_since(sink)
        if time.monotonic() - self._listed_at >= self.list_seconds:
            self._list()
        items: list[Item] = []
        cursors: dict[tuple[str, str], str] = {}
        try:
            for channel in self._due():
                try:
                    self._history(channel, items, cursors)
                except SlackProblem as exc:
                    if exc.error not in CHANNEL_ERRORS:
                        raise
                    # one unreadable channel (a wrong id, left, archived) must not stop the rest
                    self._unreadable[channel] = exc.error
                    self._conversations.pop(channel, None)
        finally:  # what was fetched before a 429 is delivered, with its cursors
            if items or cursors:
                sink(Batch(tuple(items), cursors))

    def _start_since(self, sink: Sink) -> None:
        stored = self._read_cursor(SOURCE, SINCE_KEY)
        if stored:
            self._since = stored
            return
        self._since = f"{time.time():.6f}"
        sink(Batch((), {(SOURCE, SINCE_KEY): self._since}))

    def _list(self) -> None:
        seen: set[str] = set()
        cursor = ""
        for _ in range(MAX_PAGES):
            page = self._api(
                "conversations.list",
                types="im,mpim",
                exclude_archived="true",
                limit=PAGE_LIMIT,
                **({"cursor": cursor} if cursor else {}),
            )
            for ch in page.get("channels") or []:
                if not isinstance(ch, dict) or not isinstance(ch.get("id"), str):
                    continue
                kind = "mpim" if ch.get("is_mpim") else "im"
                self._note(ch["id"], kind, ch.get("latest") or ch.get("updated"))
                seen.add(ch["id"])
            cursor = str((page.get("response_metadata") or {}).get("next_cursor") or "")
            if not cursor:
                break
        for channel in self.watched:
            if channel not in self._unreadable:
                self._note(channel, "channel", None)
        for gone in [c for c, v in self._conversations.items() if v.kind != "channel"]:
            if gone not in seen:
                del self._conversations[gone]
        self._listed_at = time.monotonic()

    def _note(self, channel: str, kind: str, updated: object) -> None:
        known = self._conversations.get(channel)
        if known is None:
            self._conversations[channel] = _Conversation(kind, updated)
        elif updated is not None and updated != known.updated:
            known.updated, known.changed = updated, True

    def _due(self) -> list[str]:
        """Changed, watched and recently active conversations first, then the rest, least
        recently checked first; at most `history_per_poll` history calls per poll."""
        now = time.time()

        def rank(item: tuple[str, _Conversation]) -> tuple[int, float]:
            _, c = item
            urgent = c.changed or c.kind == "channel" or now - c.active < HOT_SECONDS
            return (0 if urgent else 1, c.checked)

        ordered = sorted(self._conversations.items(), key=rank)
        return [channel for channel, _ in ordered[: self.history_per_poll]]

    def _history(
        self, channel: str, items: list[Item], cursors: dict[tuple[str, str], str]
    ) -> None:
        conv = self._conversations[channel]
        oldest = conv.last_ts or self._read_cursor(SOURCE, channel) or self._since
        newest = oldest
        page_cursor = ""
        for _ in range(MAX_PAGES):
            page = self._api(
                "conversations.history",
                channel=channel,
                oldest=oldest,
                limit=PAGE_LIMIT,
                **({"cursor": page_cursor} if page_cursor else {}),
            )
            for message in page.get("messages") or []:
                ts = message.get("ts") if isinstance(message, dict) else None
                if not isinstance(ts, str) or not ts_after(ts, oldest):
                    continue
                if ts_after(ts, newest):
                    newest = ts
                if wanted(message, conv.kind, self._me):
                    items.append(parse_message(message, channel, self._team_url))
            page_cursor = str((page.get("response_metadata") or {}).get("next_cursor") or "")
            if not page.get("has_more") or not page_cursor:
                break
        conv.checked, conv.changed = time.monotonic(), False
        conv.last_ts = newest
        if newest != oldest:
            conv.active = time.time()
            cursors[(SOURCE, channel)] = newest
