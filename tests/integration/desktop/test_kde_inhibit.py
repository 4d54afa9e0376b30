"""KDE Plasma cannot run here, so this is a TEST DOUBLE of the part of Plasma's
org.freedesktop.Notifications that the app uses, on a private session bus: Notify (records
urgency, icon and actions, and answers ActionInvoked), Inhibit/UnInhibit and the Inhibited
property, with Plasma's rule that an inhibition ends when its D-Bus connection goes away.
Real Plasma behaviour this stands in for: `Inhibit` turns do-not-disturb on, critical
notifications still show (Plasma's default), and a killed inhibitor releases it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.low_level import Message
from jeepney.wrappers import new_error, new_method_return, new_signal

from office_hours.presence.desktop import KdeInhibit
from office_hours.ui.notify import NOT_URGENT, DbusNotifications, Notice

from .conftest import _first_line, _stop, poll

pytestmark = pytest.mark.integration

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass
class PlasmaDouble:
    """Serves on its own connection and thread until the bus goes away."""

    address: str
    inhibitors: dict[int, str] = field(default_factory=dict)  # cookie -> caller's unique name
    notified: list[tuple[Any, ...]] = field(default_factory=list)
    next_id: int = 1

    @property
    def inhibited(self) -> bool:
        return bool(self.inhibitors)

    def serve(self, ready: threading.Event) -> None:
        conn = open_dbus_connection(bus=self.address)
        conn.send_and_get_reply(message_bus.RequestName(NAME))
        rule = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
        conn.send_and_get_reply(message_bus.AddMatch(rule))
        self.conn = conn
        ready.set()
        while True:
            try:
                msg = conn.receive()
            except (OSError, EOFError, ConnectionError):
                return
            self._handle(conn, msg)

    def _handle(self, conn: Any, msg: Message) -> None:
        fields = msg.header.fields
        member = fields.get(HeaderFields.member)
        if msg.header.message_type == MessageType.signal:
            if member == "NameOwnerChanged" and msg.body[2] == "":  # a connection went away
                for cookie, who in list(self.inhibitors.items()):
                    if who == msg.body[0]:
                        del self.inhibitors[cookie]
            return
        if msg.header.message_type != MessageType.method_call:
            return
        sender = fields.get(HeaderFields.sender)
        if member == "Inhibit":
            cookie = self.next_id
            self.next_id += 1
            self.inhibitors[cookie] = sender
            conn.send(new_method_return(msg, "u", (cookie,)))
        elif member == "UnInhibit":
            self.inhibitors.pop(msg.body[0], None)
            conn.send(new_method_return(msg))
        elif member == "Get" and msg.body == (NAME, "Inhibited"):
            conn.send(new_method_return(msg, "v", (("b", self.inhibited),)))
        elif member == "Notify":
            self.notified.append(msg.body)
            nid = self.next_id
            self.next_id += 1
            conn.send(new_method_return(msg, "u", (nid,)))
            if msg.body[5]:  # actions: the "user" picks the second one, unicast as Plasma does
                signal_msg = new_signal(
                    DBusAddress(PATH, interface=NAME), "ActionInvoked", "us", (nid, msg.body[5][2])
                )
                signal_msg.header.fields[HeaderFields.destination] = sender
                conn.send(signal_msg)
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


@pytest.fixture
def plasma(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PlasmaDouble]:
    bus = subprocess.Popen(
        [
            "dbus-daemon", "--session", "--nofork",
            f"--address=unix:path={tmp_path / 'bus'}", "--print-address=1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        address = _first_line(bus, "dbus")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        double = PlasmaDouble(address)
        ready = threading.Event()
        threading.Thread(target=double.serve, args=(ready,), daemon=True).start()
        assert ready.wait(10), "the Plasma double did not start"
        yield double
    finally:
        _stop(bus)


def test_inhibit_sets_and_lifts_plasma_dnd_and_keeps_the_users_own(plasma: PlasmaDouble) -> None:
    target = KdeInhibit()
    assert target.check() is None
    saved = target.engage()
    assert saved == {"inhibited": False}
    assert plasma.inhibited
    target.restore(saved)
    poll("the inhibition lifted", lambda: not plasma.inhibited, timeout=5)

    # The user (or another app) had inhibited already: ours comes and goes, theirs stays.
    theirs = KdeInhibit()
    theirs.engage()
    ours = KdeInhibit()
    saved = ours.engage()
    assert saved == {"inhibited": True}
    assert len(plasma.inhibitors) == 2
    ours.restore(saved)
    poll("only ours lifted", lambda: len(plasma.inhibitors) == 1, timeout=5)
    assert plasma.inhibited
    theirs.restore({})


ENGAGE_AND_WAIT = """
import sys
from office_hours.presence.desktop import KdeInhibit
KdeInhibit().engage()
print("engaged", flush=True)
sys.stdin.read()
"""


def test_a_killed_app_leaves_no_inhibition_behind(plasma: PlasmaDouble) -> None:
    """As in Plasma: the inhibition belongs to the connection, so a kill in focus ends it,
    and the restore at the next start finds nothing of ours to lift."""
    proc = subprocess.Popen(
        [sys.executable, "-c", ENGAGE_AND_WAIT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ},
    )
    try:
        assert _first_line(proc, "the engaging process") == "engaged"
        assert plasma.inhibited
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        poll("the bus ending a killed app's inhibition", lambda: not plasma.inhibited, 5)
    finally:
        _stop(proc)
    KdeInhibit().restore({"inhibited": False})  # the next start: nothing to lift, no error
    assert not plasma.inhibited


def test_break_throughs_go_out_critical_with_icon_and_actions(plasma: PlasmaDouble) -> None:
    """What lets a break-through through Plasma's (and GNOME's) do-not-disturb: urgency 2."""
    acted: list[tuple[Notice, str]] = []
    dbus = DbusNotifications(on_action=lambda n, a: acted.append((n, a)))
    try:
        urgent = Notice("Eve <eve@x>", "<b>down</b>", critical=True, item_id=7)
        dbus.send(urgent)
        dbus.send(Notice("Held items are back", "3 waiting", summary=True))
        poll("both notified", lambda: len(plasma.notified) == 2, timeout=5)
        app, _rid, icon, summary, body, actions, hints, timeout = plasma.notified[0]
        assert app == "Office Hours"
        assert icon.endswith("office-hours.svg")
        assert Path(icon).exists()
        assert summary == "Eve <eve@x>"
        assert body == "&lt;b&gt;down&lt;/b&gt;"  # the body may be read as markup
        assert actions == [
            "open", "Open", "not-urgent", "Not urgent", "remind", "Remind me at the next batch",
        ]  # fmt: skip
        assert hints["urgency"] == ("y", 2)
        assert timeout == -1
        assert plasma.notified[1][6]["urgency"] == ("y", 1)
        assert plasma.notified[1][5] == []
        poll("the action heard", lambda: acted, timeout=5)
        assert acted == [(urgent, NOT_URGENT)]
    finally:
        dbus.close()
