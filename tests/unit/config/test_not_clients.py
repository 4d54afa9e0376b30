"""general.not_clients: senders the user said are no clients. The edit adds one line (or
one value) and keeps the user's comments; matching takes addresses, *@domain and chat ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from office_hours.config.edit import add_not_client, with_not_client
from office_hours.config.load import ConfigError, parse_config
from office_hours.domain.matching import is_not_client

MINE = """\
# my notes
config_version = 1

[general]  # me
timezone = "UTC"  # home

[[clients]]
id = "acme"
name = "ACME"
"""


def test_the_value_goes_under_general_and_comments_stay() -> None:
    once = with_not_client(MINE, "hr@recruit.example")
    assert "# my notes\n" in once
    assert "[general]  # me\n" in once
    assert 'timezone = "UTC"  # home\n' in once
    assert parse_config(once, Path("c.toml")).not_clients == ("hr@recruit.example",)
    twice = with_not_client(once, "*@news.example")
    assert parse_config(twice, Path("c.toml")).not_clients == (
        "hr@recruit.example",
        "*@news.example",
    )
    assert parse_config(twice, Path("c.toml")).clients[0].client_id == "acme"


def test_a_file_without_general_gets_one() -> None:
    bare = 'config_version = 1\n\n[[clients]]\nid = "acme"\nname = "ACME"\n'
    edited = with_not_client(bare, "a@b.example")
    assert parse_config(edited, Path("c.toml")).not_clients == ("a@b.example",)
    assert parse_config(edited, Path("c.toml")).clients[0].client_id == "acme"


def test_add_not_client_writes_only_what_loads(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(MINE, encoding="utf-8")
    assert add_not_client(path, "hr@recruit.example").not_clients == ("hr@recruit.example",)
    assert add_not_client(path, "hr@recruit.example").not_clients == ("hr@recruit.example",)
    path.write_text(MINE + "broken = [\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        add_not_client(path, "x@y.example")
    assert path.read_text(encoding="utf-8").endswith("broken = [\n")  # left alone


@pytest.mark.parametrize(
    ("sender", "rules", "expected"),
    [
        ("Hanna <HR@Recruit.example>", ["hr@recruit.example"], True),
        ("someone@news.example", ["*@news.example"], True),
        ("someone@acme.example", ["*@news.example"], False),
        ("@anna:matrix.org", ["@anna:matrix.org"], True),
        ("anyone@x.example", [], False),
    ],
)
def test_matching(sender: str, rules: list[str], expected: bool) -> None:
    assert is_not_client(sender, rules) is expected
