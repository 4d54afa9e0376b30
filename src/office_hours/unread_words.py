"""Who is waiting, in the user's language: "ACME GmbH: 3 unread, oldest 2 h, due in 40 min".

The tray's "Waiting" submenu, the digest's header and `status --json` render the same
domain answer (domain/unread.waiting_list) with these words, so they never disagree.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from office_hours.domain.unread import DueState, Waiting, age_parts
from office_hours.i18n import tr

_C = "Unread"


def age_text(age: timedelta) -> str:
    """ "40 min", "2 h", "3 d"."""
    n, unit = age_parts(age)
    if unit == "min":
        return tr(_C, "{n} min").format(n=n)
    if unit == "h":
        return tr(_C, "{n} h").format(n=n)
    return tr(_C, "{n} d").format(n=n)


def due_text(waiting: Waiting, now: datetime) -> str:
    """ "due in 40 min" once the agreed time nears, "overdue by 1 h" after it, else ""."""
    left = waiting.due.left(now)
    if left is None or waiting.due.state in (DueState.OK, DueState.NO_TERMS):
        return ""
    if waiting.due.state is DueState.OVERDUE:
        return tr(_C, "overdue by {age}").format(age=age_text(-left))
    return tr(_C, "due in {age}").format(age=age_text(left))


def unread_line(waiting: Waiting, now: datetime) -> str:
    """One client's line; the name is the user's own config text, shown as plain text."""
    line = tr(_C, "{client}: {count} unread, oldest {age}").format(
        client=waiting.name, count=waiting.count, age=age_text(now - waiting.oldest)
    )
    due = due_text(waiting, now)
    return tr(_C, "{line}, {due}").format(line=line, due=due) if due else line


def describe_waiting(waiting: list[Waiting], now: datetime) -> dict[str, dict[str, Any]]:
    """For `status --json`: per client id, the numbers and the line the tray shows."""
    return {
        w.client_id: {
            "name": w.name,
            "unread": w.count,
            "oldest": w.oldest.isoformat(),
            "due": w.due.at.isoformat() if w.due.at else None,
            "due_state": w.due.state.value,
            "text": unread_line(w, now),
        }
        for w in waiting
    }
