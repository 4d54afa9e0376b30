"""Slack and Matrix are optional extras: with their libraries missing nothing else breaks,
and `doctor` and the source's state name the extra to install."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from office_hours.config.load import parse_config
from office_hours.sources.state import StateKind
from office_hours.state_words import state_text

CONFIG = """config_version = 1
[general]
timezone = "UTC"
[slack]
enabled = true
[matrix]
enabled = true
homeserver = "http://127.0.0.1:9"
user_id = "@me:example.org"
"""


@pytest.fixture
def no_chat_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("slack_sdk", "nio"):
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError


@pytest.mark.usefixtures("no_chat_libraries")
def test_the_sources_say_which_extra_is_missing(tmp_path: Path) -> None:
    from office_hours.sources.registry import configured_sources

    config = parse_config(CONFIG, tmp_path / "config.toml")
    states = {s.name: s.check() for s in configured_sources(config, lambda *_: None, tmp_path)}
    assert {s.kind for s in states.values() if s} == {StateKind.MISSING_PACKAGE}
    texts = [state_text(s) for s in states.values() if s]
    assert any("pip install 'office-hours[slack]'" in t for t in texts), texts
    assert any("pip install 'office-hours[matrix]'" in t for t in texts), texts


@pytest.mark.usefixtures("no_chat_libraries")
def test_doctor_names_the_extras(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from office_hours import paths
    from office_hours.cli import doctor

    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(CONFIG, encoding="utf-8")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    out = io.StringIO()
    doctor.run_doctor(out)
    text = out.getvalue()
    assert "office-hours[slack]" in text, text
    assert "office-hours[matrix]" in text, text
    assert "Traceback" not in text
