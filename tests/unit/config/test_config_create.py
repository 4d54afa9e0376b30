"""Creating the default config when several processes start at once (issue 14): nobody's
file is overwritten, every loser reads the winner's file, and no temp file is shared."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from office_hours.config import files, load_config
from office_hours.config.files import atomic_write, create_if_absent


def test_a_file_created_meanwhile_is_read_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process writes its config between our `exists()` check and our write."""
    path = tmp_path / "office-hours" / "config.toml"
    from office_hours.config import defaults

    real = defaults.default_text

    def winner_first(tz: str) -> str:
        text = real(tz)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace('language = "en"', 'language = "ru"'), encoding="utf-8")
        return text

    monkeypatch.setattr(defaults, "default_text", winner_first)
    config = load_config(path)
    assert config.language == "ru"  # the winner's file, as it wrote it
    assert 'language = "ru"' in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.toml"]


def test_create_if_absent_has_one_winner_among_threads(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    start = threading.Barrier(16)
    won: list[int] = []
    errors: list[BaseException] = []

    def contender(n: int) -> None:
        start.wait()
        try:
            if create_if_absent(path, f"writer = {n}\n" + "x" * 100_000):
                won.append(n)
        except BaseException as exc:  # pragma: no cover - the failure this test looks for
            errors.append(exc)

    threads = [threading.Thread(target=contender, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors
    assert len(won) == 1
    assert path.read_text().startswith(f"writer = {won[0]}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_temp_names_are_unique_within_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two threads of one process (the settings dialog and a source saving a cursor) used
    the same pid-named temp file; each write now has its own, created 0600."""
    seen: list[str] = []
    real = files._write_temp

    def spy(path: Path, text: str) -> Path:
        tmp = real(path, text)
        seen.append(tmp.name)
        assert stat.S_IMODE(os.stat(tmp).st_mode) == 0o600
        return tmp

    monkeypatch.setattr(files, "_write_temp", spy)
    target = tmp_path / "config.toml"
    atomic_write(target, "a = 1\n")
    atomic_write(target, "a = 2\n")
    assert len(set(seen)) == 2
    assert target.read_text() == "a = 2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]
