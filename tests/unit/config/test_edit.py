"""Adding a rule to config.toml keeps the user's text, and never writes a file that would
not load."""

from __future__ import annotations

from pathlib import Path

import pytest

from office_hours.config.defaults import default_text
from office_hours.config.edit import add_rule, with_rule
from office_hours.config.load import ConfigError, load_config

TEXT = """\
# my clients
[general]
timezone = "Europe/Berlin"

[[clients]]
id = "acme"   # the big one
name = "ACME"
addresses = ["*@acme.com"]  # keep this comment

[clients.terms.call]
windows = { tuesday = ["14:00-16:00"] }

[[clients]]
id = 'globex'
name = "Globex"
phones = [
    "+49 30 1234567",  # office
]
"""


def test_a_one_line_list_gets_the_value_and_keeps_its_comment() -> None:
    edited = with_rule(TEXT, "acme", "addresses", "anna@elsewhere.org")
    assert 'addresses = ["*@acme.com", "anna@elsewhere.org"]  # keep this comment\n' in edited
    assert edited.replace(', "anna@elsewhere.org"', "") == TEXT  # nothing else changed


def test_a_missing_key_is_added_to_its_client_and_multiline_lists_grow() -> None:
    edited = with_rule(TEXT, "globex", "addresses", "g@globex.com")
    assert edited == TEXT + 'addresses = ["g@globex.com"]\n'  # in globex's table, the last
    edited = with_rule(edited, "globex", "phones", "+49 30 7654321")
    assert 'phones = [\n    "+49 30 1234567",  # office\n    "+49 30 7654321",\n]' in edited


def test_add_rule_validates_then_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(TEXT, encoding="utf-8")
    config = add_rule(path, "acme", "addresses", 'o"dd\\one@x.org')
    acme = config.client("acme")
    assert acme is not None
    assert 'o"dd\\one@x.org' in acme.addresses
    assert load_config(path, create=False).client("acme") == acme
    assert path.read_text(encoding="utf-8").startswith("# my clients\n")
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]


def test_an_edit_that_would_not_load_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    broken = TEXT.replace('name = "ACME"', 'name = "ACME"\nrate = "lots"')
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError, match="rate"):
        add_rule(path, "acme", "addresses", "a@b.org")
    assert path.read_text(encoding="utf-8") == broken
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(ConfigError, match="no client"):
        add_rule(path, "nobody", "addresses", "a@b.org")
    assert path.read_text(encoding="utf-8") == TEXT


def test_the_default_file_can_be_edited(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(default_text("UTC"), encoding="utf-8")
    config = add_rule(path, "example", "chat_users", "@anna:matrix.org")
    assert config.clients[0].chat_users == ("@anna:matrix.org",)
    assert "# exact addresses or *@domain" in path.read_text(encoding="utf-8")
