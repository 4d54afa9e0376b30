"""Auto-replies in config.toml: off unless a client names a mode; bad values name the key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from office_hours.config.load import ConfigError, parse_config
from office_hours.domain.model import ModeKind

BASE = """
[general]
language = "ru"

[[accounts]]
id = "work"
host = "imap.example.test"
username = "me@freelance.test"
smtp_host = "smtp.example.test"

[[clients]]
id = "acme"
name = "Acme"
auto_reply = ["off_hours", "focus"]
reply_language = "th"

[[clients]]
id = "beta"
name = "Beta"
"""


def test_nothing_is_answered_by_default() -> None:
    config = parse_config('[general]\ntimezone = "UTC"\n', Path("c.toml"))
    settings = config.auto_reply
    assert not settings.client_modes
    assert not settings.unknown_modes


def test_opt_in_per_client_and_the_account_smtp_defaults() -> None:
    config = parse_config(
        BASE + '\n[auto_reply]\nperiod_days = 3\nen_focus = "Hi {x}"\n', Path("c.toml")
    )
    s = config.auto_reply
    assert s.client_modes["acme"] == frozenset({ModeKind.FOCUS, ModeKind.OFF_HOURS})
    assert s.client_modes["beta"] == frozenset()
    assert s.client_languages == {"acme": "th", "beta": "ru"}
    assert s.own_addresses == ("me@freelance.test",)
    assert s.period == timedelta(days=3)
    assert s.templates == {("en", ModeKind.FOCUS): "Hi {x}"}
    account = config.accounts[0]
    assert (account.smtp_host, account.smtp_port, account.smtp_security) == (
        "smtp.example.test",
        587,
        "starttls",
    )
    assert account.smtp_login == "me@freelance.test"


@pytest.mark.parametrize(
    ("bad", "key"),
    [
        ('auto_reply = ["always"]', "clients[0].auto_reply"),
        ('reply_language = "de"', "clients[0].reply_language"),
    ],
)
def test_bad_values_name_the_key(bad: str, key: str) -> None:
    text = BASE.replace('auto_reply = ["off_hours", "focus"]\nreply_language = "th"', bad)
    with pytest.raises(ConfigError) as err:
        parse_config(text, Path("c.toml"))
    assert key in str(err.value)
