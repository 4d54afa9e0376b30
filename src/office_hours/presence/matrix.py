"""Matrix presence while in focus: "unavailable" with the configured status message, and
afterwards exactly the presence and message that were there before."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from office_hours.config.matrix import MatrixSettings
from office_hours.presence.base import PresenceError, Saved
from office_hours.sources.matrix import (
    CHECK_TIMEOUT_S,
    MatrixProblem,
    answer_problem,
    check_account,
    new_client,
    read_token,
    transport_errors,
)

FOCUS_PRESENCE = "unavailable"
PRESENCES = ("online", "unavailable", "offline")


class MatrixPresence:
    def __init__(self, settings: MatrixSettings, token: Callable[[], str] = read_token) -> None:
        self.settings, self._token = settings, token
        self.name = f"matrix:{settings.user_id}"
        self.label = f"Matrix presence {settings.user_id}"

    def check(self) -> str | None:
        return check_account(self.settings, self._token)

    def engage(self) -> Saved:
        saved: Saved = self._run(self._engage())
        return saved

    def restore(self, saved: Saved) -> None:
        presence, status = saved.get("presence"), saved.get("status_msg")
        if presence not in PRESENCES or not (status is None or isinstance(status, str)):
            raise PresenceError(f"the saved Matrix presence is not usable: {saved!r}")
        self._run(self._set(str(presence), status))

    def _run(self, work: Coroutine[Any, Any, Any]) -> Any:
        try:
            return asyncio.run(asyncio.wait_for(work, CHECK_TIMEOUT_S * 2))
        except MatrixProblem as exc:
            raise PresenceError(str(exc)) from None
        except TimeoutError:
            raise PresenceError(
                f"the homeserver cannot be reached ({self.settings.homeserver}): no answer"
            ) from None

    async def _engage(self) -> Saved:
        from nio import PresenceGetResponse

        client = new_client(self.settings, self._token(), CHECK_TIMEOUT_S)
        try:
            with transport_errors(self.settings.homeserver):
                now = await client.get_presence(self.settings.user_id)
            if not isinstance(now, PresenceGetResponse):
                raise answer_problem(now, "to tell your presence")
        finally:
            await client.close()
        saved: Saved = {"presence": now.presence, "status_msg": now.status_msg}
        await self._set(FOCUS_PRESENCE, self.settings.focus_status)
        return saved

    async def _set(self, presence: str, status: str | None) -> None:
        from nio import PresenceSetResponse

        client = new_client(self.settings, self._token(), CHECK_TIMEOUT_S)
        try:
            with transport_errors(self.settings.homeserver):
                # "" clears a message; nio leaves the field out for None
                done = await client.set_presence(presence, status if status is not None else "")
            if not isinstance(done, PresenceSetResponse):
                raise answer_problem(done, "to change your presence")
        finally:
            await client.close()
