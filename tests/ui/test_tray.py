"""The tray: menu actions change the engine's mode; icon and tooltip show it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from office_hours.domain.model import Channel, Item, ModeKind
from office_hours.engine import Engine
from office_hours.ui.actions import ShellActions
from office_hours.ui.icons import mode_icon
from office_hours.ui.shell import POLL_MS, Shell
from office_hours.ui.tray import TrayIcon

pytestmark = pytest.mark.gui


@pytest.fixture
def tray(qtbot, engine: Engine):
    shell = Shell(engine)
    tray = TrayIcon(shell, ShellActions(shell))
    yield tray
    tray.dispose()


def image(mode: ModeKind, held: int = 0) -> QImage:
    return mode_icon(mode, held).pixmap(64, 64).toImage()


def opaque_mask(img: QImage) -> set[tuple[int, int]]:
    return {
        (x, y)
        for x in range(img.width())
        for y in range(img.height())
        if img.pixelColor(x, y).alpha() > 128
    }


def hue_family(color: QColor) -> str:
    r, g, b = color.red(), color.green(), color.blue()
    if max(r, g, b) - min(r, g, b) < 30:
        return "grey"
    return "green" if g > r and g > b else "purple" if b > g and r > g else "other"


def test_starts_by_the_schedule(tray: TrayIcon) -> None:
    assert tray.icon.toolTip().splitlines() == [
        "Office Hours",
        "Reachable until 18:00",
        "next batch 13:30 · 0 waiting",
    ]
    assert tray.actions.reachable.isChecked()
    assert not tray.focus_menu.menuAction().isChecked()


def test_focus_action_sets_mode_and_tooltip(tray: TrayIcon, engine: Engine) -> None:
    tray.actions.focus_for[25].trigger()
    mode = engine.mode()
    assert mode.kind is ModeKind.FOCUS
    assert mode.until == engine.clock() + timedelta(minutes=25)
    assert "Focus until 10:25" in tray.icon.toolTip()  # Berlin time, not UTC
    assert tray.focus_menu.menuAction().isChecked()
    assert not tray.actions.reachable.isChecked()
    assert tray.actions.header.text() == "Focus until 10:25 · next batch 13:30 · 0 waiting"


def test_focus_until_turned_off_then_reachable(tray: TrayIcon, engine: Engine) -> None:
    tray.actions.focus_open.trigger()
    assert engine.mode().kind is ModeKind.FOCUS
    assert engine.mode().until is None
    assert "Focus until you turn it off" in tray.icon.toolTip()
    tray.actions.reachable.trigger()
    assert engine.mode().kind is ModeKind.REACHABLE
    assert tray.actions.reachable.isChecked()


def test_off_hours_tooltip_names_the_next_day(tray: TrayIcon, engine: Engine, clock) -> None:
    clock.advance(hours=10)  # Wednesday 20:00 in Berlin
    tray.shell.refresh()
    assert "Off hours until Thu 09:00" in tray.icon.toolTip()
    assert tray.actions.off_hours.isChecked()


def test_clicking_the_popped_menu(qtbot, tray: TrayIcon, engine: Engine) -> None:
    menu = tray.menu
    menu.popup(QPoint(10, 10))
    qtbot.waitUntil(menu.isVisible)
    focus_action = tray.focus_menu.menuAction()
    qtbot.mouseClick(
        menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(focus_action).center()
    )
    qtbot.waitUntil(tray.focus_menu.isVisible)
    fifty = tray.actions.focus_for[50]
    qtbot.mouseClick(
        tray.focus_menu,
        Qt.MouseButton.LeftButton,
        pos=tray.focus_menu.actionGeometry(fifty).center(),
    )
    assert engine.mode().kind is ModeKind.FOCUS
    assert "Focus until 10:50" in tray.icon.toolTip()

    menu.popup(QPoint(10, 10))
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(
        menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(tray.actions.reachable).center()
    )
    assert engine.mode().kind is ModeKind.REACHABLE
    assert not menu.isVisible()


def test_menu_lists_the_commands(tray: TrayIcon) -> None:
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts[1:] == [
        "Reachable",
        "Focus",
        "Off hours",
        "Log a call…",
        "Weekly report…",
        "Digest…",
        "Release held items now",
        "Settings…",
        "Start at login",
        "Quit",
    ]
    assert [a.text() for a in tray.focus_menu.actions()] == [
        "25 min",
        "50 min",
        "90 min",
        "Until I turn it off",
    ]
    assert not tray.actions.header.isEnabled()  # a status line, not a command


def test_icons_differ_by_colour_and_shape(qtbot) -> None:
    images = {mode: image(mode) for mode in ModeKind}
    assert hue_family(images[ModeKind.REACHABLE].pixelColor(10, 32)) == "green"
    assert hue_family(images[ModeKind.FOCUS].pixelColor(32, 14)) == "purple"
    assert hue_family(images[ModeKind.OFF_HOURS].pixelColor(14, 40)) == "grey"
    masks = {mode: opaque_mask(img) for mode, img in images.items()}
    modes = list(ModeKind)
    for i, a in enumerate(modes):
        for b in modes[i + 1 :]:
            # Shapes, not just colours: at least 10% of the pixels differ in coverage.
            assert len(masks[a] ^ masks[b]) > 0.10 * 64 * 64, (a, b)


def test_tray_icon_follows_the_mode(qtbot, tray: TrayIcon) -> None:
    def current() -> QImage:
        return tray.icon.icon().pixmap(64, 64).toImage()

    reachable = current()
    tray.actions.focus_for[90].trigger()
    focus = current()
    tray.actions.off_hours.trigger()
    off = current()
    assert reachable != focus
    assert focus != off
    assert reachable != off
    assert focus == image(ModeKind.FOCUS)


def test_held_items_show_a_badge_and_count(qtbot, tray: TrayIcon, engine: Engine) -> None:
    tray.actions.focus_for[50].trigger()
    now = engine.clock()
    # Unknown senders: three from one client would count as repeated contact and break through.
    engine.ingest(
        [
            Item("test", str(n), Channel.EMAIL, f"p{n}@example.org", f"Question {n}", now)
            for n in range(3)
        ]
    )
    tray.shell.refresh()
    assert "· 3 waiting" in tray.icon.toolTip()
    badged = tray.icon.icon().pixmap(64, 64).toImage()
    corner = badged.pixelColor(56, 14)
    assert corner.red() > 180, corner.name()  # the red badge
    assert corner.green() < 100, corner.name()
    plain = image(ModeKind.FOCUS)
    assert plain.pixelColor(56, 14) != corner


def test_timer_wakes_at_the_next_transition(qtbot, tray: TrayIcon, engine: Engine, clock) -> None:
    shell = tray.shell
    assert shell._timer.isActive()
    assert shell._timer.interval() == POLL_MS
    engine.set_mode(ModeKind.FOCUS, until=clock() + timedelta(seconds=0.3))
    shell.refresh()
    assert 300 <= shell._timer.interval() <= 400  # not the 30 s poll
    clock.advance(seconds=1)
    with qtbot.waitSignal(shell.status_changed, timeout=2000) as blocker:
        pass
    status = blocker.args[0]
    assert status.mode.kind is ModeKind.REACHABLE
    assert tray.icon.toolTip().splitlines()[1] == "Reachable until 18:00"


def test_a_failed_mode_change_is_reported_not_raised(qtbot, tray: TrayIcon, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise ValueError("the end of that mode is already in the past")

    monkeypatch.setattr(tray.shell.engine, "set_mode", refuse)
    with qtbot.waitSignal(tray.shell.message_requested) as blocker:
        tray.actions.focus_for[25].trigger()
    assert blocker.args == [
        "Could not change the mode",
        "the end of that mode is already in the past",
    ]


def test_a_left_click_opens_the_menu(qtbot, tray: TrayIcon) -> None:
    tray.icon.activated.emit(tray.icon.ActivationReason.Trigger)
    qtbot.waitUntil(tray.menu.isVisible)
    tray.menu.hide()


def test_a_saturday_with_nothing_held_names_no_batch(qtbot, engine: Engine, clock) -> None:
    """Off hours, nothing waiting: no "next batch 10:00" on a Saturday, when no batch runs."""
    from office_hours.ui.status_text import summary_line

    clock.advance(days=3)  # Saturday 21 November, 10:00 in Berlin
    status = engine.status()
    assert status.mode.kind is ModeKind.OFF_HOURS
    assert status.held == 0
    assert "batch" not in summary_line(status)
    assert summary_line(status) == "Off hours until Mon 09:00 · 0 waiting"


def test_focus_lengths_and_modes_are_radio_items(qtbot, engine: Engine) -> None:
    """One length excludes the others: an exclusive group (drawn as radio items), the
    chosen length checked while in focus, none once focus ends."""
    from PySide6.QtGui import QActionGroup

    actions = ShellActions(Shell(engine))
    group = actions.focus_group
    assert group.isExclusive()
    assert group.exclusionPolicy() is QActionGroup.ExclusionPolicy.ExclusiveOptional
    assert set(group.actions()) == set(actions.focus_actions())
    assert set(actions.mode_group.actions()) == {actions.reachable, actions.off_hours}
    actions.focus_for[50].trigger()
    assert engine.mode().kind is ModeKind.FOCUS
    assert [a.isChecked() for a in actions.focus_actions()] == [False, True, False, False]
    actions.focus_for[25].trigger()
    assert [a.isChecked() for a in actions.focus_actions()] == [True, False, False, False]
    actions.reachable.trigger()
    assert engine.mode().kind is ModeKind.REACHABLE
    assert not any(a.isChecked() for a in actions.focus_actions())
    assert actions.reachable.isChecked()
    assert not actions.off_hours.isChecked()
