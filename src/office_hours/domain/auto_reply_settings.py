"""What the user opted in to for automatic answers: the settings the config loader builds at
start-up, apart from the rules and notes (domain/auto_reply.py), which load when mail is held."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from office_hours.domain.model import ModeKind

DEFAULT_PERIOD = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class AutoReplySettings:
    """What the user opted in to. `client_modes`: client id -> modes in which that client's
    held mail is answered; `unknown_modes`: the same for senders that match no client."""

    client_modes: Mapping[str, frozenset[ModeKind]] = field(default_factory=dict)
    unknown_modes: frozenset[ModeKind] = frozenset()
    client_languages: Mapping[str, str] = field(default_factory=dict)
    default_language: str = "en"
    own_addresses: tuple[str, ...] = ()
    period: timedelta = DEFAULT_PERIOD
    templates: Mapping[tuple[str, ModeKind], str] = field(default_factory=dict)
