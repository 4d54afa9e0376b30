"""The Slack source against the local stand-in, through the real runner, engine and store:
what reaches the store, what a restart replays (nothing), how a 429 is honoured, and which
requests are sent (read-only, Bearer token from the keyring)."""

from __future__ import annotations

import queue
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpers.memory_keyring import MemoryKeyring
from helpers.slack_fixtures import (
    ANNA,
    BOB,
    CAROL,
    DM_ANNA,
    DM_CAROL,
    ME,
    MPIM,
    TOKEN,
    UNWATCHED,
    WATCHED,
    slack_keyring,
    standin,
)
from helpers.slack_standin import SlackStandIn
from office_hours.config.load import parse_config
from office_hours.engine import Engine, IngestResult
from office_hours.ingest import Delivered, IngestService
from office_hours.sources.slack import SlackSource
from office_hours.sources.state import SourceState
from office_hours.state_words import state_text
from office_hours.storage.store import Store

__all__ = ["slack_keyring", "standin"]  # fixtures, used by name

CONFIG = f"""config_version = 1
[general]
timezone = "UTC"
[[clients]]
id = "acme"
name = "Acme"
chat_users = ["{ANNA}"]
[[clients]]
id = "beta"
name = "Beta"
chat_users = ["{BOB}"]
"""
# Methods that read; anything else (conversations.mark, chat.postMessage, ...) would change the
# user's Slack as a side effect.
READ_ONLY = {"auth.test", "conversations.list", "conversations.history", "users.info"}
WAIT_S = 10.0


class Harness:
    """One SlackSource in the ingest service storing into `db`, as the app runs it."""

    def __init__(self, tmp_path: Path, slack: SlackStandIn, **source_args: float) -> None:
        self.slack = slack
        self.config = parse_config(CONFIG, tmp_path / "config.toml")
        self.db = tmp_path / "db.sqlite3"
        self.stored: queue.Queue[IngestResult] = queue.Queue()
        self.states: queue.Queue[str] = queue.Queue()
        self.all_states: list[str] = []
        args = {"poll_seconds": 0.1, "list_seconds": 0.0, **source_args}
        self.source = SlackSource(slack.base_url, [WATCHED], self._cursor, **args)  # type: ignore[arg-type]
        self.runner = IngestService(
            self.config,
            lambda c: Engine(c, Store(self.db)),
            lambda _c: [self.source],
            self._delivered,
            self._state,
        )

    def _cursor(self, source: str, key: str) -> str | None:
        store = Store(self.db)
        try:
            return store.cursor(source, key)
        finally:
            store.close()

    def _delivered(self, delivered: Delivered) -> None:
        for result in delivered.results:
            self.stored.put(result)

    def _state(self, name: str, _label: str, state: SourceState | None) -> None:
        text = state_text(state) if state is not None else ""
        self.all_states.append(text)
        self.states.put(text)

    def wait_state(self, wanted: Callable[[str], bool]) -> str:
        deadline = time.monotonic() + WAIT_S
        while (left := deadline - time.monotonic()) > 0:
            try:
                text = self.states.get(timeout=left)
            except queue.Empty:
                break
            if wanted(text):
                return text
        raise AssertionError(f"no such state within {WAIT_S} s; states: {self.all_states}")

    def polled(self) -> None:
        """Wait until a poll that began after this call has ended: with list_seconds=0 every
        poll starts with conversations.list, so two more of those mean one whole poll."""
        calls = len(self.slack.calls("conversations.list"))
        deadline = time.monotonic() + WAIT_S
        while len(self.slack.calls("conversations.list")) < calls + 2:
            assert time.monotonic() < deadline, f"no complete poll; states: {self.all_states}"
            time.sleep(0.02)
        assert self.runner.flush(WAIT_S)  # the writer stored what that poll delivered

    def items(self, count: int) -> list[IngestResult]:
        out = []
        for _ in range(count):
            out.append(self.stored.get(timeout=WAIT_S))
        return out


@pytest.fixture
def run(tmp_path: Path, standin: SlackStandIn) -> Iterator[Callable[..., Harness]]:
    started: list[Harness] = []

    def start(**source_args: float) -> Harness:
        harness = Harness(tmp_path, standin, **source_args)
        harness.runner.start()
        started.append(harness)
        return harness

    yield start
    for harness in started:
        harness.runner.stop()


def stored_ids(db: Path) -> set[str]:
    store = Store(db)
    try:
        rows = store.db.execute("SELECT source, external_id FROM items").fetchall()
    finally:
        store.close()
    return {f"{source}|{external}" for source, external in rows}


