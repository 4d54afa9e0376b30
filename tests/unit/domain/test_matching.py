"""Matching an item to a client: addresses, *@domain, chat users, rooms and phone numbers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from office_hours.domain.matching import match_client, normalise_phone
from office_hours.domain.model import Channel, Client, Item

AT = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)

ACME = Client("acme", "Acme", addresses=("*@acme.com",), phones=("+49 30 1234567",))
ANNA = Client("anna", "Anna Direct", addresses=("Anna@Acme.com",))
NGO = Client(
    "ngo",
    "Green NGO",
    addresses=("director@green.org",),
    chat_users=("@maria:matrix.org", "U024BE7LH"),
    rooms=("!project:matrix.org", "#green-web"),
    phones=("0049 (40) 555-1212",),
)
CLIENTS = (ACME, ANNA, NGO)


def item(sender: str, channel: Channel = Channel.EMAIL, room: str = "") -> Item:
    return Item("test", "1", channel, sender, "Hello", AT, room=room)


@pytest.mark.parametrize(
    ("sender", "channel", "room", "client_id"),
    [
        ("bob@acme.com", Channel.EMAIL, "", "acme"),
        ("Bob <BOB@ACME.COM>", Channel.EMAIL, "", "acme"),
        ("director@green.org", Channel.EMAIL, "", "ngo"),
        ("The Director <Director@Green.org>", Channel.EMAIL, "", "ngo"),
        ("@maria:matrix.org", Channel.CHAT, "", "ngo"),
        ("u024be7lh", Channel.CHAT, "", "ngo"),
        ("@stranger:matrix.org", Channel.CHAT, "!project:matrix.org", "ngo"),
        ("U999", Channel.CHAT, "#Green-Web", "ngo"),
        ("+49 30 123 4567", Channel.CALL, "", "acme"),
        ("+49-30-1234567", Channel.CALL, "", "acme"),
        ("+49 40 555 1212", Channel.CALL, "", "ngo"),  # 0049... and +49... are the same
        ("+49 30 1234567", Channel.CHAT, "", "acme"),  # an SMS or WhatsApp from that phone
    ],
)
def test_matches(sender: str, channel: Channel, room: str, client_id: str) -> None:
    found = match_client(item(sender, channel, room), CLIENTS)
    assert found is not None
    assert found.client_id == client_id


def test_exact_address_beats_another_clients_domain_rule() -> None:
    # ACME comes first and owns *@acme.com, but ANNA lists this very address.
    found = match_client(item("Anna <anna@acme.com>"), CLIENTS)
    assert found is ANNA


@pytest.mark.parametrize(
    ("sender", "channel", "room"),
    [
        ("bob@notacme.com", Channel.EMAIL, ""),
        ("bob@acme.com.evil.org", Channel.EMAIL, ""),
        ("bob@mail.acme.com", Channel.EMAIL, ""),  # a domain rule is not a subdomain rule
        ("@maria:other.org", Channel.CHAT, ""),
        ("@maria:matrix.org-fake", Channel.CHAT, "!other:matrix.org"),
        ("+49 30 7654321", Channel.CALL, ""),
        ("", Channel.CHAT, ""),
    ],
)
def test_no_match(sender: str, channel: Channel, room: str) -> None:
    assert match_client(item(sender, channel, room), CLIENTS) is None


def test_no_clients() -> None:
    assert match_client(item("bob@acme.com"), ()) is None


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("+49 30 1234567", "49301234567"),
        ("0049 30 1234567", "49301234567"),
        ("(030) 123-4567", "301234567"),
        ("+66 81 234 5678", "66812345678"),
        ("no digits", ""),
    ],
)
def test_normalise_phone(raw: str, normal: str) -> None:
    assert normalise_phone(raw) == normal


@pytest.mark.parametrize(
    "sender",
    ["anna7@example.com", "room 12", "ext. 1234", "@user42:matrix.org", "+49 30"],
)
def test_digits_in_a_non_phone_sender_never_match_a_phone_rule(sender: str) -> None:
    short = Client("short", "Short", phones=("7", "1234", "4930"))
    assert match_client(item(sender, Channel.CHAT), (short,)) is None


def test_the_first_listed_client_wins_among_exact_rules() -> None:
    first = Client("first", "First", chat_users=("@dup:matrix.org",))
    second = Client("second", "Second", addresses=("@dup:matrix.org",))
    assert match_client(item("@dup:matrix.org", Channel.CHAT), (first, second)) is first
    assert match_client(item("@dup:matrix.org", Channel.CHAT), (second, first)) is second


# -- notification rules (desktop notifications only) --------------------------------------

PETROVA = Client("acme", "Acme", notification_match=("Anna Petrova", "ACME*"))


def desktop(summary: str, body: str = "", app: str = "Telegram", source: str = "desktop") -> Item:
    return Item(source, "n1", Channel.CHAT, summary, body, AT, snippet=body, room=app)


@pytest.mark.parametrize(
    ("summary", "body", "app", "found"),
    [
        ("Anna Petrova", "", "Telegram", True),
        ("ANNA  PETROVA", "", "Telegram", True),  # folded: case and white space
        ("Group chat", "Anna Petrova: hi", "Telegram", True),
        ("ACME Corp", "", "Slack", True),
        ("ACME", "", "Slack", True),
        ("My ACME Corp", "", "Slack", False),  # a glob matches a whole field
        ("Bob", "", "acme-chat", True),  # the app's name
        ("Bob", "hello", "Telegram", False),
    ],
)
def test_notification_rules(summary: str, body: str, app: str, found: bool) -> None:
    assert (match_client(desktop(summary, body, app), (PETROVA,)) is PETROVA) is found


def test_notification_rules_apply_to_desktop_items_only() -> None:
    mail = desktop("Anna Petrova", "hi", source="imap:work")
    assert match_client(mail, (PETROVA,)) is None


def test_exact_identities_beat_notification_rules() -> None:
    exact = Client("exact", "Exact", chat_users=("Anna Petrova",))
    assert match_client(desktop("Anna Petrova"), (PETROVA, exact)) is exact
