"""Wires the running app together: command socket -> shell -> tray or window, notifier."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from office_hours.engine import Engine, Status
from office_hours.i18n import tr
from office_hours.ui.host import ShellHost
from office_hours.ui.shell import Shell
from office_hours.ui.status_text import tooltip

if TYPE_CHECKING:
    from pathlib import Path

    from office_hours.config import Config
    from office_hours.domain.unread import UnreadView, Waiting
    from office_hours.sources.state import SourceState
    from office_hours.ui.config_watch import ConfigWatcher
    from office_hours.ui.ingest_bridge import IngestBridge
    from office_hours.ui.ipc_server import IpcServer
    from office_hours.ui.notify import Notifier, Send
    from office_hours.ui.presence_bridge import PresenceBridge


def presence_spec(config: Config) -> object:
    """What the presence targets are built from: when it is unchanged, they stay."""
    return (config.slack, config.matrix, config.presence_desktop_dnd, config.default_focus_minutes)


class TrayApp(QObject):
    quit_requested = Signal()
    report_announced = Signal(str)  # the ISO week

    def __init__(
        self,
        engine: Engine,
        server: IpcServer | None,
        wait_s: float | None = None,
        send: Send | None = None,
        tray_available: Callable[[], bool] | None = None,
        parent: QObject | None = None,
        preview: Any = None,
    ) -> None:
        """`preview`: the first paint's tray icon (ui/first_paint.py), if one is shown."""
        super().__init__(parent)
        self.engine = engine
        self.first_paint = preview is not None
        self.shell = Shell(engine, parent=self, release_on_refresh=False)
        if tray_available is None:
            self.host = ShellHost(self.shell, wait_s, parent=self, preview=preview)
        else:
            self.host = ShellHost(self.shell, wait_s, tray_available, parent=self, preview=preview)
        self._send = send
        self._notifier: Notifier | None = None
        self._telling: set[int] = set()  # releases whose notification is on its way
        self._carried: dict[int, Any] = {}  # unseen break-throughs, across a new notifier
        self._reminders: list[Any] = []  # "remind me at the next batch", likewise
        self.shell.message_requested.connect(self.host.show_message)
        self.shell.released.connect(lambda _release: self.announce())
        # name -> (label, state), from the ingest service (see ingest_bridge)
        self.source_states: dict[str, tuple[str, SourceState]] = {}
        self.presence_states: dict[str, str] = {}  # label -> plain words (presence_bridge)
        self.unread_views: dict[str, UnreadView] = {}  # mail source -> client id -> unread
        self.ingest: IngestBridge | None = None
        self.presence: PresenceBridge | None = None
        self.watcher: ConfigWatcher | None = None
        self._language = engine.config.language
        self.host.shown.connect(self.show_state_lines)
        self.host.tray_shown.connect(self._follow_menu)
        self.shell.quit_requested.connect(self.quit_requested)
        self.shell.status_changed.connect(self.announce_report)
        self.shell.status_changed.connect(lambda _status: self.show_unread_lines())
        self.shell.config_changed.connect(self._config_changed)
        self.shell.config_failed.connect(lambda _problem: self.show_state_lines())
        if server is not None:
            server.quit_requested.connect(self.quit_requested)
            server.activate_requested.connect(lambda _argv: self.host.activate())
            server.refresh_requested.connect(self.refresh)
            server.open_requested.connect(self.open_window)
            server.describe = self.describe

    @property
    def notifier(self) -> Notifier:
        """Created on first use: most starts notify nothing for a while."""
        if self._notifier is None:
            from office_hours.ui.notify import Notifier, critical_send, default_dbus, plyer_send

            config = self.engine.config
            self._notifier = Notifier(
                config.notifications,
                config.clients,
                self.host.show_message,
                self._send or plyer_send,
                self,
                send_critical=self._send or critical_send,
                dbus=default_dbus() if self._send is None else None,
            )
            self._notifier.release_told.connect(self._told)  # queued: back on this thread
            self._connect_notifier(self._notifier)
            self._notifier.waiting.update(self._carried)  # a settings save made it anew
            self._notifier.reminders.extend(self._reminders)
        return self._notifier

    def _connect_notifier(self, notifier: Notifier) -> None:
        """A waiting break-through shows in the tray until seen; the notification's actions
        open the digest or teach the rule, as the digest's own buttons do."""
        notifier.waiting_changed.connect(self.show_waiting)
        notifier.open_requested.connect(lambda _item_id: self.shell.digest())
        notifier.not_urgent_requested.connect(self.engine.mark_not_urgent)

    def show_waiting(self, title: str) -> None:
        if self.host.tray is not None:
            self.host.tray.show_waiting(title, self.open_waiting)

    def open_waiting(self) -> None:
        if self._notifier is not None:
            self._notifier.open_waiting()

    def open_window(self, name: str) -> None:
        """A window, asked for through the command socket (scripts, tests)."""
        openers = {
            "digest": self.shell.digest,
            "report": self.shell.weekly_report,
            "log_call": self.shell.log_call,
            "settings": self.shell.settings,
        }
        openers[name]()

    # -- the live config -----------------------------------------------------------------

    def watch_config(self) -> None:
        """Edits of config.toml apply while the app runs (an invalid one is explained)."""
        from office_hours.ui.config_watch import ConfigWatcher

        self.watcher = ConfigWatcher(self.engine.config.path, self)
        self.watcher.changed.connect(self.shell.apply_config)
        self.watcher.failed.connect(self.shell.config_invalid)

    def start_ingest(self, database: Path, state_dir: Path) -> IngestBridge:
        """Every source, through the one ingest service (its libraries load only when the
        config names them); a config change starts, stops or restarts them."""
        from office_hours.ui.ingest_bridge import IngestBridge

        self.ingest = IngestBridge(self.engine.config, database, state_dir, self.refresh, self)
        self.ingest.states_changed.connect(self.show_source_states)
        self.ingest.unread_views_changed.connect(self.show_unread)
        self.ingest.start()
        return self.ingest

    def start_presence(self, state_dir: Path) -> PresenceBridge | None:
        """Do-not-disturb and chat status follow the mode; a crash file left by a kill in
        focus is restored even when no target is configured any more (the manager says so)."""
        from office_hours.presence.manager import FILE_NAME
        from office_hours.sources.registry import configured_presence

        self._state_dir = state_dir
        targets = configured_presence(self.engine.config, state_dir)
        if not targets and not (state_dir / FILE_NAME).exists():
            return None
        from office_hours.ui.presence_bridge import PresenceBridge

        self.presence = PresenceBridge(targets, state_dir, self)
        self.presence.spec = presence_spec(self.engine.config)
        self.presence.states_changed.connect(self.show_presence_states)
        self.shell.status_changed.connect(self.presence.follow)
        self.presence.start(self.shell.status)
        return self.presence

    def _config_changed(self, config: Config) -> None:
        """One published config reaches everything that holds a part of it."""
        if self.watcher is not None:
            self.watcher.saw(config)
        if self._notifier is not None:  # it holds the notifications switch and the clients
            self._carried = dict(self._notifier.waiting)
            self._reminders = list(self._notifier.reminders)
            self._notifier.shutdown()
            self._notifier = None
        if self.ingest is not None:
            self.ingest.apply(config)
        self._follow_presence(config)
        if config.language != self._language:
            self._language = config.language
            from office_hours.i18n import switch_language

            switch_language(config.language)
            self.host.retranslate()
            self.shell.retranslate_windows()
            self.show_state_lines()

    def _follow_presence(self, config: Config) -> None:
        """New presence targets: the old ones are restored, the new engage if in focus."""
        state_dir = getattr(self, "_state_dir", None)
        if state_dir is None:  # presence has not started yet: it will read the new config
            return
        spec = presence_spec(config)
        if self.presence is not None and self.presence.spec == spec:
            return
        from office_hours.sources.registry import configured_presence

        targets = configured_presence(config, state_dir)
        if self.presence is None:
            if targets:
                self.start_presence(state_dir)
            return
        self.presence.spec = spec
        self.presence.replace_targets(targets)

    def describe(self) -> dict[str, Any]:
        """What the tray shows right now (the `state` command; scripts and tests read it)."""
        status = self.shell.status
        return {
            "mode": status.mode.kind.value,
            "until": status.mode.until.isoformat() if status.mode.until else None,
            "held": status.held,
            "tooltip": tooltip(status),
            "pid": os.getpid(),
            "first_paint": self.first_paint,
            "accounts": {
                name.removeprefix("imap:"): _state_text(state)
                for name, (_label, state) in self.source_states.items()
                if name.startswith("imap:")
            },
            "sources": {label: _state_text(state) for label, state in self.source_states.values()},
            "source_kinds": {
                name: state.kind.value for name, (_label, state) in self.source_states.items()
            },
            "presence": dict(self.presence_states),
            "clients": [c.name for c in self.engine.config.clients],
            "timezone": self.engine.config.timezone,
            "language": self.engine.config.language,
            "config_problem": str(problem) if (problem := self.shell.config_problem) else None,
            "windows": self.shell.describe_windows(),
            "waiting": [n.title for n in self._notifier.waiting.values()] if self._notifier else [],
            "unread": self._describe_waiting(),
        }

    def _describe_waiting(self) -> dict[str, dict[str, Any]]:
        from office_hours.unread_words import describe_waiting

        return describe_waiting(self.waiting_clients(), self.engine.clock())

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self.host.start()
        QTimer.singleShot(0, self.begin_releases)  # once the event loop runs

    def begin_releases(self) -> None:
        """Release what fell due while the app was not running, and tell what a crash left
        untold (it is told now, never released again); from now on every refresh checks."""
        self.shell.release_on_refresh = True
        self.shell.refresh()
        self.announce()

    def announce(self) -> int:
        """One summary notification per release not yet announced. It is recorded as
        announced once sent (or shown in the tray), so a crash before that tells it again at
        the next start; it is never released again."""
        pending = [
            r for r in self.engine.store.unannounced_releases() if r.release_id not in self._telling
        ]
        for release in pending:
            # The notifier is made only when there is something to say: start-up stays lean.
            if self.notifier.notify_release(release):
                self._telling.add(release.release_id)
            else:  # notifications are off: nothing to wait for
                self.engine.store.mark_announced(release.release_id, self.engine.clock())
        return len(pending)

    def _told(self, release_id: int) -> None:
        self._telling.discard(release_id)
        self.engine.store.mark_announced(release_id, self.engine.clock())

    def show_source_states(self, states: dict[str, tuple[str, SourceState]]) -> None:
        """States from the ingest service: one line per source in the tray menu."""
        self.source_states = dict(states)
        self.show_state_lines()

    def waiting_clients(self) -> list[Waiting]:
        """Clients with unread mail on the server, every account together, most pressing
        first (domain/unread.py)."""
        if not self.unread_views:  # no mail account yet: the maths need not load at start
            return []
        from office_hours.domain.unread import merge_views, waiting_list

        views = merge_views(self.unread_views.values())
        return waiting_list(views, self.engine.config.clients, self.engine.clock())

    def show_unread(self, views: dict[str, UnreadView]) -> None:
        """New unread counts from the mail sources (ingest_bridge)."""
        self.unread_views = dict(views)
        self.show_unread_lines()

    def show_unread_lines(self) -> None:
        """The "Waiting" submenu, rendered now: ages and due times move with the clock
        (the shell's status poll and opening the menu render it again)."""
        now = self.engine.clock()
        waiting = self.waiting_clients()
        if waiting:
            from office_hours.domain.unread import DueState
            from office_hours.unread_words import unread_line

            lines = [(unread_line(w, now), w.due.state is DueState.OVERDUE) for w in waiting]
        else:
            lines = []
        self.shell.unread_lines = [line for line, _late in lines]
        digest = self.shell.window("digest")
        if digest is not None:
            digest.show_unread(self.shell.unread_lines)  # type: ignore[attr-defined]
        if self.host.tray is not None:
            self.host.tray.show_unread(lines)

    def show_presence_states(self, states: dict[str, str]) -> None:
        """Do-not-disturb and chat status targets: one line each, after the sources'."""
        self.presence_states = dict(states)
        self.show_state_lines()

    def state_lines(self) -> dict[str, str]:
        """Every line, rendered now in the interface's language: a config error first."""
        lines: dict[str, str] = {}
        problem = self.shell.config_problem
        if problem is not None:
            lines["config"] = tr("TrayApp", "Settings file not applied: {problem}").format(
                problem=problem
            )
        if self.source_states:  # the words load with the first state (start-up stays lean)
            from office_hours.state_words import source_label, state_line

            for name, (label, state) in self.source_states.items():
                lines[name] = state_line(source_label(name, label), state)
        for label, text in self.presence_states.items():
            lines["presence:" + label] = tr("TrayApp", "{target}: {state}").format(
                target=label, state=text
            )
        return lines

    def _follow_menu(self) -> None:
        """ "next try in 20 s" is rendered when the menu opens, so it is never stale."""
        if self.host.tray is not None:
            self.host.tray.menu.aboutToShow.connect(self.show_state_lines)
            self.host.tray.menu.aboutToShow.connect(self.show_unread_lines)
            self.show_unread_lines()

    def show_state_lines(self) -> None:
        lines = self.state_lines()
        if self.host.tray is not None:
            self.host.tray.show_state_lines(lines)
        if self.host.window is not None:
            self.host.window.show_state_lines(lines)

    def refresh(self, item_keys: list[int]) -> None:
        """Another process (ingest, `mode`, `release`) changed the store: re-read it, notify
        about new items, and announce releases it made."""
        self.shell.refresh()
        if item_keys:
            self.notifier.notify_items(self.engine.store.decided_items(item_keys))
        self.announce()

    def announce_report(self, status: Status | None = None) -> str | None:
        """On Monday morning, once: "last week's report is ready". The shell's status poll
        (every 30 s, and on every change) calls this; the decision is report_due's."""
        from office_hours.domain.report_due import report_due

        config = self.engine.config
        if not config.report_notify:
            return None
        now = status.now if status is not None else self.engine.clock()
        store = self.engine.store
        try:
            last = store.report_announced()
            week = report_due(now, config.timezone, config.report_notify_at, last)
            if week is None:
                return None
            store.set_report_announced(week)  # first: announced once even if showing fails
        except sqlite3.Error:  # a busy or broken store: the next status poll tries again
            return None
        if last is None:  # the first start ever: nothing was counted last week yet
            return None
        self.notifier.notify(
            tr("TrayApp", "Your weekly report is ready"),
            tr(
                "TrayApp", "Week {week}: see who interrupted how often, and what to propose."
            ).format(week=week),
        )
        self.report_announced.emit(week)
        return week

    def stop_services(self) -> None:
        """At quit: the sources stop (bounded), and what focus turned on is put back."""
        if self.ingest is not None:
            self.ingest.stop()
        if self.presence is not None:
            self.presence.stop()

    def dispose(self) -> None:
        self.host.dispose()
        self.shell.close_windows()
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        if self._notifier is not None:
            self._notifier.shutdown()


def _state_text(state: SourceState) -> str:
    from office_hours.state_words import state_text

    return state_text(state)
