"""IMAP accounts, watched live: a thin IMAPClient transport around the pure mail_parse.

One `MailSource` per account, behind the one Source interface: a thread per folder, each
with its own connection, handing batches to the ingest service. Folders are opened
read-only (EXAMINE) and only BODY.PEEK[HEADER] is fetched, so no mail is ever marked read.

Exactly-once: each batch carries the folder's cursor (UIDVALIDITY, last UID), which the
ingest service writes in the same transaction as the items it covers; after a reconnect
or a restart the worker asks for UID last+1:*, and items are keyed by Message-ID, so a
UIDVALIDITY change (folder re-created) re-reads the folder without counting anything
twice and without dropping new mail.
"""

from __future__ import annotations

import json
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from office_hours.config.accounts import MailAccount
from office_hours.domain.auto_reply import ReplyHeaders
from office_hours.domain.model import Client
from office_hours.domain.unread import UnreadRow
from office_hours.secrets import SecretProblem, get_password
from office_hours.sources.base import Batch, CursorReader, Sink, StateReport
from office_hours.sources.imap_unread import ClientFolders, UnreadTracker, UnreadWatch
from office_hours.sources.mail_parse import MailItem, Rejection, parse_headers
from office_hours.sources.state import (
    BACKOFF_BASE_S,
    SEVERITY,
    SourceState,
    StateKind,
    backoff_delay,
)
from office_hours.storage.moves import MoveRecord

if TYPE_CHECKING:
    from imapclient import IMAPClient

log = logging.getLogger(__name__)

IDLE_RENEW_S = 25 * 60  # RFC 2177: re-issue IDLE before the server's 29-minute timeout
IDLE_CHECK_S = 1.0  # how long one wait for server news lasts (bounds stop latency)
AUTH_RETRY_S = 300.0  # a refused login is retried this rarely: no retry storm, no lockout
FETCH_CHUNK = 100
MAX_RESCAN = 2000  # newest messages re-read after a UIDVALIDITY change
HEADER_FETCH = b"BODY.PEEK[HEADER]<0.65536>"  # PEEK: never sets \Seen; capped on the wire
HEADER_KEYS = (b"BODY[HEADER]<0>", b"BODY[HEADER]")
CONNECT_TIMEOUT_S = 15.0
# While backing off from a lost server, its port is knocked on this often (a TCP connect,
# no IMAP, no login), so the mail that arrived meanwhile comes within ~2 s of its return
# however long the backoff has grown (issue 14).
PROBE_EVERY_S = 0.5
PROBE_TIMEOUT_S = 0.4
READ_TIMEOUT_S = 120.0


def _login_fix(account_id: str) -> str:
    return f"office-hours account set-password {account_id}"


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


def port_open(account: MailAccount, timeout: float) -> bool:
    """Whether the server's port accepts a TCP connection (closed at once: no IMAP)."""
    import socket

    try:
        with socket.create_connection((account.host, account.port), timeout=timeout):
            return True
    except OSError:
        return False


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


def classify(exc: BaseException, account: MailAccount) -> SourceState:
    """An exception from connecting or talking to the server -> the account's state."""
    from imapclient.exceptions import LoginError

    if isinstance(exc, LoginError):
        return SourceState(StateKind.LOGIN_REFUSED, _login_fix(account.account_id))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SourceState(StateKind.CERT_UNTRUSTED, exc.verify_message or str(exc))
    if isinstance(exc, SecretProblem):
        if exc.kind == "no_password":
            return SourceState(StateKind.NO_SECRET, _login_fix(account.account_id))
        return SourceState(StateKind.NO_KEYRING)
    where = f"{account.host}:{account.port}"
    if isinstance(exc, socket.gaierror):
        return SourceState(StateKind.UNREACHABLE, f"{account.host}: {exc.strerror or exc}")
    if isinstance(exc, ConnectionRefusedError):
        return SourceState(StateKind.UNREACHABLE, where)
    if isinstance(exc, TimeoutError):
        return SourceState(StateKind.TIMED_OUT, where)
    text = str(exc) or type(exc).__name__
    return SourceState(StateKind.RECONNECTING, text[:120])


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


