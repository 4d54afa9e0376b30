"""Filing into client folders against a real Dovecot: exactly the clients' messages move
(never an unknown sender's), \\Seen is never set, a dry run moves nothing, and undo puts
every recorded message back; with MOVE and with the UIDPLUS fallback."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mail.mailpeers import Dovecot, account, config_text, message
from office_hours.config.load import parse_config
from office_hours.sources.imap_filing import file_account, undo_moves
from office_hours.storage.store import Store

pytestmark = pytest.mark.integration

CLIENTS = """
[[clients]]
id = "globex"
name = "Globex Inc."
addresses = ["boss@globex.example"]
"""
ACME_FOLDER, GLOBEX_FOLDER = "ACME", "Globex Inc-"  # "." is Dovecot's delimiter here


def no_message_id(subject: str) -> bytes:
    return (
        f"From: Anna <anna@acme.example>\r\nTo: me@example.org\r\nSubject: {subject}\r\n"
        f"Date: Sat, 05 Dec 2026 08:00:00 +0000\r\n\r\nHello.\r\n"
    ).encode()


def folder_view(dovecot: Dovecot, folder: str) -> dict[str, tuple[str, bool]]:
    """Subject -> (Message-ID, seen) of every message in `folder` ({} if it is absent)."""
    client = dovecot.imap_client("alice")
    try:
        if not client.folder_exists(folder):
            return {}
        client.select_folder(folder, readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["ENVELOPE", "FLAGS"])
        return {
            d[b"ENVELOPE"].subject.decode(): (
                (d[b"ENVELOPE"].message_id or b"").decode(),
                b"\\Seen" in d[b"FLAGS"],
            )
            for d in fetched.values()
        }
    finally:
        client.logout()


@pytest.mark.parametrize("prefer_move", [True, False], ids=["MOVE", "UIDPLUS"])
def test_file_dry_run_and_undo(dovecot: Dovecot, tmp_path: Path, prefer_move: bool) -> None:
    dovecot.deliver("alice", message("acme one"))
    dovecot.deliver("alice", message("acme two", sender="bert@acme.example"))
    dovecot.deliver("alice", message("acme read", sender="carl@acme.example"))
    dovecot.deliver("alice", message("globex one", sender="boss@globex.example"))
    dovecot.deliver("alice", message("stranger", sender="who@nowhere.example"))
    dovecot.deliver("alice", no_message_id("acme without id"))
    other = dovecot.imap_client("alice")  # another mail client read one of them
    other.select_folder("INBOX")
    other.add_flags(other.search(["SUBJECT", "acme read"]), [b"\\Seen"])
    other.logout()
    before = folder_view(dovecot, "INBOX")
    assert len(before) == 6

    path = tmp_path / "config.toml"
    acc: dict[str, Any] = account(dovecot, "work", "alice", file_by_client=True)
    text = config_text(dovecot, [acc], CLIENTS)
    config = parse_config(text, path)
    [work] = config.accounts
    assert work.file_by_client
    store = Store(tmp_path / "oh.sqlite3")
    try:
        # A dry run says what would move, and moves nothing.
        dry = file_account(work, config.clients, dry_run=True, password="alicepw")
        planned = {p.folder: sorted(r.sender for r in p.rows) for p in dry.planned}
        assert planned == {
            ACME_FOLDER: ["anna@acme.example", "bert@acme.example", "carl@acme.example"],
            GLOBEX_FOLDER: ["boss@globex.example"],
        }
        assert dry.no_message_id == 1
        assert dry.run_id is None
        assert folder_view(dovecot, "INBOX") == before
        assert folder_view(dovecot, ACME_FOLDER) == {}

        done = file_account(
            work,
            config.clients,
            dry_run=False,
            record=lambda acc_id, moves: store.record_moves(acc_id, moves, 1.0),
            password="alicepw",
            prefer_move=prefer_move,
        )
        assert done.method == ("move" if prefer_move else "uidplus")
        assert done.moved == 4
        inbox = folder_view(dovecot, "INBOX")
        assert sorted(inbox) == ["acme without id", "stranger"]  # unknown senders stay
        acme = folder_view(dovecot, ACME_FOLDER)
        assert acme == {s: before[s] for s in ("acme one", "acme two", "acme read")}
        assert folder_view(dovecot, GLOBEX_FOLDER) == {"globex one": before["globex one"]}
        # Never \Seen: what was unread is unread in its new folder, the read one stays read.
        assert [s for s, (_mid, seen) in acme.items() if seen] == ["acme read"]
        status = dovecot.status("alice", ACME_FOLDER)
        assert (status["messages"], status["unseen"]) == (3, 2)

        # Undo: exactly the recorded moves go back.
        moves = store.open_moves("work")
        assert len(moves) == 4
        assert {m.run_id for m in moves} == {done.run_id}
        undone = undo_moves(work, moves, password="alicepw", prefer_move=prefer_move)
        assert sorted(undone.restored) == sorted(m.move_id for m in moves)
        assert undone.missing == []
        store.mark_undone(undone.restored, datetime.now(UTC).timestamp())
        assert folder_view(dovecot, "INBOX") == before  # same messages, same flags
        assert folder_view(dovecot, ACME_FOLDER) == {}
        assert folder_view(dovecot, GLOBEX_FOLDER) == {}
        assert store.open_moves("work") == []
        status = dovecot.status("alice", "INBOX")
        assert (status["messages"], status["unseen"]) == (6, 5)
    finally:
        store.close()
