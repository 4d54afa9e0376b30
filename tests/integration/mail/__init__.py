"""IMAP tests against a private Dovecot (a package, so that its conftest does not shadow
tests/integration/conftest.py, which other tests import by name)."""
