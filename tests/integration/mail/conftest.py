"""Fixtures for the IMAP tests; the peers themselves live in mailpeers.py (the keyring's in
../keyring_peer.py, provided by ../conftest.py)."""

from mail.mailpeers import dovecot, harness_for

__all__ = ["dovecot", "harness_for"]
