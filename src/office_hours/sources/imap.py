"""IMAP accounts, watched live: a thin IMAPClient transport around the pure mail_parse.

One thread per (account, folder), each with its own connection to the server and its own
Store/Engine (a SQLite connection must not be shared across threads). Folders are opened
read-only (EXAMINE) and only BODY.PEEK[HEADER] is fetched, so no mail is ever marked read.

Exactly-once: the folder's cursor (UIDVALIDITY, last UID) is written in the same
transaction as the items it covers; after a reconnect or a restart the worker asks for
UID last+1:*, and items are keyed by Message-ID, so a UIDVALIDITY change (folder re-created)
re-reads the folder without counting anything twice and without dropping new mail.
"""

from __future__ import annotations

import enum
import json
import logging
import random
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from office_hours.config.accounts import MailAccount
from office_hours.secrets import SecretProblem, get_password
from office_hours.sources.mail_parse import MailItem, Rejection, parse_headers

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from office_hours.engine import Engine, IngestResult

log = logging.getLogger(__name__)

IDLE_RENEW_S = 25 * 60  # RFC 2177: re-issue IDLE before the server's 29-minute timeout
IDLE_CHECK_S = 1.0  # how long one wait for server news lasts (bounds stop latency)
BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 300.0  # "near 5 minutes"
AUTH_RETRY_S = 300.0  # a refused login is retried this rarely: no retry storm, no lockout
FETCH_CHUNK = 100
MAX_RESCAN = 2000  # newest messages re-read after a UIDVALIDITY change
HEADER_FETCH = b"BODY.PEEK[HEADER]<0.65536>"  # PEEK: never sets \Seen; capped on the wire
HEADER_KEYS = (b"BODY[HEADER]<0>", b"BODY[HEADER]")
CONNECT_TIMEOUT_S = 15.0
READ_TIMEOUT_S = 120.0


class State(enum.StrEnum):
    STARTING = "starting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    LOGIN_REFUSED = "login_refused"
    CERT_UNTRUSTED = "cert_untrusted"
    NO_KEYRING = "no_keyring"
    NO_PASSWORD = "no_password"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class AccountState:
    account_id: str
    state: State
    text: str  # plain words for the tray menu and the doctor
    retry_at: float | None = None  # time.monotonic() of the next attempt, if any


@dataclass(frozen=True, slots=True)
class Stored:
    """What one transaction stored: results, and the item keys the user should hear about."""

    account_id: str
    folder: str
    results: tuple[IngestResult, ...]
    notify_keys: tuple[int, ...]
    backfill: bool


OnStored = Callable[[Stored], None]
OnState = Callable[[AccountState], None]


def backoff_delay(attempt: int, base: float = BACKOFF_BASE_S, cap: float = BACKOFF_CAP_S) -> float:
    """Exponential backoff with jitter: in [d/2, d], d = min(cap, base * 2**attempt)."""
    ceiling = min(cap, base * (2 ** min(attempt, 20)))
    return random.uniform(ceiling / 2, ceiling)


def state_text(state: State, detail: str = "", retry_in: float | None = None) -> str:
    """The plain words shown in the tray menu and by `office-hours doctor`."""
    if state is State.CONNECTED:
        return "connected" + (f" ({detail})" if detail else "")
    if state is State.RECONNECTING:
        when = f"reconnecting in {max(1, round(retry_in or 0))} s"
        return when + (f" ({detail})" if detail else "")
    if state is State.LOGIN_REFUSED:
        return (
            "login refused: check the password saved in the keyring "
            f"(office-hours account set-password {detail})"
        )
    if state is State.CERT_UNTRUSTED:
        return (
            f"certificate not trusted ({detail}). If this is your own server, set ca_file to "
            "its CA certificate in config.toml; otherwise do not connect: someone may be "
            "intercepting the connection"
        )
    if state in (State.NO_KEYRING, State.NO_PASSWORD):
        return detail
    return state.value + (f" ({detail})" if detail else "")


def tls_context(account: MailAccount) -> ssl.SSLContext:
    """Verification always on; a self-hosted server's CA file is trusted in addition."""
    ctx = ssl.create_default_context()
    if account.ca_file is not None:
        ctx.load_verify_locations(cafile=str(account.ca_file))
    return ctx


