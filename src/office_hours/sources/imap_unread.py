"""The unread view of one watched folder, on the folder worker's own connection.

One `SEARCH UNSEEN` per look, plus `FETCH ENVELOPE INTERNALDATE FLAGS` only for unread UIDs
not seen before in this session (a UID never changes its sender or date); both work on a
folder opened read-only (EXAMINE), so nothing is ever marked read. The worker looks after
catching up on new mail, and when the IDLE session hears a FETCH (flags changed in another
mail client; Dovecot tells a read-only IDLE session within about half a second) or an
EXPUNGE (moved or deleted).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from office_hours.domain.unread import UnreadRow

if TYPE_CHECKING:
    from imapclient import IMAPClient

UNREAD_FETCH = [b"ENVELOPE", b"INTERNALDATE", b"FLAGS"]
FETCH_CHUNK = 200
UnreadReport = Callable[[str, tuple[UnreadRow, ...]], None]  # (folder, unread rows)


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
