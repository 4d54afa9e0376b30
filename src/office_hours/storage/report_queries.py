"""The weekly report's counts, in SQL by local day and hour (SQLite cannot read time zones,
so the offsets come from the HourScale); see bench/report.py for what they cost."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from office_hours.domain.model import Channel, DecisionKind
from office_hours.domain.schedule import HourScale
from office_hours.storage.base import StoreBase
from office_hours.storage.rows import (
    HELD,
    _dt,
    _hour_sql,
    _ts,
)

if TYPE_CHECKING:  # the report's rows load with the report, not at start-up
    from office_hours.domain.report_inputs import CallRow, ContactCount, ContactRow


class ReportQueries(StoreBase):
    def contacts_between(self, start: datetime, end: datetime) -> list[ContactRow]:
        from office_hours.domain.report_inputs import ContactRow

        rows = self.db.execute(
            "SELECT client_id, channel, ts, decision, after_hours, outside_terms, not_urgent,"
            " surcharge FROM interruptions WHERE ts >= ? AND ts < ?",
            (_ts(start), _ts(end)),
        ).fetchall()
        return [
            ContactRow(
                r[0],
                Channel(r[1]),
                _dt(r[2]),
                DecisionKind(r[3]),
                bool(r[4]),
                bool(r[5]),
                bool(r[6]),
                bool(r[7]),
            )
            for r in rows
        ]

    def contact_counts(
        self, start: datetime, end: datetime, scale: HourScale, weeks: int
    ) -> list[ContactCount]:
        """The report's figures for the weeks before, counted in SQL per client, channel and
        week. Weeks are counted back from the last of `weeks` + 1 weeks that `scale` starts
        at; SQLite cannot read time zones, so the offsets come from the scale."""
        from office_hours.domain.report_inputs import ContactCount

        rows = self._count(start, end, scale, "h / 168", "''")
        make = ContactCount._make
        return [make((r[0], Channel(r[1]), weeks - r[2], None, *r[3:13])) for r in rows]

    def week_counts(
        self, start: datetime, end: datetime, scale: HourScale, weeks: int
    ) -> tuple[list[ContactCount], dict[str, list[int]]]:
        """The report week's figures per client, channel and local day, and per client and
        local hour (168 counts per client: the heat map), in one pass over the rows."""
        from office_hours.domain.report_inputs import ContactCount

        rows = self._count(start, end, scale, "h / 24", "group_concat(h % 24)")
        make = ContactCount._make
        counts = [make((r[0], Channel(r[1]), weeks - r[2] // 7, r[2] % 7, *r[3:13])) for r in rows]
        per_client: dict[str, list[int]] = {}
        for r in rows:
            if (hours := per_client.get(r[0])) is None:
                hours = per_client[r[0]] = [0] * 168
            day = (r[2] % 7) * 24
            for hour in r[13].split(","):
                hours[day + int(hour)] += 1
        return counts, per_client

    def _count(
        self, start: datetime, end: datetime, scale: HourScale, group: str, hours: str
    ) -> list[Any]:
        return self.db.execute(
            f"SELECT client_id, channel, {group}, count(*), sum(after_hours), sum(outside_terms),"
            f" sum({HELD}), sum(decision = 'break_through'), sum(not_urgent),"
            f" sum(after_hours AND (not_urgent OR {HELD})),"
            f" sum(channel = 'call' AND outside_terms), sum(h % 168 >= 120),"
            f" sum(decision = 'break_through' AND NOT outside_terms), {hours}"
            f" FROM (SELECT client_id, channel, decision, after_hours, outside_terms, not_urgent,"
            f" {_hour_sql(scale)} AS h FROM interruptions WHERE ts >= ? AND ts < ?)"
            f" GROUP BY client_id, channel, {group}",
            (_ts(start), _ts(end)),
        ).fetchall()

    def calls_between(self, start: datetime, end: datetime) -> list[CallRow]:
        from office_hours.domain.report_inputs import CallRow

        rows = self.db.execute(
            "SELECT client_id, ts, minutes, channel FROM calls WHERE ts >= ? AND ts < ?",
            (_ts(start), _ts(end)),
        ).fetchall()
        return [CallRow(r[0], _dt(r[1]), int(r[2]), Channel(r[3])) for r in rows]