def connect(
    account: MailAccount, timeout: float = CONNECT_TIMEOUT_S, read_timeout: float = READ_TIMEOUT_S
) -> IMAPClient:
    from imapclient import IMAPClient
    from imapclient.imapclient import SocketTimeout

    ctx = tls_context(account)
    client = IMAPClient(
        account.host,
        port=account.port,
        ssl=account.security == "tls",
        ssl_context=ctx,
        timeout=SocketTimeout(connect=timeout, read=read_timeout),
    )
    try:
        client.normalise_times = False  # aware INTERNALDATE values
        if account.security == "starttls":
            client.starttls(ctx)
    except BaseException:
        _close(client)
        raise
    return client


def _close(client: IMAPClient | None) -> None:
    if client is None:
        return
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass


def classify(exc: BaseException) -> tuple[State, str]:
    """An exception from connecting or talking to the server -> state and detail."""
    from imapclient.exceptions import LoginError

    if isinstance(exc, LoginError):
        return State.LOGIN_REFUSED, ""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return State.CERT_UNTRUSTED, exc.verify_message or str(exc)
    if isinstance(exc, SecretProblem):
        return (State.NO_PASSWORD if exc.kind == "no_password" else State.NO_KEYRING), str(exc)
    if isinstance(exc, ConnectionRefusedError):
        return State.RECONNECTING, "server not reachable"
    if isinstance(exc, TimeoutError):
        return State.RECONNECTING, "the server did not answer in time"
    text = str(exc) or type(exc).__name__
    return State.RECONNECTING, text[:120]


@dataclass
class Cursor:
    uidvalidity: int
    last_uid: int
    at: float  # when it was written (epoch seconds)

    def dump(self) -> str:
        return json.dumps(
            {"uidvalidity": self.uidvalidity, "last_uid": self.last_uid, "at": self.at}
        )

    @classmethod
    def load(cls, text: str | None) -> Cursor | None:
        if not text:
            return None
        try:
            d = json.loads(text)
            return cls(int(d["uidvalidity"]), int(d["last_uid"]), float(d.get("at", 0)))
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable IMAP cursor %r: starting this folder afresh", text)
            return None


