"""The [matrix] section: defaults, validation naming the key, and what the registry builds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from office_hours.config.load import ConfigError, parse_config
from office_hours.config.matrix import DEFAULT_FOCUS_STATUS, MatrixSettings
from office_hours.domain.matching import match_client
from office_hours.domain.model import Channel, Item
from office_hours.sources.registry import configured_presence, configured_sources

# The desktop's own do-not-disturb targets are not what these tests are about.
BASE = 'config_version = 1\n[general]\ntimezone = "UTC"\n[presence]\ndesktop_dnd = false\n'
ENABLED = """
[matrix]
enabled = true
homeserver = "https://matrix.example.org/"
user_id = "@me:example.org"
rooms = ["#team:example.org"]

[[clients]]
id = "acme"
name = "ACME"
chat_users = ["@anna:example.org"]

[[clients]]
id = "globex"
name = "Globex"
rooms = ["#globex:example.org"]
"""


def test_matrix_is_off_by_default(tmp_path: Path) -> None:
    config = parse_config(BASE, tmp_path / "c.toml")
    assert config.matrix == MatrixSettings()
    assert config.matrix.focus_status == DEFAULT_FOCUS_STATUS
    assert configured_sources(config, lambda *_: None, tmp_path) == []
    assert configured_presence(config, tmp_path) == []


def test_enabled_matrix_builds_a_source_and_a_presence_target(tmp_path: Path) -> None:
    config = parse_config(BASE + ENABLED, tmp_path / "c.toml")
    assert config.matrix.homeserver == "https://matrix.example.org"
    assert config.matrix.rooms == ("#team:example.org",)
    [source] = configured_sources(config, lambda *_: None, tmp_path)
    assert source.name == "matrix:@me:example.org"
    assert "@me:example.org" in source.label
    [target] = configured_presence(config, tmp_path)
    assert target.name == "matrix:@me:example.org"
    off = ENABLED.replace('rooms = ["#team', 'focus_presence = false\nrooms = ["#team')
    assert configured_presence(parse_config(BASE + off, tmp_path / "c.toml"), tmp_path) == []


@pytest.mark.parametrize(
    ("change", "key", "words"),
    [
        ('user_id = "@me:example.org"', "matrix.user_id", "is empty"),
        ('user_id = "@me:example.org"\n', "matrix.user_id", "not a Matrix user id"),
        ('homeserver = "https://matrix.example.org/"', "matrix.homeserver", "is empty"),
        ('homeserver = "https://matrix.example.org/"\n', "matrix.homeserver", "not a homeserver"),
        ('homeserver = "https://matrix.example.org/"\n', "matrix.homeserver", "http only"),
    ],
)
def test_problems_name_the_key(tmp_path: Path, change: str, key: str, words: str) -> None:
    wrong = '"http://matrix.example.org"' if words == "http only" else '"me"'
    replacement = "" if not change.endswith("\n") else change.split("=")[0] + f"= {wrong}\n"
    text = BASE + ENABLED.replace(change, replacement, 1)
    with pytest.raises(ConfigError) as caught:
        parse_config(text, tmp_path / "c.toml")
    assert caught.value.key == key
    assert words in caught.value.message


def test_matrix_items_match_clients_by_user_and_by_room_alias(tmp_path: Path) -> None:
    config = parse_config(BASE + ENABLED, tmp_path / "c.toml")
    at = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def item(sender: str, room: str) -> Item:
        return Item("matrix:@me:example.org", "$e", Channel.CHAT, sender, "hi", at, room=room)

    anna = match_client(item("@anna:example.org", "!dm:example.org"), config.clients)
    assert anna is not None
    assert anna.client_id == "acme"
    globex = match_client(item("@bob:example.org", "#globex:example.org"), config.clients)
    assert globex is not None
    assert globex.client_id == "globex"
    assert match_client(item("@bob:example.org", "!other:example.org"), config.clients) is None