def test_dm_group_dm_and_mention_reach_the_store_as_client_items(
    standin: SlackStandIn, slack_keyring: MemoryKeyring, run: Callable[..., Harness]
) -> None:
    standin.page_size = 2  # conversations.list and history come in pages: follow the cursor
    old = standin.post(DM_ANNA, ANNA, "from before Office Hours ran")
    harness = run()
    harness.polled()
    dm = standin.post(DM_ANNA, ANNA, "Can we talk about <https://acme.example/q|the quote>?")
    group = standin.post(MPIM, BOB, "Group question &amp; more")
    mention = standin.post(WATCHED, ANNA, f"<@{ME}> please review the &lt;draft&gt;")
    standin.post(WATCHED, ANNA, "a channel message that does not mention you")
    standin.post(UNWATCHED, ANNA, f"<@{ME}> in a channel you do not watch")
    standin.post(DM_ANNA, ME, "my own reply")
    standin.post(DM_ANNA, ANNA, "joined", subtype="channel_join")

    results = {r.item.item_id: r for r in harness.items(3)}
    harness.polled()
    harness.polled()  # two more complete polls: nothing else arrives
    assert harness.stored.empty(), [r.item.item_id for r in list(harness.stored.queue)]

    assert set(results) == {f"{DM_ANNA}:{dm}", f"{MPIM}:{group}", f"{WATCHED}:{mention}"}
    first = results[f"{DM_ANNA}:{dm}"]
    assert first.client_id == "acme"
    assert first.item.sender == ANNA
    assert first.item.room == DM_ANNA
    assert first.item.channel.value == "chat"
    assert first.item.source == "slack"
    assert first.item.subject == "Can we talk about the quote?"
    assert first.item.link == f"https://standin.slack.com/archives/{DM_ANNA}/p{dm.replace('.', '')}"
    assert results[f"{MPIM}:{group}"].client_id == "beta"
    assert results[f"{MPIM}:{group}"].item.subject == "Group question & more"
    assert results[f"{WATCHED}:{mention}"].client_id == "acme"
    assert results[f"{WATCHED}:{mention}"].item.subject == f"@{ME} please review the <draft>"
    assert f"slack|{DM_ANNA}:{old}" not in stored_ids(harness.db)
    assert len(stored_ids(harness.db)) == 3
    # The unwatched channel is never read; the watched one and the DMs are.
    read = {r.args.get("channel") for r in standin.calls("conversations.history")}
    assert UNWATCHED not in read
    assert {DM_ANNA, DM_CAROL, MPIM, WATCHED} <= read
    assert len(standin.calls("conversations.list")) >= 2


def test_a_restart_replays_nothing(
    standin: SlackStandIn, slack_keyring: MemoryKeyring, run: Callable[..., Harness]
) -> None:
    first = run()
    first.polled()
    ts = standin.post(DM_CAROL, CAROL, "before the restart")
    assert first.items(1)[0].item.item_id == f"{DM_CAROL}:{ts}"
    first.polled()
    first.runner.stop()
    before = len(standin.requests)

    second = run()
    second.polled()
    second.polled()
    assert second.stored.empty(), "the restart replayed an item"
    asked = [r.args for r in standin.requests[before:] if r.method == "conversations.history"]
    assert {"channel": DM_CAROL, "oldest": ts} in [
        {"channel": a["channel"], "oldest": a["oldest"]} for a in asked
    ]
    later = standin.post(DM_CAROL, CAROL, "after the restart")
    assert second.items(1)[0].item.item_id == f"{DM_CAROL}:{later}"
    assert len(stored_ids(second.db)) == 2


def test_retry_after_is_honoured_and_reported(
    standin: SlackStandIn, slack_keyring: MemoryKeyring, run: Callable[..., Harness]
) -> None:
    harness = run()
    harness.polled()
    standin.rate_limit_once("conversations.history", 2)
    ts = standin.post(DM_ANNA, ANNA, "sent while rate limited")
    state = harness.wait_state(lambda text: text.startswith("the server asked us to wait"))
    assert state == "the server asked us to wait; next try in 2 s"
    assert harness.items(1)[0].item.item_id == f"{DM_ANNA}:{ts}"

    history = standin.calls("conversations.history")
    limited = next(i for i, r in enumerate(history) if r.status == 429)
    after = history[limited + 1]
    assert after.at - history[limited].at >= 2.0
    assert after.at - history[limited].at < 2.0 + 2.0  # and not much longer
    harness.wait_state(lambda text: text.startswith("connected ("))  # back to normal


def test_requests_carry_the_keyring_token_and_change_nothing(
    standin: SlackStandIn, slack_keyring: MemoryKeyring, run: Callable[..., Harness]
) -> None:
    harness = run()
    harness.polled()
    standin.post(DM_ANNA, ANNA, "hello")
    harness.items(1)
    harness.polled()
    assert standin.requests
    assert {r.authorization for r in standin.requests} == {f"Bearer {TOKEN}"}
    assert {r.method for r in standin.requests} <= READ_ONLY
    # The tray hears of a change of state, not of every poll.
    assert harness.all_states == ["starting", "connected (me in Stand-in Workspace)"]
    assert all("token" not in r.args for r in standin.requests)  # never in the body or URL


