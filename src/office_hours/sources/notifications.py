"""Other apps' desktop notifications as items: the pure half of sources/desktop.py.

Every rule about them lives here, as tables: which apps are noise, which carry mail, and how
a Notify call's fields map onto an item. No D-Bus here, so the tests feed plain tuples.

The mapping: the title (Notify's `summary`, which chat and mail apps fill with the contact's
name) is the sender; the body, stripped of markup, is the snippet and its first line the
subject; the app's name is the item's room (what `notification_match` also looks at).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from office_hours.domain.matching import DESKTOP_SOURCE
from office_hours.domain.model import Channel, Item
from office_hours.domain.urgency import fold

SUBJECT_CHARS = 120
SNIPPET_CHARS = 280

# Our own notifications and the system's: never a client's contact. Folded app names.
OWN_APPS = frozenset({"office hours", "office-hours", "office_hours"})
NOISE_APPS = frozenset(
    {
        "",  # no app name: a script or a daemon, not a chat or mail app
        "notify-send",  # notify-send's default app name: the user's own scripts
        "networkmanager",
        "network",
        "gnome-settings-daemon",
        "gnome shell",
        "gnome-shell",
        "power",
        "power management",
        "upower",
        "xfce4-power-manager",
        "powerdevil",
        "udiskie",
        "blueman",
        "bluetooth",
        "pasystray",
        "volume",
        "brightness",
        "screenshot",
        "gnome-screenshot",
        "flameshot",
        "update manager",
        "software",
        "discover",
        "packagekit",
        "dunst",
        "dunstctl",
        "keepassxc",
        "spotify",
        "rhythmbox",
    }
)
# Apps whose notifications are mail; every other app's are chat.
MAIL_APPS = frozenset(
    {
        "thunderbird",
        "betterbird",
        "evolution",
        "evolution-alarm-notify",
        "geary",
        "kmail",
        "mailspring",
        "claws mail",
        "mutt",
        "neomutt",
        "mail",
        "mailnag",
    }
)

_TAG = re.compile(r"<[^>]{0,1000}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class Notification:
    """One Notify call as another app made it, plus who sent it on the bus and when."""

    app_name: str
    summary: str
    body: str
    bus_sender: str  # the caller's unique bus name, e.g. ":1.42"
    serial: int
    received_at: datetime


def decode_notify(
    body: Sequence[object], bus_sender: str, serial: int, at: datetime
) -> Notification | None:
    """Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as, hints
    a{sv}, timeout i) -> a Notification; None when the call does not have that shape."""
    if len(body) != 8:
        return None
    app_name, _replaces, _icon, summary, text = body[:5]
    if not all(isinstance(v, str) for v in (app_name, summary, text)):
        return None
    return Notification(str(app_name), str(summary), str(text), bus_sender, serial, at)


def plain_text(markup: str) -> str:
    """Notification bodies may carry a little markup (<b>, <a href>, &amp;): the text only,
    without control or bidi-override characters, white space collapsed."""
    text = html.unescape(_TAG.sub("", markup.replace("<br>", "\n").replace("<br/>", "\n")))
    return "\n".join(" ".join(line.split()) for line in _CONTROL.sub(" ", text).splitlines())


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def channel_of(app_name: str) -> Channel:
    return Channel.EMAIL if fold(app_name) in MAIL_APPS else Channel.CHAT


def wanted(app_name: str, apps: Iterable[str], ignore_apps: Iterable[str]) -> bool:
    """Not ours, not system noise, not ignored by the user, and watched (an empty `apps`
    watches every app). The user's names match within the app's ("Telegram" also names
    "Telegram Desktop"); the built-in tables match whole names."""
    name = fold(app_name)
    if name in OWN_APPS or name in NOISE_APPS or _names(name, ignore_apps):
        return False
    watched = [a for a in apps if fold(a)]
    return not watched or _names(name, watched)


def _names(name: str, rules: Iterable[str]) -> bool:
    return any(folded and folded in name for folded in map(fold, rules))


def item_id(note: Notification) -> str:
    """Stable for one call (the bus never reuses a unique name while it runs; the time
    separates bus restarts), so storing it twice is a no-op."""
    key = f"{note.bus_sender}|{note.serial}|{note.received_at.isoformat()}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def to_item(note: Notification) -> Item | None:
    """The item this notification is; None when it says nothing (no title and no body)."""
    summary = _cut(plain_text(note.summary).replace("\n", " ").strip(), SUBJECT_CHARS)
    body = plain_text(note.body).strip()
    if not summary and not body:
        return None
    first_line = body.split("\n", 1)[0] if body else ""
    return Item(
        source=DESKTOP_SOURCE,
        item_id=item_id(note),
        channel=channel_of(note.app_name),
        sender=summary or note.app_name.strip(),
        subject=_cut(first_line, SUBJECT_CHARS),
        received_at=note.received_at,
        snippet=_cut(body.replace("\n", " "), SNIPPET_CHARS),
        room=_cut(note.app_name.strip(), SUBJECT_CHARS),
    )
