"""Slack presence against the stand-in: focus snoozes notifications and sets the focus status;
leaving focus puts back exactly the user's previous status and ends only our own snooze."""

from __future__ import annotations

import json

import pytest

from helpers.memory_keyring import MemoryKeyring, memory_keyring
from helpers.slack_fixtures import TOKEN, slack_keyring, standin
from helpers.slack_standin import SlackStandIn
from office_hours.presence.base import PresenceError
from office_hours.presence.slack import SlackPresence

__all__ = ["slack_keyring", "standin"]  # fixtures, used by name

PRIOR = {"status_text": "On a train", "status_emoji": ":train:", "status_expiration": 1_900_000_000}


def _presence(standin: SlackStandIn, dnd: bool = True) -> SlackPresence:
    return SlackPresence(standin.base_url, "Deep work", ":no_bell:", snooze_minutes=50, dnd=dnd)


def _status(standin: SlackStandIn) -> dict[str, object]:
    return {k: standin.profile[k] for k in PRIOR}


def test_engage_snoozes_and_sets_status_then_restore_puts_back_the_prior(
    standin: SlackStandIn, slack_keyring: MemoryKeyring
) -> None:
    standin.profile.update(PRIOR)
    presence = _presence(standin)
    assert presence.check() is None

    saved = presence.engage()
    assert standin.dnd["snooze_enabled"] is True
    assert standin.calls("dnd.setSnooze")[-1].args["num_minutes"] == "50"
    assert _status(standin) == {
        "status_text": "Deep work",
        "status_emoji": ":no_bell:",
        "status_expiration": 0,
    }
    json.dumps(saved)  # kept on disk until restored: must be JSON

    presence.restore(json.loads(json.dumps(saved)))
    assert standin.dnd["snooze_enabled"] is False
    assert _status(standin) == PRIOR
    assert len(standin.calls("dnd.endSnooze")) == 1
    assert {r.authorization for r in standin.requests} == {f"Bearer {TOKEN}"}


def test_a_snooze_the_user_had_is_left_alone(
    standin: SlackStandIn, slack_keyring: MemoryKeyring
) -> None:
    standin.dnd.update(snooze_enabled=True, snooze_endtime=2_000_000_000)
    presence = _presence(standin)
    saved = presence.engage()
    assert not standin.calls("dnd.setSnooze")
    presence.restore(saved)
    assert not standin.calls("dnd.endSnooze")
    assert standin.dnd["snooze_enabled"] is True
    assert standin.dnd["snooze_endtime"] == 2_000_000_000
    assert _status(standin) == {"status_text": "", "status_emoji": "", "status_expiration": 0}


def test_without_focus_dnd_only_the_status_changes(
    standin: SlackStandIn, slack_keyring: MemoryKeyring
) -> None:
    presence = _presence(standin, dnd=False)
    presence.restore(presence.engage())
    assert not standin.calls("dnd.setSnooze")
    assert not standin.calls("dnd.endSnooze")


def test_restore_after_the_snooze_ran_out_still_restores_the_status(
    standin: SlackStandIn, slack_keyring: MemoryKeyring
) -> None:
    standin.profile.update(PRIOR)
    presence = _presence(standin)
    saved = presence.engage()
    standin.dnd["snooze_enabled"] = False  # the user ended it, or it ran out
    presence.restore(saved)
    assert _status(standin) == PRIOR


def test_a_refused_token_is_a_plain_presence_error(standin: SlackStandIn) -> None:
    with memory_keyring() as backend:
        backend.set_password("office-hours", "slack", "xoxp-wrong")
        presence = _presence(standin)
        assert (presence.check() or "").startswith("token refused by Slack (invalid_auth)")
        with pytest.raises(PresenceError, match="token refused by Slack"):
            presence.engage()
    assert not standin.calls("dnd.setSnooze")
