"""The [slack] section: defaults, a hand-written section, errors naming key and line, and the
registry building the source and presence only when Slack is enabled."""

from __future__ import annotations

from pathlib import Path

import pytest

from office_hours.config import ConfigError
from office_hours.config.defaults import default_text
from office_hours.config.load import parse_config
from office_hours.config.slack import SlackSettings
from office_hours.sources.registry import configured_presence, configured_sources

HEAD = 'config_version = 1\n[general]\ntimezone = "UTC"\n'
# The desktop's own do-not-disturb targets are not what these tests are about.
NO_DESKTOP_DND = "[presence]\ndesktop_dnd = false\n"


def parse(text: str) -> object:
    return parse_config(HEAD + text, Path("/tmp/config.toml"))


def test_slack_is_off_by_default_and_the_default_file_has_its_section() -> None:
    assert parse_config(HEAD, Path("c.toml")).slack == SlackSettings()
    default = parse_config(default_text("UTC"), Path("c.toml"))
    assert default.slack == SlackSettings()
    assert "[slack]" in default_text("UTC")


def test_a_hand_written_slack_section(tmp_path: Path) -> None:
    config = parse_config(
        HEAD
        + NO_DESKTOP_DND
        + "[slack]\nenabled = true\npoll_seconds = 30\n"
        + 'channels = ["C024BE91L", "G0PRIV001"]\n'
        + 'focus_status_text = "Heads down"\nfocus_status_emoji = ":headphones:"\n'
        + "focus_dnd = false\n",
        tmp_path / "config.toml",
    )
    assert config.slack == SlackSettings(
        enabled=True,
        poll_seconds=30,
        channels=("C024BE91L", "G0PRIV001"),
        focus_status_text="Heads down",
        focus_status_emoji=":headphones:",
        focus_dnd=False,
    )
    sources = configured_sources(config, lambda s, k: None, tmp_path)
    assert [s.name for s in sources] == ["slack"]
    assert sources[0].watched == ("C024BE91L", "G0PRIV001")  # type: ignore[attr-defined]
    assert sources[0].poll_seconds == 30  # type: ignore[attr-defined]
    targets = configured_presence(config, tmp_path)
    assert [t.name for t in targets] == ["slack"]
    assert targets[0].dnd is False  # type: ignore[attr-defined]


def test_nothing_is_built_when_slack_is_off(tmp_path: Path) -> None:
    config = parse_config(HEAD + NO_DESKTOP_DND, tmp_path / "config.toml")
    assert configured_sources(config, lambda s, k: None, tmp_path) == []
    assert configured_presence(config, tmp_path) == []


@pytest.mark.parametrize(
    ("section", "key", "line", "words"),
    [
        ("poll_seconds = 2", "slack.poll_seconds", 5, "below the minimum 5"),
        ('channels = ["general"]', "slack.channels", 5, "not a channel id"),
        ('api_url = "http://slack.example/api/"', "slack.api_url", 5, "must start with https"),
        ("enable = true", "slack.enable", 5, "did you mean 'enabled'"),
    ],
)
def test_errors_name_key_and_line(section: str, key: str, line: int, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse(f"[slack]\n{section}\n")
    assert caught.value.key == key
    assert caught.value.line == line
    assert words in caught.value.message


def test_loopback_http_is_allowed_for_a_stand_in() -> None:
    config = parse('[slack]\napi_url = "http://127.0.0.1:8080/api/"\n')
    assert config.slack.api_url == "http://127.0.0.1:8080/api/"  # type: ignore[attr-defined]
