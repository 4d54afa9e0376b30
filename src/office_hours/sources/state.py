"""What a source is doing, as data: the tray, the fallback window and `doctor` render it in
the user's language (state_words.py), so no source writes prose of its own.

`detail` is what cannot be translated (a host, an account id, a server's own message);
`retry_at` is a time.monotonic() instant, so the view can say "in 20 s" when it shows it.
"""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass


class StateKind(enum.StrEnum):
    STARTING = "starting"
    CONNECTED = "connected"  # detail: who or what ("alice in Team", "2 folders")
    WATCHING = "watching"  # the desktop's notifications
    RECONNECTING = "reconnecting"  # detail: the technical cause, if any
    UNREACHABLE = "unreachable"  # detail: the server
    TIMED_OUT = "timed_out"  # detail: the server
    RATE_LIMITED = "rate_limited"
    LOGIN_REFUSED = "login_refused"  # detail: the command or account that fixes it
    CERT_UNTRUSTED = "cert_untrusted"  # detail: the verifier's message
    NO_KEYRING = "no_keyring"
    NO_SECRET = "no_secret"  # detail: the command that saves one
    MISSING_PACKAGE = "missing_package"  # detail: the extra, e.g. "slack"
    NO_SESSION_BUS = "no_session_bus"
    BUS_REFUSED = "bus_refused"  # detail: the bus's answer
    STORE_BUSY = "store_busy"  # detail: sqlite's message
    FOLDERS_MISSING = "folders_missing"  # detail: the folders
    CANNOT_RUN = "cannot_run"  # detail: why, in the library's words
    FAILED = "failed"  # a bug: see the log
    STOPPED = "stopped"


# Worst first wins when one line stands for several parts (an account's folders).
SEVERITY = {kind: n for n, kind in enumerate(StateKind)}
SEVERITY[StateKind.CONNECTED] = -2
SEVERITY[StateKind.WATCHING] = -2
SEVERITY[StateKind.STARTING] = -1
GOOD = frozenset({StateKind.CONNECTED, StateKind.WATCHING, StateKind.STARTING})


@dataclass(frozen=True, slots=True)
class SourceState:
    kind: StateKind
    detail: str = ""
    retry_at: float | None = None  # time.monotonic() of the next attempt, if any

    @property
    def ok(self) -> bool:
        return self.kind in GOOD


class SourceProblem(Exception):
    """A failure a source can name: the state it puts the source in. Sources raise it (or
    a subclass) from check() and their loops; the runner and `doctor` read `state`."""

    def __init__(self, kind: StateKind, detail: str = "", retry_after: float | None = None):
        self.kind, self.detail, self.retry_after = kind, detail, retry_after
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)

    @property
    def state(self) -> SourceState:
        return SourceState(self.kind, self.detail)


BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 300.0  # "near 5 minutes"


def backoff_delay(attempt: int, base: float = BACKOFF_BASE_S, cap: float = BACKOFF_CAP_S) -> float:
    """Exponential backoff with jitter, the one every source uses: in [d/2, d] with
    d = min(cap, base * 2**attempt), so many clients that failed together do not retry
    together, and a long outage is retried about every `cap` seconds."""
    ceiling = min(cap, base * (2 ** min(max(attempt, 0), 30)))
    return random.uniform(ceiling / 2, ceiling)
