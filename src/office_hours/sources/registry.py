"""Which chat and desktop sources and presence targets the config asks for. Each builder
imports its library only when its section is enabled, so start-up stays lean."""

from __future__ import annotations

from pathlib import Path

from office_hours.config import Config
from office_hours.presence.base import Presence
from office_hours.sources.base import CursorReader, Source


def configured_sources(config: Config, cursors: CursorReader, state_dir: Path) -> list[Source]:
    """The sources to run, in the order their states are shown."""
    sources: list[Source] = []
    if config.matrix.enabled:
        from office_hours.sources.matrix import MatrixSource

        client_rooms = [room for client in config.clients for room in client.rooms]
        sources.append(MatrixSource(config.matrix, cursors, client_rooms))
    return sources


def configured_presence(config: Config, state_dir: Path) -> list[Presence]:
    """The presence targets to engage while in focus."""
    targets: list[Presence] = []
    if config.matrix.enabled and config.matrix.focus_presence:
        from office_hours.presence.matrix import MatrixPresence

        targets.append(MatrixPresence(config.matrix))
    return targets
