"""The Matrix source against a real Synapse: latency, client mapping, mentions, restart
without replay, no read receipts, presence engage/restore, and plain-words problems."""

from __future__ import annotations

import contextlib
import dataclasses
import re
import socket
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from matrix.synapse import SERVER_NAME, MatrixHTTPError, Synapse, User, free_port
from office_hours.config.load import Config, parse_config
from office_hours.config.matrix import MatrixSettings
from office_hours.engine import Engine
from office_hours.ingest import Delivered, IngestService
from office_hours.presence.matrix import MatrixPresence
from office_hours.sources.base import Batch
from office_hours.sources.matrix import MatrixSource, check_account
from office_hours.state_words import state_text
from office_hours.storage.store import Store

pytestmark = pytest.mark.integration

ALICE, ANNA, BOB = (f"@{n}:{SERVER_NAME}" for n in ("alice", "anna", "bob"))
GLOBEX_ALIAS = f"#globex-team:{SERVER_NAME}"
LATENCY_LIMIT_S = 1.0


def wait_for(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.005)
    return value


@dataclass
class Run:
    """The ingest service around one MatrixSource, recording what it delivered and said."""

    runner: IngestService
    delivered: list[Delivered] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    seen: dict[str, float] = field(default_factory=dict)  # event id -> monotonic arrival
    lock: threading.Lock = field(default_factory=threading.Lock)

    def items(self) -> list[str]:
        with self.lock:
            return [r.item.item_id for d in self.delivered for r in d.results]

    def wait_item(self, event_id: str, timeout: float = 5) -> float:
        return float(wait_for(lambda: self.seen.get(event_id), timeout, f"event {event_id}"))


@dataclass
class World:
    synapse: Synapse
    alice: User  # the freelancer's other client (joins rooms, sets presence)
    anna: User  # a client: chat_users of acme
    bob: User  # someone in group rooms, no client
    token: str  # the access token the source uses (its own login)
    dm: str
    group: str  # watched for mentions, by id
    globex: str  # watched by alias; the alias is a room of client globex
    unwatched: str
    db: Path
    config: Config

    def settings(self) -> MatrixSettings:
        return self.config.matrix

    def start(self, token: str | None = None) -> Run:
        """A new MatrixSource (as after a restart) over the same database."""
        config = self.config

        def read_cursor(source: str, key: str) -> str | None:
            store = Store(self.db)
            try:
                return store.cursor(source, key)
            finally:
                store.close()

        client_rooms = [r for c in config.clients for r in c.rooms]
        source = MatrixSource(
            config.matrix, read_cursor, client_rooms, token=lambda: token or self.token
        )
        run: Run

        def on_delivered(d: Delivered) -> None:
            now = time.monotonic()
            with run.lock:
                run.delivered.append(d)
                for r in d.results:
                    run.seen.setdefault(r.item.item_id, now)

        runner = IngestService(
            config,
            lambda c: Engine(c, Store(self.db)),
            lambda _c: [source],
            on_delivered,
            lambda _name, _label, state: run.states.append(state_text(state) if state else ""),
        )
        run = Run(runner)
        runner.start()
        wait_for(lambda: "connected" in run.states, 10, f"connected (states: {run.states})")
        return run

    def client_of(self, event_id: str) -> str | None:
        store = Store(self.db)
        try:
            return store.stored_client(f"matrix:{ALICE}", event_id)
        finally:
            store.close()


def config_for(synapse: Synapse, group: str, tmp: Path) -> Config:
    text = f"""config_version = 1
[general]
timezone = "UTC"
[hours]
monday = ["00:00-00:00"]
tuesday = ["00:00-00:00"]
wednesday = ["00:00-00:00"]
thursday = ["00:00-00:00"]
friday = ["00:00-00:00"]
saturday = ["00:00-00:00"]
sunday = ["00:00-00:00"]
[matrix]
enabled = true
homeserver = "{synapse.base}"
user_id = "{ALICE}"
rooms = ["{group}", "{GLOBEX_ALIAS}"]
focus_status = "Deep work until 14:00"

[[clients]]
id = "acme"
name = "ACME"
chat_users = ["{ANNA}"]

[[clients]]
id = "globex"
name = "Globex"
rooms = ["{GLOBEX_ALIAS}"]
"""
    return parse_config(text, tmp / "config.toml")


@pytest.fixture(scope="module")
def world(synapse: Synapse, tmp_path_factory: pytest.TempPathFactory) -> World:
    alice = synapse.login("alice", "alicepw")
    anna = synapse.login("anna", "annapw")
    bob = synapse.login("bob", "bobpw")
    token = synapse.login("alice", "alicepw").token  # the app's own device
    alice.call(
        "PUT", f"/_matrix/client/v3/profile/{quote(ALICE)}/displayname",
        {"displayname": "Alice Liddell"},
    )  # fmt: skip
    dm = anna.create_room([ALICE], direct=True)
    alice.join(dm)
    group = anna.create_room([ALICE, BOB], name="ACME all hands")
    globex = bob.create_room([ALICE, ANNA], name="Globex team")
    bob.call(
        "PUT", f"/_matrix/client/v3/directory/room/{quote(GLOBEX_ALIAS)}", {"room_id": globex}
    )  # fmt: skip
    bob.call(
        "PUT", f"/_matrix/client/v3/rooms/{quote(globex)}/state/m.room.canonical_alias/",
        {"alias": GLOBEX_ALIAS},
    )  # fmt: skip
    unwatched = anna.create_room([ALICE, BOB], name="Random")
    for room in (group, globex, unwatched):
        alice.join(room)
        (bob if room != globex else anna).join(room)
    tmp = tmp_path_factory.mktemp("matrix")
    return World(
        synapse, alice, anna, bob, token, dm, group, globex, unwatched,
        tmp / "db.sqlite3", config_for(synapse, group, tmp),
    )  # fmt: skip


