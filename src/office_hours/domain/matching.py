"""Which client an item belongs to: by address, `*@domain`, chat user, room or phone.

Rules are folded once into lookup tables (`ClientIndex`), so matching an item costs a few
dict look-ups however many clients there are; the engine builds the index once per config.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from office_hours.domain.model import Channel, Client, Item
from office_hours.domain.urgency import fold

_NON_DIGITS = re.compile(r"[^\d+]")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]+$")
MIN_PHONE_DIGITS = 6  # shorter digit runs are extensions or noise, never a client's number
DESKTOP_SOURCE = "desktop"  # items seen in other apps' desktop notifications
_GLOB_CHARS = frozenset("*?[")


def normalise_phone(number: str) -> str:
    digits = _NON_DIGITS.sub("", number)
    return digits[1:] if digits.startswith("+") else digits.lstrip("0")


def phone_of(sender: str) -> str:
    """The normalised number when `sender` is written as a phone number, else ""."""
    s = sender.strip()
    if not _PHONE_LIKE.match(s):
        return ""
    digits = normalise_phone(s)
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def address_of(sender: str) -> str:
    """`Anna <anna@acme.com>` -> `anna@acme.com`."""
    s = sender.strip()
    if "<" in s and s.endswith(">"):
        s = s[s.rfind("<") + 1 : -1]
    return fold(s)


def notification_pattern(rules: Sequence[str]) -> re.Pattern[str] | None:
    """One regex for a client's `notification_match` rules, searched in folded text: plain
    text matches anywhere, a glob (`ACME*`) must match a whole field."""
    parts = []
    for rule in rules:
        folded = fold(rule)
        if not folded:
            continue
        if _GLOB_CHARS.intersection(folded):
            parts.append(r"\A" + fnmatch.translate(folded))
        else:
            parts.append(re.escape(folded))
    return re.compile("|".join(parts)) if parts else None


def notification_fields(item: Item) -> tuple[str, ...]:
    """What notification rules look at: the title (sender), the body and the app's name."""
    return tuple(fold(text) for text in (item.sender, item.snippet or item.subject, item.room))


def not_client_rule(sender: str, channel: Channel) -> str:
    """The general.not_clients entry for this sender: its address, or the chat id / phone."""
    key, value = rule_for(sender, channel)
    return value


def is_not_client(sender: str, rules: Sequence[str]) -> bool:
    """Whether `sender` is one the user said is not a client (an address, `*@domain`, a chat
    id or a phone number as written in general.not_clients)."""
    if not rules:
        return False
    return not_client_test(rules)(sender)


def not_client_test(rules: Sequence[str]) -> Callable[[str], bool]:
    """is_not_client for many senders: the rules folded once (the engine asks per item)."""
    folded = {fold(rule.strip()) for rule in rules}

    def test(sender: str) -> bool:
        address = address_of(sender)
        if address in folded or fold(sender.strip()) in folded:
            return True
        return "@" in address and "*@" + address.rsplit("@", 1)[1] in folded

    return test


def rule_for(sender: str, channel: Channel) -> tuple[str, str]:
    """The client rule (key, value) that would match this sender from now on."""
    if channel is Channel.CHAT:
        return "chat_users", sender.strip()
    if phone_of(sender):
        return "phones", sender.strip()
    return "addresses", address_of(sender)


@dataclass(frozen=True, slots=True)
class ClientIndex:
    """Each rule folded once, mapped to (position, client): the first client listed wins."""

    addresses: dict[str, tuple[int, Client]] = field(default_factory=dict)
    chat_users: dict[str, tuple[int, Client]] = field(default_factory=dict)
    rooms: dict[str, tuple[int, Client]] = field(default_factory=dict)
    phones: dict[str, tuple[int, Client]] = field(default_factory=dict)
    domains: dict[str, Client] = field(default_factory=dict)  # "@acme.com" -> client
    notifications: list[tuple[re.Pattern[str], Client]] = field(default_factory=list)

    @classmethod
    def of(cls, clients: Sequence[Client]) -> ClientIndex:
        index = cls()
        for position, client in enumerate(clients):
            entry = (position, client)
            for rule in client.addresses:
                if rule.startswith("*@"):
                    index.domains.setdefault("@" + fold(rule[2:]), client)
                else:
                    index.addresses.setdefault(fold(rule), entry)
            for user in client.chat_users:
                index.chat_users.setdefault(fold(user), entry)
            for room in client.rooms:
                index.rooms.setdefault(fold(room), entry)
            for phone in client.phones:
                digits = normalise_phone(phone)
                if len(digits) >= MIN_PHONE_DIGITS:
                    index.phones.setdefault(digits, entry)
            pattern = notification_pattern(client.notification_match)
            if pattern is not None:
                index.notifications.append((pattern, client))
        return index

    def match(self, item: Item) -> Client | None:
        """Exact identities first (address, chat user, room, phone; the earliest client
        wins), so a client's own address beats another's *@domain rule; then, for desktop
        notifications only, the clients' notification rules in their order."""
        address = address_of(item.sender)
        hits = [
            self.addresses.get(address),
            self.chat_users.get(fold(item.sender)),
            self.rooms.get(fold(item.room)) if item.room else None,
            self.phones.get(phone_of(item.sender)),
        ]
        found = [hit for hit in hits if hit is not None]
        if found:
            return min(found, key=lambda hit: hit[0])[1]
        if self.notifications and item.source == DESKTOP_SOURCE:
            fields = notification_fields(item)
            for pattern, client in self.notifications:
                if any(pattern.search(text) for text in fields):
                    return client
        at = address.rfind("@")
        if at > 0:
            return self.domains.get(address[at:])
        return None


def match_client(item: Item, clients: Sequence[Client]) -> Client | None:
    """One-off matching; callers that match many items keep a ClientIndex instead."""
    return ClientIndex.of(clients).match(item)
