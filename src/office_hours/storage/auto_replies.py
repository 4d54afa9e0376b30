"""Auto-replies the SMTP server accepted: the memory behind "once per sender per period",
and what the digest and the report show ("3 auto-replies sent")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from office_hours.storage.base import StoreBase
from office_hours.storage.rows import _dt, _ts


@dataclass(frozen=True, slots=True)
class SentReply:
    recipient: str
    client_id: str
    account: str
    mode: str
    language: str
    subject: str
    in_reply_to: str
    message_id: str
    sent_at: datetime


class AutoRepliesStore(StoreBase):
    def last_auto_reply(self, recipient: str) -> datetime | None:
        """When `recipient` (a return path) last got an auto-reply, or None."""
        row = self.db.execute(
            "SELECT max(ts) FROM auto_replies WHERE recipient = ?", (recipient.lower(),)
        ).fetchone()
        return None if row is None or row[0] is None else _dt(row[0])

    def record_auto_reply(self, sent: SentReply) -> None:
        """Only after the server accepted the message (issue 17)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO auto_replies (recipient, client_id, account, mode, language,"
                " subject, in_reply_to, message_id, ts) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    sent.recipient.lower(),
                    sent.client_id,
                    sent.account,
                    sent.mode,
                    sent.language,
                    sent.subject,
                    sent.in_reply_to,
                    sent.message_id,
                    _ts(sent.sent_at),
                ),
            )

    def auto_replies(self, start: datetime, end: datetime) -> list[SentReply]:
        """The replies sent in [start, end), oldest first (digest, report)."""
        rows = self.db.execute(
            "SELECT recipient, client_id, account, mode, language, subject, in_reply_to,"
            " message_id, ts FROM auto_replies WHERE ts >= ? AND ts < ? ORDER BY ts",
            (_ts(start), _ts(end)),
        ).fetchall()
        return [
            SentReply(
                str(r[0]),
                str(r[1]),
                str(r[2]),
                str(r[3]),
                str(r[4]),
                str(r[5]),
                str(r[6]),
                str(r[7]),
                _dt(r[8]),
            )
            for r in rows
        ]

    def auto_reply_count(self, start: datetime, end: datetime) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM auto_replies WHERE ts >= ? AND ts < ?", (_ts(start), _ts(end))
        ).fetchone()
        return int(row[0])
