"""A source's state in the user's language, for the tray, the fallback window and `doctor`.

Qt-free apart from the translation lookup (which loads QtCore only when a language other
than English is installed), so the command line can use it too.
"""

from __future__ import annotations

import time

from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.i18n import tr
from office_hours.sources.state import SourceState, StateKind

_C = "SourceState"

# One phrase per kind; "{detail}" and "{seconds}" are filled in when present.
PHRASES: dict[StateKind, str] = {
    StateKind.STARTING: QT_TRANSLATE_NOOP(_C, "starting"),
    StateKind.CONNECTED: QT_TRANSLATE_NOOP(_C, "connected"),
    StateKind.WATCHING: QT_TRANSLATE_NOOP(_C, "watching"),
    StateKind.RECONNECTING: QT_TRANSLATE_NOOP(_C, "connection lost"),
    StateKind.UNREACHABLE: QT_TRANSLATE_NOOP(_C, "server not reachable"),
    StateKind.TIMED_OUT: QT_TRANSLATE_NOOP(_C, "the server did not answer in time"),
    StateKind.RATE_LIMITED: QT_TRANSLATE_NOOP(_C, "the server asked us to wait"),
    StateKind.LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        _C, "login refused: check the password or token saved in the keyring"
    ),
    StateKind.CERT_UNTRUSTED: QT_TRANSLATE_NOOP(
        _C,
        "certificate not trusted: if this is your own server, set ca_file to its CA "
        "certificate; otherwise someone may be intercepting the connection",
    ),
    StateKind.NO_KEYRING: QT_TRANSLATE_NOOP(
        _C, "no keyring available: passwords and tokens cannot be read (see office-hours doctor)"
    ),
    StateKind.NO_SECRET: QT_TRANSLATE_NOOP(_C, "no password or token saved yet"),
    StateKind.MISSING_PACKAGE: QT_TRANSLATE_NOOP(
        _C, "a library is missing: reinstall Office Hours with this part"
    ),
    StateKind.NO_SESSION_BUS: QT_TRANSLATE_NOOP(
        _C, "no desktop session bus: log in to a desktop session"
    ),
    StateKind.BUS_REFUSED: QT_TRANSLATE_NOOP(_C, "the session bus refused monitoring"),
    StateKind.STORE_BUSY: QT_TRANSLATE_NOOP(_C, "cannot open the database"),
    StateKind.FOLDERS_MISSING: QT_TRANSLATE_NOOP(_C, "connected, but folders cannot be opened"),
    StateKind.CANNOT_RUN: QT_TRANSLATE_NOOP(_C, "cannot run"),
    StateKind.FAILED: QT_TRANSLATE_NOOP(_C, "stopped after an internal error (see the log)"),
    StateKind.STOPPED: QT_TRANSLATE_NOOP(_C, "stopped"),
}


def state_text(state: SourceState, now: float | None = None) -> str:
    """ "server not reachable (imap.example.org); next try in 20 s", translated."""
    text = tr(_C, PHRASES[state.kind])
    if state.detail:
        text = tr(_C, "{state} ({detail})").format(state=text, detail=state.detail)
    if state.retry_at is not None:
        seconds = max(1, round(state.retry_at - (time.monotonic() if now is None else now)))
        text = tr(_C, "{state}; next try in {seconds} s").format(state=text, seconds=seconds)
    return text


def state_line(label: str, state: SourceState, now: float | None = None) -> str:
    """One tray menu line: "Mail work: connected"."""
    return tr(_C, "{source}: {state}").format(source=label, state=state_text(state, now))


def source_label(name: str, label: str) -> str:
    """The label before a source's state, translated where it is words, not a name."""
    if name.startswith("imap:"):
        return tr(_C, "Mail {account}").format(account=name.removeprefix("imap:"))
    if name == "desktop":
        return tr(_C, "Desktop notifications")
    return label
