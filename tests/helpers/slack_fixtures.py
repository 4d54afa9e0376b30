"""pytest fixtures around the Slack stand-in: import them into a test module by name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from helpers.memory_keyring import MemoryKeyring, memory_keyring
from helpers.slack_standin import SlackStandIn

TOKEN = "xoxp-standin-token"
ME, ANNA, BOB, CAROL = "U0ME00001", "U0ANNA001", "U0BOB0001", "U0CAROL01"
DM_ANNA, DM_CAROL, MPIM, WATCHED, UNWATCHED = (
    "D0ANNA001",
    "D0CAROL01",
    "G0MPIM001",
    "C0WATCH01",
    "C0OTHER01",
)


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    """A running stand-in with a DM from Anna and Carol, a group DM, a watched channel and one
    that is not watched."""
    server = SlackStandIn(token=TOKEN, me=ME, my_name="me")
    for uid, name in ((ANNA, "anna"), (BOB, "bob"), (CAROL, "carol")):
        server.add_user(uid, name)
    server.add_conversation(DM_ANNA, "im", (ME, ANNA))
    server.add_conversation(DM_CAROL, "im", (ME, CAROL))
    server.add_conversation(MPIM, "mpim", (ME, ANNA, BOB), name="mpdm-me--anna--bob-1")
    server.add_conversation(WATCHED, "public_channel", (ME, ANNA, BOB), name="acme-project")
    server.add_conversation(UNWATCHED, "public_channel", (ME, ANNA), name="random")
    with server:
        yield server


@pytest.fixture
def slack_keyring() -> Iterator[MemoryKeyring]:
    """The stand-in's token saved under keyring user "slack", as `account set-token` does."""
    with memory_keyring() as backend:
        backend.set_password("office-hours", "slack", TOKEN)
        yield backend
