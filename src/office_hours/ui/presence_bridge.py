"""Runs the presence manager beside the tray: its calls (dunstctl, Slack, Matrix) go to one
worker thread in order, so the UI thread never waits on them; target states come back
through a queued signal and show in the tray like the sources'. Imported after the first
paint, only when a presence target is configured."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot

from office_hours.domain.model import ModeKind
from office_hours.engine import Status
from office_hours.presence.base import Presence
from office_hours.presence.manager import PresenceManager

log = logging.getLogger(__name__)

QUIT_RESTORE_S = 10.0  # at quit the user is leaving: wait this long for the restore


class PresenceBridge(QObject):
    state_changed = Signal(str, str, str)  # name, label, plain words; from the worker
    states_changed = Signal(dict)  # label -> plain words, on the UI thread

    def __init__(
        self, targets: Sequence[Presence], state_dir: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state_dir = state_dir
        self.spec: object = None  # what the targets were built from (see tray_app)
        self.manager = PresenceManager(targets, state_dir, self.state_changed.emit)
        self.states: dict[str, str] = {t.label: "starting" for t in targets}
        self.focused: bool | None = None
        self._calls: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._work, name="presence", daemon=True)
        self.state_changed.connect(self._on_state, Qt.ConnectionType.QueuedConnection)

    def start(self, status: Status) -> None:
        """Restore what a crash left engaged, then follow the current mode."""
        self.focused = _in_focus(status)
        focused = self.focused
        self._thread.start()
        self._calls.put(lambda: self.manager.recover(focused))

    @Slot(object)
    def follow(self, status: Status) -> None:
        """The shell's status (every change and every poll): act only when focus flips."""
        focused = _in_focus(status)
        if focused == self.focused or not self._thread.is_alive():
            return
        self.focused = focused
        self._calls.put(lambda: self.manager.apply(focused))

    def replace_targets(self, targets: Sequence[Presence]) -> None:
        """A new config named other targets: the old ones are put back as the user had
        them, then the new ones follow the mode, all on the worker thread, in order."""
        self.states = {t.label: "starting" for t in targets}
        self.states_changed.emit(dict(self.states))
        if not self._thread.is_alive():
            self.manager = PresenceManager(targets, self._state_dir, self.state_changed.emit)
            return

        def swap() -> None:
            self.manager.apply(False)
            self.manager = PresenceManager(targets, self._state_dir, self.state_changed.emit)
            self.manager.recover(bool(self.focused))

        self._calls.put(swap)

    def stop(self) -> None:
        """At quit: restore everything (the user is leaving), bounded, then end the worker."""
        if not self._thread.is_alive():
            return
        self._calls.put(lambda: self.manager.apply(False))
        self._calls.put(None)
        self._thread.join(QUIT_RESTORE_S)
        if self._thread.is_alive():
            log.warning("presence targets were not restored within %s s", QUIT_RESTORE_S)

    def _work(self) -> None:
        while (call := self._calls.get()) is not None:
            try:
                call()
            except Exception:  # the manager reports states; this is a bug, not a failure
                log.exception("presence call failed")

    @Slot(str, str, str)
    def _on_state(self, _name: str, label: str, text: str) -> None:
        self.states[label] = text
        self.states_changed.emit(dict(self.states))


def _in_focus(status: Status) -> bool:
    return status.mode.kind is ModeKind.FOCUS
