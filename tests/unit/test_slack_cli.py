"""`office-hours account set-token slack`: the token goes to the keyring and nowhere else."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from helpers.memory_keyring import memory_keyring
from office_hours.cli import main


def test_set_token_reads_stdin_and_saves_to_the_keyring(home: Path) -> None:
    out = io.StringIO()
    with memory_keyring() as backend:
        code = main(["account", "set-token", "slack"], io.StringIO("xoxp-123-abc\n"), out)
        assert code == 0
        assert backend.secrets == {("office-hours", "slack"): "xoxp-123-abc"}
    assert "Saved the Slack token in the keyring." in out.getvalue()
    leaked = [p for p in home.rglob("*") if p.is_file() and b"xoxp-123-abc" in p.read_bytes()]
    assert leaked == []


@pytest.mark.parametrize(("service", "text"), [("slack", "\n"), ("telegram", "x\n")])
def test_set_token_refuses_empty_tokens_and_unknown_chats(
    home: Path, service: str, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with memory_keyring() as backend:
        assert main(["account", "set-token", service], io.StringIO(text), io.StringIO()) == 2
        assert backend.secrets == {}
    assert "office-hours:" in capsys.readouterr().err
