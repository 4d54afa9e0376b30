"""The digest: what was held or let through, grouped by client, with the reason for each.

Loaded with a LIMIT (the newest week, at most DIGEST_LIMIT rows), so the UI thread never
runs a big query. Actions go through the engine; the window only renders and asks.
Sender and subject are untrusted: tree items show plain text, never markup.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import quote

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from office_hours.config import ConfigError
from office_hours.domain.matching import address_of
from office_hours.domain.model import UNKNOWN_CLIENT_ID, Channel, DecisionKind
from office_hours.domain.reasons import QT_TRANSLATE_NOOP
from office_hours.domain.schedule import local
from office_hours.engine import Engine
from office_hours.i18n import tr
from office_hours.storage.store import DigestRow, StoreError
from office_hours.ui.plain_text import set_action_text, tooltip_text
from office_hours.ui.widgets import plain_label

DIGEST_LIMIT = 500
_W = "DigestWindow"
COLUMNS = (
    QT_TRANSLATE_NOOP("DigestWindow", "Sender"),
    QT_TRANSLATE_NOOP("DigestWindow", "Channel"),
    QT_TRANSLATE_NOOP("DigestWindow", "Subject"),
    QT_TRANSLATE_NOOP("DigestWindow", "Received"),
    QT_TRANSLATE_NOOP("DigestWindow", "State"),
    QT_TRANSLATE_NOOP("DigestWindow", "Why"),
)
CHANNEL_WORDS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("DigestWindow", "mail"),
    Channel.CHAT: QT_TRANSLATE_NOOP("DigestWindow", "chat"),
    Channel.CALL: QT_TRANSLATE_NOOP("DigestWindow", "call"),
    Channel.MEETING: QT_TRANSLATE_NOOP("DigestWindow", "meeting"),
}
ROW_ID = Qt.ItemDataRole.UserRole


def state_text(row: DigestRow) -> str:
    if row.decision is DecisionKind.BREAK_THROUGH:
        return tr(_W, "Let through · not urgent") if row.not_urgent else tr(_W, "Let through")
    return tr(_W, "Released") if row.released else tr(_W, "Waiting")


def link_for(row: DigestRow) -> str:
    """Where the item lives: its own link, else a reply in the mail client."""
    if row.link:
        return row.link
    if row.channel is Channel.EMAIL and "@" in row.sender:
        address = address_of(row.sender)
        return f"mailto:{quote(address, safe='@')}?subject={quote('Re: ' + row.subject)}"
    return ""


class DigestWindow(QWidget):
    changed = Signal()  # the user handled, reclassified or assigned something

    def __init__(
        self,
        engine: Engine,
        open_url: Callable[[QUrl], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self._open_url = open_url
        self.rows: dict[int, DigestRow] = {}
        self.setWindowTitle(tr(_W, "Digest — Office Hours"))

        self.summary_label = plain_label(wrap=True)
        self.unread_label = plain_label(wrap=True)  # unread mail per client (tray_app)
        self.unread_label.hide()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([tr(_W, c) for c in COLUMNS])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        # Cut at the end only (a cut in the middle reads as nonsense); the whole text is in
        # each cell's tooltip. Subject and reason share what the window has: no sideways
        # scrolling.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (1, 3, 4):  # channel, time, state: short, as wide as their text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_selected())

        self.open_button = QPushButton(tr(_W, "Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.handled_button = QPushButton(tr(_W, "Mark handled"))
        self.handled_button.clicked.connect(self.mark_handled)
        self.not_urgent_button = QPushButton(tr(_W, "Not urgent"))
        self.not_urgent_button.setToolTip(
            tr(_W, "This break-through was not an emergency (the weekly report counts it)")
        )
        self.not_urgent_button.clicked.connect(self.mark_not_urgent)
        # A push button with a menu draws its arrow beside the text, not over it.
        self.assign_button = QPushButton(tr(_W, "Assign to client"))
        self.assign_menu = QMenu(self.assign_button)
        self.assign_button.setMenu(self.assign_menu)
        self._fill_assign_menu()
        self.not_client_button = QPushButton(tr(_W, "Not a client"))
        self.not_client_button.setToolTip(
            tr(
                _W,
                "Never count this sender again (a recruiter, a newsletter); undo it in the "
                "settings, General, Not clients",
            )
        )
        self.not_client_button.clicked.connect(self.mark_not_client)
        self.reload_button = QPushButton(tr(_W, "Reload"))
        self.reload_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        for widget in (
            self.open_button,
            self.handled_button,
            self.not_urgent_button,
            self.assign_button,
            self.not_client_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)

        self.message_label = plain_label(wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unread_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.resize(1000, 560)
        self.reload()

    def show_unread(self, lines: list[str]) -> None:
        """A line per client with unread mail on the server ("ACME GmbH: 3 unread, oldest
        2 h"), above the list; nothing while nobody waits."""
        if lines:
            self.unread_label.setText("\n".join([tr(_W, "Waiting for an answer:"), *lines]))
        self.unread_label.setVisible(bool(lines))

    # -- loading ---------------------------------------------------------------------------

    def config_changed(self) -> None:
        """New clients: their names in the groups and in the "assign" menu."""
        self._fill_assign_menu()
        self.reload()

    def reload(self) -> None:
        try:
            rows = self.engine.digest(DIGEST_LIMIT)
        except (StoreError, sqlite3.Error) as exc:
            self.message_label.setText(tr(_W, "Could not read the digest: {e}").format(e=exc))
            return
        self.rows = {r.item_id: r for r in rows}
        self._fill(rows)
        self._update_buttons()

    def _fill(self, rows: list[DigestRow]) -> None:
        self.tree.clear()
        groups: dict[str, list[DigestRow]] = {}
        for row in rows:
            groups.setdefault(row.client_id, []).append(row)

        def client_key(client_id: str) -> tuple[bool, str]:  # unknown last
            return client_id == UNKNOWN_CLIENT_ID, self._client_name(client_id).casefold()

        bold = QFont(self.tree.font())
        bold.setBold(True)
        tz = self.engine.config.timezone
        now = self.engine.clock()
        for client_id in sorted(groups, key=client_key):
            members = sorted(groups[client_id], key=lambda r: (r.sender.casefold(), r.received_at))
            waiting = sum(1 for r in members if r.decision.is_held and not r.released)
            template = (
                tr(_W, "{client} — 1 item, {waiting} waiting")
                if len(members) == 1
                else tr(_W, "{client} — {count} items, {waiting} waiting")
            )
            title = template.format(
                client=self._client_name(client_id), count=len(members), waiting=waiting
            )
            group = QTreeWidgetItem([title])
            group.setToolTip(0, tooltip_text(title))
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for row in members:
                received = local(row.received_at, tz)
                when = received.strftime(
                    "%H:%M" if received.date() == local(now, tz).date() else "%d.%m. %H:%M"
                )
                texts = [
                    " ".join(row.sender.split()),
                    tr(_W, CHANNEL_WORDS.get(row.channel, row.channel.value)),
                    " ".join(row.subject.split()) or tr(_W, "(no subject)"),
                    when,
                    state_text(row),
                    row.reason.render(tr),
                ]
                item = QTreeWidgetItem(texts)
                item.setData(0, ROW_ID, row.item_id)
                # The whole text where a cell cuts it; untrusted: never rich text.
                for column, text in enumerate(texts):
                    item.setToolTip(column, tooltip_text(text))
                group.addChild(item)
            group.setExpanded(True)
        # The sender column: as wide as about 30 characters; subject and reason share the rest.
        self.tree.setColumnWidth(0, self.tree.fontMetrics().averageCharWidth() * 30)
        self.tree.setCurrentItem(None)  # no focus frame on the first group
        total = len(rows)
        waiting = sum(1 for r in rows if r.decision.is_held and not r.released)
        through = sum(1 for r in rows if r.decision is DecisionKind.BREAK_THROUGH)
        self.summary_label.setText(
            tr(
                _W,
                "{total} items not yet handled in the last 7 days: {waiting} waiting, "
                "{through} let through.",
            ).format(total=total, waiting=waiting, through=through)
            if total
            else tr(_W, "Nothing to go through: no held or let-through items are open.")
        )
        self._fill_auto_replies(now, tz)

    def _fill_auto_replies(self, now: datetime, tz: str) -> None:
        """The polite notes sent in the last 7 days (issue 17): a group of their own, not
        selectable (nothing to handle), and their number in the summary."""
        try:
            sent = self.engine.store.auto_replies(now - timedelta(days=7), now + timedelta(1))
        except (StoreError, sqlite3.Error):
            return
        if not sent:
            return
        title = tr(_W, "Automatic answers sent — {n}").format(n=len(sent))
        group = QTreeWidgetItem([title])
        group.setToolTip(0, tooltip_text(title))
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        for reply in sent:
            when = local(reply.sent_at, tz).strftime("%d.%m. %H:%M")
            texts = [
                reply.recipient,
                tr(_W, CHANNEL_WORDS[Channel.EMAIL]),
                " ".join(reply.subject.split()),
                when,
                tr(_W, "auto-reply sent"),
                f"{self._client_name(reply.client_id)} · {reply.language}",
            ]
            item = QTreeWidgetItem(texts)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for column, text in enumerate(texts):
                item.setToolTip(column, tooltip_text(text))
            group.addChild(item)
        group.setExpanded(True)
        self.summary_label.setText(
            self.summary_label.text()
            + " "
            + tr(_W, "{n} automatic answers sent in the last 7 days.").format(n=len(sent))
        )

    def _client_name(self, client_id: str) -> str:
        if client_id == UNKNOWN_CLIENT_ID:
            return tr(_W, "Unknown senders")
        return self.engine.client_name(client_id)

    def _fill_assign_menu(self) -> None:
        self.assign_menu.clear()
        for client in self.engine.config.clients:
            action = self.assign_menu.addAction("")
            set_action_text(action, client.name)  # "&" would be a shortcut, "<b>" markup
            action.triggered.connect(
                lambda _checked=False, cid=client.client_id: self.assign_selected(cid)
            )

    # -- selection and actions ---------------------------------------------------------------

    def selected(self) -> list[DigestRow]:
        out = []
        for item in self.tree.selectedItems():
            item_id = item.data(0, ROW_ID)
            if item_id is not None and item_id in self.rows:
                out.append(self.rows[item_id])
        return out

    def select_ids(self, item_ids: list[int]) -> None:
        """For tests and keyboard users: select rows by item id."""
        self.tree.clearSelection()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child in range(group.childCount()):
                item = group.child(child)
                if item.data(0, ROW_ID) in item_ids:
                    item.setSelected(True)
                    self.tree.scrollToItem(item)

    def _update_buttons(self) -> None:
        rows = self.selected()
        self.open_button.setEnabled(len(rows) == 1 and bool(link_for(rows[0])))
        self.handled_button.setEnabled(bool(rows))
        self.not_urgent_button.setEnabled(
            bool(rows) and all(r.decision is DecisionKind.BREAK_THROUGH for r in rows)
        )
        one_unknown_sender = (
            bool(rows)
            and len({r.sender for r in rows}) == 1
            and all(r.client_id == UNKNOWN_CLIENT_ID for r in rows)
        )
        self.assign_button.setEnabled(one_unknown_sender and bool(self.engine.config.clients))
        self.not_client_button.setEnabled(one_unknown_sender)

    def open_selected(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        link = link_for(rows[0])
        if link and not self._open_url(QUrl(link)):
            self.message_label.setText(
                tr(_W, "Nothing on this desktop opens {link}").format(link=link)
            )

    def mark_handled(self) -> None:
        ids = [r.item_id for r in self.selected()]
        self._act(lambda: self.engine.mark_handled(ids))

    def mark_not_urgent(self) -> None:
        rows = [r for r in self.selected() if r.decision is DecisionKind.BREAK_THROUGH]
        self._act(lambda: [self.engine.mark_not_urgent(r.item_id) for r in rows])

    def assign_selected(self, client_id: str) -> None:
        rows = self.selected()
        if not rows:
            return
        sender, channel = rows[0].sender, rows[0].channel

        def assign() -> None:
            client = self.engine.assign_sender(sender, channel, client_id)
            self.message_label.setText(
                tr(_W, "{sender} now counts for {client}; the rule is in your config file.").format(
                    sender=sender, client=client.name
                )
            )
            self._fill_assign_menu()

        self._act(assign)

    def mark_not_client(self) -> None:
        rows = self.selected()
        if not rows:
            return
        sender, channel = rows[0].sender, rows[0].channel
        ids = [r.item_id for r in rows]

        def set_aside() -> None:
            rule = self.engine.mark_not_client(sender, channel, ids)
            self.message_label.setText(
                tr(
                    _W,
                    "{sender} is not a client: never counted again. To undo, remove it from "
                    "Not clients in the settings (General).",
                ).format(sender=rule)
            )

        self._act(set_aside)

    def _act(self, action: Callable[[], object]) -> None:
        """Run an action, reload, and keep the same rows selected where they still are (so
        the next action needs no new selection)."""
        kept = [r.item_id for r in self.selected()]
        self.message_label.clear()
        try:
            action()
        except ConfigError as exc:
            self.message_label.setText(
                tr(_W, "Your config file was left as it is: {e}").format(e=exc)
            )
            return
        except (StoreError, sqlite3.Error, ValueError) as exc:
            self.message_label.setText(str(exc))
            return
        self.reload()
        self.select_ids(kept)
        self.changed.emit()
