"""Linux: other apps' desktop notifications, seen by monitoring the session bus.

A dedicated jeepney connection calls BecomeMonitor for Notify calls (QtDBus cannot send the
uint32 it needs), reads them with blocking I/O in this source's own thread, and hands the
ones a client's rules name to the sink. The other app already showed its notification, so
these batches are counted, never notified again. jeepney is imported only here.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from office_hours.domain.matching import DESKTOP_SOURCE, ClientIndex
from office_hours.domain.model import Client
from office_hours.i18n import tr
from office_hours.sources.base import Batch, Sink, StateReport
from office_hours.sources.notifications import decode_notify, to_item, wanted
from office_hours.sources.state import SourceState, StateKind, backoff_delay

if TYPE_CHECKING:
    from office_hours.config.load import DesktopSettings

log = logging.getLogger(__name__)

MATCH_RULE = "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"
CALL_TIMEOUT_S = 5.0
POLL_S = 0.5  # how often the reading thread looks at the stop flag
RETRY_BASE_S, RETRY_CAP_S = 1.0, 60.0


def session_bus_problem() -> str | None:
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if not address or address.startswith("disabled:"):
        return tr(
            "desktop",
            "no session bus (DBUS_SESSION_BUS_ADDRESS is unset): log in to a desktop session",
        )
    return None


def _become_monitor(timeout: float = CALL_TIMEOUT_S) -> Any:
    """A new session-bus connection that receives every Notify call on the bus."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(bus="SESSION")
    try:
        monitoring = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus.Monitoring",
        )
        call = new_method_call(monitoring, "BecomeMonitor", "asu", ([MATCH_RULE], 0))
        conn.send_and_get_reply(call, timeout=timeout)
    except BaseException:
        conn.close()
        raise
    return conn


def _bounded(call: Callable[[], Any], timeout: float) -> Any:
    """jeepney's Hello has no timeout: a bus that accepts but never answers would hang the
    caller, so the call runs in a helper thread (left behind, as a daemon, if it hangs)."""
    result: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=run, name="desktop bus check", daemon=True)
    thread.start()
    thread.join(timeout)
    if failure:
        raise failure[0]
    if not result:
        raise TimeoutError
    return result[0]


def bus_state(exc: BaseException, retry_at: float | None = None) -> SourceState:
    """Why monitoring the session bus failed, as the source's state."""
    if isinstance(exc, TimeoutError):
        return SourceState(StateKind.TIMED_OUT, "D-Bus", retry_at)
    if isinstance(exc, OSError):
        return SourceState(StateKind.UNREACHABLE, f"D-Bus: {exc.strerror or exc}", retry_at)
    # a D-Bus error reply: the bus's policy said no
    return SourceState(StateKind.BUS_REFUSED, str(exc) or type(exc).__name__, retry_at)


class DesktopSource:
    """`name` is the items' source ("desktop"); see sources/notifications.py for the rules."""

    def __init__(self, settings: DesktopSettings, clients: Sequence[Client]) -> None:
        self.name = DESKTOP_SOURCE
        self.label = tr("desktop", "Desktop notifications")
        self._settings = settings
        self._index = ClientIndex.of(clients)
        # what decides which notifications are recorded: a change restarts the source
        self._rules = tuple((c.client_id, c.notification_match) for c in clients)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def spec(self) -> object:
        return (self._settings, self._rules)

    def check(self) -> SourceState | None:
        try:
            import jeepney  # noqa: F401
        except ImportError:
            return SourceState(StateKind.MISSING_PACKAGE, "jeepney")
        if session_bus_problem():
            return SourceState(StateKind.NO_SESSION_BUS)
        try:
            _bounded(_become_monitor, CALL_TIMEOUT_S).close()
        except Exception as exc:
            return bus_state(exc)
        return None

    def start(self, sink: Sink, report: StateReport) -> None:
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(sink, report), name="desktop notifications", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(CALL_TIMEOUT_S)
            self._thread = None

    def _run(self, sink: Sink, report: StateReport) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                conn = _bounded(_become_monitor, CALL_TIMEOUT_S)
            except Exception as exc:
                wait = backoff_delay(failures, RETRY_BASE_S, RETRY_CAP_S)
                failures += 1
                report(bus_state(exc, time.monotonic() + wait))
                self._stop.wait(wait)
                continue
            failures = 0
            report(SourceState(StateKind.WATCHING))
            try:
                self._read(conn, sink)
            except Exception as exc:
                log.warning("desktop notifications: connection lost: %s", exc)
                if not self._stop.is_set():
                    report(SourceState(StateKind.RECONNECTING, "D-Bus"))
                    self._stop.wait(RETRY_BASE_S)
            finally:
                conn.close()

    def _read(self, conn: Any, sink: Sink) -> None:
        from jeepney import HeaderFields, MessageType

        while not self._stop.is_set():
            try:
                msg = conn.receive(timeout=POLL_S)
            except TimeoutError:
                continue
            fields = msg.header.fields
            if (
                msg.header.message_type is not MessageType.method_call
                or fields.get(HeaderFields.member) != "Notify"
                or fields.get(HeaderFields.interface) != "org.freedesktop.Notifications"
            ):
                continue
            batch = self.batch_for(
                msg.body, str(fields.get(HeaderFields.sender, "")), msg.header.serial
            )
            if batch is not None:
                sink(batch)

    def batch_for(
        self, body: Sequence[object], bus_sender: str, serial: int, at: datetime | None = None
    ) -> Batch | None:
        """The batch one Notify call makes, or None: not wanted, empty, or (unless the user
        records unmatched ones) no client's rules name it."""
        note = decode_notify(body, bus_sender, serial, at or datetime.now(UTC))
        settings = self._settings
        if note is None or not wanted(note.app_name, settings.apps, settings.ignore_apps):
            return None
        item = to_item(note)
        if item is None:
            return None
        if not settings.record_unmatched and self._index.match(item) is None:
            return None
        return Batch((item,), notify=False)
