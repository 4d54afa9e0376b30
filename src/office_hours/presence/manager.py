"""Drives every presence target as focus starts and ends, and survives a crash in between.

Each target's prior state goes to `presence.json` (atomically) before `engage` is called
when the target can read it (`prior()`, see base.ReadsPrior), else the moment `engage`
returns it, after a marker written before the call; an entry leaves the file only once
`restore` succeeded. So at the next start `recover` finds whatever a kill left engaged and puts it
back. A target with an entry is never engaged again: the saved state stays the ORIGINAL
one, never our own "in focus" state. Calls block (dunstctl, Slack, Matrix): the caller runs
them on a worker thread. Failures become plain-words states, never exceptions. Qt-free.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from office_hours.i18n import tr
from office_hours.presence.base import Presence, PresenceError, Saved

log = logging.getLogger(__name__)

FILE_NAME = "presence.json"
FILE_VERSION = 1
ENGAGING = "engaging"  # written before engage(): a kill during the call leaves this
ENGAGED = "engaged"

OnState = Callable[[str, str, str], None]  # (target name, label, plain-words state)


class PresenceManager:
    def __init__(
        self,
        targets: Sequence[Presence],
        state_dir: Path,
        on_state: OnState | None = None,
    ) -> None:
        self.targets = {t.name: t for t in targets}
        self.path = state_dir / FILE_NAME
        self._on_state = on_state or (lambda _name, _label, _text: None)
        self._lock = threading.Lock()  # guards the file: targets run in parallel
        self.states: dict[str, str] = {}  # name -> plain words
        self.focused: bool | None = None

    # -- the two calls the app makes -------------------------------------------------------

    def recover(self, focused: bool) -> None:
        """At start: put back what the file holds (the app stopped while in focus), then
        follow `focused`; also shows which targets cannot run here."""
        for name in self.targets:
            self._report(name, tr("presence", "checking"))
        self._each(list(self.targets), self._check_one)
        self._restore_all()
        self.apply(focused)

    def apply(self, focused: bool) -> None:
        """Engage every usable target (focus began) or restore every engaged one (it
        ended). Repeating a call changes nothing; a failed restore is tried again by the
        next apply(False) or the next start."""
        self.focused = focused
        if focused:
            entries = self._read()
            self._each([n for n in self.targets if n not in entries], self._engage_one)
        else:
            self._restore_all()

    # -- per target ------------------------------------------------------------------------

    def _check_one(self, name: str) -> str | None:
        try:
            problem = self.targets[name].check()
        except Exception as exc:  # a bug in one target must not stop the others
            log.exception("check of presence target %s failed", name)
            problem = str(exc) or type(exc).__name__
        if problem:
            self._report(name, problem)
        elif name not in self._read():
            self._report(name, tr("presence", "ready"))
        return problem

    def _engage_one(self, name: str) -> None:
        if self._check_one(name):
            return
        target = self.targets[name]
        marker: dict[str, Any] = {"state": ENGAGING}
        read_prior = getattr(target, "prior", None)
        try:
            if callable(read_prior):
                marker["saved"] = read_prior()
        except Exception as exc:
            self._report(name, tr("presence", "could not turn on: {error}").format(error=exc))
            return
        if not self._write(name, marker):
            self._report(name, self._unsaved())
            return
        try:
            saved = target.engage()
        except Exception as exc:
            self._write(name, None)  # engage failed: nothing of ours to undo
            self._report(name, tr("presence", "could not turn on: {error}").format(error=exc))
            if not isinstance(exc, PresenceError):
                log.exception("engaging presence target %s failed", name)
            return
        if not self._write(name, {"state": ENGAGED, "saved": saved}):
            try:  # a crash now could not restore it: undo at once rather than risk that
                self.targets[name].restore(saved)
                self._write(name, None)
            except Exception:
                log.exception("undoing presence target %s failed", name)
            self._report(name, self._unsaved())
            return
        self._report(name, tr("presence", "on while you focus"))

    def _restore_all(self) -> None:
        self._each(list(self._read()), self._restore_one)

    def _restore_one(self, name: str) -> None:
        entry = self._read().get(name)
        if entry is None:
            return
        target = self.targets.get(name)
        if target is None:
            self._report(
                name,
                tr(
                    "presence",
                    "no longer configured; its previous state stays saved in {path}",
                ).format(path=self.path),
            )
            return
        if not isinstance(entry.get("saved"), dict):
            # Killed while turning it on, and the previous state never reached the file.
            self._write(name, None)
            self._report(
                name,
                tr(
                    "presence",
                    "the app stopped while turning this on; check it by hand once",
                ),
            )
            return
        try:
            target.restore(entry["saved"])
        except Exception as exc:
            self._report(
                name,
                tr("presence", "could not restore the previous state: {error}").format(error=exc),
            )
            if not isinstance(exc, PresenceError):
                log.exception("restoring presence target %s failed", name)
            return
        self._write(name, None)
        self._report(name, tr("presence", "ready"))

    def _each(self, names: list[str], call: Callable[[str], Any]) -> None:
        """Targets in parallel: a slow network call must not hold the desktop's DND back."""
        if len(names) <= 1:
            for name in names:
                call(name)
            return
        threads = [
            threading.Thread(target=call, args=(n,), name=f"presence {n}", daemon=True)
            for n in names
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def _unsaved(self) -> str:
        return tr("presence", "not turned on: its previous state cannot be saved in {path}").format(
            path=self.path
        )

    def _report(self, name: str, text: str) -> None:
        self.states[name] = text
        target = self.targets.get(name)
        self._on_state(name, target.label if target is not None else name, text)

    # -- the file --------------------------------------------------------------------------

    def saved(self) -> dict[str, Saved]:
        """What the file holds to restore: name -> saved prior state (doctor shows it)."""
        return {
            name: entry["saved"]
            for name, entry in self._read().items()
            if isinstance(entry.get("saved"), dict)
        }

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.error("%s cannot be read (%s); treating it as empty", self.path, exc)
            return {}
        targets = data.get("targets") if isinstance(data, dict) else None
        if not isinstance(targets, dict):
            return {}
        return {str(k): v for k, v in targets.items() if isinstance(v, dict)}

    def _write(self, name: str, entry: dict[str, Any] | None) -> bool:
        """Set or drop one entry: written to a temporary file, flushed to disk, renamed.
        False when the disk refused."""
        try:
            self._write_file(name, entry)
        except OSError as exc:
            log.error("cannot write %s: %s", self.path, exc)
            return False
        return True

    def _write_file(self, name: str, entry: dict[str, Any] | None) -> None:
        with self._lock:
            entries = self._read()
            if entry is None:
                entries.pop(name, None)
            else:
                entries[name] = entry
            if not entries:
                self.path.unlink(missing_ok=True)
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".json.tmp")
            text = json.dumps({"version": FILE_VERSION, "targets": entries}, indent=1)
            with open(tmp, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
