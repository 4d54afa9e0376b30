"""The unread view of one watched folder, on the folder worker's own connection.

One `SEARCH UNSEEN` per look, plus `FETCH ENVELOPE INTERNALDATE FLAGS` only for unread UIDs
not seen before in this session (a UID never changes its sender or date); both work on a
folder opened read-only (EXAMINE), so nothing is ever marked read. The worker looks after
catching up on new mail, and when the IDLE session hears a FETCH (flags changed in another
mail client; Dovecot tells a read-only IDLE session within about half a second) or an
EXPUNGE (moved or deleted).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from office_hours.domain.filing import folder_name
from office_hours.domain.model import Client
from office_hours.domain.unread import UnreadRow

if TYPE_CHECKING:
    from imapclient import IMAPClient

log = logging.getLogger(__name__)

UNREAD_FETCH = [b"ENVELOPE", b"INTERNALDATE", b"FLAGS"]
FETCH_CHUNK = 200
UnreadReport = Callable[[str, tuple[UnreadRow, ...]], None]  # (folder, unread rows)
# (connection, folder, highest UID ingested) -> the folders filing moved mail into
Filer = Callable[["IMAPClient", str, int], "set[str]"]


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def from_address(envelope: Any) -> str:
    """The first From address of an IMAPClient Envelope, `mailbox@host`, or ""."""
    senders = getattr(envelope, "from_", None) or ()
    for address in senders:
        mailbox, host = _text(address.mailbox), _text(address.host)
        if mailbox and host:
            return f"{mailbox}@{host}"
    return ""


def row_of(uid: int, data: dict[bytes, Any]) -> UnreadRow | None:
    """One FETCH answer as a row; without a From address it cannot be anyone's."""
    sender = from_address(data.get(b"ENVELOPE"))
    arrived = data.get(b"INTERNALDATE")
    if not sender or not isinstance(arrived, datetime):
        return None
    if arrived.tzinfo is None:
        arrived = arrived.replace(tzinfo=UTC)
    flags = tuple(_text(f) for f in data.get(b"FLAGS", ()))
    return UnreadRow(uid, sender, arrived, flags)


class UnreadTracker:
    """What is unread in one folder, reported whenever it changes."""

    def __init__(self, folder: str, report: UnreadReport) -> None:
        self.folder = folder
        self._report = report
        self._rows: dict[int, UnreadRow | None] = {}  # uid -> row (None: no usable sender)
        self._reported: tuple[UnreadRow, ...] | None = None
        self._uidvalidity: int | None = None
        self.looks = 0  # SEARCH UNSEEN commands sent (tests and the scale note read it)
        self.fetched = 0  # messages whose envelope was fetched

    def reset(self) -> None:
        """A new session (or UIDVALIDITY): UIDs may mean other messages now."""
        self._rows.clear()

    def uidvalidity(self, value: int) -> None:
        """The folder's UIDVALIDITY at a fresh EXAMINE: a new one (folder re-created)
        makes every known UID meaningless."""
        if value != self._uidvalidity:
            self._uidvalidity = value
            self.reset()

    def refresh(self, client: IMAPClient) -> bool:
        """Look again (the folder is selected read-only); report if the answer changed."""
        self.looks += 1
        unseen = sorted(int(u) for u in client.search(["UNSEEN"]))
        keep = set(unseen)
        for uid in [u for u in self._rows if u not in keep]:
            del self._rows[uid]
        new = [u for u in unseen if u not in self._rows]
        for i in range(0, len(new), FETCH_CHUNK):
            chunk = new[i : i + FETCH_CHUNK]
            fetched = client.fetch(chunk, UNREAD_FETCH)
            self.fetched += len(chunk)
            for uid in chunk:
                data = fetched.get(uid)
                self._rows[uid] = row_of(uid, data) if data is not None else None
        rows = tuple(r for u in unseen if (r := self._rows.get(u)) is not None and r.unread)
        if rows == self._reported:
            return False
        self._reported = rows
        self._report(self.folder, rows)
        return True


def _pending(client: IMAPClient, *names: str) -> bool:
    """Whether untagged responses of these kinds arrived as a side note of our own commands
    (imaplib files them by name); they are taken away."""
    pending = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    if not isinstance(pending, dict):
        return False
    found = False
    for name in names:
        found = pending.pop(name, None) is not None or found
    return found


def namespace(client: IMAPClient) -> tuple[str, str]:
    """(prefix, delimiter) of the personal namespace: where client folders live."""
    try:
        personal = client.namespace().personal
        if personal:
            prefix, delimiter = personal[0]
            return _text(prefix), _text(delimiter)
    except Exception:  # no NAMESPACE: the LIST delimiter, at the top level
        pass
    folders = client.list_folders(directory="", pattern="INBOX")
    return "", _text(folders[0][1]) if folders else "/"


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def enable_notify(client: IMAPClient, folders: Sequence[str]) -> bool:
    """NOTIFY (RFC 5465): news of the selected folder as before, and a STATUS response for
    any change in `folders`, even while idling. False if the server refuses it."""
    import imaplib

    from imapclient import imap_utf7

    imaplib.Commands.setdefault("NOTIFY", ("AUTH", "SELECTED"))
    events = "(MessageNew MessageExpunge FlagChange)"
    names = " ".join(_quote(imap_utf7.encode(f).decode("ascii")) for f in folders)
    spec = f"SET (selected {events}) (mailboxes ({names}) {events})"
    try:
        imap = client._imap
        typ, _data = imap._command_complete("NOTIFY", imap._command("NOTIFY", spec))
    except Exception:
        return False
    return bool(typ == "OK")


