"""`office-hours account set-password ID:smtp` keeps an account's SMTP password apart."""

from __future__ import annotations

import io
from pathlib import Path

from helpers.memory_keyring import memory_keyring
from office_hours import paths
from office_hours.cli.mail import cmd_set_password

CONFIG = """
[[accounts]]
id = "work"
host = "imap.example.test"
username = "me@example.test"
smtp_host = "smtp.example.test"

[[accounts]]
id = "side"
host = "imap.example.test"
username = "me2@example.test"
"""


def test_the_smtp_password_of_an_account_with_a_server(home: Path) -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(CONFIG, encoding="utf-8")
    with memory_keyring() as backend:
        out = io.StringIO()
        assert cmd_set_password("work:smtp", out, io.StringIO("s3cret\n")) == 0
        assert backend.secrets[("office-hours", "work:smtp")] == "s3cret"
        assert cmd_set_password("side:smtp", io.StringIO(), io.StringIO("x\n")) != 0
        assert ("office-hours", "side:smtp") not in backend.secrets
