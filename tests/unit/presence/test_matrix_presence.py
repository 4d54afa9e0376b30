"""Matrix presence refuses a saved state it cannot put back, before touching the network
(the round trip against a real Synapse is in tests/integration/matrix)."""

from __future__ import annotations

import pytest

from office_hours.config.matrix import MatrixSettings
from office_hours.presence.base import PresenceError
from office_hours.presence.matrix import MatrixPresence


def _no_token() -> str:
    raise AssertionError("the network must not be touched")


@pytest.mark.parametrize(
    "saved",
    [{}, {"presence": "busy"}, {"presence": "online", "status_msg": 5}],
)
def test_unusable_saved_states_are_refused(saved: dict[str, object]) -> None:
    target = MatrixPresence(MatrixSettings(True, "https://hs.example", "@me:hs.example"), _no_token)
    with pytest.raises(PresenceError, match="not usable"):
        target.restore(saved)
    assert target.name == "matrix:@me:hs.example"
