"""Mail filed into client folders (`office-hours mail file`): one run is a set of moves,
kept so that `--undo` moves exactly those messages back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from office_hours.storage.base import StoreBase


@dataclass(frozen=True, slots=True)
class MailMove:
    move_id: int
    run_id: int
    account: str
    message_id: str
    client_id: str
    from_folder: str
    to_folder: str


# (message_id, client_id, from_folder, to_folder)
MoveRecord = tuple[str, str, str, str]


class MovesStore(StoreBase):
    def record_moves(self, account: str, moves: Sequence[MoveRecord], ts: float) -> int:
        """One run's moves, in one transaction; returns the run's id."""
        with self.transaction() as db:
            run_id = int(
                db.execute("SELECT COALESCE(MAX(run_id), 0) + 1 FROM mail_moves").fetchone()[0]
            )
            db.executemany(
                "INSERT INTO mail_moves (run_id, ts, account, message_id, client_id,"
                " from_folder, to_folder) VALUES (?,?,?,?,?,?,?)",
                [(run_id, ts, account, *move) for move in moves],
            )
        return run_id

    def open_moves(self, account: str, run_id: int | None = None) -> list[MailMove]:
        """The moves not undone yet of one run (default: the account's latest such run)."""
        if run_id is None:
            row = self.db.execute(
                "SELECT MAX(run_id) FROM mail_moves WHERE account = ? AND undone_ts IS NULL",
                (account,),
            ).fetchone()
            if row is None or row[0] is None:
                return []
            run_id = int(row[0])
        rows = self.db.execute(
            "SELECT id, run_id, account, message_id, client_id, from_folder, to_folder"
            " FROM mail_moves WHERE account = ? AND run_id = ? AND undone_ts IS NULL"
            " ORDER BY id",
            (account, run_id),
        ).fetchall()
        return [MailMove(*row) for row in rows]

    def all_open_moves(self, account: str) -> list[MailMove]:
        """Every move of the account not undone yet, every run (the app files in many)."""
        rows = self.db.execute(
            "SELECT id, run_id, account, message_id, client_id, from_folder, to_folder"
            " FROM mail_moves WHERE account = ? AND undone_ts IS NULL ORDER BY id",
            (account,),
        ).fetchall()
        return [MailMove(*row) for row in rows]

    def mark_undone(self, move_ids: Sequence[int], ts: float) -> None:
        with self.transaction() as db:
            db.executemany(
                "UPDATE mail_moves SET undone_ts = ? WHERE id = ?", [(ts, i) for i in move_ids]
            )
