"""The tray icon: mode by shape and colour, a held-items badge, a tooltip and the menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QCursor, QFont
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from office_hours.domain.model import ModeKind
from office_hours.engine import Status
from office_hours.i18n import tr
from office_hours.ui.actions import ShellActions
from office_hours.ui.icons import mode_icon
from office_hours.ui.plain_text import escape, set_action_text, tooltip_text
from office_hours.ui.shell import Shell
from office_hours.ui.status_text import tooltip, waiting_line

MESSAGE_MS = 10_000


class TrayIcon(QObject):
    """Renders the shell's status into a QSystemTrayIcon; the menu is built from ShellActions."""

    def __init__(
        self,
        shell: Shell,
        actions: ShellActions,
        parent: QObject | None = None,
        icon: QSystemTrayIcon | None = None,
    ) -> None:
        """`icon`: the first paint's icon (ui/first_paint.py), taken over as it is shown."""
        super().__init__(parent)
        self.shell = shell
        self.actions = actions
        self.menu = QMenu()
        self.menu.addAction(actions.header)
        self._accounts_end = self.menu.addSeparator()
        self.account_actions: dict[str, QAction] = {}
        # Who waits for an answer: unread mail per client (in the menu while anybody does)
        self.unread_menu = QMenu(self.menu)
        self.unread_lines: list[tuple[str, bool]] = []
        self.menu.addAction(actions.reachable)
        self.focus_menu = self.menu.addMenu("")
        self.focus_menu.menuAction().setCheckable(True)
        self.focus_menu.addActions(actions.focus_actions())
        self.menu.addAction(actions.off_hours)
        self.menu.addSeparator()
        self.menu.addAction(actions.log_call)
        self.menu.addAction(actions.report)
        self.menu.addAction(actions.digest)
        self.menu.addAction(actions.release_now)
        self.menu.addAction(actions.settings)
        self.menu.addSeparator()
        self.menu.addAction(actions.start_at_login)
        self.menu.addAction(actions.quit)
        self.icon = icon if icon is not None else QSystemTrayIcon()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._shown_icon: tuple[ModeKind, int, bool] | None = None
        self.waiting = ""  # the title of a break-through not yet seen
        self.waiting_action: QAction | None = None
        self.retranslate()
        shell.status_changed.connect(self.show_status)
        self.show_status(shell.status)

    def retranslate(self) -> None:
        self.focus_menu.setTitle(tr("TrayIcon", "Focus"))
        self.show_status(self.shell.status)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def show_status(self, status: Status) -> None:
        key = (status.mode.kind, status.held, bool(self.waiting))
        if key != self._shown_icon:  # rendering the badge is cheap, but not free
            self.icon.setIcon(mode_icon(*key))
            self._shown_icon = key
        text = tooltip(status)
        # Overdue clients (their answer is late) lead the tooltip, as they lead the menu.
        first = [line for line, late in self.unread_lines if late]
        if self.waiting:
            first.insert(0, waiting_line(self.waiting))
        if first:  # senders and client names are untrusted: the whole tooltip is literal
            text = tooltip_text("\n".join([*first, text]))
        self.icon.setToolTip(text)
        self.focus_menu.menuAction().setChecked(status.mode.kind is ModeKind.FOCUS)

    def show_waiting(self, title: str, open_it: Callable[[], object]) -> None:
        """A break-through not yet seen: the menu's first entry opens it, the tooltip's
        first line and the icon's amber mark say so; '' takes all three away."""
        self.waiting = title
        if title:
            if self.waiting_action is None:
                self.waiting_action = QAction(self.menu)
                self.waiting_action.triggered.connect(lambda: open_it())
                first = self.menu.actions()[0] if self.menu.actions() else None
                self.menu.insertAction(first, self.waiting_action)
            set_action_text(self.waiting_action, waiting_line(title))
        elif self.waiting_action is not None:
            self.menu.removeAction(self.waiting_action)
            self.waiting_action.deleteLater()
            self.waiting_action = None
        self.show_status(self.shell.status)

    def show_state_lines(self, lines: dict[str, str]) -> None:
        """One disabled menu line per source and presence target ("Mail work: connected"),
        under the header, updated in place; a line whose source left the config goes."""
        for key in [k for k in self.account_actions if k not in lines]:
            action = self.account_actions.pop(key)
            self.menu.removeAction(action)
            action.deleteLater()
        for key, line in lines.items():
            action = self.account_actions.get(key)
            if action is None:
                action = QAction(self.menu)
                action.setEnabled(False)
                self.menu.insertAction(self._accounts_end, action)
                self.account_actions[key] = action
            set_action_text(action, line if len(line) <= 90 else line[:89] + "…")
            action.setToolTip(tooltip_text(line))  # states may quote a server: never rich text

    def show_unread(self, lines: list[tuple[str, bool]]) -> None:
        """The "Waiting" submenu: one entry per client with unread mail, most pressing
        first (line, overdue); an overdue client is bold and counted in the title. An entry
        opens the digest."""
        self.unread_lines = list(lines)
        self.unread_menu.clear()
        overdue = sum(1 for _line, late in lines if late)
        for line, late in lines:
            action = self.unread_menu.addAction("")
            set_action_text(action, line)
            if late:
                font = QFont(action.font())
                font.setBold(True)
                action.setFont(font)
            action.triggered.connect(self.actions.digest.trigger)
        title = tr("TrayIcon", "Waiting")
        if overdue:
            title = tr("TrayIcon", "Waiting ({n} overdue)").format(n=overdue)
        self.unread_menu.setTitle(title)
        shown = self.unread_shown
        if lines and not shown:
            self.menu.insertMenu(self.actions.reachable, self.unread_menu)
        elif shown and not lines:
            self.menu.removeAction(self.unread_menu.menuAction())
        self.show_status(self.shell.status)

    @property
    def unread_shown(self) -> bool:
        return self.unread_menu.menuAction() in self.menu.actions()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A left click opens the same menu: most people try that first."""
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.menu.popup(QCursor.pos())

    def show_message(self, title: str, body: str) -> None:
        """A balloon or desktop notification; the body is escaped because the desktop's
        Notify may read it as markup (sender and subject are untrusted)."""
        self.icon.showMessage(
            title, escape(body), mode_icon(self.shell.status.mode.kind), MESSAGE_MS
        )

    def dispose(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()  # the icon only keeps a guarded pointer to it
