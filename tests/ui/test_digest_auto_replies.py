"""Auto-replies sent show in the digest: a group of their own and a count in the summary."""

from __future__ import annotations

from datetime import timedelta

import pytest

from office_hours.engine import Engine
from office_hours.storage.auto_replies import SentReply
from office_hours.ui.digest_window import DigestWindow

pytestmark = pytest.mark.gui


def test_sent_auto_replies_are_listed_and_counted(qtbot, engine: Engine) -> None:
    now = engine.clock()
    for n, who in enumerate(("anna@acme.com", "bob@acme.com", "<b>x</b>@acme.com")):
        engine.store.record_auto_reply(
            SentReply(
                who,
                "acme",
                "work",
                "off_hours",
                "ru",
                f"Re: вопрос {n}",
                "",
                "r@me",
                now - timedelta(hours=n),
            )
        )
    engine.store.record_auto_reply(  # older than the digest's week
        SentReply(
            "old@acme.com",
            "acme",
            "work",
            "focus",
            "en",
            "Re: old",
            "",
            "r@me",
            now - timedelta(days=8),
        )
    )
    window = DigestWindow(engine, lambda _url: True)
    qtbot.addWidget(window)
    assert "3 automatic answers sent in the last 7 days." in window.summary_label.text()
    group = window.tree.topLevelItem(window.tree.topLevelItemCount() - 1)
    assert group.text(0) == "Automatic answers sent — 3"
    recipients = sorted(group.child(i).text(0) for i in range(group.childCount()))
    assert recipients == ["<b>x</b>@acme.com", "anna@acme.com", "bob@acme.com"]
    assert group.child(0).text(4) == "auto-reply sent"
    window.tree.selectAll()
    assert all(r.sender != "anna@acme.com" for r in window.selected())  # nothing to handle
