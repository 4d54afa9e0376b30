"""[[accounts]] in config.toml: validated with the key and the line, never a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from office_hours.config import ConfigError
from office_hours.config.load import parse_config

HEAD = 'config_version = 1\n[general]\ntimezone = "UTC"\n'


def parse(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "config.toml"
    return parse_config(HEAD + text, path)


def test_two_accounts_with_defaults(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("x")
    config = parse(
        tmp_path,
        '[[accounts]]\nid = "work"\nhost = "imap.example.com"\nusername = "me"\n'
        'folders = ["INBOX", "Clients"]\n'
        '[[accounts]]\nid = "home"\nhost = "mail.home.lan"\nusername = "me"\n'
        'security = "starttls"\nca_file = "ca.pem"\nbackfill_days = 0\n',
    )
    work, home = config.accounts
    assert (work.port, work.security, work.folders, work.backfill_days) == (
        993,
        "tls",
        ("INBOX", "Clients"),
        7,
    )
    assert work.ca_file is None
    assert work.source == "imap:work"
    assert (home.port, home.security, home.backfill_days) == (143, "starttls", 0)
    assert home.ca_file == tmp_path / "ca.pem"


def test_no_accounts(tmp_path: Path) -> None:
    assert parse(tmp_path, "").accounts == ()


@pytest.mark.parametrize(
    ("body", "key", "words"),
    [
        ('id = "w"\nhost = "h"\nusername = "u"\nsecurity = "plain"\n', "security", "not one of"),
        ('id = "w"\nhost = "h"\nusername = "u"\nport = 99999\n', "port", "above the maximum"),
        ('id = "w"\nhost = "h"\nusername = "u"\npassword = "hunter2"\n', "password", "keyring"),
        (
            'id = "w"\nhost = "h"\nusername = "u"\nca_file = "/nonexistent.pem"\n',
            "ca_file",
            "no such",
        ),
        ('id = "w"\nhost = "h"\nusername = "u"\nfolders = []\n', "folders", "at least one"),
        ('id = "w"\nhost = "h"\nusername = "u"\nfolder = ["INBOX"]\n', "folder", "did you mean"),
        ('id = "W W"\nhost = "h"\nusername = "u"\n', "id", "lower-case"),
    ],
)
def test_mistakes_name_the_key_and_line(tmp_path: Path, body: str, key: str, words: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse(tmp_path, "\n[[accounts]]\n" + body)
    assert err.value.key == f"accounts[0].{key}"
    assert err.value.line is not None
    assert err.value.line > 4
    assert words in err.value.message


def test_duplicate_ids(tmp_path: Path) -> None:
    one = '[[accounts]]\nid = "w"\nhost = "h"\nusername = "u"\n'
    with pytest.raises(ConfigError, match="used twice"):
        parse(tmp_path, one + one)