def _check(standin: SlackStandIn) -> str | None:
    state = SlackSource(standin.base_url, [], lambda s, k: None).check()
    return state_text(state) if state is not None else None


def test_check_says_when_slack_refuses_the_token(standin: SlackStandIn) -> None:
    from helpers.memory_keyring import memory_keyring

    with memory_keyring() as backend:
        backend.set_password("office-hours", "slack", "xoxp-revoked")
        problem = _check(standin)
    assert problem is not None
    assert problem.startswith("login refused: check the password or token saved in the keyring")
    assert "(invalid_auth; " in problem
    assert "office-hours account set-token slack" in problem
    assert "Traceback" not in problem
    assert "The server responded" not in problem


def test_check_names_the_command_when_no_token_is_saved(standin: SlackStandIn) -> None:
    from helpers.memory_keyring import memory_keyring

    with memory_keyring():
        assert _check(standin) == (
            "no password or token saved yet (office-hours account set-token slack)"
        )
    assert not standin.requests


def test_check_says_when_slack_is_unreachable(slack_keyring: MemoryKeyring) -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    source = SlackSource(f"http://127.0.0.1:{port}/api/", [], lambda s, k: None)
    problem = source.probe()  # what doctor shows
    assert problem is not None
    assert state_text(problem) == f"server not reachable (http://127.0.0.1:{port}/api/)"
    assert source.check() is None  # not a reason to stay stopped: the source retries


def test_a_source_started_offline_connects_when_slack_is_back(
    tmp_path: Path, slack_keyring: MemoryKeyring
) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    later = SlackStandIn(token=TOKEN, me=ME, my_name="me", port=port)
    later.add_user(ANNA, "anna")
    later.add_conversation(DM_ANNA, "im", (ME, ANNA))
    harness = Harness(tmp_path, later)
    harness.source.watched = ()
    harness.runner.start()
    try:
        state = harness.wait_state(lambda text: text.startswith("server not reachable"))
        assert state.endswith("next try in 1 s")  # 0.05-0.1 s, jittered, said in whole seconds
        with later:
            harness.wait_state(lambda text: text.startswith("connected ("))
            ts = later.post(DM_ANNA, ANNA, "after the network came back")
            assert harness.items(1)[0].item.item_id == f"{DM_ANNA}:{ts}"
    finally:
        harness.runner.stop()


def test_check_says_when_slack_sdk_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "slack_sdk", None)
    problem = SlackSource("https://slack.com/api/", [], lambda s, k: None).check()
    assert problem is not None
    assert state_text(problem) == (
        "a library is missing: reinstall Office Hours with this part "
        "(pip install 'office-hours[slack]')"
    )


def test_an_unreadable_watched_channel_is_named_and_the_rest_goes_on(
    tmp_path: Path, standin: SlackStandIn, slack_keyring: MemoryKeyring
) -> None:
    harness = Harness(tmp_path, standin)
    harness.source.watched = (WATCHED, "C0MISSING")
    harness.runner.start()
    try:
        harness.polled()
        ts = standin.post(DM_ANNA, ANNA, "still arrives")
        assert harness.items(1)[0].item.item_id == f"{DM_ANNA}:{ts}"
        assert harness.all_states[-1] == (
            "connected (me in Stand-in Workspace; C0MISSING: channel_not_found)"
        )
        harness.polled()
        missing = [r for r in standin.calls("conversations.history") if "C0MISSING" in str(r.args)]
        assert len(missing) == 1  # asked once, not on every poll
    finally:
        harness.runner.stop()


def test_a_token_revoked_while_running_is_reported_and_a_new_one_picked_up(
    standin: SlackStandIn, slack_keyring: MemoryKeyring, run: Callable[..., Harness]
) -> None:
    harness = run()
    harness.polled()
    standin.token = "xoxp-the-new-one"  # the old token was revoked
    state = harness.wait_state(lambda text: "refused" in text)
    assert state.startswith("login refused: check the password or token saved in the keyring")
    assert state.endswith("(invalid_auth; office-hours account set-token slack); next try in 1 s")
    slack_keyring.set_password("office-hours", "slack", "xoxp-the-new-one")  # set-token
    harness.wait_state(lambda text: text.startswith("connected ("))
    ts = standin.post(DM_ANNA, ANNA, "after the new token")
    assert harness.items(1)[0].item.item_id == f"{DM_ANNA}:{ts}"
    assert "channel_not_found" not in harness.all_states[-1]
