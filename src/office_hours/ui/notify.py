"""Desktop notifications: delivered items, break-throughs (critical) and release summaries.

On Linux they go over D-Bus directly (jeepney: urgency, the app icon, and the actions
Open / Not urgent / Remind me at the next batch); elsewhere through plyer. Sending can take
a while, so it runs on one worker thread, never the UI thread. If sending fails, the message
goes back to the UI thread (a queued signal) and the tray shows it instead.

While focus has paused a daemon that holds the app's own notifications too (dunst), a
break-through or a batch summary is shown in the app's own popup instead (ui/popup.py):
the emergency and the summary the user agreed to see are always seen. A break-through
stays "waiting" (the tray shows it) until the user acted on it or dismissed it.
"""

from __future__ import annotations

import html
import logging
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

from office_hours.domain.model import Client, DecisionKind
from office_hours.i18n import tr
from office_hours.storage.store import HeldItem, Release

log = logging.getLogger(__name__)

NOTIFY_KINDS = (DecisionKind.DELIVER, DecisionKind.BREAK_THROUGH)
TIMEOUT_S = 10
_TITLE_MAX = 120
_SUBJECT_MAX = 300

Send = Callable[[str, str], None]  # (title, markup-escaped body); raises when it cannot

OPEN, NOT_URGENT, REMIND, CLOSE = "open", "not-urgent", "remind", "close"


@dataclass(frozen=True, slots=True)
class Notice:
    """What to tell the user about one item, in plain text (escaping happens per target)."""

    title: str
    body: str
    critical: bool = False
    item_id: int | None = None  # a break-through: its actions act on this item
    summary: bool = False  # a batch summary: seen even while the daemon holds ours


def item_actions() -> list[tuple[str, str]]:
    """The actions of a break-through, as (key, label)."""
    return [
        (OPEN, tr("Notify", "Open")),
        (NOT_URGENT, tr("Notify", "Not urgent")),
        (REMIND, tr("Notify", "Remind me at the next batch")),
    ]


def summary_actions() -> list[tuple[str, str]]:
    return [(OPEN, tr("Notify", "Open the digest")), (CLOSE, tr("Notify", "Close"))]


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def notice_for(item: HeldItem, client: Client | None) -> Notice:
    """'ACME — Anna <anna@acme.com>' over the subject; break-throughs also say why."""
    sender = _one_line(item.sender, _TITLE_MAX)
    title = f"{client.name} — {sender}" if client else sender
    subject = _one_line(item.subject, _SUBJECT_MAX) or tr("Notify", "(no subject)")
    body = subject
    critical = item.decision is DecisionKind.BREAK_THROUGH
    if critical:
        body += "\n" + item.reason.render(tr)
    return Notice(_one_line(title, _TITLE_MAX), body, critical, item.item_id if critical else None)


def notice_for_release(release: Release) -> Notice:
    """One notice however many items came back: '7 waiting: ACME 4, Globex 2, unknown 1'."""
    title = tr("Notify", "Held items are back ({why})").format(why=release.reason.render(tr))
    body = _one_line(release.summary.render(tr), _SUBJECT_MAX)
    body += "\n" + tr("Notify", "Open the digest from the tray to go through them.")
    return Notice(_one_line(title, _TITLE_MAX), body, summary=True)


def plyer_send(title: str, body: str) -> None:
    """Imported on first use: plyer is slow to import and not needed at start-up."""
    from plyer import notification

    notification.notify(title=title, message=body, app_name="Office Hours", timeout=TIMEOUT_S)


def critical_send(title: str, body: str) -> None:
    """A critical notification (stays until dismissed on most desktops). plyer cannot set
    the urgency, so this uses notify-send where it exists, else plyer."""
    tool = shutil.which("notify-send")
    if tool is None:
        plyer_send(title, body)
        return
    subprocess.run(
        [tool, "--urgency=critical", "--app-name=Office Hours", "--", title, body],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
    )


APP_NAME = "Office Hours"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
URGENCY_NORMAL, URGENCY_CRITICAL = 1, 2
CLOSED_BY_USER = 2  # NotificationClosed's reason when the user dismissed it

OnDbusAction = Callable[[Notice, str], None]  # (the notice, OPEN/NOT_URGENT/REMIND/CLOSE)


def _app_icon() -> str:
    from office_hours.ui.icons import ICON_DIR

    return str(ICON_DIR / "office-hours.svg")


