"""Desktop notifications: delivered items, break-throughs (critical) and release summaries.

plyer may spawn `notify-send` or talk D-Bus, which can take a while, so it runs on one
worker thread, never the UI thread. If plyer is missing or fails, the message goes back
to the UI thread (a queued signal) and the tray shows it instead.
"""

from __future__ import annotations

import html
import logging
import shutil
import subprocess
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

from office_hours.domain.model import Client, DecisionKind
from office_hours.i18n import tr
from office_hours.storage.store import HeldItem, Release

log = logging.getLogger(__name__)

NOTIFY_KINDS = (DecisionKind.DELIVER, DecisionKind.BREAK_THROUGH)
TIMEOUT_S = 10
_TITLE_MAX = 120
_SUBJECT_MAX = 300

Send = Callable[[str, str], None]  # (title, markup-escaped body); raises when it cannot


@dataclass(frozen=True, slots=True)
class Notice:
    """What to tell the user about one item, in plain text (escaping happens per target)."""

    title: str
    body: str
    critical: bool = False


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def notice_for(item: HeldItem, client: Client | None) -> Notice:
    """'ACME — Anna <anna@acme.com>' over the subject; break-throughs also say why."""
    sender = _one_line(item.sender, _TITLE_MAX)
    title = f"{client.name} — {sender}" if client else sender
    subject = _one_line(item.subject, _SUBJECT_MAX) or tr("Notify", "(no subject)")
    body = subject
    critical = item.decision is DecisionKind.BREAK_THROUGH
    if critical:
        body += "\n" + item.reason.render(tr)
    return Notice(_one_line(title, _TITLE_MAX), body, critical)


def notice_for_release(release: Release) -> Notice:
    """One notice however many items came back: '7 waiting: ACME 4, Globex 2, unknown 1'."""
    title = tr("Notify", "Held items are back ({why})").format(why=release.reason.render(tr))
    body = _one_line(release.summary.render(tr), _SUBJECT_MAX)
    body += "\n" + tr("Notify", "Open the digest from the tray to go through them.")
    return Notice(_one_line(title, _TITLE_MAX), body)


def plyer_send(title: str, body: str) -> None:
    """Imported on first use: plyer is slow to import and not needed at start-up."""
    from plyer import notification

    notification.notify(title=title, message=body, app_name="Office Hours", timeout=TIMEOUT_S)


def critical_send(title: str, body: str) -> None:
    """A critical notification (stays until dismissed on most desktops). plyer cannot set
    the urgency, so this uses notify-send where it exists, else plyer."""
    tool = shutil.which("notify-send")
    if tool is None:
        plyer_send(title, body)
        return
    subprocess.run(
        [tool, "--urgency=critical", "--app-name=Office Hours", "--", title, body],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
    )


class _SendJob(QRunnable):
    def __init__(
        self,
        send: Send,
        notice: Notice,
        failed: SignalInstance,
        done: SignalInstance | None = None,
        token: int = 0,
    ) -> None:
        super().__init__()
        self._send, self._notice, self._failed = send, notice, failed
        self._done, self._token = done, token

    def run(self) -> None:
        try:
            self._send(self._notice.title, html.escape(self._notice.body))
        except Exception as exc:  # any failure (ImportError, NotImplementedError...): fall back
            log.warning("desktop notification failed, using the tray instead: %r", exc)
            self._failed.emit(self._notice.title, self._notice.body)
        if self._done is not None:  # told, one way or the other
            self._done.emit(self._token)


class Notifier(QObject):
    """Turns decided items into notifications, honouring config.notifications."""

    failed = Signal(str, str)  # title, plain body: emitted from the worker thread
    release_told = Signal(int)  # release id, once sent (or shown in the tray instead)
    fallback_shown = Signal(str, str)

    def __init__(
        self,
        enabled: bool,
        clients: Iterable[Client],
        show_fallback: Callable[[str, str], None],
        send: Send = plyer_send,
        parent: QObject | None = None,
        send_critical: Send | None = None,
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._clients: Mapping[str, Client] = {c.client_id: c for c in clients}
        self._show_fallback = show_fallback
        self._send = send
        self._send_critical = send_critical or send
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one at a time, in arrival order
        self.failed.connect(self._on_failed)  # queued: we live on the UI thread

    def notify_items(self, items: Iterable[HeldItem]) -> int:
        """Queue a notification per delivered or break-through item; returns how many."""
        if not self.enabled:
            return 0
        count = 0
        for item in items:
            if item.decision in NOTIFY_KINDS:
                notice = notice_for(item, self._clients.get(item.client_id))
                send = self._send_critical if notice.critical else self._send
                self.pool.start(_SendJob(send, notice, self.failed))
                count += 1
        return count

    def notify_release(self, release: Release) -> bool:
        """The one summary of a release; `release_told` follows once it went out. False when
        notifications are off (the tray's count still shows what came back)."""
        if not self.enabled:
            return False
        notice = notice_for_release(release)
        job = _SendJob(self._send, notice, self.failed, self.release_told, release.release_id)
        self.pool.start(job)
        return True

    def notify(self, title: str, body: str) -> bool:
        """One plain-text notice (e.g. "the weekly report is ready"); False when disabled."""
        if not self.enabled:
            return False
        self.pool.start(_SendJob(self._send, Notice(title, body), self.failed))
        return True

    @Slot(str, str)
    def _on_failed(self, title: str, body: str) -> None:
        self._show_fallback(title, body)
        self.fallback_shown.emit(title, body)

    def shutdown(self, wait_ms: int = 2000) -> None:
        self.pool.clear()
        self.pool.waitForDone(wait_ms)
