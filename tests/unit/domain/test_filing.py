"""Which mail is filed into which client folder (domain/filing.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from office_hours.domain.filing import FilingRow, folder_name, plan_filing
from office_hours.domain.model import Client

T = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
ACME = Client("acme", "ACME GmbH", addresses=("*@acme.example",))
GLOBEX = Client("globex", "Globex Inc.", addresses=("boss@globex.example",))
ANNA = Client("anna", "  Anna /  direct ", addresses=("anna@acme.example",))


def row(uid: int, sender: str, mid: str = "", flags: tuple[str, ...] = ()) -> FilingRow:
    return FilingRow(uid, sender, mid or f"<{uid}@test>", T, flags)


def test_folder_names_avoid_the_hierarchy_delimiter() -> None:
    assert folder_name(ACME) == "ACME GmbH"
    assert folder_name(GLOBEX, ".") == "Globex Inc-"
    assert folder_name(ANNA, "/") == "Anna - direct"
    assert folder_name(ACME, ".", "INBOX.") == "INBOX.ACME GmbH"
    assert folder_name(Client("x", " / "), "/") == "-"
    assert folder_name(Client("empty", "  ")) == "empty"


def test_only_clients_mail_with_a_message_id_is_planned() -> None:
    rows = [
        row(5, "bert@acme.example"),
        row(2, "carl@acme.example"),
        row(3, "anna@acme.example"),  # her own client wins over the domain
        row(4, "boss@globex.example", flags=("\\Deleted",)),  # going away anyway
        row(6, "who@nowhere.example"),  # unknown: never moved
        FilingRow(7, "bert@acme.example", "", T),  # no Message-ID: undo could not find it
    ]
    planned, no_id = plan_filing(rows, [ACME, GLOBEX, ANNA], "/")
    assert [(p.client_id, p.folder, [r.uid for r in p.rows]) for p in planned] == [
        ("acme", "ACME GmbH", [2, 5]),
        ("anna", "Anna - direct", [3]),
    ]
    assert no_id == 1


def test_a_client_folder_named_like_the_source_is_left_alone() -> None:
    inbox = Client("inbox", "INBOX", addresses=("*@acme.example",))
    planned, _ = plan_filing([row(1, "anna@acme.example")], [inbox], "/")
    assert planned == []
