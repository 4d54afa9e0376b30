"""Slack message text and selection, as pure functions on recorded message shapes."""

from __future__ import annotations

from office_hours.sources.slack import mentions, parse_message, permalink, plain_text, wanted

ME = "U0ME00001"


def test_plain_text_turns_markup_into_words() -> None:
    assert plain_text("see <https://x.example/a|the doc> &amp; <https://y.example>") == (
        "see the doc & https://y.example"
    )
    assert plain_text(f"<@{ME}> and <@U2|bob> in <#C1|general>, <!here>") == (
        f"@{ME} and @bob in general, @here"
    )
    assert plain_text("two\n\nlines  &lt;b&gt;") == "two lines <b>"


def test_wanted_messages() -> None:
    dm = {"type": "message", "user": "U2", "text": "hi", "ts": "1.0"}
    assert wanted(dm, "im", ME)
    assert wanted(dm, "mpim", ME)
    assert not wanted(dm, "channel", ME)
    assert wanted({**dm, "text": f"<@{ME}> look"}, "channel", ME)
    assert wanted({**dm, "text": f"<@{ME}|me> look"}, "channel", ME)
    assert not wanted({**dm, "user": ME}, "im", ME)  # my own
    assert not wanted({**dm, "subtype": "channel_join"}, "im", ME)
    assert not wanted({**dm, "subtype": "message_changed"}, "im", ME)
    assert wanted({**dm, "subtype": "file_share"}, "im", ME)
    assert not wanted({"type": "message", "subtype": "bot_message", "text": "x"}, "im", ME)
    assert mentions(f"x <@{ME}>", ME)
    assert not mentions(f"x <@{ME}0>", ME)


def test_parse_message_keeps_a_short_snippet() -> None:
    text = "word " * 100
    item = parse_message({"user": "U2", "text": text, "ts": "1700000000.000200"}, "D1", "")
    assert item.item_id == "D1:1700000000.000200"
    assert len(item.subject) == 80
    assert item.subject.endswith("…")
    assert len(item.snippet) == 280
    assert item.received_at.timestamp() == 1700000000.0002
    assert item.link == "slack://channel?id=D1&message=1700000000.000200"
    assert permalink("https://acme.slack.com/", "C1", "1.000200") == (
        "https://acme.slack.com/archives/C1/p1000200"
    )