FolderReport = Callable[[str, SourceState], None]  # (folder, state)


class FolderWorker:
    """Watches one folder of one account on its own thread, until `stop` is set."""

    def __init__(
        self,
        account: MailAccount,
        folder: str,
        read_cursor: CursorReader,
        sink: Sink,
        on_state: FolderReport,
        stop: threading.Event,
        backoff_base: float = BACKOFF_BASE_S,
        auth_retry: float = AUTH_RETRY_S,
    ) -> None:
        self.account, self.folder = account, folder
        self._read_cursor = read_cursor
        self._sink, self._on_state = sink, on_state
        self._stop = stop
        self._backoff_base, self._auth_retry = backoff_base, auth_retry
        self._cursor: Cursor | None = None  # the last one handed over with its items
        self.attempts = 0  # connection attempts: tests check there is no storm
        self.counts = {"items": 0, "rejected": 0, "automated": 0}
        self.unread: UnreadWatch | None = None  # the unread view, on this connection
        self._replies: dict[str, ReplyHeaders] = {}  # the last _parse's, for the Batch
        self.thread = threading.Thread(
            target=self.run, name=f"imap-{account.account_id}-{folder}", daemon=True
        )

    def _state(self, kind: StateKind, detail: str = "", delay: float | None = None) -> None:
        retry = None if delay is None else time.monotonic() + delay
        self._on_state(self.folder, SourceState(kind, detail, retry))

    # -- the loop --------------------------------------------------------------------------

    def run(self) -> None:
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
                    if self.unread is not None:
                        self.unread.reset()
                    self.sync(client)
                    self._look_unread(client, check=True)
                    # "connected" once caught up: what arrives from now on is live mail
                    self._state(StateKind.CONNECTED)
                    attempt = 0
                    self.watch(client)
                except Exception as exc:
                    if self._stop.is_set():
                        break
                    state = classify(exc, self.account)
                    network = state.kind in (
                        StateKind.RECONNECTING,
                        StateKind.UNREACHABLE,
                        StateKind.TIMED_OUT,
                    )
                    if network:
                        delay = backoff_delay(attempt, self._backoff_base)
                        attempt += 1
                    else:  # will not fix itself: try again rarely
                        delay = self._auth_retry
                    log.warning(
                        "IMAP %s/%s: %s (%s); next attempt in %.1f s",
                        self.account.account_id,
                        self.folder,
                        state.kind.value,
                        state.detail or type(exc).__name__,
                        delay,
                    )
                    self._state(state.kind, state.detail, delay)
                    if network and delay > PROBE_EVERY_S:
                        self._wait_for_server(delay)
                    else:
                        self._stop.wait(delay)
                finally:
                    _close(client)
        finally:
            self._state(StateKind.STOPPED)

    def _wait_for_server(self, delay: float) -> None:
        """The backoff wait, cut short when the server's port accepts a connection again."""
        until = time.monotonic() + delay
        while not self._stop.wait(min(PROBE_EVERY_S, max(0.0, until - time.monotonic()))):
            if time.monotonic() >= until or port_open(self.account, PROBE_TIMEOUT_S):
                return

    def watch(self, client: IMAPClient) -> None:
        """Wait for news: IDLE (renewed every 25 min, with a STATUS look every poll_seconds)
        or, without IDLE, NOOP polling."""
        if b"IDLE" not in client.capabilities():
            while not self._stop.wait(self.account.poll_seconds):
                client.noop()
                self.catch_up(client)
                self._look_unread(client, check=True)
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
                # Flags changed (read in another mail client), a message left the folder,
                # or (NOTIFY) a client folder changed.
                flags = self.unread is not None and self.unread.news(responses)
                # Every poll_seconds, look anyway: a folder deleted and re-created under a
                # selected session (a new UIDVALIDITY) sends no EXISTS to that session.
                check = time.monotonic() >= check_at
                if news or check or flags or time.monotonic() >= renew_at:
                    client.idle_done()
                    if news or check:
                        self.catch_up(client)
                        check_at = time.monotonic() + self.account.poll_seconds
                    if news or check or flags:
                        self._look_unread(client, check)
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
            flags = self.unread is not None and self.unread.pending(client)
            if not _take_news(client):
                if flags:
                    self._look_unread(client)
                break
            self.catch_up(client)
            self._look_unread(client)
        client.idle()

    def _look_unread(self, client: IMAPClient, check: bool = False) -> None:
        """Count unread mail again (imap_unread); `check`: a connect or a poll."""
        if self.unread is not None:
            self.unread.look(client, check, self.catch_up)

    # -- reading mail ------------------------------------------------------------------------

    def _folder_status(self, client: IMAPClient) -> tuple[int, int]:
        """(UIDVALIDITY, UIDNEXT) from a fresh EXAMINE: STATUS on the selected folder may
        answer from the session's stale view (Dovecot does, for a re-created folder)."""
        status = client.select_folder(self.folder, readonly=True)
        _take_news(client)  # the EXAMINE's own EXISTS is the state, not news
        if self.unread is not None:
            self.unread.uidvalidity(int(status[b"UIDVALIDITY"]))
        return int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])

    def sync(self, client: IMAPClient) -> None:
        """After (re)connecting: first run, UIDVALIDITY change, or catch up from the cursor."""
        cursor = self._known_cursor()
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
        if cursor is None:
            cursor = self._known_cursor()
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

    def ingested_uid(self) -> int:
        """The highest UID handed to the ingest service (0: none yet)."""
        return self._cursor.last_uid if self._cursor is not None else 0

    def _known_cursor(self) -> Cursor | None:
        """The cursor last handed over (it may not be stored yet), else the stored one."""
        if self._cursor is None:
            self._cursor = Cursor.load(self._read_cursor(self.account.source, self.folder))
        return self._cursor

    def _store(
        self,
        client: IMAPClient,
        uids: Sequence[int],
        uidvalidity: int,
        notify_after: datetime | None,
        floor: int = 0,
    ) -> None:
        """Fetch headers in chunks; each chunk goes to the ingest service with its cursor
        (stored in one transaction). `notify_after` None: backfill, counted quietly; else
        items that arrived after it may notify (ingest.notifies decides)."""
        source = self.account.source
        chunks = [uids[i : i + FETCH_CHUNK] for i in range(0, len(uids), FETCH_CHUNK)] or [[]]
        for n, chunk in enumerate(chunks):
            fetched = client.fetch(chunk, [HEADER_FETCH, b"INTERNALDATE"]) if chunk else {}
            items = self._parse(fetched)
            replies = self._replies
            self._replies = {}
            last = max([floor if n == len(chunks) - 1 else 0, *chunk, 0])
            cursor = Cursor(uidvalidity, last, time.time())
            self._sink(
                Batch(
                    tuple(items),
                    {(source, self.folder): cursor.dump()},
                    notify=notify_after is not None,
                    notify_after=notify_after,
                    reply_headers=replies,
                )
            )
            self._cursor = cursor
            self.counts["items"] += len(items)

    def _parse(self, fetched: dict[int, dict[bytes, Any]]) -> list[Any]:
        items = []
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
            if parsed.reply is not None:
                self._replies[parsed.item.item_id] = parsed.reply
        return items