class FolderWorker:
    """Watches one folder of one account on its own thread, until `stop` is set."""

    def __init__(
        self,
        account: MailAccount,
        folder: str,
        open_engine: Callable[[], Engine],
        on_stored: OnStored,
        on_state: Callable[[str, State, str, float | None], None],
        stop: threading.Event,
        backoff_base: float = BACKOFF_BASE_S,
        auth_retry: float = AUTH_RETRY_S,
    ) -> None:
        self.account, self.folder = account, folder
        self._open_engine = open_engine
        self._on_stored, self._on_state = on_stored, on_state
        self._stop = stop
        self._backoff_base, self._auth_retry = backoff_base, auth_retry
        self.engine: Engine | None = None
        self.attempts = 0  # connection attempts: tests check there is no storm
        self.counts = {"items": 0, "duplicates": 0, "rejected": 0, "automated": 0}
        self.thread = threading.Thread(
            target=self.run, name=f"imap-{account.account_id}-{folder}", daemon=True
        )

    # -- the loop --------------------------------------------------------------------------

    def run(self) -> None:
        attempt = 0
        while self.engine is None:
            try:
                self.engine = self._open_engine()
            except Exception as exc:  # e.g. "database is locked" while another thread
                delay = backoff_delay(attempt, self._backoff_base)  # switches it to WAL
                attempt += 1
                log.warning(
                    "IMAP %s/%s: cannot open the store (%s); again in %.1f s",
                    self.account.account_id,
                    self.folder,
                    exc,
                    delay,
                )
                self._on_state(
                    self.folder,
                    State.RECONNECTING,
                    f"cannot open the store: {exc}",
                    time.monotonic() + delay,
                )
                if self._stop.wait(delay):
                    self._on_state(self.folder, State.STOPPED, "", None)
                    return
        attempt = 0
        try:
            while not self._stop.is_set():
                client = None
                try:
                    password = get_password(self.account.account_id)
                    self.attempts += 1
                    client = connect(self.account)
                    client.login(self.account.username, password)
                    client.select_folder(self.folder, readonly=True)
                    self.sync(client)
                    # "connected" once caught up: what arrives from now on is live mail
                    self._on_state(self.folder, State.CONNECTED, "", None)
                    attempt = 0
                    self.watch(client)
                except Exception as exc:
                    if self._stop.is_set():
                        break
                    state, detail = classify(exc)
                    if state is State.RECONNECTING:
                        delay = backoff_delay(attempt, self._backoff_base)
                        attempt += 1
                    else:  # will not fix itself: try again rarely
                        delay = self._auth_retry
                        if state is State.LOGIN_REFUSED:
                            detail = self.account.account_id
                    log.warning(
                        "IMAP %s/%s: %s (%s); next attempt in %.1f s",
                        self.account.account_id,
                        self.folder,
                        state.value,
                        detail or type(exc).__name__,
                        delay,
                    )
                    self._on_state(self.folder, state, detail, time.monotonic() + delay)
                    self._stop.wait(delay)
                finally:
                    _close(client)
        finally:
            self._on_state(self.folder, State.STOPPED, "", None)
            if self.engine is not None:
                self.engine.store.close()

    def watch(self, client: IMAPClient) -> None:
        """Wait for news: IDLE (renewed every 25 min, with a STATUS look every poll_seconds)
        or, without IDLE, NOOP polling."""
        if b"IDLE" not in client.capabilities():
            while not self._stop.wait(self.account.poll_seconds):
                client.noop()
                self.catch_up(client)
            return
        self._idle(client)
        renew_at = time.monotonic() + IDLE_RENEW_S
        check_at = time.monotonic() + self.account.poll_seconds
        try:
            while not self._stop.is_set():
                waited = time.monotonic()
                responses = client.idle_check(timeout=IDLE_CHECK_S)
                waited = time.monotonic() - waited
                # IMAPClient swallows EOF: an early return with nothing read means the
                # server went away (a closed socket polls as readable).
                if not responses and waited < IDLE_CHECK_S * 0.8:
                    raise ConnectionError("the server closed the connection")
                if any(len(r) > 0 and r[0] == b"BYE" for r in responses):
                    raise ConnectionError("the server closed the connection")
                news = any(
                    len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") or r[:1] == (b"NO",)
                    for r in responses
                )  # an untagged NO: the folder may be gone; look again
                # Every poll_seconds, look anyway: a folder deleted and re-created under a
                # selected session (a new UIDVALIDITY) sends no EXISTS to that session.
                check = time.monotonic() >= check_at
                if news or check or time.monotonic() >= renew_at:
                    client.idle_done()
                    if news or check:
                        self.catch_up(client)
                        check_at = time.monotonic() + self.account.poll_seconds
                    else:
                        client.noop()
                    self._idle(client)
                    renew_at = time.monotonic() + IDLE_RENEW_S
        finally:
            if self._stop.is_set():
                try:
                    client.idle_done()
                except Exception:
                    pass

    def _idle(self, client: IMAPClient) -> None:
        """Enter IDLE, but first catch up on mail announced during our last commands: the
        server told us already (IMAPClient keeps it aside), so IDLE would not tell again."""
        for _ in range(10):
            if not _take_news(client):
                break
            self.catch_up(client)
        client.idle()

    # -- reading mail ------------------------------------------------------------------------

    def _folder_status(self, client: IMAPClient) -> tuple[int, int]:
        """(UIDVALIDITY, UIDNEXT) from a fresh EXAMINE: STATUS on the selected folder may
        answer from the session's stale view (Dovecot does, for a re-created folder)."""
        status = client.select_folder(self.folder, readonly=True)
        _take_news(client)  # the EXAMINE's own EXISTS is the state, not news
        return int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])

    def sync(self, client: IMAPClient) -> None:
        """After (re)connecting: first run, UIDVALIDITY change, or catch up from the cursor."""
        assert self.engine is not None
        source = self.account.source
        cursor = Cursor.load(self.engine.store.cursor(source, self.folder))
        uidvalidity, uidnext = self._folder_status(client)
        now = datetime.now(UTC)
        if cursor is None:
            # First connection: only mail from now on notifies; the backfill is counted.
            uids: list[int] = []
            if self.account.backfill_days > 0:
                since = (now - timedelta(days=self.account.backfill_days)).date()
                uids = sorted(u for u in client.search(["SINCE", since]) if u < uidnext)
            self._store(client, uids, uidvalidity, notify_after=None, floor=uidnext - 1)
            log.info(
                "IMAP %s/%s: first connection, %d messages of backfill",
                self.account.account_id,
                self.folder,
                len(uids),
            )
            return
        if cursor.uidvalidity != uidvalidity:
            # The folder was re-created (or the server rebuilt its index): UIDs mean nothing
            # now. Re-read recent mail; Message-IDs recognise what was counted already, and
            # what is new since the cursor was written is notified.
            since = datetime.fromtimestamp(cursor.at, UTC) - timedelta(days=1)
            since = max(since, now - timedelta(days=max(self.account.backfill_days, 1)))
            found = sorted(client.search(["SINCE", since.date()]))[-MAX_RESCAN:]
            log.warning(
                "IMAP %s/%s: UIDVALIDITY changed (%d -> %d): re-reading %d messages",
                self.account.account_id,
                self.folder,
                cursor.uidvalidity,
                uidvalidity,
                len(found),
            )
            after = datetime.fromtimestamp(cursor.at, UTC) - timedelta(seconds=5)
            self._store(client, found, uidvalidity, notify_after=after, floor=uidnext - 1)
            return
        self.catch_up(client, cursor)

    def catch_up(self, client: IMAPClient, cursor: Cursor | None = None) -> None:
        """UID FETCH last+1:* — everything that arrived since the cursor."""
        assert self.engine is not None
        if cursor is None:
            cursor = Cursor.load(self.engine.store.cursor(self.account.source, self.folder))
        if cursor is None:
            self.sync(client)
            return
        uidvalidity, _ = self._folder_status(client)
        if uidvalidity != cursor.uidvalidity:
            self.sync(client)
            return
        # "n:*" always includes the highest UID even when it is below n: filter it out.
        uids = sorted(u for u in client.search(["UID", f"{cursor.last_uid + 1}:*"]))
        uids = [u for u in uids if u > cursor.last_uid]
        if uids:
            self._store(client, uids, uidvalidity, notify_after=datetime.min.replace(tzinfo=UTC))

    def _store(
        self,
        client: IMAPClient,
        uids: Sequence[int],
        uidvalidity: int,
        notify_after: datetime | None,
        floor: int = 0,
    ) -> None:
        """Fetch headers in chunks; each chunk and its cursor go in one transaction.
        `notify_after` None: backfill, nothing notifies; else items that arrived after it."""
        assert self.engine is not None
        source = self.account.source
        chunks = [uids[i : i + FETCH_CHUNK] for i in range(0, len(uids), FETCH_CHUNK)] or [[]]
        for n, chunk in enumerate(chunks):
            fetched = client.fetch(chunk, [HEADER_FETCH, b"INTERNALDATE"]) if chunk else {}
            items, fresh_ids = self._parse(fetched)
            last = max([floor if n == len(chunks) - 1 else 0, *chunk, 0])
            cursor = Cursor(uidvalidity, last, time.time())
            results = self.engine.ingest(items, {(source, self.folder): cursor.dump()})
            notify: list[int] = []
            for result in results:
                if result.duplicate:
                    self.counts["duplicates"] += 1
                    continue
                self.counts["items"] += 1
                if (
                    notify_after is not None
                    and result.item_key is not None
                    and result.item.received_at >= notify_after
                    and result.item.item_id in fresh_ids
                ):
                    notify.append(result.item_key)
            if results:
                self._on_stored(
                    Stored(
                        self.account.account_id,
                        self.folder,
                        tuple(results),
                        tuple(notify),
                        notify_after is None,
                    )
                )

    def _parse(self, fetched: dict[int, dict[bytes, Any]]) -> tuple[list[Any], set[str]]:
        items = []
        ids: set[str] = set()
        now = datetime.now(UTC)
        for uid in sorted(fetched):
            data = fetched[uid]
            raw = next((data[k] for k in HEADER_KEYS if k in data), b"") or b""
            arrived = data.get(b"INTERNALDATE")
            if isinstance(arrived, datetime) and arrived.tzinfo is None:
                arrived = arrived.replace(tzinfo=UTC)
            parsed = parse_headers(
                raw,
                source=self.account.source,
                arrived=arrived if isinstance(arrived, datetime) else None,
                default_time=now,
            )
            if isinstance(parsed, Rejection):
                self.counts["rejected"] += 1
                log.warning(
                    "IMAP %s/%s: UID %d rejected: %s",
                    self.account.account_id,
                    self.folder,
                    uid,
                    parsed.reason,
                )
                continue
            assert isinstance(parsed, MailItem)
            if parsed.automated and not self.account.count_automated:
                self.counts["automated"] += 1
                log.info(
                    "IMAP %s/%s: UID %d skipped as automated mail (%s)",
                    self.account.account_id,
                    self.folder,
                    uid,
                    parsed.automated,
                )
                continue
            items.append(parsed.item)
            ids.add(parsed.item.item_id)
        return items, ids


