"""The app's filing on a fake IMAP connection: only ingested UIDs are looked at, and a
server that refuses (here: creating the folder) stops filing without breaking the watch."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from imapclient.response_types import Address, Envelope

from office_hours.domain.model import Client
from office_hours.sources.imap_filing import AutoFiler

ACME = Client("acme", "ACME", addresses=("*@acme.example",))
T = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)


def envelope(sender: str, uid: int) -> Envelope:
    box, host = sender.split("@")
    addr = (Address(b"", None, box.encode(), host.encode()),)
    return Envelope(T, b"s", addr, addr, addr, None, None, None, None, f"<{uid}@t>".encode())


class FakeServer:
    def __init__(self, senders: dict[int, str], create_error: Exception | None = None) -> None:
        self.senders = senders
        self.create_error = create_error
        self.calls: list[tuple[str, Any]] = []

    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, Any]:
        self.calls.append(("select", folder))
        return {b"UIDVALIDITY": 7}

    def search(self, criteria: list[str]) -> list[int]:
        self.calls.append(("search", criteria[1]))
        return sorted(self.senders)

    def fetch(self, uids: list[int], _what: object) -> dict[int, dict[bytes, Any]]:
        self.calls.append(("fetch", list(uids)))
        return {
            u: {b"ENVELOPE": envelope(self.senders[u], u), b"INTERNALDATE": T, b"FLAGS": ()}
            for u in uids
        }

    def namespace(self) -> Any:
        return type("NS", (), {"personal": (("", "/"),)})()

    def capabilities(self) -> tuple[bytes, ...]:
        return (b"IMAP4REV1", b"MOVE")

    def folder_exists(self, folder: str) -> bool:
        return False

    def create_folder(self, folder: str) -> None:
        self.calls.append(("create", folder))
        if self.create_error is not None:
            raise self.create_error

    def subscribe_folder(self, folder: str) -> None:
        pass

    def move(self, uids: list[int], folder: str) -> None:
        self.calls.append(("move", (list(uids), folder)))


def test_only_ingested_uids_are_filed_and_recorded() -> None:
    recorded: list[Any] = []
    server = FakeServer({1: "anna@acme.example", 2: "who@else.example", 3: "bert@acme.example"})
    filer = AutoFiler((ACME,), recorded.append)
    assert filer(server, "INBOX", 2) == {"ACME"}  # UID 3 is not ingested yet
    assert ("move", ([1], "ACME")) in server.calls
    assert recorded == [[("<1@t>", "acme", "INBOX", "ACME")]]
    assert filer.last_uid == 2
    server.calls.clear()
    assert filer(server, "INBOX", 2) == set()  # nothing new
    assert [c[0] for c in server.calls] == ["select"]


def test_a_refusal_stops_filing_but_not_the_watch() -> None:
    server = FakeServer({1: "anna@acme.example"}, IMAPClientError("NO [CANNOT] bad name"))
    filer = AutoFiler((ACME,), lambda _moves: None)
    assert filer(server, "INBOX", 1) == set()
    assert "bad name" in filer.refused
    server.calls.clear()
    assert filer(server, "INBOX", 5) == set()
    assert server.calls == []  # not again until the config changes or the app restarts


def test_a_lost_connection_is_the_workers() -> None:
    server = FakeServer({1: "anna@acme.example"}, IMAPClientAbortError("socket error"))
    with pytest.raises(IMAPClientAbortError):
        AutoFiler((ACME,), lambda _moves: None)(server, "INBOX", 1)
