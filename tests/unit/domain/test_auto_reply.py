"""The auto-reply decision: one test per row of the never-reply list, opt-in, the period,
and the note's text in en/ru/th."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest

from office_hours.domain.auto_reply import (
    NEVER_REPLY,
    AutoReplySettings,
    Refusal,
    RefusalKind,
    Reply,
    ReplyHeaders,
    ReplyTiming,
    auto_reply_decision,
    reply_subject,
)
from office_hours.domain.model import AfterHours, Client, ModeKind, Terms

NOW = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)  # a Friday evening
ME = "me@freelance.test"
ACME = Client("acme", "Acme", addresses=("*@acme.test",))
SETTINGS = AutoReplySettings(
    client_modes={"acme": frozenset({ModeKind.FOCUS, ModeKind.OFF_HOURS})},
    client_languages={"acme": "en"},
    own_addresses=(ME,),
)
TIMING = ReplyTiming(
    timezone="UTC",
    batch_times=(time(10), time(13, 30), time(17)),
    next_batch=datetime(2026, 12, 7, 10, 0, tzinfo=UTC),
    next_business=datetime(2026, 12, 7, 9, 0, tzinfo=UTC),
)
GOOD = ReplyHeaders(
    sender="anna@acme.test",
    subject="Invoice question",
    return_path="anna@acme.test",
    to=(ME,),
    message_id="m1@acme.test",
)


def decide(
    headers: ReplyHeaders = GOOD,
    client: Client | None = ACME,
    mode: ModeKind = ModeKind.OFF_HOURS,
    last: datetime | None = None,
    settings: AutoReplySettings = SETTINGS,
) -> Reply | Refusal:
    return auto_reply_decision(headers, client, mode, NOW, last, settings, TIMING)


def test_a_plain_client_mail_gets_a_reply_to_its_return_path() -> None:
    result = decide(replace(GOOD, return_path="<anna+tag@acme.test>"))
    assert isinstance(result, Reply)
    assert result.to == "anna+tag@acme.test"
    assert result.subject == "Re: Invoice question"
    assert result.in_reply_to == "m1@acme.test"
    assert result.references == ("m1@acme.test",)
    assert "Monday at 09:00" in result.body
    assert '"URGENT"' in result.body


# One row per entry of the never-reply list (issue 17, point 2).
NEVER_ROWS = [
    ("auto-submitted auto-replied", {"auto_submitted": "auto-replied"}, RefusalKind.AUTO_SUBMITTED),
    (
        "auto-submitted auto-generated",
        {"auto_submitted": "auto-generated"},
        RefusalKind.AUTO_SUBMITTED,
    ),
    ("List-Id", {"list_headers": ("List-Id",)}, RefusalKind.LIST),
    ("List-Unsubscribe", {"list_headers": ("List-Unsubscribe",)}, RefusalKind.LIST),
    ("Precedence bulk", {"precedence": "bulk"}, RefusalKind.PRECEDENCE),
    ("Precedence list", {"precedence": "List"}, RefusalKind.PRECEDENCE),
    ("Precedence junk", {"precedence": "junk"}, RefusalKind.PRECEDENCE),
    ("empty Return-Path", {"return_path": ""}, RefusalKind.NO_RETURN_PATH),
    ("Return-Path <>", {"return_path": "<>"}, RefusalKind.NO_RETURN_PATH),
    ("no Return-Path", {"return_path": None}, RefusalKind.NO_RETURN_PATH),
    (
        "MAILER-DAEMON",
        {"sender": "MAILER-DAEMON@acme.test", "return_path": "MAILER-DAEMON@acme.test"},
        RefusalKind.ROBOT_SENDER,
    ),
    (
        "LISTSERV",
        {"sender": "LISTSERV@acme.test", "return_path": "listserv@acme.test"},
        RefusalKind.ROBOT_SENDER,
    ),
    (
        "majordomo",
        {"sender": "majordomo@acme.test", "return_path": "majordomo@acme.test"},
        RefusalKind.ROBOT_SENDER,
    ),
    (
        "owner-*",
        {"sender": "owner-team@acme.test", "return_path": "owner-team@acme.test"},
        RefusalKind.ROBOT_SENDER,
    ),
    (
        "*-request",
        {"sender": "team-request@acme.test", "return_path": "team-request@acme.test"},
        RefusalKind.ROBOT_SENDER,
    ),
    (
        "no-reply",
        {"sender": "no-reply@acme.test", "return_path": "no-reply@acme.test"},
        RefusalKind.ROBOT_SENDER,
    ),
    (
        "noreply",
        {"sender": "NoReply@acme.test", "return_path": "noreply@acme.test"},
        RefusalKind.ROBOT_SENDER,
    ),
    ("own address", {"sender": ME, "return_path": ME}, RefusalKind.OWN_ADDRESS),
    ("not in To or Cc", {"to": ("team@acme.test",), "cc": ()}, RefusalKind.NOT_ADDRESSED),
    ("X-Auto-Response-Suppress OOF", {"auto_response_suppress": "DR, OOF"}, RefusalKind.SUPPRESSED),
    ("X-Auto-Response-Suppress All", {"auto_response_suppress": "All"}, RefusalKind.SUPPRESSED),
]


@pytest.mark.parametrize(("row", "change", "kind"), NEVER_ROWS, ids=[r[0] for r in NEVER_ROWS])
def test_never_reply(row: str, change: dict[str, object], kind: RefusalKind) -> None:
    assert decide(replace(GOOD, **change)) == Refusal(kind)  # type: ignore[arg-type]


def test_every_rule_of_the_table_has_a_row() -> None:
    assert {k for k, _ in NEVER_REPLY} == {k for _, _, k in NEVER_ROWS}


def test_auto_submitted_no_and_cc_are_fine() -> None:
    assert isinstance(decide(replace(GOOD, auto_submitted="no", to=(), cc=(ME,))), Reply)
    assert isinstance(decide(replace(GOOD, auto_response_suppress="DR, RN")), Reply)


def test_unknown_senders_only_when_opted_in() -> None:
    assert decide(client=None) == Refusal(RefusalKind.UNKNOWN_SENDER)
    opted = replace(SETTINGS, unknown_modes=frozenset({ModeKind.OFF_HOURS}))
    assert isinstance(decide(client=None, settings=opted), Reply)


def test_opt_in_per_client_and_per_mode() -> None:
    other = Client("beta", "Beta")
    assert decide(client=other) == Refusal(RefusalKind.NOT_OPTED_IN)
    focus_only = replace(SETTINGS, client_modes={"acme": frozenset({ModeKind.FOCUS})})
    assert decide(settings=focus_only) == Refusal(RefusalKind.MODE)
    assert isinstance(decide(settings=focus_only, mode=ModeKind.FOCUS), Reply)
    assert decide(mode=ModeKind.REACHABLE) == Refusal(RefusalKind.MODE)


def test_once_per_sender_per_period() -> None:
    assert decide(last=NOW - timedelta(days=6, hours=23)) == Refusal(RefusalKind.ALREADY_REPLIED)
    assert isinstance(decide(last=NOW - timedelta(days=7)), Reply)
    short = replace(SETTINGS, period=timedelta(days=1))
    assert isinstance(decide(last=NOW - timedelta(days=2), settings=short), Reply)


def test_focus_note_names_the_batch_times() -> None:
    result = decide(mode=ModeKind.FOCUS)
    assert isinstance(result, Reply)
    assert "I read mail at 10:00, 13:30 and 17:00" in result.body
    assert "Monday at 10:00" in result.body


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["в понедельник в 09:00", '"СРОЧНО"']),
        ("th", ["วันจันทร์ เวลา 09:00", '"ด่วน"']),
    ],
)
def test_the_clients_language(language: str, expected: list[str]) -> None:
    settings = replace(SETTINGS, client_languages={"acme": language})
    result = decide(settings=settings)
    assert isinstance(result, Reply)
    assert result.language == language
    for text in expected:
        assert text in result.body


def test_no_urgency_line_when_the_terms_let_nothing_through() -> None:
    strict = replace(ACME, terms=Terms(after_hours=AfterHours.NEVER))
    result = decide(client=strict)
    assert isinstance(result, Reply)
    assert "URGENT" not in result.body
    assert "Monday at 09:00" in result.body


def test_an_edited_template_and_a_broken_one() -> None:
    mine = replace(
        SETTINGS, templates={("en", ModeKind.OFF_HOURS): "Back {next_business_day}. {x}"}
    )
    result = decide(settings=mine)
    assert isinstance(result, Reply)
    assert result.body == "Back Monday at 09:00. {x}\n"
    broken = replace(SETTINGS, templates={("en", ModeKind.OFF_HOURS): "Back {0} {"})
    result = decide(settings=broken)
    assert isinstance(result, Reply)
    assert result.body == "Back {0} {\n"


def test_subject_cannot_carry_line_breaks() -> None:
    assert reply_subject("Hi\r\nBcc: victim@x.test") == "Re: Hi Bcc: victim@x.test"
    assert reply_subject("Re: done") == "Re: done"
    assert reply_subject("") == "Re:"
