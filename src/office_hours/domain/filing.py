"""Filing mail into client folders: which messages go where. Pure; the IMAP side is
sources/imap_filing.py.

A message is filed only when its sender is a known client (never an unknown sender) and it
carries a Message-ID (how undo finds it again in the client's folder, whatever its UID).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from office_hours.domain.matching import ClientIndex
from office_hours.domain.model import Channel, Client, Item, require_aware

DELETED = "\\Deleted"


@dataclass(frozen=True, slots=True)
class FilingRow:
    """One message in the folder being filed, as the server lists it."""

    uid: int
    sender: str
    message_id: str
    arrived: datetime
    flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        require_aware(self.arrived, "arrived")


@dataclass(frozen=True, slots=True)
class Planned:
    """What goes into one client's folder."""

    client_id: str
    folder: str
    rows: tuple[FilingRow, ...]


def folder_name(client: Client, delimiter: str = "/", prefix: str = "") -> str:
    """The client's name as one folder (the server's hierarchy delimiter would make it a
    path, so it becomes "-"), under the personal namespace's prefix ("INBOX." on some)."""
    name = client.name.strip()
    if delimiter:
        name = name.replace(delimiter, "-")
    name = " ".join(name.split()) or client.client_id
    return prefix + name


def client_of(row: FilingRow, index: ClientIndex) -> Client | None:
    """Matched as the engine matches mail (the same ClientIndex)."""
    item = Item("imap", str(row.uid), Channel.EMAIL, row.sender, "", row.arrived)
    return index.match(item)


def plan_filing(
    rows: Iterable[FilingRow],
    clients: Sequence[Client],
    delimiter: str = "/",
    prefix: str = "",
    source_folder: str = "INBOX",
) -> tuple[list[Planned], int]:
    """(moves per client folder in the clients' order, messages of clients left alone for
    want of a Message-ID). Unknown senders and messages already deleted stay where they are."""
    index = ClientIndex.of(clients)
    by_client: dict[str, list[FilingRow]] = {}
    no_id = 0
    for row in rows:
        if DELETED in row.flags:
            continue
        client = client_of(row, index)
        if client is None:
            continue
        if not row.message_id:
            no_id += 1
            continue
        by_client.setdefault(client.client_id, []).append(row)
    planned = []
    for client in clients:
        found = by_client.get(client.client_id)
        folder = folder_name(client, delimiter, prefix)
        if found and folder != source_folder:
            planned.append(Planned(client.client_id, folder, tuple(sorted(found, key=_uid))))
    return planned, no_id


def _uid(row: FilingRow) -> int:
    return row.uid
