"""Passwords in the OS keyring (service "office-hours", user = account id), explained in
plain words when no keyring exists. Never a plain-text fallback (no keyrings.alt)."""

from __future__ import annotations

from typing import Any

SERVICE = "office-hours"

NO_KEYRING = (
    "no keyring available: passwords cannot be kept safely on this machine. On GNOME install "
    "gnome-keyring, on KDE enable KWallet; on a machine without a desktop start "
    "gnome-keyring-daemon (with dbus-run-session). Office Hours never stores passwords in a file."
)


class SecretProblem(Exception):
    """Why a password cannot be read or saved, in plain words; `kind` for the state table."""

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(message)


def _keyring() -> Any:
    try:
        import keyring
    except ImportError:
        raise SecretProblem(
            "no_keyring", "the keyring package is missing; reinstall Office Hours"
        ) from None
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or "fail" in type(backend).__module__:
        raise SecretProblem("no_keyring", NO_KEYRING)
    if "keyrings.alt" in type(backend).__module__ or type(backend).__name__ == "PlaintextKeyring":
        raise SecretProblem(
            "no_keyring", "the only keyring found keeps passwords in plain text; " + NO_KEYRING
        )
    return keyring


def keyring_problem() -> str | None:
    """Why no password can be kept on this machine (plain words), or None when it can."""
    try:
        _keyring()
    except SecretProblem as exc:
        return str(exc)
    return None


def get_password(account_id: str) -> str:
    """The saved password; SecretProblem('no_password' | 'no_keyring' | 'keyring_error')."""
    keyring = _keyring()
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(SERVICE, account_id)
    except KeyringError as exc:
        raise SecretProblem("keyring_error", f"the keyring refused to answer: {exc}") from None
    except Exception as exc:  # D-Bus errors and the like surface as many types
        raise SecretProblem("keyring_error", f"the keyring could not be read: {exc}") from None
    if value is None:
        raise SecretProblem(
            "no_password",
            f"no password saved for account {account_id!r}: run "
            f"`office-hours account set-password {account_id}`",
        )
    return str(value)


def set_password(account_id: str, password: str) -> None:
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, account_id, password)
    except Exception as exc:
        raise SecretProblem("keyring_error", f"the keyring did not save it: {exc}") from None