def _take_news(client: IMAPClient) -> bool:
    """Whether EXISTS/RECENT arrived as a side note of an earlier command (then forgets them).
    imaplib files untagged responses that the command did not ask for under their name."""
    pending = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    if not isinstance(pending, dict):
        return False
    news = pending.pop("EXISTS", None) is not None
    news = pending.pop("RECENT", None) is not None or news
    return news


class MailSource:
    """One IMAP account behind the Source interface: a worker per folder, their states
    merged into one line for the account (the worst folder's)."""

    def __init__(
        self,
        account: MailAccount,
        read_cursor: CursorReader,
        backoff_base: float = BACKOFF_BASE_S,
        auth_retry: float = AUTH_RETRY_S,
        clients: tuple[Client, ...] = (),
    ) -> None:
        self.account = account
        self.name = account.source
        self.label = f"Mail {account.account_id}"
        # With filing on, the clients' folders are watched too (their names matter).
        self.clients = clients if account.file_by_client else ()
        names = tuple((c.client_id, c.name) for c in self.clients)
        self.spec: object = (account, names) if names else account
        self._read_cursor = read_cursor
        self._backoff_base, self._auth_retry = backoff_base, auth_retry
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._folder_states: dict[str, SourceState] = {}
        self._report: StateReport | None = None
        self._sink: Sink | None = None
        self._unread: dict[str, tuple[UnreadRow, ...]] = {}  # folder -> its unread rows
        self.workers: list[FolderWorker] = []
        self.state = SourceState(StateKind.STARTING)

    def check(self) -> SourceState | None:
        """imapclient is a core dependency; a server that is down is a state, not a reason
        not to start (a laptop starts before its network)."""
        try:
            import imapclient  # noqa: F401
        except ImportError:
            return SourceState(StateKind.MISSING_PACKAGE, "imapclient")
        return None

    def start(self, sink: Sink, report: StateReport) -> None:
        self._stop.clear()
        self._report = report
        self._sink = sink
        self._unread = {}
        self.workers = [
            FolderWorker(
                self.account,
                folder,
                self._read_cursor,
                sink,
                self._folder_state,
                self._stop,
                self._backoff_base,
                self._auth_retry,
            )
            for folder in self.account.folders
        ]
        home = next((w for w in self.workers if w.folder.upper() == "INBOX"), self.workers[0])
        for worker in self.workers:
            folders = None
            if worker is home and self.clients:
                folders = ClientFolders(self.clients, self._folder_unread, self.account.folders)
            filer = None
            if worker is home and self.clients:
                from office_hours.sources.imap_filing import AutoFiler

                filer = AutoFiler(self.clients, self._filed)
            worker.unread = UnreadWatch(
                UnreadTracker(worker.folder, self._folder_unread),
                folders,
                filer,
                worker.ingested_uid,
            )
            worker.thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        deadline = time.monotonic() + timeout
        for worker in self.workers:
            worker.thread.join(max(0.0, deadline - time.monotonic()))

    def _folder_unread(self, folder: str, rows: tuple[UnreadRow, ...]) -> None:
        """One folder's unread rows changed: the account's, all folders, to the service."""
        with self._lock:
            self._unread[folder] = rows
            unread = dict(self._unread)
        if self._sink is not None and not self._stop.is_set():
            self._sink(Batch((), unread=unread))

    def _filed(self, moves: Sequence[MoveRecord]) -> None:
        """Moves the app's filing made: recorded by the ingest service, for undo."""
        if self._sink is not None:
            self._sink(Batch((), filed={self.account.account_id: tuple(moves)}))

    @property
    def attempts(self) -> int:
        return sum(w.attempts for w in self.workers)

    def _folder_state(self, folder: str, state: SourceState) -> None:
        with self._lock:
            self._folder_states[folder] = state
            merged = self._merge()
            changed = merged != self.state
            self.state = merged
        if changed and self._report is not None:
            self._report(merged)

    def _merge(self) -> SourceState:
        states = [self._folder_states.get(f) for f in self.account.folders]
        known = [s for s in states if s is not None]
        worst = max(known, key=lambda s: SEVERITY[s.kind], default=None)
        if worst is None or (worst.kind is StateKind.CONNECTED and len(known) < len(states)):
            return SourceState(StateKind.STARTING)
        if worst.kind is StateKind.CONNECTED:
            n = len(self.account.folders)
            return SourceState(StateKind.CONNECTED, f"{n} folders" if n > 1 else "")
        return worst


def probe(account: MailAccount, timeout: float = 10.0, password: str | None = None) -> SourceState:
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
            return SourceState(StateKind.FOLDERS_MISSING, ", ".join(missing))
        n = len(account.folders)
        return SourceState(StateKind.CONNECTED, f"{n} folders" if n > 1 else "")
    except Exception as exc:
        return classify(exc, account)
    finally:
        _close(client)
