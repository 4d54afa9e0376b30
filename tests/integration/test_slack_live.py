"""Opt-in: the Slack calls Office Hours makes, against a real workspace. Read-only (auth.test,
one conversations.list page, dnd.info): nothing is posted, marked or changed.

Runs only when OFFICE_HOURS_SLACK_TOKEN holds a user token (xoxp-…) with the README's scopes;
OFFICE_HOURS_SLACK_API_URL may point elsewhere than https://slack.com/api/.
"""

from __future__ import annotations

import os

import pytest

from office_hours.config.slack import DEFAULT_API_URL
from office_hours.sources.slack import SlackSource
from office_hours.sources.slack_api import call, make_client

TOKEN = os.environ.get("OFFICE_HOURS_SLACK_TOKEN", "")
API_URL = os.environ.get("OFFICE_HOURS_SLACK_API_URL", DEFAULT_API_URL)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not TOKEN,
        reason="opt-in test against a real Slack workspace: OFFICE_HOURS_SLACK_TOKEN is not set "
        "(set it to a user token with the scopes listed in the README to run it)",
    ),
]


def test_real_workspace_answers_the_calls_the_source_makes() -> None:
    source = SlackSource(API_URL, [], lambda s, k: None, token=lambda: TOKEN)
    assert source.check() is None
    assert source.describe().startswith("connected as ")

    client = make_client(API_URL, TOKEN)
    who = call(client, "auth.test")
    assert who["ok"] is True
    assert who["user_id"].startswith(("U", "W"))
    assert who["url"].startswith("https://")
    page = call(client, "conversations.list", params={"types": "im,mpim", "limit": 20})
    assert isinstance(page["channels"], list)
    assert all("id" in c for c in page["channels"])
    assert "next_cursor" in page.get("response_metadata", {"next_cursor": ""})
    dnd = call(client, "dnd.info")
    assert isinstance(dnd["snooze_enabled"], bool)
