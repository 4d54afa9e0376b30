"""The running shell follows its config: source states are data rendered in the interface's
language (every kind has a Thai phrase), a new language retranslates the tray menu and the
open windows, and the file watcher applies edits (also an editor's rename) and explains an
invalid one without replacing the running config."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from office_hours.config import load_config
from office_hours.engine import Engine
from office_hours.i18n import switch_language
from office_hours.sources.state import SourceState, StateKind
from office_hours.state_words import PHRASES, state_line, state_text

THAI = re.compile("[\u0e00-\u0e7f]")
pytestmark = pytest.mark.gui


@pytest.fixture
def thai(qapp):  # type: ignore[no-untyped-def]
    """The Thai catalogue installed in the test's QApplication, English again after."""
    assert switch_language("th")
    yield
    switch_language("en")


def test_every_state_kind_reads_in_thai(thai) -> None:  # type: ignore[no-untyped-def]
    assert set(PHRASES) == set(StateKind)
    for kind in StateKind:
        english = PHRASES[kind]
        shown = state_text(SourceState(kind, retry_at=20.0), now=0.0)
        assert THAI.search(shown), f"{kind}: {shown!r} is not in Thai"
        assert english not in shown, f"{kind} is still English: {shown!r}"
        assert "20" in shown  # the next try
    line = state_line("Slack", SourceState(StateKind.CONNECTED, "me in Team"))
    assert line == "Slack: เชื่อมต่อแล้ว (me in Team)"


def test_a_thai_tray_shows_every_source_line_in_thai(qtbot, engine: Engine, thai) -> None:  # type: ignore[no-untyped-def]
    from office_hours.ui.tray_app import TrayApp

    app = TrayApp(engine, None, wait_s=0, send=lambda t, b: None, tray_available=lambda: True)
    app.start()
    try:
        states = {f"src{n}": (f"Source {n}", SourceState(kind)) for n, kind in enumerate(StateKind)}
        states["imap:work"] = ("Mail work", SourceState(StateKind.CONNECTED, "2 folders"))
        states["desktop"] = ("Desktop notifications", SourceState(StateKind.WATCHING))
        app.show_source_states(states)
        assert app.host.tray is not None
        lines = [a.text() for a in app.host.tray.account_actions.values()]
        assert len(lines) == len(states)
        for line in lines:
            assert THAI.search(line.split(": ", 1)[1]), f"untranslated state line: {line!r}"
        assert "อีเมล work: เชื่อมต่อแล้ว (2 folders)" in lines
        assert "การแจ้งเตือนบนเดสก์ท็อป: กำลังเฝ้าดู" in lines
    finally:
        app.dispose()


def _write(path: Path, text: str) -> None:
    """As an editor saves: a new file renamed over the old one."""
    tmp = path.with_suffix(".swp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def test_the_watcher_applies_edits_and_explains_a_broken_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from office_hours.ui.config_watch import ConfigWatcher

    path = tmp_path / "config.toml"
    path.write_text('config_version = 1\n[general]\ntimezone = "UTC"\n', encoding="utf-8")
    watcher = ConfigWatcher(path)
    changed: list[object] = []
    failed: list[object] = []
    watcher.changed.connect(changed.append)
    watcher.failed.connect(failed.append)

    _write(path, 'config_version = 1\n[general]\ntimezone = "Asia/Bangkok"\n')
    qtbot.waitUntil(lambda: len(changed) == 1, timeout=2_000)
    assert changed[0].timezone == "Asia/Bangkok"  # type: ignore[attr-defined]

    _write(path, 'config_version = 1\n[general]\ntimezone = "Mars/Olympus"\n')  # renamed again
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=2_000)
    assert "line 3" in str(failed[0])
    assert str(path) in str(failed[0])

    path.write_text('config_version = 1\n[general]\ntimezone = "Europe/Moscow"\n')  # in place
    qtbot.waitUntil(lambda: len(changed) == 2, timeout=2_000)
    assert changed[1].timezone == "Europe/Moscow"  # type: ignore[attr-defined]

    path.unlink()  # between an editor's delete and its rename: waited for, never replaced
    watcher.reload()
    assert not path.exists()
    assert len(changed) == 2


def test_a_published_config_reaches_the_shell_and_a_new_language_the_menu(
    qtbot, engine: Engine, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from office_hours.ui.tray_app import TrayApp

    app = TrayApp(engine, None, wait_s=0, send=lambda t, b: None, tray_available=lambda: True)
    app.start()
    try:
        assert app.host.tray is not None
        assert app.host.actions.log_call.text() == "Log a call…"
        app.shell.weekly_report()
        report = app.shell.window("report")
        path = engine.config.path
        text = path.read_text(encoding="utf-8") if path.exists() else "config_version = 1\n"
        if "[general]" not in text:
            text += '\n[general]\ntimezone = "UTC"\n'
        text = re.sub(r"(?m)^language = .*\n", "", text)
        text = text.replace("[general]\n", '[general]\nlanguage = "ru"\n', 1)
        path.write_text(text, encoding="utf-8")
        app.shell.apply_config(load_config(path))
        assert app.host.actions.log_call.text() == "Записать звонок…"
        assert app.host.tray.focus_menu.title() != "Focus"
        new_report = app.shell.window("report")
        assert new_report is not None
        assert new_report is not report  # built again, in Russian
    finally:
        switch_language("en")
        app.dispose()
