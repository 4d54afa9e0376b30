"""Which do-not-disturb each desktop gets, and which of them hold the app's own
notifications (only dunst: GNOME, XFCE and Plasma still show critical ones)."""

from __future__ import annotations

import pytest

from office_hours.presence import desktop
from office_hours.presence.desktop import (
    DunstDnd,
    GnomeBanners,
    KdeInhibit,
    NoDesktopDnd,
    XfceDnd,
    desktop_targets,
    holds_own_notifications,
)


@pytest.mark.parametrize(
    ("session", "dunst", "kind"),
    [
        ("ubuntu:GNOME", True, GnomeBanners),
        ("KDE", True, KdeInhibit),
        ("XFCE", True, XfceDnd),
        ("i3", True, DunstDnd),
        ("", False, NoDesktopDnd),
    ],
)
def test_each_desktop_gets_its_own(
    monkeypatch: pytest.MonkeyPatch, session: str, dunst: bool, kind: type
) -> None:
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", session)
    monkeypatch.setattr(desktop.shutil, "which", lambda tool: f"/usr/bin/{tool}" if dunst else None)
    assert [type(t) for t in desktop_targets()] == [kind]


def test_dunst_holds_ours_while_engaged_and_not_after(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, ...]] = []

    def run(*argv: str) -> str:
        calls.append(argv)
        return "false"

    monkeypatch.setattr(desktop, "_run", run)
    target = DunstDnd()
    saved = target.engage()
    assert holds_own_notifications()
    target.restore(saved)
    assert not holds_own_notifications()
    assert calls[-1] == ("dunstctl", "set-paused", "false")


def test_gnome_never_holds_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desktop, "_run", lambda *argv: "true")
    GnomeBanners().engage()
    assert not holds_own_notifications()  # critical ones still show with banners off
