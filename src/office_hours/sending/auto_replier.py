"""From a stored batch to sent auto-replies, off the writer thread.

`plan` runs on the ingest writer right after a batch is stored (it reads the writer's engine
and store, never the network); `AutoReplier` is one small thread with its own store
connection that sends the planned replies in order, checks the store again just before
each one (two mails from one sender in a batch, another process that replied meanwhile),
and records a reply only after the server accepted it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from office_hours.domain.auto_reply import Reply, ReplyTiming, auto_reply_decision
from office_hours.domain.model import DecisionKind, ModeKind
from office_hours.domain.schedule import next_open

if TYPE_CHECKING:
    from office_hours.config.accounts import MailAccount
    from office_hours.engine import Engine, IngestResult
    from office_hours.sources.base import Batch
    from office_hours.storage.auto_replies import SentReply
    from office_hours.storage.store import Store

log = logging.getLogger(__name__)

RECENT = timedelta(minutes=15)  # back-filled mail is history: never answered
_MODE_OF = {
    DecisionKind.HOLD: ModeKind.FOCUS,
    DecisionKind.HOLD_UNTIL_BUSINESS_HOURS: ModeKind.OFF_HOURS,
}


@dataclass(frozen=True, slots=True)
class ReplyJob:
    account: MailAccount
    reply: Reply
    client_id: str
    mode: ModeKind
    period: timedelta


def plan(engine: Engine, batch: Batch, results: Sequence[IngestResult]) -> list[ReplyJob]:
    """The replies this stored batch asks for: new, held, recent mail with its headers,
    on an account with an SMTP server; the pure decision says the rest."""
    config = engine.config
    settings = config.auto_reply
    if not settings.client_modes and not settings.unknown_modes:
        return []  # nobody opted in: the common case costs nothing
    headers = batch.reply_headers
    if not headers or not batch.notify:
        return []
    now = engine.clock()
    accounts = {a.source: a for a in config.accounts if a.smtp_host}
    timing: ReplyTiming | None = None
    jobs: list[ReplyJob] = []
    for result in results:
        decision, item = result.decision, result.item
        mode = _MODE_OF.get(decision.kind) if decision is not None else None
        account = accounts.get(item.source)
        reply_headers = headers.get(item.item_id)
        if (
            mode is None
            or result.item_key is None
            or account is None
            or reply_headers is None
            or item.received_at < now - RECENT
        ):
            log.debug(
                "not considered for an auto-reply: %s (mode %s, key %s, account %s, headers %s)",
                item.sender, mode, result.item_key, account is not None, reply_headers is not None,
            )  # fmt: skip
            continue
        if timing is None:
            timing = ReplyTiming(
                timezone=config.timezone,
                batch_times=config.batch_times,
                next_batch=engine.next_batch(now),
                next_business=next_open(now, config.hours.windows, config.timezone),
                urgent_words=config.urgency.words,
            )
        client = next((c for c in config.clients if c.client_id == result.client_id), None)
        last = engine.store.last_auto_reply(reply_headers.return_path or "")
        outcome = auto_reply_decision(reply_headers, client, mode, now, last, settings, timing)
        if isinstance(outcome, Reply):
            jobs.append(ReplyJob(account, outcome, result.client_id, mode, settings.period))
        else:
            log.info("no auto-reply to %s: %s", reply_headers.sender, outcome.kind.value)
    return jobs


OnSent = Callable[["SentReply"], None]
OnProblem = Callable[[str, Exception], None]  # (account id, SendProblem)


class AutoReplier:
    """The sender thread. `send` is sending.smtp.send (replaceable in unit tests only)."""

    def __init__(
        self,
        db: Path,
        clock: Callable[[], datetime],
        on_sent: OnSent | None = None,
        on_problem: OnProblem | None = None,
        send: Callable[..., object] | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._on_sent = on_sent
        self._on_problem = on_problem
        self._send = send
        self._queue: queue.Queue[ReplyJob | threading.Event | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="auto-replies", daemon=True)
        self._thread.start()

    def after_batch(self, engine: Engine, batch: Batch, results: Sequence[IngestResult]) -> None:
        """The ingest service's hook: plan on the writer, send here."""
        for job in plan(engine, batch, results):
            self._queue.put(job)

    def flush(self, timeout: float = 30.0) -> bool:
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        from office_hours.storage.store import Store

        store: Store | None = None
        try:
            while (job := self._queue.get()) is not None:
                if isinstance(job, threading.Event):
                    job.set()
                    continue
                if store is None:
                    store = Store(self._db)
                try:
                    self._one(store, job)
                except Exception:
                    log.exception("auto-reply to %s failed", job.reply.to)
        finally:
            if store is not None:
                store.close()

    def _one(self, store: Store, job: ReplyJob) -> None:
        from office_hours.sending.smtp import SendProblem, send
        from office_hours.storage.auto_replies import SentReply

        now = self._clock()
        last = store.last_auto_reply(job.reply.to)
        if last is not None and now - last < job.period:
            log.info("auto-reply to %s skipped: answered at %s", job.reply.to, last)
            return
        try:
            accepted = (self._send or send)(job.account, job.reply, now)
        except SendProblem as problem:
            log.warning("auto-reply not sent (%s): %s", problem.kind, problem)
            if self._on_problem is not None:
                self._on_problem(job.account.account_id, problem)
            return
        sent = SentReply(
            recipient=job.reply.to,
            client_id=job.client_id,
            account=job.account.account_id,
            mode=job.mode.value,
            language=job.reply.language,
            subject=job.reply.subject,
            in_reply_to=job.reply.in_reply_to,
            message_id=str(getattr(accepted, "message_id", "")),
            sent_at=now,
        )
        store.record_auto_reply(sent)  # only now: the server accepted it
        if self._on_sent is not None:
            self._on_sent(sent)
