"""The mode in force at any past instant, from the mode log read once: back-filled items
(that arrived long before they were ingested) are decided with the mode of their time, and
a batch of them must not cost a database query and a schedule walk each (bench/ingest.py).

Pure: the rows come from the store, time is a parameter.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime

from office_hours.domain.model import BusinessHours, EffectiveMode, ModeSetting
from office_hours.domain.schedule import effective_mode, schedule_change

_SPANS_KEPT = 8  # items of one batch come in time order: the last few spans are the hits


class ModeLog:
    """`rows`: (set_ts, setting) in the order they were made (the store's mode_history)."""

    def __init__(self, rows: Sequence[tuple[float, ModeSetting]], hours: BusinessHours) -> None:
        self._times = [ts for ts, _ in rows]
        self._settings = [setting for _, setting in rows]
        self._hours = hours
        self._schedule = ModeSetting(None)  # before the first choice: the schedule's mode
        self._spans: list[tuple[float, float | None, ModeSetting, EffectiveMode]] = []

    def setting_at(self, at: datetime) -> ModeSetting:
        """The last choice made at or before `at` (store.mode_setting_at, without a query)."""
        return self._setting_at(at.timestamp())

    def _setting_at(self, ts: float) -> ModeSetting:
        index = bisect_right(self._times, ts) - 1
        return self._settings[index] if index >= 0 else self._schedule

    def mode_at(self, at: datetime) -> EffectiveMode:
        """effective_mode(setting_at(at), hours, at), reusing a span already worked out: a
        mode and its in-business-hours flag hold from where it was computed until the mode
        ends or the schedule next changes, and a different choice is another setting."""
        t = at.timestamp()
        setting = self._setting_at(t)
        for start, stop, held, known in reversed(self._spans):
            if held is setting and start <= t and (stop is None or t < stop):
                return known
        mode = effective_mode(setting, self._hours, at)
        ends = [mode.until]
        if mode.manual:  # business hours may begin or end inside a chosen span
            ends.append(schedule_change(at, self._hours))
        end = min((e for e in ends if e is not None), default=None)
        self._spans.append((t, end.timestamp() if end else None, setting, mode))
        del self._spans[:-_SPANS_KEPT]
        return mode

    def changes_between(self, start: datetime, end: datetime) -> list[datetime]:
        """Instants in (start, end] at which a choice was made or a chosen span ended
        (store.mode_changes_between, without a query)."""
        lo, hi = start.timestamp(), end.timestamp()
        found = {ts for ts in self._times if lo < ts <= hi}
        for setting in self._settings:
            if setting.until is not None and lo < setting.until.timestamp() <= hi:
                found.add(setting.until.timestamp())
        return [datetime.fromtimestamp(ts, start.tzinfo) for ts in sorted(found)]

    def first_change_between(self, start: datetime, end: datetime) -> datetime | None:
        """The first of changes_between(start, end), or None, without building the rest:
        the engine asks it for every back-filled item it holds."""
        lo, hi = start.timestamp(), end.timestamp()
        index = bisect_right(self._times, lo)  # the log is in time order (mode_log())
        first = self._times[index] if index < len(self._times) else None
        if first is not None and first > hi:
            first = None
        for setting in self._settings:
            if setting.until is not None:
                ts = setting.until.timestamp()
                if lo < ts <= hi and (first is None or ts < first):
                    first = ts
        return None if first is None else datetime.fromtimestamp(first, start.tzinfo)
