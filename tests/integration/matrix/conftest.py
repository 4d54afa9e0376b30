"""One Synapse per test session (start ~2 s), with alice (the freelancer) and anna (a
client) registered; the test FAILS with the reason when Synapse cannot start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from matrix.synapse import Synapse, start_synapse


@pytest.fixture(scope="session")
def synapse() -> Iterator[Synapse]:
    with start_synapse() as server:
        for name, password in (("alice", "alicepw"), ("anna", "annapw"), ("bob", "bobpw")):
            server.register(name, password)
        yield server
