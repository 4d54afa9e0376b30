"""Unread mail per client and the agreed response time as a due time (domain/unread.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from office_hours.domain.matching import ClientIndex
from office_hours.domain.model import Channel, ChannelTerms, Client, Terms
from office_hours.domain.unread import (
    ClientUnread,
    DueState,
    UnreadRow,
    age_parts,
    due_for,
    merge_views,
    unread_by_client,
    waiting_list,
)

BERLIN = ZoneInfo("Europe/Berlin")
BANGKOK = ZoneInfo("Asia/Bangkok")
T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def mail_terms(hours: float | None) -> Terms:
    return Terms(channels=((Channel.EMAIL, ChannelTerms(response_hours=hours)),))


ACME = Client("acme", "ACME GmbH", addresses=("*@acme.example",), terms=mail_terms(4))
ANNA = Client("anna", "Anna direct", addresses=("anna@acme.example",))
GLOBEX = Client("globex", "Globex", addresses=("boss@globex.example",))


def test_counts_per_client_oldest_and_unknown_left_out() -> None:
    rows = [
        UnreadRow(1, "bert@acme.example", T0),
        UnreadRow(2, "Carl@ACME.example", T0 - timedelta(hours=2)),
        UnreadRow(3, "anna@acme.example", T0),  # her own rule beats the domain's
        UnreadRow(4, "boss@globex.example", T0, ("\\Seen",)),  # read: not counted
        UnreadRow(5, "boss@globex.example", T0, ("\\Deleted",)),  # about to go
        UnreadRow(6, "who@nowhere.example", T0),  # unknown sender
    ]
    view = unread_by_client(rows, ClientIndex.of([ACME, ANNA, GLOBEX]))
    assert view == {
        "acme": ClientUnread(2, T0 - timedelta(hours=2)),
        "anna": ClientUnread(1, T0),
    }


def test_oldest_compares_instants_across_time_zones() -> None:
    berlin = datetime(2026, 12, 7, 10, 30, tzinfo=BERLIN)  # 09:30 UTC
    bangkok = datetime(2026, 12, 7, 16, 0, tzinfo=BANGKOK)  # 09:00 UTC: the older one
    view = unread_by_client(
        [UnreadRow(1, "a@acme.example", berlin), UnreadRow(2, "b@acme.example", bangkok)],
        ClientIndex.of([ACME]),
    )
    assert view["acme"].oldest == bangkok


def test_naive_arrival_is_refused() -> None:
    with pytest.raises(ValueError, match="arrived"):
        UnreadRow(1, "a@acme.example", datetime(2026, 12, 7, 9, 0))


def test_merge_adds_counts_and_keeps_the_oldest() -> None:
    early = T0 - timedelta(days=1)
    merged = merge_views(
        [
            {"acme": ClientUnread(2, T0)},
            {"acme": ClientUnread(1, early), "globex": ClientUnread(4, T0)},
            {},
        ]
    )
    assert merged == {"acme": ClientUnread(3, early), "globex": ClientUnread(4, T0)}


@pytest.mark.parametrize(
    ("waited", "state", "left_min"),
    [
        (timedelta(hours=1), DueState.OK, 180),
        (timedelta(hours=2, minutes=59), DueState.OK, 61),
        (timedelta(hours=3), DueState.SOON, 60),  # a quarter of 4 h left
        (timedelta(hours=3, minutes=20), DueState.SOON, 40),
        (timedelta(hours=4), DueState.OVERDUE, 0),
        (timedelta(hours=6), DueState.OVERDUE, -120),
    ],
)
def test_due_from_response_hours(waited: timedelta, state: DueState, left_min: int) -> None:
    due = due_for(T0, 4, T0 + waited)
    assert due.state is state
    assert due.at == T0 + timedelta(hours=4)
    assert due.left(T0 + waited) == timedelta(minutes=left_min)


def test_soon_is_capped_at_two_hours_for_long_terms() -> None:
    assert due_for(T0, 48, T0 + timedelta(hours=45)).state is DueState.OK
    assert due_for(T0, 48, T0 + timedelta(hours=46)).state is DueState.SOON


def test_due_is_elapsed_time_across_a_clock_change() -> None:
    # Mail at 01:30 Berlin on the night summer time ends (03:00 CEST -> 02:00 CET):
    # two hours later is 02:30 CET, although the wall clock moved only one hour.
    oldest = datetime(2026, 10, 25, 1, 30, tzinfo=BERLIN)  # 23:30 UTC the day before
    now = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)  # 02:00 CET: 30 min left
    due = due_for(oldest, 2, now)
    assert due.at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert due.at.astimezone(BERLIN).strftime("%H:%M %Z") == "02:30 CET"
    assert due.state is DueState.SOON
    assert due.left(now) == timedelta(minutes=30)
    # "now" may come in any zone: the same instant gives the same answer.
    assert due_for(oldest, 2, now.astimezone(BANGKOK)) == due


def test_no_terms_no_due() -> None:
    assert due_for(T0, None, T0 + timedelta(days=3)).state is DueState.NO_TERMS
    assert due_for(T0, 0, T0).state is DueState.NO_TERMS
    with pytest.raises(ValueError, match="now"):
        due_for(T0, 4, datetime(2026, 12, 7, 9, 0))


def test_waiting_list_most_pressing_first() -> None:
    fast = Client("fast", "Fast Ltd", terms=mail_terms(1))
    gone = {"gone": ClientUnread(1, T0)}  # a client no longer in the config
    view = {
        "acme": ClientUnread(3, T0 - timedelta(hours=3, minutes=20)),  # due in 40 min
        "globex": ClientUnread(1, T0 - timedelta(days=2)),  # no terms, long waiting
        "fast": ClientUnread(2, T0 - timedelta(hours=2)),  # overdue
        **gone,
    }
    listed = waiting_list(view, [ACME, GLOBEX, fast], T0)
    assert [w.client_id for w in listed] == ["fast", "acme", "globex"]
    assert [w.due.state for w in listed] == [DueState.OVERDUE, DueState.SOON, DueState.NO_TERMS]
    assert listed[1].name == "ACME GmbH"
    assert listed[1].count == 3
    assert listed[1].due.left(T0) == timedelta(minutes=40)


@pytest.mark.parametrize(
    ("age", "parts"),
    [
        (timedelta(seconds=-30), (0, "min")),
        (timedelta(minutes=59), (59, "min")),
        (timedelta(hours=2, minutes=10), (2, "h")),
        (timedelta(hours=47), (47, "h")),
        (timedelta(days=3, hours=5), (3, "d")),
    ],
)
def test_age_parts(age: timedelta, parts: tuple[int, str]) -> None:
    assert age_parts(age) == parts
