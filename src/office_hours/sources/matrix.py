"""A Matrix account as a source: matrix-nio's AsyncClient long-polls /sync in the source's
own thread and event loop. Direct messages and mentions in watched rooms become items; the
sync token is stored with them, so a restart replays nothing. Read only: no read receipts,
no typing notices, and syncs never mark the user online."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Collection, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from office_hours.config.matrix import MatrixSettings
from office_hours.domain.model import Item
from office_hours.secrets import SecretProblem, get_password
from office_hours.sources.base import Batch, CursorReader, Sink, StateReport
from office_hours.sources.matrix_parse import (
    RoomView,
    direct_rooms,
    is_watched,
    parse_event,
    room_key,
    source_name,
)
from office_hours.sources.state import SourceState, StateKind, backoff_delay

if TYPE_CHECKING:
    from nio import AsyncClient, MatrixRoom, SyncResponse

log = logging.getLogger(__name__)

KEYRING_USER = "matrix"  # schema.CHAT_SECRETS
LOGIN_COMMAND = "office-hours account matrix-login"
CURSOR_KEY = "next_batch"
LONG_POLL_MS = 30_000  # the server answers at once when an event arrives
CHECK_TIMEOUT_S = 10.0
SYNC_DEADLINE_S = LONG_POLL_MS / 1000 + 60  # a server that accepts and then hangs
BACKOFF_CAP_S = 60.0
CURSOR_EVERY_S = 30.0  # a token that covers no items is written at most this often
STOP_TIMEOUT_S = 5.0
# Typing, receipts and presence only wake the long poll: filtered out on the server.
_QUIET = {"presence": {"not_types": ["*"]}}
SYNC_FILTER: dict[str, Any] = {
    **_QUIET,
    "room": {"timeline": {"limit": 50}, "ephemeral": {"not_types": ["*"]}},
}
FIRST_SYNC_FILTER: dict[str, Any] = {  # first start ever: learn the rooms, record nothing
    **_QUIET,
    "room": {"timeline": {"limit": 1}, "ephemeral": {"not_types": ["*"]}},
}
MISSING_NIO = "the package matrix-nio is missing: reinstall Office Hours (pip install matrix-nio)"
MATRIX_EXTRA = "pip install 'office-hours[matrix]'"


class MatrixProblem(Exception):
    """Why the account cannot be used right now, in plain words; `refused` when the token is
    no longer accepted (retrying cannot help until the user logs in again), `unreachable`
    when the network or the server is down (it may pass)."""

    def __init__(
        self,
        message: str,
        refused: bool = False,
        unreachable: bool = False,
        kind: StateKind | None = None,
        detail: str = "",
    ) -> None:
        self.refused, self.unreachable = refused, unreachable
        if kind is None:
            kind = (
                StateKind.LOGIN_REFUSED
                if refused
                else StateKind.UNREACHABLE
                if unreachable
                else StateKind.RECONNECTING
            )
        self.kind, self.detail = kind, detail
        super().__init__(message)

    @property
    def state(self) -> SourceState:
        """The source's state, for the tray and `doctor` to render in the user's language."""
        return SourceState(self.kind, self.detail)


def read_token() -> str:
    """The access token from the keyring; MatrixProblem in plain words when there is none."""
    try:
        return get_password(KEYRING_USER)
    except SecretProblem as exc:
        if exc.kind == "no_password":
            raise MatrixProblem(
                f"no Matrix access token in the keyring: run `{LOGIN_COMMAND}`",
                refused=True,
                kind=StateKind.NO_SECRET,
                detail=LOGIN_COMMAND,
            ) from None
        raise MatrixProblem(str(exc), kind=StateKind.NO_KEYRING) from None


def new_client(settings: MatrixSettings, token: str, request_timeout: float = 60) -> AsyncClient:
    """A client that never retries on its own (we back off and report) and has no crypto
    store: it reads, it does not send."""
    from nio import AsyncClient, AsyncClientConfig

    config = AsyncClientConfig(
        max_timeouts=0,
        max_limit_exceeded=3,
        request_timeout=request_timeout,
        store_sync_tokens=False,
        encryption_enabled=False,
    )
    client = AsyncClient(settings.homeserver, settings.user_id, config=config)
    client.access_token = token
    client.user_id = settings.user_id
    return client


def answer_problem(response: Any, what: str) -> MatrixProblem:
    """A homeserver error response (nio's *Error types) in plain words."""
    code = getattr(response, "status_code", None) or ""
    message = getattr(response, "message", None) or str(response)
    if code == "M_UNKNOWN_TOKEN":
        return MatrixProblem(
            f"login refused: the homeserver no longer accepts the access token ({code}); "
            f"run `{LOGIN_COMMAND}`",
            refused=True,
            detail=f"{code}; {LOGIN_COMMAND}",
        )
    if code == "M_FORBIDDEN" or code == "M_MISSING_TOKEN":
        return MatrixProblem(
            f"login refused: {message} ({code})", refused=True, detail=f"{message} ({code})"
        )
    return MatrixProblem(
        f"the homeserver refused {what}: {message}" + (f" ({code})" if code else ""),
        detail=f"{message}" + (f" ({code})" if code else ""),
    )


@contextmanager
def transport_errors(homeserver: str) -> Iterator[None]:
    """Connection failures and time-outs in plain words."""
    import aiohttp

    try:
        yield
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        log.info("Matrix %s: %s", homeserver, str(exc) or type(exc).__name__)  # the detail
        raise MatrixProblem(
            f"the homeserver cannot be reached ({homeserver})", unreachable=True, detail=homeserver
        ) from None


async def whoami(settings: MatrixSettings, token: str) -> None:
    """Checks the token belongs to the configured user; MatrixProblem otherwise."""
    from nio import WhoamiResponse

    client = new_client(settings, token, CHECK_TIMEOUT_S)
    try:
        with transport_errors(settings.homeserver):
            answer = await client.whoami()
        if not isinstance(answer, WhoamiResponse):
            raise answer_problem(answer, "the access token")
        if answer.user_id != settings.user_id:
            raise MatrixProblem(
                f"the access token belongs to {answer.user_id}, not {settings.user_id}: "
                f"run `{LOGIN_COMMAND}`",
                refused=True,
                detail=f"{answer.user_id} != {settings.user_id}; {LOGIN_COMMAND}",
            )
    finally:
        await client.close()


def account_problem(
    settings: MatrixSettings, token: Callable[[], str] = read_token
) -> MatrixProblem | None:
    """None when the account can be used, else why not (package, keyring, token, network)."""
    try:
        import nio  # noqa: F401
    except ImportError:
        return MatrixProblem(MISSING_NIO, kind=StateKind.MISSING_PACKAGE, detail=MATRIX_EXTRA)
    try:
        asyncio.run(asyncio.wait_for(whoami(settings, token()), CHECK_TIMEOUT_S + 2))
    except MatrixProblem as exc:
        return exc
    except TimeoutError:
        return MatrixProblem(
            f"the homeserver cannot be reached ({settings.homeserver}): no answer",
            unreachable=True,
            kind=StateKind.TIMED_OUT,
            detail=settings.homeserver,
        )
    return None


def check_account(settings: MatrixSettings, token: Callable[[], str] = read_token) -> str | None:
    problem = account_problem(settings, token)
    return str(problem) if problem else None


class MatrixSource:
    """One Matrix account. `client_rooms` are the rooms clients list (an alias listed there
    is used as the item's room so it matches); `token` reads the access token."""

    def __init__(
        self,
        settings: MatrixSettings,
        cursors: CursorReader,
        client_rooms: Collection[str] = (),
        token: Callable[[], str] = read_token,
    ) -> None:
        self.settings = settings
        self.name = source_name(settings.user_id)
        self.label = f"Matrix {settings.user_id}"
        self._cursors, self._client_rooms, self._token = cursors, tuple(client_rooms), token
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._direct: set[str] = set()  # rooms in m.direct
        self._my_name = ""

    @property
    def spec(self) -> object:
        return (self.settings, self._client_rooms)

    def check(self) -> SourceState | None:
        """What stops the source for good: matrix-nio missing, no token, token refused. An
        unreachable homeserver is not one of them (a laptop starts before its network): the
        source then starts, says so as its state and reconnects; `doctor` still reports it."""
        problem = account_problem(self.settings, self._token)
        return problem.state if problem and not problem.unreachable else None

    def start(self, sink: Sink, report: StateReport) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._run, args=(sink, report), name=self.name, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        loop, task = self._loop, self._task
        if loop is not None and task is not None:
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:  # the loop already closed
                pass
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT_S)
            self._thread = None

    # -- the source thread --------------------------------------------------------------------

    def _run(self, sink: Sink, report: StateReport) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._task = loop.create_task(self._main(sink, report))
            loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except Exception:  # a bug must not pass silently, nor take the app down
            log.exception("Matrix source %s stopped", self.name)
            report(SourceState(StateKind.FAILED))
        finally:
            self._loop = None
            loop.close()

    async def _main(self, sink: Sink, report: StateReport) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                token = self._token()
                client = new_client(self.settings, token, SYNC_DEADLINE_S)
                try:
                    async for connected in self._session(client, sink):
                        if connected:
                            report(SourceState(StateKind.CONNECTED))
                        failures = 0
                finally:
                    await client.close()
            except MatrixProblem as exc:
                delay = backoff_delay(failures, 2.0, BACKOFF_CAP_S)
                if exc.refused:  # retrying cannot help until the user logs in again
                    delay = BACKOFF_CAP_S
                failures += 1
                report(SourceState(exc.kind, exc.detail, time.monotonic() + delay))
                log.warning("Matrix %s: %s", self.name, exc)
                await asyncio.sleep(delay)

    async def _session(self, client: AsyncClient, sink: Sink) -> AsyncIterator[bool]:
        """Yields True after the first sync (connected), False after each later one;
        raises MatrixProblem."""
        from nio import DirectRoomsResponse, ProfileGetDisplayNameResponse, SyncResponse

        home = self.settings.homeserver
        with transport_errors(home):
            profile = await client.get_displayname(self.settings.user_id)
        if isinstance(profile, ProfileGetDisplayNameResponse):
            self._my_name = profile.displayname or ""
        else:
            raise answer_problem(profile, "the access token")
        with transport_errors(home):
            direct = await client.list_direct_rooms()
        if isinstance(direct, DirectRoomsResponse):  # an error: the user never marked any
            self._direct = direct_rooms(direct.rooms)
        since = self._cursors(self.name, CURSOR_KEY)
        first, written = True, time.monotonic()
        pending: str | None = None
        try:
            while not self._stopping.is_set():
                with transport_errors(home):
                    answer = await asyncio.wait_for(  # nio sets no time-out on full_state
                        client.sync(
                            timeout=0 if first else LONG_POLL_MS,
                            sync_filter=FIRST_SYNC_FILTER if since is None else SYNC_FILTER,
                            since=since,
                            full_state=first,
                            set_presence="offline",  # syncing must not mark the user online
                        ),
                        SYNC_DEADLINE_S,
                    )
                if not isinstance(answer, SyncResponse):
                    raise answer_problem(answer, "to sync")
                items = self._items(client, answer) if since is not None else ()
                since = pending = answer.next_batch
                now = time.monotonic()
                if items or first or now - written >= CURSOR_EVERY_S:
                    # after a restart the catch-up is counted, not announced
                    sink(Batch(items, {(self.name, CURSOR_KEY): since}, notify=not first))
                    pending, written = None, now
                yield first
                first = False
        finally:
            if pending is not None:  # stopping: keep the newest token
                sink(Batch((), {(self.name, CURSOR_KEY): pending}))

    def _items(self, client: AsyncClient, answer: SyncResponse) -> tuple[Item, ...]:
        for event in answer.account_data_events:
            content = getattr(event, "content", None)
            if getattr(event, "type", None) == "m.direct" and isinstance(content, dict):
                self._direct = direct_rooms(content)
        items: list[Item] = []
        for room_id, info in answer.rooms.join.items():
            room = client.rooms.get(room_id)
            view = self._view(room_id, room)
            for event in info.timeline.events:
                raw = getattr(event, "source", None)
                if isinstance(raw, dict):
                    item = parse_event(raw, view, self.settings.user_id)
                    if item is not None:
                        items.append(item)
        return tuple(items)

    def _view(self, room_id: str, room: MatrixRoom | None) -> RoomView:
        aliases = [room.canonical_alias] if room is not None and room.canonical_alias else []
        me = room.users.get(self.settings.user_id) if room is not None else None
        direct = room_id in self._direct or (room is not None and room.member_count == 2)
        return RoomView(
            room_id=room_id,
            direct=direct,
            watched=is_watched(room_id, aliases, self.settings.rooms),
            room_key=room_key(room_id, aliases, self._client_rooms),
            my_name=(me.display_name if me is not None and me.display_name else self._my_name),
        )
