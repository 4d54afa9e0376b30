"""Saving the whole config: comments and unknown values kept, invalid results refused."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest

from office_hours.config.defaults import default_text
from office_hours.config.load import ConfigError, parse_config
from office_hours.config.save import HEADER, SaveError, read_data, save_config
from office_hours.config.toml_edit import edited_text

USER_FILE = """\
# my own notes at the top
config_version = 1

[general]
timezone = "Europe/Berlin"  # where I live
language = "en"

[hours]
monday = ["09:00-18:00"]   # long day
friday = ["09:00-13:00"]

[[clients]]
id = "acme"
name = "ACME"
addresses = ["*@acme.com"]  # everyone there
rate = 80.0

[clients.terms.call]
# calls only in the afternoon
windows = { tuesday = ["14:00-16:00"] }
response_hours = 24.0
"""


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(USER_FILE, encoding="utf-8")
    return p


def test_changed_values_keep_every_comment(path: Path) -> None:
    data = read_data(path)
    data["general"]["timezone"] = "Asia/Bangkok"
    data["hours"]["monday"] = ["10:00-12:00", "13:00-17:00"]
    data["clients"][0]["terms"]["call"]["response_hours"] = 4.0
    config = save_config(path, data)
    text = path.read_text(encoding="utf-8")
    assert config.timezone == "Asia/Bangkok"
    for comment in ("# my own notes at the top", "# where I live", "# long day",
                    "# everyone there", "# calls only in the afternoon"):  # fmt: skip
        assert comment in text
    assert 'timezone = "Asia/Bangkok"  # where I live' in text
    assert 'monday = ["10:00-12:00", "13:00-17:00"]   # long day' in text
    assert not path.with_name("config.toml.bak").exists()  # an in-place edit needs none
    assert tomllib.loads(text) == data


def test_added_keys_go_into_their_table(path: Path) -> None:
    data = read_data(path)
    data["general"]["notifications"] = False
    data["focus"] = {"batch_times": ["11:00"]}
    data["clients"][0]["phones"] = ["+49 30 123"]
    data["clients"].append({"id": "romashka", "name": "ООО Ромашка", "rate": 50.0})
    config = save_config(path, data)
    text = path.read_text(encoding="utf-8")
    assert "# calls only in the afternoon" in text
    assert "# where I live" in text
    assert config.notifications is False
    assert [c.name for c in config.clients] == ["ACME", "ООО Ромашка"]
    assert config.clients[0].phones == ("+49 30 123",)
    assert tomllib.loads(text) == data


def test_unknown_sections_and_keys_of_others_are_kept(path: Path) -> None:
    """Values the dialog does not know (written by hand, or another feature's section) stay;
    a structural change (a client's terms removed) is an edit too: the user's notes stay."""
    data = read_data(path)
    data["clients"][0]["chat_users"] = ["@anna:matrix.org"]
    before = copy.deepcopy(data)
    del data["clients"][0]["terms"]
    save_config(path, data)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# my own notes at the top\n")
    assert "# where I live" in text
    assert "[[clients]]" in text
    assert "terms" not in tomllib.loads(text)["clients"][0]
    assert not path.with_name("config.toml.bak").exists()  # nothing was rewritten whole
    assert tomllib.loads(text)["clients"][0]["chat_users"] == ["@anna:matrix.org"]
    assert before != data


def test_round_trip_of_the_default_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(default_text("UTC"), encoding="utf-8")
    data = read_data(path)
    save_config(path, data)
    assert path.read_text(encoding="utf-8") == default_text("UTC")  # nothing changed
    data["urgency"]["words"] = ["asap", "срочно", "ด่วน"]
    save_config(path, data)
    text = path.read_text(encoding="utf-8")
    assert "# Extra urgency words" in text
    assert parse_config(text, path).urgency.words[-3:] == ("asap", "срочно", "ด่วน")


def test_invalid_result_is_refused_with_the_reason_and_not_written(path: Path) -> None:
    data = read_data(path)
    data["general"]["timezone"] = "Mars/Olympus"
    with pytest.raises(ConfigError) as caught:
        save_config(path, data)
    assert "Mars/Olympus" in str(caught.value)
    assert "IANA" in str(caught.value)
    assert caught.value.key == "general.timezone"
    assert path.read_text(encoding="utf-8") == USER_FILE


def test_secrets_are_never_written(path: Path) -> None:
    data = read_data(path)
    data["accounts"] = [{"id": "w", "host": "h", "username": "u", "password": "hunter2"}]
    with pytest.raises(SaveError, match="keyring"):
        save_config(path, data)
    data = read_data(path)
    data["clients"][0]["name"] = "hunter2"
    with pytest.raises(SaveError, match="password"):
        save_config(path, data, secrets=["hunter2"])
    assert path.read_text(encoding="utf-8") == USER_FILE
    assert not list(path.parent.glob("*.tmp"))


def test_tomlkit_edits_keep_comments_and_lists_over_lines() -> None:
    text = '# mine\na = [\n  "x",  # first\n]\nc = 2  # keep\n\n[t]\nd = 1 # here\n'
    edited = edited_text(text, {"a": ["x"], "c": 3, "t": {"d": 1, "e": "new"}, "b": 1})
    assert edited is not None
    assert edited.startswith('# mine\na = [\n  "x",  # first\n]\nc = 3  # keep\n')
    assert "d = 1 # here" in edited
    assert 'e = "new"' in edited
    assert edited_text("a = [ broken", {"a": 1}) is None  # not TOML: the caller dumps anew


def test_new_file_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    config = save_config(path, {"config_version": 1, "general": {"timezone": "Asia/Bangkok"}})
    assert config.timezone == "Asia/Bangkok"
    assert path.read_text(encoding="utf-8").startswith(HEADER)
    assert not path.with_name("config.toml.bak").exists()