def test_direct_messages_arrive_within_a_second_and_restart_replays_nothing(
    world: World,
) -> None:
    old = world.anna.text(world.dm, "sent before Office Hours ever started")
    run = world.start()
    try:
        latencies = []
        for n in range(5):
            sent = time.monotonic()
            event = world.anna.text(world.dm, f"Can you look at invoice {n}? " + "x" * 300)
            latencies.append(run.wait_item(event) - sent)
        print(
            f"\nMatrix send -> stored: median {statistics.median(latencies) * 1000:.0f} ms, "
            f"max {max(latencies) * 1000:.0f} ms"
        )
        assert max(latencies) < LATENCY_LIMIT_S, latencies
        assert world.client_of(event) == "acme"
        assert old not in run.items(), "the very first start recorded an old message"
        item = next(r.item for d in run.delivered for r in d.results if r.item.item_id == event)
        assert item.sender == ANNA
        assert item.room == world.dm
        assert len(item.subject) <= 120
        assert item.link.startswith("https://matrix.to/#/")
    finally:
        run.runner.stop()
    before = set(run.items())
    away = world.anna.text(world.dm, "sent while the app was closed")
    restarted = world.start()
    try:
        restarted.wait_item(away)
        calm = world.anna.text(world.dm, "after the restart")
        restarted.wait_item(calm)
    finally:
        restarted.runner.stop()
    again = restarted.items()
    assert sorted(again) == sorted([away, calm]), f"replayed: {set(again) & before}"
    notified = {d.results[0].item.item_id: bool(d.notify_keys) for d in restarted.delivered
                if d.results}  # fmt: skip
    assert notified == {away: False, calm: True}  # the catch-up is counted, not announced


def test_mentions_in_watched_rooms_only(world: World) -> None:
    run = world.start()
    try:
        plain = world.anna.text(world.group, "lunch anyone?")
        unwatched = world.anna.text(
            world.unwatched, f"{ALICE} please", **{"m.mentions": {"user_ids": [ALICE]}}
        )
        by_id = world.anna.text(
            world.group, "Alice, the build is red", **{"m.mentions": {"user_ids": [ALICE]}}
        )
        by_name = world.bob.text(world.globex, "alice liddell: can you review the PR?")
        not_me = world.anna.text(
            world.group, "Alice Liddell wrote this", **{"m.mentions": {"user_ids": [BOB]}}
        )
        marker = world.anna.text(world.dm, "marker")
        for event in (by_id, by_name, marker):
            run.wait_item(event)
    finally:
        run.runner.stop()
    items = run.items()
    assert plain not in items
    assert unwatched not in items
    assert not_me not in items  # m.mentions is the whole truth when the client sets it
    assert world.client_of(by_id) == "acme"  # anna is acme's
    assert world.client_of(by_name) == "globex"  # bob is no one's; the room is globex's


def _receipts_by(user: User, reader: str, room: str) -> list[str]:
    """Event ids `reader` sent a receipt for in `room`, as `user` sees them in /sync."""
    answer = user.call("GET", "/_matrix/client/v3/sync?timeout=0")
    events = answer.get("rooms", {}).get("join", {}).get(room, {}).get("ephemeral", {})
    found = []
    for event in events.get("events", []):
        if event.get("type") == "m.receipt":
            for event_id, kinds in event["content"].items():
                for readers in kinds.values():
                    if reader in readers:
                        found.append(event_id)
    return found


def test_no_read_receipts_or_read_markers(world: World) -> None:
    run = world.start()
    try:
        event = world.anna.text(world.dm, "did you read this?")
        run.wait_item(event)
    finally:
        run.runner.stop()
    assert _receipts_by(world.anna, ALICE, world.dm) == []
    assert _presence(world.anna)["presence"] == "offline"  # syncing never marked her online
    with pytest.raises(MatrixHTTPError) as marker:
        world.alice.call(
            "GET",
            f"/_matrix/client/v3/user/{quote(ALICE)}/rooms/{quote(world.dm)}"
            "/account_data/m.fully_read",
        )
    assert marker.value.status == 404
    # the check itself sees receipts: bob reads in the group room
    seen = world.anna.text(world.group, "control")
    world.bob.call(
        "POST", f"/_matrix/client/v3/rooms/{quote(world.group)}/receipt/m.read/{quote(seen)}", {}
    )
    assert wait_for(lambda: _receipts_by(world.anna, BOB, world.group), 5, "bob's receipt")


