"""The IMAP source's pure parts: backoff, state words, cursors."""

from __future__ import annotations

import random

from office_hours.sources.imap import (
    BACKOFF_CAP_S,
    Cursor,
    State,
    backoff_delay,
    state_text,
)


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    random.seed(3)
    delays = [backoff_delay(n) for n in range(30)]
    assert 0.5 <= delays[0] <= 1.0
    assert 4.0 <= delays[3] <= 8.0
    assert all(d <= BACKOFF_CAP_S for d in delays)
    assert min(delays[12:]) >= BACKOFF_CAP_S / 2  # capped near 5 minutes, still jittered
    assert len({round(d, 3) for d in delays[12:]}) > 1


def test_state_words() -> None:
    assert state_text(State.CONNECTED) == "connected"
    assert state_text(State.RECONNECTING, "server not reachable", 19.6) == (
        "reconnecting in 20 s (server not reachable)"
    )
    refused = state_text(State.LOGIN_REFUSED, "work")
    assert "login refused" in refused
    assert "office-hours account set-password work" in refused
    cert = state_text(State.CERT_UNTRUSTED, "self-signed certificate")
    assert "certificate not trusted (self-signed certificate)" in cert
    assert "ca_file" in cert


def test_cursor_round_trip_and_garbage() -> None:
    c = Cursor(17, 42, 1.5)
    assert Cursor.load(c.dump()) == c
    assert Cursor.load(None) is None
    assert Cursor.load("{not json") is None
    assert Cursor.load('{"uidvalidity": "x"}') is None
