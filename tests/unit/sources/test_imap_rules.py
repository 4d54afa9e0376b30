"""The IMAP source's pure parts: backoff, state words, cursors."""

from __future__ import annotations

import random

from office_hours.sources.imap import Cursor
from office_hours.sources.state import BACKOFF_CAP_S, SourceState, StateKind, backoff_delay
from office_hours.state_words import state_text


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    random.seed(3)
    delays = [backoff_delay(n) for n in range(30)]
    assert 0.5 <= delays[0] <= 1.0
    assert 4.0 <= delays[3] <= 8.0
    assert all(d <= BACKOFF_CAP_S for d in delays)
    assert min(delays[12:]) >= BACKOFF_CAP_S / 2  # capped near 5 minutes, still jittered
    assert len({round(d, 3) for d in delays[12:]}) > 1


def test_state_words() -> None:
    assert state_text(SourceState(StateKind.CONNECTED)) == "connected"
    down = SourceState(StateKind.UNREACHABLE, "imap.example.org:993", retry_at=119.6)
    assert state_text(down, now=100.0) == (
        "server not reachable (imap.example.org:993); next try in 20 s"
    )
    refused = state_text(
        SourceState(StateKind.LOGIN_REFUSED, "office-hours account set-password work")
    )
    assert "login refused" in refused
    assert "office-hours account set-password work" in refused
    cert = state_text(SourceState(StateKind.CERT_UNTRUSTED, "self-signed certificate"))
    assert "certificate not trusted" in cert
    assert "(self-signed certificate)" in cert
    assert "ca_file" in cert


def test_cursor_round_trip_and_garbage() -> None:
    c = Cursor(17, 42, 1.5)
    assert Cursor.load(c.dump()) == c
    assert Cursor.load(None) is None
    assert Cursor.load("{not json") is None
    assert Cursor.load('{"uidvalidity": "x"}') is None