STATUS_ITEMS = [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY", b"UNSEEN"]


class ClientFolders:
    """With filing on, the clients' own folders hold their mail: their unread mail is read
    on the INBOX worker's connection too (no connection more). Where the server has NOTIFY,
    it tells the idling session of a change in any of them (Dovecot: within about half a
    second); otherwise a STATUS per folder at each poll finds what changed. Only a changed
    folder is opened (EXAMINE) and searched."""

    def __init__(
        self, clients: Sequence[Client], report: UnreadReport, watched: Sequence[str] = ()
    ) -> None:
        self.clients = tuple(clients)
        self._report = report
        self._watched = frozenset(watched)  # folders with a worker of their own: not again
        self.trackers: dict[str, UnreadTracker] = {}
        self._status: dict[str, dict[bytes, Any]] = {}
        self.dirty: set[str] = set()
        self.notify = False  # the server tells us (NOTIFY); else we poll with STATUS
        self._notified: tuple[str, ...] = ()

    def setup(self, client: IMAPClient, home: str) -> None:
        """Which client folders exist now (filing may have made new ones)."""
        prefix, delimiter = namespace(client)
        existing = {_text(name) for _flags, _delim, name in client.list_folders()}
        names = [folder_name(c, delimiter, prefix) for c in self.clients]
        skip = self._watched | {home}
        wanted = tuple(dict.fromkeys(n for n in names if n in existing and n not in skip))
        for gone in [f for f in self.trackers if f not in wanted]:
            del self.trackers[gone]
            self._status.pop(gone, None)
            self._report(gone, ())
        for folder in wanted:
            if folder not in self.trackers:
                self.trackers[folder] = UnreadTracker(folder, self._report)
                self.dirty.add(folder)
        if wanted != self._notified or not self.notify:
            can = b"NOTIFY" in client.capabilities()
            self.notify = bool(wanted) and can and enable_notify(client, wanted)
            self._notified = wanted if self.notify else ()

    def reset(self) -> None:
        """A new session: every folder is looked at again."""
        self.notify, self._notified = False, ()
        self._status.clear()
        for tracker in self.trackers.values():
            tracker.reset()
        self.dirty = set(self.trackers)

    def news(self, responses: Sequence[Any]) -> bool:
        """STATUS responses (NOTIFY) for our folders mark them to be looked at."""
        for r in responses:
            if len(r) > 1 and r[0] == b"STATUS" and _text(r[1]) in self.trackers:
                self.dirty.add(_text(r[1]))
        return bool(self.dirty)

    def poll(self, client: IMAPClient) -> None:
        """Without NOTIFY: a STATUS per folder; only a changed one is opened."""
        for folder in self.trackers:
            status = client.folder_status(folder, STATUS_ITEMS)
            if status != self._status.get(folder):
                self._status[folder] = status
                self.dirty.add(folder)

    def look(self, client: IMAPClient) -> bool:
        """Open each changed folder read-only and count its unread mail; True if the
        worker's own folder must be opened again."""
        looked = False
        for folder in sorted(self.dirty):
            tracker = self.trackers.get(folder)
            if tracker is None:
                continue
            try:
                status = client.select_folder(folder, readonly=True)
            except Exception:  # deleted meanwhile: the next setup forgets it
                log.info("client folder %s cannot be opened", folder)
                looked = True
                continue
            looked = True
            tracker.uidvalidity(int(status[b"UIDVALIDITY"]))
            tracker.refresh(client)
        self.dirty.clear()
        return looked


class UnreadWatch:
    """The unread view one folder worker keeps on its connection: its own folder, and for
    the INBOX worker of a filing account the client folders as well."""

    def __init__(
        self,
        home: UnreadTracker,
        client_folders: ClientFolders | None = None,
        filer: Filer | None = None,
        ingested: Callable[[], int] = lambda: 0,
    ) -> None:
        self.home = home
        self.client_folders = client_folders
        self.filer, self._ingested = filer, ingested

    def reset(self) -> None:
        self.home.reset()
        if self.client_folders is not None:
            self.client_folders.reset()

    def uidvalidity(self, value: int) -> None:
        self.home.uidvalidity(value)

    def news(self, responses: Sequence[Any]) -> bool:
        """Flags changed or a message left (FETCH, EXPUNGE), or a client folder changed."""
        flags = any(len(r) > 1 and r[1] in (b"FETCH", b"EXPUNGE") for r in responses)
        folders = self.client_folders is not None and self.client_folders.news(responses)
        return flags or folders

    def pending(self, client: IMAPClient) -> bool:
        """The same news, told during our own commands (IDLE would not tell it again)."""
        if self.client_folders is not None and _pending(client, "STATUS"):
            self.client_folders.dirty.update(self.client_folders.trackers)
        found = _pending(client, "FETCH", "EXPUNGE")
        return found or bool(self.client_folders and self.client_folders.dirty)

    def look(self, client: IMAPClient, check: bool, reopen: Callable[[IMAPClient], None]) -> None:
        """Count again; `check` (connect, poll) also finds new client folders and, without
        NOTIFY, polls them. `reopen` opens the worker's folder again and catches up."""
        changed = self.home.refresh(client)
        moved_to: set[str] = set()
        if self.filer is not None and (check or changed):
            moved_to = self.filer(client, self.home.folder, self._ingested())
            reopen(client)  # read-only again, and what came meanwhile is caught up
            if moved_to:
                self.home.refresh(client)
                changed = True
        folders = self.client_folders
        if folders is None:
            return
        folders.dirty.update(f for f in moved_to if f in folders.trackers)
        # Mail left the folder while a client has no folder yet: filing may have made it.
        if check or (changed and len(folders.trackers) < len(folders.clients)):
            folders.setup(client, self.home.folder)
            if not folders.notify:
                folders.poll(client)
        if folders.dirty and folders.look(client):
            reopen(client)
            self.home.refresh(client)
