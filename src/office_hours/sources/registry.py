"""Which chat and desktop sources and presence targets the config asks for. Each builder
imports its library only when its section is enabled, so start-up stays lean."""

from __future__ import annotations

import sys
from pathlib import Path

from office_hours.config import Config
from office_hours.presence.base import Presence
from office_hours.sources.base import CursorReader, Source


def configured_sources(config: Config, cursors: CursorReader, state_dir: Path) -> list[Source]:
    """The sources to run, in the order their states are shown."""
    sources: list[Source] = []
    # -- desktop notifications (issue 4) --
    if watches_notifications(config):
        from office_hours.sources.desktop import DesktopSource

        sources.append(DesktopSource(config.desktop, config.clients))
    return sources


def watches_notifications(config: Config) -> bool:
    """Linux only, and only when something would be recorded: a client with
    notification_match rules, or `desktop.record_unmatched`."""
    desktop = config.desktop
    return (
        sys.platform.startswith("linux")
        and desktop.watch_notifications
        and (desktop.record_unmatched or any(c.notification_match for c in config.clients))
    )


def configured_presence(config: Config, state_dir: Path) -> list[Presence]:
    """The presence targets to engage while in focus."""
    targets: list[Presence] = []
    # -- desktop do-not-disturb (issue 4) --
    if config.presence_desktop_dnd:
        from office_hours.presence.desktop import desktop_targets

        targets.extend(desktop_targets())
    return targets
