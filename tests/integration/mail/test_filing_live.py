"""Filing into client folders against a real Dovecot: exactly the clients' messages move
(never an unknown sender's), \\Seen is never set, a dry run moves nothing, and undo puts
every recorded message back; with MOVE and with the UIDPLUS fallback."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mail.mailpeers import Dovecot, SecretService, account, config_text, message
from office_hours import paths
from office_hours.cli import main
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


def test_command_line_dry_run_file_and_undo(
    dovecot: Dovecot, secret_service: SecretService, home: Path
) -> None:
    dovecot.deliver("alice", message("acme one"))
    dovecot.deliver("alice", message("globex one", sender="boss@globex.example"))
    dovecot.deliver("alice", message("stranger", sender="who@nowhere.example"))
    secret_service.set_password("work", "alicepw")
    before = folder_view(dovecot, "INBOX")
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    off = account(dovecot, "work", "alice")
    config.write_text(config_text(dovecot, [off], CLIENTS), encoding="utf-8")

    def run(*argv: str) -> tuple[int, list[str]]:
        out = io.StringIO()
        code = main(["mail", "file", *argv], io.StringIO(), out)
        return code, out.getvalue().splitlines()

    # Off by default: a dry run still says what would move; filing itself is refused.
    code, lines = run("--dry-run")
    assert code == 0, lines
    assert [line.split(" UID ")[0] for line in lines[:-1]] == ["work: would move"] * 2
    assert lines[0].endswith(f"from anna@acme.example to {ACME_FOLDER}")
    assert lines[1].endswith(f"from boss@globex.example to {GLOBEX_FOLDER}")
    assert lines[-1] == "work: 2 messages would move; 0 left alone (no Message-ID)"
    assert run() == (2, [])
    assert folder_view(dovecot, "INBOX") == before

    on = account(dovecot, "work", "alice", file_by_client=True)
    config.write_text(config_text(dovecot, [on], CLIENTS), encoding="utf-8")
    code, lines = run()
    assert code == 0, lines
    assert lines[-1] == "work: 2 messages moved; 0 left alone (no Message-ID)"
    assert sorted(folder_view(dovecot, "INBOX")) == ["stranger"]
    assert sorted(folder_view(dovecot, ACME_FOLDER)) == ["acme one"]

    assert run("--undo") == (2, [])  # still on: the app would file it again
    assert sorted(folder_view(dovecot, "INBOX")) == ["stranger"]
    # Turned off again, then undone: everything filed goes back.
    config.write_text(config_text(dovecot, [off], CLIENTS), encoding="utf-8")
    code, lines = run("--undo", "--dry-run")
    assert code == 0
    assert [line.split(" back from ")[1] for line in lines] == [ACME_FOLDER, GLOBEX_FOLDER]
    code, lines = run("--undo")
    assert (code, lines) == (0, ["work: 2 messages moved back, 0 not found"])
    assert folder_view(dovecot, "INBOX") == before
    assert run("--undo") == (0, ["work: 0 messages moved back, 0 not found"])  # once
