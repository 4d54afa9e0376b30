"""The [desktop] and [presence] sections and the clients' notification_match rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from office_hours.config import ConfigError
from office_hours.config.load import DesktopSettings, parse_config

HEAD = 'config_version = 1\n[general]\ntimezone = "UTC"\n'


def test_defaults() -> None:
    config = parse_config(HEAD, Path("c.toml"))
    assert config.desktop == DesktopSettings(True, (), (), False)
    assert config.presence_desktop_dnd is True


def test_written_values() -> None:
    config = parse_config(
        HEAD
        + '[desktop]\nwatch_notifications = false\napps = ["Telegram"]\n'
        + 'ignore_apps = ["Firefox"]\nrecord_unmatched = true\n'
        + "[presence]\ndesktop_dnd = false\n"
        + '[[clients]]\nid = "acme"\nname = "ACME"\nnotification_match = ["Anna*"]\n',
        Path("c.toml"),
    )
    assert config.desktop == DesktopSettings(False, ("Telegram",), ("Firefox",), True)
    assert config.presence_desktop_dnd is False
    assert config.clients[0].notification_match == ("Anna*",)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[desktop]\napps = "Telegram"\n', "line 5, key desktop.apps"),
        ("[presence]\ndesktop_dnd = 1\n", "line 5, key presence.desktop_dnd"),
        ("[presence]\ndnd = true\n", "line 5, key presence.dnd"),
        (
            '[[clients]]\nid = "a"\nname = "A"\nnotification_match = "Anna"\n',
            "line 7, key clients[0].notification_match",
        ),
    ],
)
def test_mistakes_name_line_and_key(text: str, where: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(f"c.toml, {where}")):
        parse_config(HEAD + text, Path("c.toml"))