class DbusNotifications:
    """org.freedesktop.Notifications over jeepney: urgency hints, the app icon and actions.
    One connection, opened on first use, is kept: servers send ActionInvoked and
    NotificationClosed to the connection that sent the notification, so a listener
    thread reads them from the same router. `on_action` runs on that thread."""

    def __init__(self, on_action: OnDbusAction | None = None, bus: str = "SESSION") -> None:
        self.on_action = on_action
        self._bus = bus
        self._router: Any = None
        self._signals: Any = None
        self._lock = threading.Lock()  # the router
        # Held from the call until its id is recorded: a server may answer with
        # ActionInvoked before the listener could otherwise know the id.
        self._sent_lock = threading.Lock()
        self._sent: dict[int, Notice] = {}  # notification id -> notice, until closed

    def _connect(self) -> Any:
        with self._lock:
            if self._router is None:
                from jeepney import MatchRule, message_bus
                from jeepney.io.threading import DBusRouter, open_dbus_connection

                router = DBusRouter(open_dbus_connection(bus=self._bus))
                rule = MatchRule(type="signal", interface=NOTIFICATIONS, path=NOTIFICATIONS_PATH)
                router.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
                from queue import Queue

                signals: Queue[Any] = Queue()
                router.filter(rule, queue=signals)
                self._signals = signals
                threading.Thread(
                    target=self._listen, args=(signals,), name="notify actions", daemon=True
                ).start()
                self._router = router
            return self._router

    def send(self, notice: Notice) -> int:
        """Show `notice`; returns the server's id. Raises when there is no server."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        router = self._connect()
        actions: list[str] = []
        for key, label in item_actions() if notice.item_id is not None else []:
            actions += [key, label]
        hints: dict[str, tuple[str, Any]] = {
            "urgency": ("y", URGENCY_CRITICAL if notice.critical else URGENCY_NORMAL),
            "desktop-entry": ("s", "office-hours"),
        }
        address = DBusAddress(NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS, interface=NOTIFICATIONS)
        msg = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (
                APP_NAME,
                0,
                _app_icon(),
                notice.title,
                html.escape(notice.body, quote=False),  # the body may be read as markup
                actions,
                hints,
                -1 if notice.critical else TIMEOUT_S * 1000,
            ),
        )
        with self._sent_lock:
            (notification_id,) = unwrap_msg(router.send_and_get_reply(msg, timeout=TIMEOUT_S))
            self._sent[int(notification_id)] = notice
        return int(notification_id)

    def _listen(self, signals: Any) -> None:
        while (msg := signals.get()) is not None:  # None: closed
            member, body = msg.header.fields.get(3), msg.body  # 3: HeaderFields.member
            if not body:
                continue
            with self._sent_lock:
                notice = self._sent.get(int(body[0]))
                if member == "NotificationClosed":
                    self._sent.pop(int(body[0]), None)
            if notice is None or self.on_action is None:
                continue
            if member == "ActionInvoked":
                self.on_action(notice, str(body[1]))
            elif member == "NotificationClosed" and body[1] == CLOSED_BY_USER:
                self.on_action(notice, CLOSE)

    def close(self) -> None:
        with self._lock:
            router, self._router = self._router, None
        if router is not None:
            self._signals.put(None)
            router.close()


class _SendJob(QRunnable):
    def __init__(
        self,
        send: Send,
        notice: Notice,
        failed: SignalInstance,
        done: SignalInstance | None = None,
        token: int = 0,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__()
        self._send, self._notice, self._failed = send, notice, failed
        self._done, self._token = done, token
        self._notifier = notifier

    def run(self) -> None:
        notifier, notice = self._notifier, self._notice
        try:
            if notifier is not None and notifier.held_by_desktop(notice):
                notifier.popup_requested.emit(notice)  # queued: the popup is made on the UI
                return self._told()
            send = self._send
            if notifier is not None and notifier.pierces_quiet(notice):
                notice = replace(notice, critical=True)
                send = notifier.send_critical
            if notifier is not None and notifier.dbus is not None:
                notifier.dbus.send(notice)
            else:
                send(notice.title, html.escape(notice.body))
        except Exception as exc:  # any failure (ImportError, NotImplementedError...): fall back
            log.warning("desktop notification failed, using the tray instead: %r", exc)
            self._failed.emit(notice.title, notice.body)
        self._told()

    def _told(self) -> None:
        if self._done is not None:  # told, one way or the other
            self._done.emit(self._token)


def default_dbus() -> DbusNotifications | None:
    """The D-Bus path on Linux (and the BSDs); None elsewhere, where plyer stays."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return DbusNotifications()
    return None


def _holds_own() -> bool:
    from office_hours.presence.desktop import holds_own_notifications

    return holds_own_notifications()


def _quiets() -> bool:
    from office_hours.presence.desktop import quiets_normal_notifications

    return quiets_normal_notifications()


