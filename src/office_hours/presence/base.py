"""The one interface every presence target implements (Slack DND and status, Matrix presence,
dunst, GNOME banners): engage when focus starts, restore exactly what was there before."""

from __future__ import annotations

from typing import Any, Protocol

Saved = dict[str, Any]  # JSON-able: kept on disk until restored, so a crash loses nothing


class Presence(Protocol):
    name: str  # unique and stable across restarts, e.g. "slack", "matrix:@me:example.org"
    label: str  # shown in the tray and `doctor`

    def check(self) -> str | None:
        """A plain-words reason this target cannot be used here, or None."""

    def engage(self) -> Saved:
        """Turn "in focus" on; return the prior state that `restore` needs. Blocking (runs on
        a worker thread); raises PresenceError with plain words on failure."""

    def restore(self, saved: Saved) -> None:
        """Put back exactly the state `engage` saved. Blocking; raises PresenceError."""


class ReadsPrior(Protocol):
    """Optional beside Presence: a target that can read its prior state without changing
    it offers `prior()`, and the manager saves that BEFORE calling engage(), so even a kill
    in the middle of engage() leaves the exact state to restore (dunst, GNOME do so)."""

    def prior(self) -> Saved:
        """What engage() would return, read without changing anything. Blocking."""


class PresenceError(Exception):
    """Why a presence change failed, in plain words."""
