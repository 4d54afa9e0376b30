"""Which sources (mail accounts, Slack, Matrix, desktop notifications) and presence targets
the config asks for. Each builder imports its library only when its section is enabled,
so start-up stays lean."""

from __future__ import annotations

import sys
from pathlib import Path

from office_hours.config import Config
from office_hours.presence.base import Presence
from office_hours.sources.base import CursorReader, Source

# Slack's snooze is a safety net: restore() ends it at once, and if Office Hours dies and is not
# started again, Slack still wakes up by itself after this long (or the focus length if longer).
SLACK_SNOOZE_FLOOR_MIN = 240


def configured_sources(config: Config, cursors: CursorReader, state_dir: Path) -> list[Source]:
    """The sources to run, in the order their states are shown."""
    sources: list[Source] = []
    if config.accounts:
        from office_hours.sources.imap import MailSource

        clients = tuple(config.clients)
        sources.extend(MailSource(a, cursors, clients=clients) for a in config.accounts)
    if config.slack.enabled:
        from office_hours.sources.slack import SlackSource

        sources.append(
            SlackSource(
                config.slack.api_url, config.slack.channels, cursors, config.slack.poll_seconds
            )
        )
    if config.matrix.enabled:
        from office_hours.sources.matrix import MatrixSource

        client_rooms = [room for client in config.clients for room in client.rooms]
        sources.append(MatrixSource(config.matrix, cursors, client_rooms))
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
    if config.slack.enabled:
        from office_hours.presence.slack import SlackPresence

        targets.append(
            SlackPresence(
                config.slack.api_url,
                config.slack.focus_status_text,
                config.slack.focus_status_emoji,
                snooze_minutes=max(config.default_focus_minutes, SLACK_SNOOZE_FLOOR_MIN),
                dnd=config.slack.focus_dnd,
            )
        )
    if config.matrix.enabled and config.matrix.focus_presence:
        from office_hours.presence.matrix import MatrixPresence

        targets.append(MatrixPresence(config.matrix))
    # -- desktop do-not-disturb (issue 4) --
    if config.presence_desktop_dnd:
        from office_hours.presence.desktop import desktop_targets

        targets.extend(desktop_targets())
    return targets