def _take_news(client: IMAPClient) -> bool:
    """Whether EXISTS/RECENT arrived as a side note of an earlier command (then forgets them).
    imaplib files untagged responses that the command did not ask for under their name."""
    pending = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    if not isinstance(pending, dict):
        return False
    news = pending.pop("EXISTS", None) is not None
    news = pending.pop("RECENT", None) is not None or news
    return news


class AccountWatcher:
    """All folders of one account; merges their states into one line for the account."""

    def __init__(
        self,
        account: MailAccount,
        open_engine: Callable[[], Engine],
        on_stored: OnStored,
        on_state: OnState,
        backoff_base: float = BACKOFF_BASE_S,
        auth_retry: float = AUTH_RETRY_S,
    ) -> None:
        self.account = account
        self._on_state = on_state
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._folder_states: dict[str, tuple[State, str, float | None]] = {}
        self.workers = [
            FolderWorker(
                account,
                folder,
                open_engine,
                on_stored,
                self._folder_state,
                self._stop,
                backoff_base,
                auth_retry,
            )
            for folder in account.folders
        ]
        self.state = AccountState(account.account_id, State.STARTING, "starting")

    def start(self) -> None:
        self._on_state(self.state)
        for worker in self.workers:
            worker.thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        deadline = time.monotonic() + timeout
        for worker in self.workers:
            worker.thread.join(max(0.0, deadline - time.monotonic()))

    @property
    def attempts(self) -> int:
        return sum(w.attempts for w in self.workers)

    def _folder_state(self, folder: str, state: State, detail: str, retry: float | None) -> None:
        with self._lock:
            self._folder_states[folder] = (state, detail, retry)
            merged = self._merge()
            self.state = merged
        self._on_state(merged)

    def _merge(self) -> AccountState:
        aid = self.account.account_id
        states = [self._folder_states.get(f) for f in self.account.folders]
        known = [s for s in states if s is not None]
        worst = max(known, key=lambda s: _SEVERITY[s[0]], default=None)
        if worst is None:
            return AccountState(aid, State.STARTING, "starting")
        state, detail, retry = worst
        if state is State.CONNECTED:
            if len(known) < len(states):
                return AccountState(aid, State.STARTING, "starting")
            n = len(self.account.folders)
            return AccountState(aid, state, state_text(state, f"{n} folders" if n > 1 else ""))
        retry_in = None if retry is None else retry - time.monotonic()
        return AccountState(aid, state, state_text(state, detail, retry_in), retry)


