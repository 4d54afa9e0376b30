"""The desktop's own do-not-disturb, so other apps' notifications are held too while in focus:
dunst through `dunstctl`, GNOME through the `show-banners` setting. Each saves the exact
prior value and puts it back; both are plain commands, so no library is needed."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess

from office_hours.i18n import tr
from office_hours.presence.base import Presence, PresenceError, Saved

COMMAND_TIMEOUT_S = 5.0
GNOME_SCHEMA = "org.gnome.desktop.notifications"
GNOME_KEY = "show-banners"


def _run(*argv: str) -> str:
    """stdout of a short command; PresenceError with its own words when it fails."""
    try:
        done = subprocess.run(
            argv, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False
        )
    except FileNotFoundError:
        raise PresenceError(tr("presence", "{cmd} is not installed").format(cmd=argv[0])) from None
    except subprocess.TimeoutExpired:
        raise PresenceError(
            tr("presence", "{cmd} did not answer within {s} s").format(
                cmd=argv[0], s=int(COMMAND_TIMEOUT_S)
            )
        ) from None
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise PresenceError(
            tr("presence", "{cmd} failed: {said}").format(
                cmd=" ".join(argv[:2]), said=said[-1] if said else f"exit {done.returncode}"
            )
        )
    return done.stdout.strip()


def _bool(text: str, what: str) -> bool:
    if text in ("true", "false"):
        return text == "true"
    raise PresenceError(tr("presence", "{what} answered {text!r}").format(what=what, text=text))


log = logging.getLogger(__name__)


class DunstDnd:
    """dunst's pause: notifications wait in its queue and show when it is unpaused."""

    name = "dunst"

    def __init__(self) -> None:
        self.label = tr("presence", "Desktop do-not-disturb (dunst)")

    def check(self) -> str | None:
        if shutil.which("dunstctl") is None:
            return tr("presence", "dunstctl is not installed")
        try:
            self._paused()
        except PresenceError as exc:  # dunstctl's own words are long: the log keeps them
            log.info("dunstctl is-paused: %s", exc)
            return tr("presence", "dunst is not running here")
        return None

    def _paused(self) -> bool:
        return _bool(_run("dunstctl", "is-paused"), "dunstctl is-paused")

    def prior(self) -> Saved:
        return {"paused": self._paused()}

    def engage(self) -> Saved:
        prior = self.prior()
        _run("dunstctl", "set-paused", "true")
        return prior

    def restore(self, saved: Saved) -> None:
        _run("dunstctl", "set-paused", "true" if saved.get("paused") else "false")


class GnomeBanners:
    """GNOME's "do not disturb" is the show-banners setting (notifications go to the list)."""

    name = "gnome"

    def __init__(self) -> None:
        self.label = tr("presence", "Desktop do-not-disturb (GNOME)")

    def check(self) -> str | None:
        if shutil.which("gsettings") is None:
            return tr("presence", "gsettings is not installed")
        try:
            schemas = _run("gsettings", "list-schemas").split()
        except PresenceError as exc:
            return str(exc)
        if GNOME_SCHEMA not in schemas:
            return tr("presence", "this desktop has no {schema} settings").format(
                schema=GNOME_SCHEMA
            )
        return None

    def _shown(self) -> bool:
        return _bool(_run("gsettings", "get", GNOME_SCHEMA, GNOME_KEY), "gsettings get")

    def prior(self) -> Saved:
        return {"show_banners": self._shown()}

    def engage(self) -> Saved:
        prior = self.prior()
        _run("gsettings", "set", GNOME_SCHEMA, GNOME_KEY, "false")
        return prior

    def restore(self, saved: Saved) -> None:
        value = "true" if saved.get("show_banners", True) else "false"
        _run("gsettings", "set", GNOME_SCHEMA, GNOME_KEY, value)


class NoDesktopDnd:
    """Stands in when this desktop has none we can drive, so the tray and `doctor` say so."""

    name = "desktop-dnd"

    def __init__(self) -> None:
        self.label = tr("presence", "Desktop do-not-disturb")

    def check(self) -> str | None:
        return tr(
            "presence",
            "none found: install dunst, or use GNOME; other desktops are not supported yet",
        )

    def engage(self) -> Saved:
        raise PresenceError(self.check() or "")

    def restore(self, saved: Saved) -> None:
        return None


def _is_gnome() -> bool:
    desktops = os.environ.get("XDG_CURRENT_DESKTOP", "").casefold().split(":")
    return any(d in ("gnome", "gnome-classic", "ubuntu", "unity", "pop") for d in desktops)


def desktop_targets() -> list[Presence]:
    """The desktop's do-not-disturb targets here: GNOME in a GNOME session, dunst where
    dunstctl is installed elsewhere (dunst runs under many window managers), else a stand-in that
    explains. Cheap: no command runs until check()."""
    targets: list[Presence] = []
    if _is_gnome():  # GNOME Shell shows the notifications there, never dunst
        targets.append(GnomeBanners())
    elif shutil.which("dunstctl") is not None:
        targets.append(DunstDnd())
    return targets or [NoDesktopDnd()]
