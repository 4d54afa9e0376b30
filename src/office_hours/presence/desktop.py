"""The desktop's own do-not-disturb, so other apps' notifications are held too while in focus:
dunst through `dunstctl`, GNOME through the `show-banners` setting, XFCE through xfconf's
`/do-not-disturb`, KDE Plasma through the Notifications Inhibit call. Each saves the exact
prior value and puts it back.

What still comes through differs, and the notifier must know it: GNOME, XFCE
(xfce4-notifyd 0.7) and Plasma still show critical-urgency notifications, so a break-through
sent as critical is seen, and while one of them is quieted (QUIETING) a batch summary is sent
as critical too. dunst's pause holds everything, ours too, and Debian 12's dunst
(1.9.0) has no pause levels to exempt us: while the app holds dunst, the notifier shows its
own small popup instead."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from typing import Any

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


class _Holding:
    """Which engaged targets hold the app's OWN notifications too (dunst's pause). The
    notifier asks on its worker thread; targets change it on the presence thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._names: set[str] = set()

    def set(self, name: str, holding: bool) -> None:
        with self._lock:
            (self._names.add if holding else self._names.discard)(name)

    def around(self, name: str, on: bool, change: Callable[[], object]) -> None:
        """Make the desktop `change`: flagged before it holds (a notice racing it takes
        the way that is still seen), unflagged only once it shows them again."""
        if on:
            self.set(name, True)
            try:
                change()
            except BaseException:
                self.set(name, False)
                raise
        else:
            change()
            self.set(name, False)

    def __bool__(self) -> bool:
        with self._lock:
            return bool(self._names)


HOLDING = _Holding()
# Engaged targets that hold ordinary popups but show critical ones (GNOME, XFCE, Plasma):
# a batch summary, which the user agreed to see, is sent as critical while one is engaged.
QUIETING = _Holding()


def holds_own_notifications() -> bool:
    """True while a target the app engaged would hold the app's own notifications."""
    return bool(HOLDING)


def quiets_normal_notifications() -> bool:
    """True while a target the app engaged holds normal-urgency notifications."""
    return bool(QUIETING)


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
        # Flagged first: a break-through racing this must use the popup.
        HOLDING.around(self.name, True, lambda: _run("dunstctl", "set-paused", "true"))
        return prior

    def restore(self, saved: Saved) -> None:
        paused = "true" if saved.get("paused") else "false"
        HOLDING.around(self.name, False, lambda: _run("dunstctl", "set-paused", paused))


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
        QUIETING.around(
            self.name, True, lambda: _run("gsettings", "set", GNOME_SCHEMA, GNOME_KEY, "false")
        )
        return prior

    def restore(self, saved: Saved) -> None:
        value = "true" if saved.get("show_banners", True) else "false"
        QUIETING.around(
            self.name, False, lambda: _run("gsettings", "set", GNOME_SCHEMA, GNOME_KEY, value)
        )


XFCE_CHANNEL = "xfce4-notifyd"
XFCE_PROPERTY = "/do-not-disturb"