_SEVERITY = {
    State.CONNECTED: 0,
    State.STARTING: 1,
    State.STOPPED: 2,
    State.RECONNECTING: 3,
    State.NO_PASSWORD: 4,
    State.NO_KEYRING: 5,
    State.LOGIN_REFUSED: 6,
    State.CERT_UNTRUSTED: 7,
}


class MailSources:
    """Every configured account; the composition root starts and stops them together."""

    def __init__(
        self,
        accounts: Iterable[MailAccount],
        open_engine: Callable[[], Engine],
        on_stored: OnStored,
        on_state: OnState,
        backoff_base: float = BACKOFF_BASE_S,
        auth_retry: float = AUTH_RETRY_S,
    ) -> None:
        self.watchers = [
            AccountWatcher(a, open_engine, on_stored, on_state, backoff_base, auth_retry)
            for a in accounts
        ]

    def start(self) -> None:
        for w in self.watchers:
            w.start()

    def stop(self, timeout: float = 5.0) -> None:
        for w in self.watchers:
            w._stop.set()
        for w in self.watchers:
            w.stop(timeout)

    def attempts(self) -> int:
        return sum(w.attempts for w in self.watchers)

    def states(self) -> list[AccountState]:
        return [w.state for w in self.watchers]


def probe(account: MailAccount, timeout: float = 10.0, password: str | None = None) -> AccountState:
    """One connection attempt for `office-hours doctor` and the settings' "Test connection":
    login and open every folder. `password`: one typed but not saved yet (else the keyring's)."""
    client = None
    try:
        if password is None:
            password = get_password(account.account_id)
        client = connect(account, timeout, read_timeout=timeout)
        client.login(account.username, password)
        missing = []
        for folder in account.folders:
            try:
                client.select_folder(folder, readonly=True)
            except Exception:
                missing.append(folder)
        if missing:
            return AccountState(
                account.account_id,
                State.RECONNECTING,
                f"connected, but these folders cannot be opened: {', '.join(missing)}",
            )
        n = len(account.folders)
        return AccountState(
            account.account_id,
            State.CONNECTED,
            state_text(State.CONNECTED, f"{n} folder{'s' if n > 1 else ''}"),
        )
    except Exception as exc:
        state, detail = classify(exc)
        if state is State.LOGIN_REFUSED:
            detail = account.account_id
        if state is State.RECONNECTING:
            return AccountState(
                account.account_id,
                state,
                f"cannot connect to {account.host}:{account.port} ({detail})",
            )
        return AccountState(account.account_id, state, state_text(state, detail))
    finally:
        _close(client)
