"""The mode log: every choice of mode with when it was made, so the mode in force at any
instant can be read back (releases, and back-filled items decided as they arrived)."""

from __future__ import annotations

from datetime import datetime

from office_hours.domain.model import ModeKind, ModeSetting
from office_hours.storage.base import StoreBase
from office_hours.storage.rows import (
    _dt,
    _ts,
)


class ModeLogStore(StoreBase):
    def mode_setting(self) -> ModeSetting:
        row = self.db.execute(
            "SELECT kind, until_ts, set_ts FROM mode_history ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return ModeSetting(None)
        kind = ModeKind(row[0]) if row[0] else None
        return ModeSetting(kind, _dt(row[1]) if row[1] is not None else None, _dt(row[2]))

    def set_mode(self, setting: ModeSetting, origin: str) -> None:
        assert setting.set_at is not None
        with self.transaction():
            self.db.execute(
                "INSERT INTO mode_history (kind, until_ts, set_ts, origin) VALUES (?,?,?,?)",
                (
                    setting.kind.value if setting.kind else None,
                    _ts(setting.until) if setting.until else None,
                    _ts(setting.set_at),
                    origin,
                ),
            )

    def mode_setting_at(self, at: datetime) -> ModeSetting:
        """The choice in force at `at`: the last one made at or before it."""
        row = self.db.execute(
            "SELECT kind, until_ts, set_ts FROM mode_history WHERE set_ts <= ?"
            " ORDER BY set_ts DESC, id DESC LIMIT 1",
            (_ts(at),),
        ).fetchone()
        if row is None:
            return ModeSetting(None)
        kind = ModeKind(row[0]) if row[0] else None
        return ModeSetting(kind, _dt(row[1]) if row[1] is not None else None, _dt(row[2]))

    def mode_changes_between(self, start: datetime, end: datetime) -> list[datetime]:
        """Instants in (start, end] at which a choice was made or a chosen span ended."""
        rows = self.db.execute(
            "SELECT set_ts, until_ts FROM mode_history WHERE (set_ts > ?1 AND set_ts <= ?2)"
            " OR (until_ts > ?1 AND until_ts <= ?2)",
            (_ts(start), _ts(end)),
        ).fetchall()
        out = set()
        for set_ts, until_ts in rows:
            for ts in (set_ts, until_ts):
                if ts is not None and _ts(start) < ts <= _ts(end):
                    out.add(_dt(ts))
        return sorted(out)
