"""Slack while in focus: snooze notifications (dnd.setSnooze) and show a focus status;
leaving focus puts back exactly what was there, and ends only a snooze that was ours."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from office_hours.presence.base import PresenceError, Saved
from office_hours.sources.slack_api import (
    SlackProblem,
    call,
    make_client,
    missing_package,
    read_token,
)


class SlackPresence:
    name = "slack"
    label = "Slack status and do-not-disturb"

    def __init__(
        self,
        api_url: str,
        status_text: str,
        status_emoji: str,
        snooze_minutes: int,
        dnd: bool = True,
        token: Callable[[], str] = read_token,
    ) -> None:
        self.api_url = api_url
        self.status_text, self.status_emoji = status_text, status_emoji
        self.snooze_minutes = max(1, snooze_minutes)
        self.dnd = dnd
        self._token = token

    def check(self) -> str | None:
        problem = missing_package()
        if problem:
            from office_hours.state_words import state_text

            return state_text(problem)
        try:
            self._call("auth.test")
        except PresenceError as exc:
            return str(exc)
        return None

    def _call(self, method: str, **kwargs: Any) -> dict[str, Any]:
        try:
            return call(make_client(self.api_url, self._token()), method, **kwargs)
        except SlackProblem as exc:
            raise PresenceError(str(exc)) from None

    def engage(self) -> Saved:
        """Read the prior DND and status first, then change them: `saved` is what restore
        needs even if the change fails half-way."""
        dnd = self._call("dnd.info")
        profile = self._call("users.profile.get").get("profile") or {}
        saved: Saved = {
            "snooze_was_on": bool(dnd.get("snooze_enabled")),
            "snoozed_by_us": False,
            "status_text": str(profile.get("status_text", "")),
            "status_emoji": str(profile.get("status_emoji", "")),
            "status_expiration": int(profile.get("status_expiration", 0) or 0),
        }
        if self.dnd and not saved["snooze_was_on"]:  # the user's own snooze is left alone
            self._call("dnd.setSnooze", params={"num_minutes": self.snooze_minutes})
            saved["snoozed_by_us"] = True
        focus = {
            "status_text": self.status_text,
            "status_emoji": self.status_emoji,
            "status_expiration": 0,
        }
        self._call("users.profile.set", json={"profile": focus})
        return saved

    def restore(self, saved: Saved) -> None:
        if saved.get("snoozed_by_us"):
            try:
                self._call("dnd.endSnooze")
            except PresenceError as exc:
                if "snooze_not_active" not in str(exc):  # it ran out or the user ended it
                    raise
        prior = {
            "status_text": str(saved.get("status_text", "")),
            "status_emoji": str(saved.get("status_emoji", "")),
            "status_expiration": int(saved.get("status_expiration", 0) or 0),
        }
        self._call("users.profile.set", json={"profile": prior})