class Notifier(QObject):
    """Turns decided items into notifications, honouring config.notifications."""

    failed = Signal(str, str)  # title, plain body: emitted from the worker thread
    release_told = Signal(int)  # release id, once sent (or shown in the tray instead)
    fallback_shown = Signal(str, str)
    popup_requested = Signal(object)  # Notice: from the worker thread, shown on the UI thread
    acted = Signal(object, str)  # Notice, action: from the popup or the D-Bus listener
    waiting_changed = Signal(str)  # the oldest unseen break-through's title, or ""
    open_requested = Signal(int)  # an item id (0: a summary): the tray opens the digest
    not_urgent_requested = Signal(int)  # an item id: the tray teaches the rule (engine)

    def __init__(
        self,
        enabled: bool,
        clients: Iterable[Client],
        show_fallback: Callable[[str, str], None],
        send: Send = plyer_send,
        parent: QObject | None = None,
        send_critical: Send | None = None,
        dbus: DbusNotifications | None = None,
        holds_own: Callable[[], bool] = _holds_own,
        quiets: Callable[[], bool] = _quiets,
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._clients: Mapping[str, Client] = {c.client_id: c for c in clients}
        self._show_fallback = show_fallback
        self._send = send
        self._send_critical = send_critical or send
        self.dbus = dbus
        if dbus is not None:
            dbus.on_action = self.acted.emit  # queued to us: the listener is another thread
        self._holds_own = holds_own
        self._quiets = quiets
        self.waiting: dict[int, Notice] = {}  # unseen break-throughs, oldest first
        self.reminders: list[Notice] = []  # told again with the next batch summary
        self.popups: list[QObject] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one at a time, in arrival order
        self.failed.connect(self._on_failed)  # queued: we live on the UI thread
        self.popup_requested.connect(self._show_popup)
        self.acted.connect(self.act)

    def held_by_desktop(self, notice: Notice) -> bool:
        """Would the desktop hold this one now? Only what must be seen is asked about."""
        return (notice.critical or notice.summary) and self._holds_own()

    def pierces_quiet(self, notice: Notice) -> bool:
        """A batch summary while the desktop's own do-not-disturb (GNOME, XFCE, Plasma) holds
        ordinary popups: it goes as critical, which those desktops still show."""
        return notice.summary and not notice.critical and self._quiets()

    @property
    def send_critical(self) -> Send:
        return self._send_critical

    def notify_items(self, items: Iterable[HeldItem]) -> int:
        """Queue a notification per delivered or break-through item; returns how many."""
        if not self.enabled:
            return 0
        count = 0
        for item in items:
            if item.decision in NOTIFY_KINDS:
                notice = notice_for(item, self._clients.get(item.client_id))
                send = self._send_critical if notice.critical else self._send
                self.pool.start(_SendJob(send, notice, self.failed, notifier=self))
                if notice.item_id is not None:
                    self.waiting[notice.item_id] = notice
                    self._waiting_changed()
                count += 1
        return count

    def notify_release(self, release: Release) -> bool:
        """The one summary of a release; `release_told` follows once it went out. False when
        notifications are off (the tray's count still shows what came back)."""
        if not self.enabled:
            return False
        notice = notice_for_release(release)
        if self.reminders:  # "Remind me at the next batch": this is that batch
            lines = [
                tr("Notify", "Reminder: {title}").format(title=n.title) for n in self.reminders
            ]
            notice = Notice(notice.title, notice.body + "\n" + "\n".join(lines), summary=True)
            self.reminders.clear()
        job = _SendJob(
            self._send, notice, self.failed, self.release_told, release.release_id, notifier=self
        )
        self.pool.start(job)
        return True

    def notify(self, title: str, body: str) -> bool:
        """One plain-text notice (e.g. "the weekly report is ready"); False when disabled."""
        if not self.enabled:
            return False
        self.pool.start(_SendJob(self._send, Notice(title, body), self.failed, notifier=self))
        return True

    @Slot(object, str)
    def act(self, notice: Notice, action: str) -> None:
        """The user answered a notice (popup button, notification action, tray entry)."""
        if notice.item_id is not None:
            if action == NOT_URGENT:
                self.not_urgent_requested.emit(notice.item_id)
            elif action == REMIND:
                self.reminders.append(notice)
            self.seen(notice.item_id)
        if action == OPEN:
            self.open_requested.emit(notice.item_id or 0)

    def seen(self, item_id: int) -> None:
        if self.waiting.pop(item_id, None) is not None:
            self._waiting_changed()

    def open_waiting(self) -> None:
        """The tray's first entry: open the oldest waiting break-through."""
        if self.waiting:
            self.act(next(iter(self.waiting.values())), OPEN)

    def _waiting_changed(self) -> None:
        first = next(iter(self.waiting.values()), None)
        self.waiting_changed.emit(first.title if first is not None else "")

    @Slot(object)
    def _show_popup(self, notice: Notice) -> None:
        from office_hours.ui.popup import Popup

        actions = item_actions() if notice.item_id is not None else summary_actions()
        popup = Popup(notice.title, notice.body, actions, lambda key: self.act(notice, key))
        popup.destroyed.connect(lambda *_: self._forget_popup(popup))
        below = sum(p.height() + 8 for p in self.popups if isinstance(p, Popup))
        self.popups.append(popup)
        popup.show_at(below)

    def _forget_popup(self, popup: QObject) -> None:
        if popup in self.popups:
            self.popups.remove(popup)

    @Slot(str, str)
    def _on_failed(self, title: str, body: str) -> None:
        self._show_fallback(title, body)
        self.fallback_shown.emit(title, body)

    def shutdown(self, wait_ms: int = 2000) -> None:
        self.pool.clear()
        self.pool.waitForDone(wait_ms)
        if self.dbus is not None:
            self.dbus.close()
        for popup in list(self.popups):
            popup.deleteLater()
        self.popups.clear()