class XfceDnd:
    """xfce4-notifyd's do-not-disturb, an xfconf property; it still shows critical ones.
    The property may not exist yet (never toggled): then restoring removes it again."""

    name = "xfce"

    def __init__(self) -> None:
        self.label = tr("presence", "Desktop do-not-disturb (XFCE)")

    def check(self) -> str | None:
        if shutil.which("xfconf-query") is None:
            return tr("presence", "xfconf-query is not installed")
        try:
            self.prior()
        except PresenceError as exc:
            log.info("xfconf-query: %s", exc)
            return tr("presence", "the XFCE settings service does not answer")
        return None

    def prior(self) -> Saved:
        argv = ("xfconf-query", "-c", XFCE_CHANNEL, "-p", XFCE_PROPERTY)
        try:
            done = subprocess.run(
                argv, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PresenceError(str(exc)) from None
        if done.returncode != 0:
            if "does not exist" in done.stderr:
                return {"dnd": None}
            raise PresenceError((done.stderr or done.stdout).strip() or f"exit {done.returncode}")
        return {"dnd": _bool(done.stdout.strip(), "xfconf-query")}

    def engage(self) -> Saved:
        prior = self.prior()
        QUIETING.around(self.name, True, lambda: self._set(True))
        return prior

    def _set(self, on: bool) -> None:
        _run(
            "xfconf-query", "-c", XFCE_CHANNEL, "-p", XFCE_PROPERTY,
            "-n", "-t", "bool", "-s", "true" if on else "false",
        )  # fmt: skip

    def restore(self, saved: Saved) -> None:
        QUIETING.around(self.name, False, lambda: self._put_back(saved))

    def _put_back(self, saved: Saved) -> None:
        before = saved.get("dnd")
        if before is None:  # it did not exist: remove it, as it was
            _run("xfconf-query", "-c", XFCE_CHANNEL, "-p", XFCE_PROPERTY, "-r")
        else:
            self._set(bool(before))


NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
INHIBIT_TIMEOUT_S = 5.0


class KdeInhibit:
    """KDE Plasma: org.freedesktop.Notifications.Inhibit turns Plasma's do-not-disturb on
    for as long as the inhibiting D-Bus connection lives (Plasma drops it when the caller
    goes away), so the connection is kept open while in focus. Plasma still shows critical
    notifications in do-not-disturb by default. A kill ends the connection, and with it the
    inhibition: the user's prior state comes back by itself."""

    name = "kde"

    def __init__(self) -> None:
        self.label = tr("presence", "Desktop do-not-disturb (KDE Plasma)")
        self._conn: Any = None
        self._cookie: int | None = None

    def _call(self, conn: Any, method: str, signature: str, *args: object) -> tuple[Any, ...]:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        address = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS, interface=NOTIFICATIONS)
        msg = new_method_call(address, method, signature, args or None)
        try:
            return tuple(unwrap_msg(conn.send_and_get_reply(msg, timeout=INHIBIT_TIMEOUT_S)))
        except Exception as exc:  # DBusErrorResponse, timeouts: plain words for the tray
            raise PresenceError(
                tr("presence", "the notification service refused {call}: {error}").format(
                    call=method, error=exc
                )
            ) from None

    def _connect(self) -> Any:
        from jeepney.io.blocking import open_dbus_connection

        try:
            return open_dbus_connection(bus="SESSION")
        except Exception as exc:
            raise PresenceError(
                tr("presence", "no session bus: {error}").format(error=exc)
            ) from None

    def _inhibited(self, conn: Any) -> bool:
        from jeepney import DBusAddress, Properties

        address = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS, interface=NOTIFICATIONS)
        try:
            reply = conn.send_and_get_reply(
                Properties(address).get("Inhibited"), timeout=INHIBIT_TIMEOUT_S
            )
            from jeepney.wrappers import unwrap_msg

            return bool(unwrap_msg(reply)[0][1])
        except Exception as exc:
            raise PresenceError(
                tr("presence", "the notification service has no Inhibit: {error}").format(error=exc)
            ) from None

    def check(self) -> str | None:
        try:
            conn = self._conn or self._connect()
            try:
                self._inhibited(conn)
            finally:
                if conn is not self._conn:
                    conn.close()
        except PresenceError as exc:
            return str(exc)
        return None

    def prior(self) -> Saved:
        conn = self._connect()
        try:
            return {"inhibited": self._inhibited(conn)}
        finally:
            conn.close()

    def engage(self) -> Saved:
        conn = self._conn or self._connect()
        QUIETING.set(self.name, True)
        try:
            prior = {"inhibited": self._inhibited(conn)}
            (cookie,) = self._call(
                conn, "Inhibit", "ssa{sv}", "office-hours", tr("presence", "Focus"), {}
            )
        except PresenceError:
            QUIETING.set(self.name, False)
            if conn is not self._conn:
                conn.close()
            raise
        self._conn, self._cookie = conn, int(cookie)
        return prior

    def restore(self, saved: Saved) -> None:
        """Lift our own inhibition; one the user or another app set stays (it was there
        before: `saved`). After a kill there is none of ours left to lift."""
        conn, cookie = self._conn, self._cookie
        self._conn, self._cookie = None, None
        if conn is None or cookie is None:
            QUIETING.set(self.name, False)
            return
        try:
            self._call(conn, "UnInhibit", "u", cookie)
        finally:
            conn.close()  # closing alone also lifts it in Plasma
            QUIETING.set(self.name, False)


class NoDesktopDnd:
    """Stands in when this desktop has none we can drive, so the tray and `doctor` say so."""

    name = "desktop-dnd"

    def __init__(self) -> None:
        self.label = tr("presence", "Desktop do-not-disturb")

    def check(self) -> str | None:
        return tr(
            "presence",
            "none found: install dunst, or use GNOME, KDE Plasma or XFCE",
        )

    def engage(self) -> Saved:
        raise PresenceError(self.check() or "")

    def restore(self, saved: Saved) -> None:
        return None


def _desktops() -> list[str]:
    return os.environ.get("XDG_CURRENT_DESKTOP", "").casefold().split(":")


def _is_gnome() -> bool:
    return any(d in ("gnome", "gnome-classic", "ubuntu", "unity", "pop") for d in _desktops())


def desktop_targets() -> list[Presence]:
    """The desktop's do-not-disturb targets here: GNOME, KDE Plasma or XFCE in their own
    sessions (their shells show the notifications), dunst where dunstctl is installed
    elsewhere (dunst runs under many window managers), else a stand-in that explains.
    Cheap: no command runs until check()."""
    targets: list[Presence] = []
    desktops = _desktops()
    if _is_gnome():  # GNOME Shell shows the notifications there, never dunst
        targets.append(GnomeBanners())
    elif "kde" in desktops:
        targets.append(KdeInhibit())
    elif "xfce" in desktops:
        targets.append(XfceDnd())
    elif shutil.which("dunstctl") is not None:
        targets.append(DunstDnd())
    return targets or [NoDesktopDnd()]
