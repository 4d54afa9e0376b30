"""Which client an item belongs to: by address, `*@domain`, chat user, room or phone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from office_hours.domain.model import Channel, Client, Item
from office_hours.domain.urgency import fold

_NON_DIGITS = re.compile(r"[^\d+]")


def normalise_phone(number: str) -> str:
    digits = _NON_DIGITS.sub("", number)
    return digits[1:] if digits.startswith("+") else digits.lstrip("0")


def _address_of(sender: str) -> str:
    """`Anna <anna@acme.com>` -> `anna@acme.com`."""
    s = sender.strip()
    if "<" in s and s.endswith(">"):
        s = s[s.rfind("<") + 1 : -1]
    return fold(s)


def match_client(item: Item, clients: Sequence[Client]) -> Client | None:
    """The first client whose rules match, exact rules before domain rules."""
    address = _address_of(item.sender)
    phone = normalise_phone(item.sender) if item.channel is Channel.CALL else ""
    sender = fold(item.sender)
    room = fold(item.room)
    # Exact identities first, so a client's own address beats another's *@domain rule.
    for client in clients:
        if any(fold(a) == address for a in client.addresses if not a.startswith("*@")):
            return client
        if any(fold(u) == sender for u in client.chat_users):
            return client
        if room and any(fold(r) == room for r in client.rooms):
            return client
        if phone and any(normalise_phone(p) == phone for p in client.phones if p):
            return client
        if normalise_phone(item.sender) and any(
            normalise_phone(p) == normalise_phone(item.sender) for p in client.phones if p
        ):
            return client
    for client in clients:
        for rule in client.addresses:
            if rule.startswith("*@") and address.endswith("@" + fold(rule[2:])):
                return client
    return None
