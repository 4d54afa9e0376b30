"""Other apps' Notify calls as items: decoding, markup, noise and the client rules."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from office_hours.config.load import DesktopSettings
from office_hours.domain.model import Channel, Client
from office_hours.sources.desktop import DesktopSource
from office_hours.sources.notifications import (
    Notification,
    decode_notify,
    plain_text,
    to_item,
    wanted,
)

AT = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
ACME = Client("acme", "Acme", notification_match=("Anna Petrova", "ACME*"))
NGO = Client("ngo", "Green NGO", notification_match=("green",))


def notify(app: str, summary: str, body: str) -> tuple[object, ...]:
    return (app, 0, "", summary, body, [], {"urgency": ("y", 1)}, -1)


def test_a_notify_call_decodes_into_a_chat_item() -> None:
    note = decode_notify(notify("Telegram", "Anna Petrova", "can you call me?"), ":1.42", 7, AT)
    assert note == Notification("Telegram", "Anna Petrova", "can you call me?", ":1.42", 7, AT)
    item = to_item(note)
    assert item is not None
    assert (item.source, item.channel, item.sender) == ("desktop", Channel.CHAT, "Anna Petrova")
    assert (item.subject, item.snippet, item.room) == (
        "can you call me?",
        "can you call me?",
        "Telegram",
    )
    assert item.received_at == AT


def test_the_item_id_is_stable_per_call_and_differs_between_calls() -> None:
    def ident(sender: str, serial: int) -> str:
        note = decode_notify(notify("Signal", "Bob", "hi"), sender, serial, AT)
        assert note is not None
        item = to_item(note)
        assert item is not None
        return item.item_id

    assert ident(":1.5", 3) == ident(":1.5", 3)
    assert len({ident(":1.5", 3), ident(":1.5", 4), ident(":1.6", 3)}) == 3


@pytest.mark.parametrize(
    "body", [("Telegram", 0, "", "x"), ("a", 0, "", 1, "b", [], {}, 0), (), None]
)
def test_calls_of_another_shape_are_ignored(body: object) -> None:
    assert decode_notify(body if isinstance(body, tuple) else (), ":1.1", 1, AT) is None


def test_mail_apps_make_mail_items() -> None:
    note = decode_notify(notify("Thunderbird", "Anna Petrova", "Invoice 42"), ":1.9", 1, AT)
    assert note is not None
    item = to_item(note)
    assert item is not None
    assert item.channel is Channel.EMAIL


def test_markup_and_control_characters_are_stripped() -> None:
    raw = "<b>Call</b> me &amp; <a href='https://x'>Bob</a>\u202e<br>now\x07 <img src='x'/>"
    assert plain_text(raw) == "Call me & Bob\nnow"
    note = decode_notify(notify("Slack", "<i>Anna</i>", raw), ":1.2", 1, AT)
    assert note is not None
    item = to_item(note)
    assert item is not None
    assert (item.sender, item.subject, item.snippet) == (
        "Anna",
        "Call me & Bob",
        "Call me & Bob now",
    )


def test_long_bodies_are_cut() -> None:
    note = decode_notify(notify("Slack", "Anna", "word " * 500), ":1.2", 1, AT)
    assert note is not None
    item = to_item(note)
    assert item is not None
    assert len(item.snippet) <= 280
    assert item.snippet.endswith("…")
    assert len(item.subject) <= 120


def test_an_empty_notification_is_no_item() -> None:
    note = decode_notify(notify("Slack", " ", "<b></b>"), ":1.2", 1, AT)
    assert note is not None
    assert to_item(note) is None


@pytest.mark.parametrize(
    ("app", "apps", "ignore", "expected"),
    [
        ("Telegram", (), (), True),
        ("Office Hours", (), (), False),  # our own
        ("notify-send", (), (), False),  # scripts
        ("", (), (), False),
        ("NetworkManager", (), (), False),
        ("Slack", ("telegram",), (), False),  # only the watched apps
        ("Telegram", ("Telegram",), (), True),
        ("Telegram Desktop", ("telegram",), (), True),  # within the app's name
        ("Firefox Nightly", (), ("firefox",), False),
        ("Firefox", (), ("firefox",), False),  # the user's own ignore list
    ],
)
def test_which_apps_are_watched(
    app: str, apps: tuple[str, ...], ignore: tuple[str, ...], expected: bool
) -> None:
    assert wanted(app, apps, ignore) is expected


def _source(**settings: object) -> DesktopSource:
    return DesktopSource(DesktopSettings(**settings), (ACME, NGO))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("app", "summary", "body", "client"),
    [
        ("Telegram", "Anna Petrova", "can you call me?", "acme"),  # text in the title
        ("Slack", "anna petrova", "hi", "acme"),  # case-insensitive
        ("Slack", "#general", "Anna Petrova: are you there?", "acme"),  # text in the body
        ("Thunderbird", "ACME Corp", "Invoice", "acme"),  # a glob over the whole title
        ("Signal", "Maria", "the GREEN project", "ngo"),
        ("Green Chat", "Maria", "hello", "ngo"),  # the app's name
    ],
)
def test_the_rules_name_the_client(app: str, summary: str, body: str, client: str) -> None:
    source = _source()
    batch = source.batch_for(notify(app, summary, body), ":1.3", 5, AT)
    assert batch is not None
    assert batch.notify is False  # the other app already showed it
    (item,) = batch.items
    assert source._index.match(item) in (ACME, NGO)
    assert source._index.match(item).client_id == client  # type: ignore[union-attr]


def test_a_glob_must_match_a_whole_field() -> None:
    source = _source()
    assert source.batch_for(notify("Slack", "Bob", "we love ACME products"), ":1.3", 5, AT) is None


def test_unmatched_notifications_are_dropped_unless_asked_for() -> None:
    call = notify("Telegram", "Bob Stranger", "hello")
    assert _source().batch_for(call, ":1.3", 5, AT) is None
    batch = _source(record_unmatched=True).batch_for(call, ":1.3", 5, AT)
    assert batch is not None
    assert batch.items[0].sender == "Bob Stranger"


def test_our_own_and_ignored_apps_are_never_recorded() -> None:
    source = _source(record_unmatched=True, ignore_apps=("Firefox",))
    assert source.batch_for(notify("Office Hours", "Anna Petrova", "x"), ":1.3", 5, AT) is None
    assert source.batch_for(notify("Firefox", "Anna Petrova", "x"), ":1.3", 5, AT) is None


def _check() -> str | None:
    from office_hours.state_words import state_text

    state = _source().check()
    return state_text(state) if state is not None else None


def test_check_names_a_refusal_and_a_silent_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bus's own words when it refuses BecomeMonitor; a bound when it never answers.
    (A real refusal needs another user than the bus's; see tests/integration/desktop.)"""
    from office_hours.sources import desktop

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")

    def refuse(timeout: float = 0) -> object:
        raise RuntimeError("org.freedesktop.DBus.Error.AccessDenied")

    monkeypatch.setattr(desktop, "_become_monitor", refuse)
    assert _check() == (
        "the session bus refused monitoring (org.freedesktop.DBus.Error.AccessDenied)"
    )

    def hang(timeout: float = 0) -> object:
        threading.Event().wait(2)
        return None

    monkeypatch.setattr(desktop, "_become_monitor", hang)
    monkeypatch.setattr(desktop, "CALL_TIMEOUT_S", 0.1)
    assert _check() == "the server did not answer in time (D-Bus)"


def test_check_without_a_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    assert _check() == "no desktop session bus: log in to a desktop session"
