"""Filing an account's mail into one folder per client, over IMAP (`office-hours mail file`).

Which messages go where is domain/filing.py's answer. Here: the folder is opened read-write
(SELECT; moving needs it), only ENVELOPE, INTERNALDATE and FLAGS are fetched (never a body,
so \\Seen is never set), a missing client folder is created and subscribed (so every mail
client shows it), and messages move with MOVE (RFC 6851) or, without it, with UIDPLUS:
UID COPY, STORE +FLAGS.SILENT \\Deleted and UID EXPUNGE of exactly those UIDs. A server with
neither is refused: a plain EXPUNGE could remove other messages marked deleted.

Undo looks each recorded Message-ID up in the client's folder and moves it back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from office_hours.config.accounts import MailAccount
from office_hours.domain.filing import FilingRow, Planned, plan_filing
from office_hours.domain.model import Client
from office_hours.secrets import get_password
from office_hours.sources.imap import _close, connect
from office_hours.sources.imap_unread import from_address, namespace
from office_hours.storage.moves import MailMove, MoveRecord

if TYPE_CHECKING:
    from imapclient import IMAPClient

log = logging.getLogger(__name__)

FILING_FETCH = [b"ENVELOPE", b"INTERNALDATE", b"FLAGS"]
CHUNK = 200
DELETED = b"\\Deleted"


class FilingRefused(Exception):
    """The server cannot move messages safely (neither MOVE nor UIDPLUS)."""


@dataclass
class FilingResult:
    account_id: str
    planned: list[Planned] = field(default_factory=list)
    no_message_id: int = 0  # client mail left alone: undo could not find it again
    method: str = ""  # "move" or "uidplus"; "" for a dry run
    run_id: int | None = None

    @property
    def moved(self) -> int:
        return sum(len(p.rows) for p in self.planned)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def _login(account: MailAccount, password: str | None) -> IMAPClient:
    client = connect(account)
    try:
        client.login(account.username, password or get_password(account.account_id))
    except BaseException:
        _close(client)
        raise
    return client


def read_rows(client: IMAPClient) -> list[FilingRow]:
    """Every message of the selected folder, headers only (no \\Seen)."""
    uids = sorted(int(u) for u in client.search(["ALL"]))
    rows = []
    for i in range(0, len(uids), CHUNK):
        fetched = client.fetch(uids[i : i + CHUNK], FILING_FETCH)
        for uid, data in sorted(fetched.items()):
            rows.append(_row(int(uid), data))
    return [r for r in rows if r is not None]


def _row(uid: int, data: dict[bytes, Any]) -> FilingRow | None:
    envelope = data.get(b"ENVELOPE")
    arrived = data.get(b"INTERNALDATE")
    if envelope is None or not isinstance(arrived, datetime):
        return None
    if arrived.tzinfo is None:
        arrived = arrived.replace(tzinfo=UTC)
    return FilingRow(
        uid,
        from_address(envelope),
        _text(getattr(envelope, "message_id", b"")).strip(),
        arrived,
        tuple(_text(f) for f in data.get(b"FLAGS", ())),
    )


def _method(client: IMAPClient, prefer_move: bool) -> str:
    caps = set(client.capabilities())
    if prefer_move and b"MOVE" in caps:
        return "move"
    if b"UIDPLUS" in caps:
        return "uidplus"
    raise FilingRefused("the server offers neither MOVE nor UIDPLUS")


def move_uids(client: IMAPClient, uids: Sequence[int], folder: str, method: str) -> None:
    """Move exactly these UIDs of the selected folder; flags (unread stays unread) go along."""
    if method == "move":
        client.move(list(uids), folder)
        return
    client.copy(list(uids), folder)
    client.add_flags(list(uids), [DELETED], silent=True)
    client.uid_expunge(list(uids))


def _ensure_folder(client: IMAPClient, folder: str) -> None:
    if not client.folder_exists(folder):
        client.create_folder(folder)
        try:
            client.subscribe_folder(folder)
        except Exception:  # a server without subscriptions still shows the folder
            log.info("could not subscribe to %s", folder)


def file_account(
    account: MailAccount,
    clients: Sequence[Client],
    dry_run: bool,
    record: Callable[[str, Sequence[MoveRecord]], int] | None = None,
    password: str | None = None,
    prefer_move: bool = True,
    folder: str = "INBOX",
) -> FilingResult:
    """File `folder`'s client mail into client folders (or, dry run, say what would move).
    `record` stores the moves before they happen, so a crash midway can still be undone."""
    client = _login(account, password)
    try:
        prefix, delimiter = namespace(client)
        client.select_folder(folder, readonly=dry_run)
        rows = read_rows(client)
        planned, no_id = plan_filing(rows, clients, delimiter, prefix, folder)
        result = FilingResult(account.account_id, planned, no_id)
        if dry_run or not planned:
            return result
        result.method = _method(client, prefer_move)
        if record is not None:
            result.run_id = record(
                account.account_id,
                [(r.message_id, p.client_id, folder, p.folder) for p in planned for r in p.rows],
            )
        for plan in planned:
            _ensure_folder(client, plan.folder)
            move_uids(client, [r.uid for r in plan.rows], plan.folder, result.method)
        return result
    finally:
        _close(client)


@dataclass
class UndoResult:
    restored: list[int] = field(default_factory=list)  # move ids now back where they were
    missing: list[MailMove] = field(default_factory=list)  # not in the client folder any more


def undo_moves(
    account: MailAccount,
    moves: Sequence[MailMove],
    password: str | None = None,
    prefer_move: bool = True,
) -> UndoResult:
    """Move each recorded message back from its client folder, found by Message-ID."""
    result = UndoResult()
    if not moves:
        return result
    client = _login(account, password)
    try:
        by_folder: dict[tuple[str, str], list[MailMove]] = {}
        for move in moves:
            by_folder.setdefault((move.to_folder, move.from_folder), []).append(move)
        for (where, back), group in by_folder.items():
            if not client.folder_exists(where):
                result.missing.extend(group)
                continue
            client.select_folder(where)
            method = _method(client, prefer_move)
            found: dict[int, int] = {}  # uid -> move id
            for move in group:
                uids = client.search(["HEADER", "Message-ID", move.message_id])
                if uids:
                    for uid in uids:
                        found[int(uid)] = move.move_id
                else:
                    result.missing.append(move)
            if found:
                move_uids(client, sorted(found), back, method)
                result.restored.extend(sorted(set(found.values())))
        return result
    finally:
        _close(client)


class AutoFiler:
    """The running app's filing (file_by_client = true): after the INBOX worker has handed
    new mail to the ingest service, the clients' messages among it move to their folders
    on the same connection (SELECT for the move; the worker opens the INBOX read-only
    again). Only UIDs already ingested are looked at, so nothing moves unseen; each
    batch of moves is recorded (ingest writer) so `mail file --undo` can put it back."""

    def __init__(
        self, clients: Sequence[Client], record: Callable[[Sequence[MoveRecord]], None]
    ) -> None:
        self.clients = tuple(clients)
        self._record = record
        self._uidvalidity: int | None = None
        self.last_uid = 0  # the highest UID looked at in this folder's life
        self.moved = 0
        self.refused = ""  # why the server would not let us file: filing stops, mail goes on

    def __call__(self, client: IMAPClient, folder: str, ingested: int) -> set[str]:
        """File the client mail among UIDs last+1..ingested; the folders it went to. A
        server that says no (a folder name it refuses, neither MOVE nor UIDPLUS) stops
        filing, not watching; a lost connection is the worker's to handle."""
        from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

        if self.refused:
            return set()
        try:
            return self._file(client, folder, ingested)
        except IMAPClientAbortError:
            raise
        except (IMAPClientError, FilingRefused) as exc:
            self.refused = str(exc) or type(exc).__name__
            log.warning("filing into client folders stopped: %s", self.refused)
            return set()

    def _file(self, client: IMAPClient, folder: str, ingested: int) -> set[str]:
        status = client.select_folder(folder)
        uidvalidity = int(status[b"UIDVALIDITY"])
        if uidvalidity != self._uidvalidity:
            self._uidvalidity, self.last_uid = uidvalidity, 0
        if ingested <= self.last_uid:
            return set()
        found = client.search(["UID", f"{self.last_uid + 1}:{ingested}"])
        uids = sorted(u for u in (int(x) for x in found) if self.last_uid < u <= ingested)
        self.last_uid = ingested
        if not uids:
            return set()
        rows: list[FilingRow] = []
        for i in range(0, len(uids), CHUNK):
            fetched = client.fetch(uids[i : i + CHUNK], FILING_FETCH)
            rows.extend(r for uid, data in sorted(fetched.items()) if (r := _row(int(uid), data)))
        prefix, delimiter = namespace(client)
        planned, _no_id = plan_filing(rows, self.clients, delimiter, prefix, folder)
        if not planned:
            return set()
        method = _method(client, True)
        for plan in planned:
            _ensure_folder(client, plan.folder)
            move_uids(client, [r.uid for r in plan.rows], plan.folder, method)
        self._record(
            [(r.message_id, p.client_id, folder, p.folder) for p in planned for r in p.rows]
        )
        self.moved += sum(len(p.rows) for p in planned)
        return {p.folder for p in planned}