def _presence(user: User) -> dict[str, Any]:
    answer = user.call("GET", f"/_matrix/client/v3/presence/{quote(ALICE)}/status")
    return {"presence": answer["presence"], "status_msg": answer.get("status_msg")}


@pytest.mark.parametrize(
    "before",
    [
        {"presence": "online", "status_msg": "Answering mail"},
        {"presence": "offline", "status_msg": None},
    ],
)
def test_presence_engage_and_restore(world: World, before: dict[str, Any]) -> None:
    # Synapse keeps presence per device and shows the most present one; the state this
    # device (the app's login) can change is the one it saves and restores.
    body = {k: v for k, v in before.items() if v is not None}
    own = User(world.synapse.base, ALICE, world.token)
    own.call("PUT", f"/_matrix/client/v3/presence/{quote(ALICE)}/status", body)
    assert _presence(world.anna) == before
    target = MatrixPresence(world.settings(), token=lambda: world.token)
    assert target.check() is None
    saved = target.engage()
    assert saved == before
    assert _presence(world.anna) == {
        "presence": "unavailable",
        "status_msg": "Deep work until 14:00",
    }
    target.restore(saved)
    assert _presence(world.alice) == before


def test_check_explains_problems_in_plain_words(world: World) -> None:
    settings = world.settings()
    source = MatrixSource(settings, lambda *_: None, token=lambda: "syt_not_a_real_token")
    state = source.check()
    assert state is not None
    problem = state_text(state)
    assert "login refused" in problem
    assert "M_UNKNOWN_TOKEN" in problem
    assert "office-hours account matrix-login" in problem
    assert MatrixSource(settings, lambda *_: None, token=lambda: world.token).check() is None
    gone = MatrixSettings(True, f"http://127.0.0.1:{free_port()}", ALICE)
    problem = check_account(gone, token=lambda: world.token)  # what doctor shows
    assert problem == f"the homeserver cannot be reached ({gone.homeserver})"
    # the source still starts: it reports the state and reconnects when the network is back
    assert MatrixSource(gone, lambda *_: None, token=lambda: world.token).check() is None


def test_refused_token_is_reported_and_retried(world: World) -> None:
    states: list[str] = []
    source = MatrixSource(world.settings(), lambda *_: None, token=lambda: "syt_revoked")
    source.start(lambda _batch: None, lambda state: states.append(state_text(state)))
    try:
        wait_for(lambda: states, 5, "a state")
    finally:
        source.stop()
    assert states[0].startswith("login refused"), states
    assert states[0].endswith("next try in 60 s"), states


class Proxy:
    """A TCP forwarder to Synapse that can be opened late and cut: the homeserver as the
    source sees it coming and going."""

    def __init__(self, target: int) -> None:
        self.target, self.port = target, free_port()
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None

    def open(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                inbound, _ = listener.accept()
            except OSError:
                return
            outbound = socket.create_connection(("127.0.0.1", self.target))
            self._sockets += [inbound, outbound]
            for a, b in ((inbound, outbound), (outbound, inbound)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        if self._listener is not None:  # shutdown wakes the blocked accept(); close does not
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
        self._sockets.clear()


def test_reconnects_with_backoff_when_the_homeserver_comes_and_goes(world: World) -> None:
    proxy = Proxy(world.synapse.port)
    settings = dataclasses.replace(world.settings(), homeserver=f"http://127.0.0.1:{proxy.port}")
    batches: list[Batch] = []
    states: list[str] = []
    source = MatrixSource(settings, lambda *_: None, token=lambda: world.token)
    source.start(batches.append, lambda state: states.append(state_text(state)))
    try:
        wait_for(lambda: states, 5, "a state")
        assert states[0].startswith("server not reachable (http://127.0.0.1:"), states
        assert re.search(r"next try in [12] s$", states[0]), states  # 1-2 s, jittered
        proxy.open()
        wait_for(lambda: "connected" in states, 8, f"connected (states: {states})")
        event = world.anna.text(world.dm, "through the proxy")
        wait_for(
            lambda: any(i.item_id == event for b in batches for i in b.items), 5, "the message"
        )
        proxy.cut()
        wait_for(lambda: "not reachable" in states[-1], 5, f"the cut (states: {states})")
        assert re.search(r"next try in [12] s$", states[-1]), states
    finally:
        began = time.monotonic()
        source.stop()
        stopped_in = time.monotonic() - began
        proxy.cut()
    assert stopped_in < 2, f"stop took {stopped_in:.1f} s"
    assert all(b.cursors for b in batches)  # every batch carries the sync token


def test_rooms_marked_direct_count_whatever_their_size(world: World) -> None:
    room = world.anna.create_room([ALICE, BOB], direct=True)
    world.alice.join(room)
    world.bob.join(room)
    world.alice.call(
        "PUT",
        f"/_matrix/client/v3/user/{quote(ALICE)}/account_data/m.direct",
        {ANNA: [world.dm, room]},
    )
    run = world.start()
    try:
        event = world.bob.text(room, "no mention, but a direct chat")
        run.wait_item(event)
    finally:
        run.runner.stop()
