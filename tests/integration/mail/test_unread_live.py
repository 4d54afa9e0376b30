"""The per-client unread view against a real Dovecot: counts follow delivery and reading in
another mail client within 2 s, on the folder worker's one connection, never setting \\Seen."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mail.mailpeers import Dovecot, Harness, SecretService, account, message, wait_until
from office_hours.sources.state import StateKind as State

pytestmark = pytest.mark.integration

CLIENTS = """
[[clients]]
id = "globex"
name = "Globex"
addresses = ["boss@globex.example"]
"""


def counts(h: Harness) -> dict[str, int]:
    view = h.unread.get("imap:work") or {}
    return {key: part.count for key, part in view.items()}


def wait_counts(h: Harness, want: dict[str, int], timeout: float) -> float:
    """Seconds until the view shows `want`; fails after `timeout`."""
    started = time.monotonic()
    wait_until(lambda: counts(h) == want, timeout, f"unread {want} (last: {counts(h)})")
    return time.monotonic() - started


def uid_of(client: Any, subject: str) -> int:
    found = client.search(["SUBJECT", subject])
    assert len(found) == 1, (subject, found)
    return int(found[0])


def test_counts_follow_delivery_and_reading_elsewhere(
    dovecot: Dovecot, secret_service: SecretService, harness_for: Callable[..., Harness]
) -> None:
    dovecot.deliver("alice", message("acme one"))
    dovecot.deliver("alice", message("acme two", sender="bert@acme.example"))
    dovecot.deliver("alice", message("globex one", sender="boss@globex.example"))
    dovecot.deliver("alice", message("stranger", sender="who@nowhere.example"))
    secret_service.set_password("work", "alicepw")
    h = harness_for(dovecot, [account(dovecot, "work", "alice")], CLIENTS)
    running = h.start()
    h.wait_state("work", State.CONNECTED)
    wait_counts(h, {"acme": 2, "globex": 1}, 10)
    view = h.unread["imap:work"]
    assert view["acme"].oldest <= view["globex"].oldest  # delivered in that order

    # New mail: counted within 2 s (IDLE news).
    took_delivery = wait_counts_after(
        h, lambda: dovecot.deliver("alice", message("acme three")), {"acme": 3, "globex": 1}
    )

    # Read in another mail client (a second session sets \Seen): gone within 2 s.
    other = dovecot.imap_client("alice")
    try:
        other.select_folder("INBOX")
        uid = uid_of(other, "acme one")
        took_read = wait_counts_after(
            h, lambda: other.add_flags([uid], [b"\\Seen"]), {"acme": 2, "globex": 1}
        )
        # Marked unread again, and the other client's one read: both within 2 s.
        wait_counts_after(
            h, lambda: other.remove_flags([uid], [b"\\Seen"]), {"acme": 3, "globex": 1}
        )
        g = uid_of(other, "globex one")
        wait_counts_after(h, lambda: other.add_flags([g], [b"\\Seen"]), {"acme": 3})
        # Deleted elsewhere (EXPUNGE): gone too.
        a2 = uid_of(other, "acme two")
        other.add_flags([a2], [b"\\Deleted"])
        wait_counts_after(h, lambda: other.expunge(), {"acme": 2})
    finally:
        other.logout()

    # The view ran on the folder worker's own connection: one per account, no storm.
    [source] = running.watchers
    assert running.attempts() == 1
    [worker] = source.workers
    assert worker.unread is not None
    assert worker.unread.home.looks >= 6
    # Envelopes fetched only for UIDs not known unread: 4 at start, 1 new, 1 unread again.
    assert worker.unread.home.fetched == 6
    print(f"unread view: delivery seen in {took_delivery:.2f} s, reading in {took_read:.2f} s")
    h.stop()
    # Nothing was marked read by us: only the one the other client read.
    status = dovecot.status("alice")
    assert (status["messages"], status["unseen"]) == (4, 3), status


def wait_counts_after(
    h: Harness, act: Callable[[], object], want: dict[str, int], timeout: float = 2.0
) -> float:
    started = time.monotonic()
    act()
    wait_counts(h, want, timeout)
    return time.monotonic() - started


@pytest.mark.parametrize("notify", [True, False], ids=["NOTIFY", "STATUS-poll"])
def test_the_app_files_and_filed_mail_still_counts_on_the_one_connection(
    dovecot: Dovecot,
    secret_service: SecretService,
    harness_for: Callable[..., Harness],
    monkeypatch: pytest.MonkeyPatch,
    notify: bool,
) -> None:
    """With filing on, the INBOX worker files client mail once ingested (what was there at
    the start, then each new one), and also watches the client folders: filed mail still
    counts, and reading it there is seen, without a second connection. With NOTIFY within
    2 s; without it (the server lacks it), at the next poll (poll_seconds). Nothing is
    marked read, unknown senders stay, every move is recorded and undo puts it back."""
    from office_hours.sources import imap_unread
    from office_hours.sources.imap_filing import undo_moves
    from office_hours.storage.store import Store

    if not notify:
        monkeypatch.setattr(imap_unread, "enable_notify", lambda _client, _folders: False)
    late = 2.0 if notify else 5 + 2.0  # poll_seconds = 5
    dovecot.deliver("alice", message("acme one"))
    dovecot.deliver("alice", message("acme two", sender="bert@acme.example"))
    dovecot.deliver("alice", message("globex one", sender="boss@globex.example"))
    dovecot.deliver("alice", message("stranger", sender="who@nowhere.example"))
    before = dovecot.status("alice")
    secret_service.set_password("work", "alicepw")
    work = account(dovecot, "work", "alice", file_by_client=True, poll_seconds=5)
    h = harness_for(dovecot, [work], CLIENTS)
    running = h.start()
    h.wait_state("work", State.CONNECTED)
    [source] = running.watchers
    [worker] = source.workers
    assert worker.unread is not None
    folders = worker.unread.client_folders
    assert folders is not None
    # Filed at the start, still unread: still counted, now from the client folders.
    wait_until(
        lambda: (
            set(folders.trackers) == {"ACME", "Globex"} and counts(h) == {"acme": 2, "globex": 1}
        ),
        10,
        f"the client folders watched (last: {set(folders.trackers)}, {counts(h)})",
    )
    assert folders.notify is notify
    assert dovecot.status("alice")["messages"] == 1  # the stranger's stays
    assert dovecot.status("alice", "ACME")["unseen"] == 2

    other = dovecot.imap_client("alice")
    try:
        other.select_folder("ACME")
        took = wait_counts_after(
            h,
            lambda: other.add_flags(other.search(["SUBJECT", "acme one"]), [b"\\Seen"]),
            {"acme": 1, "globex": 1},
            late,
        )
        other.select_folder("Globex")
        wait_counts_after(
            h, lambda: other.append("Globex", message("globex two", sender="boss@globex.example")),
            {"acme": 1, "globex": 2}, late,
        )  # fmt: skip
    finally:
        other.logout()
    # New mail in the INBOX: stored, counted, and filed within 2 s (the worker idles there).
    started = time.monotonic()
    dovecot.deliver("alice", message("acme three"))
    wait_until(
        lambda: (
            dovecot.status("alice", "ACME")["messages"] == 3
            and counts(h) == {"acme": 2, "globex": 2}
        ),
        2.0,
        f"acme three filed and counted (last: {counts(h)})",
    )
    filed_in = time.monotonic() - started
    assert running.attempts() == 1  # one connection for the account, all folders
    print(f"client folder read seen in {took:.2f} s, new mail filed in {filed_in:.2f} s")
    h.stop()
    subjects = [r.item.subject for b in h.drain(0.2) for r in b.results]
    assert h.counts()[0] == 5, subjects  # every message was ingested before it moved
    assert dovecot.status("alice", "ACME")["unseen"] == 2
    assert dovecot.status("alice", "Globex")["unseen"] == 2

    store = Store(h.db)
    try:
        moves = store.open_moves("work", None)
    finally:
        store.close()
    # Recorded per batch of moves: the last run is acme three; all of them come back.
    everything = [m for run in _runs(h.db) for m in run]
    assert sorted(m.to_folder for m in everything) == ["ACME", "ACME", "ACME", "Globex"]
    assert [m.message_id for m in moves] == [everything[-1].message_id]
    undone = undo_moves(h.config.accounts[0], everything, password="alicepw")
    assert undone.missing == []
    after = dovecot.status("alice")
    assert after["messages"] == before["messages"] + 1  # acme three joins them in the INBOX
    assert after["unseen"] == before["unseen"]  # acme one was read by the other client


def _runs(db: Path) -> list[list[Any]]:
    from office_hours.storage.store import Store

    store = Store(db)
    try:
        ids = [r[0] for r in store.db.execute("SELECT DISTINCT run_id FROM mail_moves ORDER BY 1")]
        return [store.open_moves("work", run) for run in ids]
    finally:
        store.close()


def test_watch_prints_unread_events(
    dovecot: Dovecot, secret_service: SecretService, home: Path
) -> None:
    """`office-hours watch` (no tray) says the unread counts as JSON lines too."""
    import os
    import signal

    from mail.mailpeers import config_text
    from mail.test_imap_faults import _read_events, _reader, _watch

    secret_service.set_password("work", "alicepw")
    config = home / ".config" / "office-hours" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(config_text(dovecot, [account(dovecot, "work", "alice")]))
    dovecot.deliver("alice", message("one"))
    proc = _watch(home)
    events = _reader(proc)

    def unread(e: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [x for x in e if x["event"] == "unread"]

    try:
        ev = _read_events(events, lambda e: bool(unread(e)), 60)
        assert unread(ev)[-1]["source"] == "imap:work"
        assert unread(ev)[-1]["clients"]["acme"]["unread"] == 1
        dovecot.deliver("alice", message("two"))
        ev = _read_events(events, lambda e: bool(unread(e)), 10)
        assert unread(ev)[-1]["clients"]["acme"]["unread"] == 2
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
