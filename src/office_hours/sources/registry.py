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
    return sources


def configured_presence(config: Config, state_dir: Path) -> list[Presence]:
    """The presence targets to engage while in focus."""
    targets: list[Presence] = []
    return targets
