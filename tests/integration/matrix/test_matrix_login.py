"""`office-hours account matrix-login` and `doctor` against a real Synapse, with an
in-memory keyring: only the access token is kept, and problems read as plain words."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.memory_keyring import MemoryKeyring, memory_keyring
from matrix.synapse import SERVER_NAME, Synapse
from office_hours import paths
from office_hours.cli import main
from office_hours.cli.chat import cmd_matrix_login
from office_hours.cli.doctor import run_doctor
from office_hours.config.matrix import MatrixSettings
from office_hours.secrets import SERVICE
from office_hours.sources.matrix import MatrixSource

pytestmark = pytest.mark.integration
ALICE = f"@alice:{SERVER_NAME}"


@pytest.fixture(name="memory_keyring")
def _memory_keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def test_login_keeps_only_the_token(
    home: Path, synapse: Synapse, memory_keyring: MemoryKeyring
) -> None:
    out = io.StringIO()
    argv = ["account", "matrix-login", "--homeserver", synapse.base, "--user", ALICE]
    code = main(argv, stdin=io.StringIO("alicepw\n"), stdout=out)
    assert code == 0, out.getvalue()
    assert "the password was not kept" in out.getvalue()
    assert list(memory_keyring.secrets) == [(SERVICE, "matrix")]
    assert "alicepw" not in memory_keyring.secrets.values()
    settings = MatrixSettings(True, synapse.base, ALICE)
    assert MatrixSource(settings, lambda *_: None).check() is None  # reads the keyring


def test_wrong_password_saves_nothing(
    home: Path,
    synapse: Synapse,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cmd_matrix_login(synapse.base, ALICE, io.StringIO(), io.StringIO("wrong\n"))
    assert code == 1
    assert "login refused" in capsys.readouterr().err
    assert memory_keyring.secrets == {}


def test_no_token_says_which_command_to_run(
    synapse: Synapse, memory_keyring: MemoryKeyring
) -> None:
    from office_hours.state_words import state_text

    problem = MatrixSource(MatrixSettings(True, synapse.base, ALICE), lambda *_: None).check()
    assert problem is not None
    assert state_text(problem) == (
        "no password or token saved yet (office-hours account matrix-login)"
    )


def test_doctor_reports_matrix(home: Path, synapse: Synapse, memory_keyring: MemoryKeyring) -> None:
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        f'config_version = 1\n[matrix]\nenabled = true\nhomeserver = "{synapse.base}"\n'
        f'user_id = "{ALICE}"\n',
        encoding="utf-8",
    )
    memory_keyring.set_password(SERVICE, "matrix", "syt_revoked")
    out = io.StringIO()
    run_doctor(out)
    assert f"[PROBLEM] Matrix {ALICE} at {synapse.base}: login refused" in out.getvalue()
    assert cmd_matrix_login("", "", io.StringIO(), io.StringIO("alicepw\n")) == 0
    out = io.StringIO()
    run_doctor(out)
    assert f"[     ok] Matrix {ALICE} at {synapse.base}: connected" in out.getvalue()
