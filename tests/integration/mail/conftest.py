"""Fixtures for the IMAP tests; the peers themselves live in mailpeers.py."""

from mail.mailpeers import dovecot, harness_for, secret_service

__all__ = ["dovecot", "harness_for", "secret_service"]
