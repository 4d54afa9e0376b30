"""`office-hours doctor`: what is configured, what is reachable, what is missing, in plain words."""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Callable
from typing import TextIO

from office_hours import ipc, paths
from office_hours.config import Config, ConfigError, load_config
from office_hours.i18n import tr
from office_hours.state_words import state_text
from office_hours.storage.store import Store, StoreError

OK, WARN, BAD = "ok", "note", "PROBLEM"


def _keyring_state() -> tuple[str, str]:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return BAD, tr("doctor", "the keyring package is missing; reinstall Office Hours")
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return WARN, tr(
            "doctor",
            "no keyring service found: passwords for mail and chat accounts "
            "cannot be saved. On GNOME install gnome-keyring, on KDE enable "
            "KWallet; on a headless machine run gnome-keyring-daemon.",
        )
    return OK, tr("doctor", "keyring: {name}").format(name=keyring_name(backend))


_KEYRING_NAMES = {  # keyring's backend modules -> what the user knows them as
    "SecretService": "Secret Service (GNOME Keyring, KeePassXC)",
    "libsecret": "Secret Service via libsecret (GNOME Keyring)",
    "kwallet": "KWallet",
    "macOS": "macOS Keychain",
    "Windows": "Windows Credential Manager",
}


def keyring_name(backend: object) -> str:
    """ "Secret Service (GNOME Keyring, KeePassXC)", not "Keyring": every keyring backend
    class is called Keyring; its module says which one it is (a chain names its members)."""
    members = getattr(backend, "backends", None)
    if members:
        return ", ".join(keyring_name(b) for b in members)
    module = type(backend).__module__.rsplit(".", 1)[-1]
    return _KEYRING_NAMES.get(module, str(getattr(backend, "name", "")) or module)


def _notifications_state() -> tuple[str, str]:
    if importlib.util.find_spec("plyer") is None:
        return WARN, tr("doctor", "plyer is missing: notifications fall back to the tray's own")
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").startswith("disabled") or (
        not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not shutil.which("notify-send")
    ):
        return WARN, tr(
            "doctor",
            "no desktop session bus: notifications fall back to the tray's "
            "own (install libnotify-bin and log in to a desktop session)",
        )
    return OK, tr("doctor", "desktop notifications: available")


def _mail_states(config: Config) -> list[tuple[str, str]]:
    """One line per mail account, after a real login attempt (bounded by a timeout)."""
    from concurrent.futures import ThreadPoolExecutor

    from office_hours.sources.imap import probe
    from office_hours.sources.state import StateKind

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(probe, config.accounts))
    rows = []
    for account, result in zip(config.accounts, results, strict=True):
        level = OK if result.kind is StateKind.CONNECTED else BAD
        rows.append(
            (
                level,
                tr("doctor", "mail account {id} ({user} at {host}): {state}").format(
                    id=account.account_id,
                    user=account.username,
                    host=account.host,
                    state=state_text(result),
                ),
            )
        )
    return rows


def _smtp_states(config: Config) -> list[tuple[str, str]]:
    """Auto-replies (issue 17): a real SMTP login per account that has a server, and a
    warning when some client is opted in but no account can send."""
    from office_hours.sending.smtp import SendProblem, check_login

    rows = []
    senders = [a for a in config.accounts if a.smtp_host]
    for account in senders:
        where = f"{account.smtp_host}:{account.smtp_port}"
        try:
            check_login(account)
        except SendProblem as problem:
            rows.append(
                (
                    BAD,
                    tr("doctor", "auto-replies from {id}: SMTP at {where} fails: {why}").format(
                        id=account.account_id, where=where, why=problem
                    ),
                )
            )
            continue
        rows.append(
            (
                OK,
                tr("doctor", "auto-replies from {id}: SMTP login at {where} works").format(
                    id=account.account_id, where=where
                ),
            )
        )
        if not account.own_address:
            rows.append(
                (
                    WARN,
                    tr(
                        "doctor",
                        "auto-replies from {id}: your address is unknown (the user name is no "
                        'address); set address = "you@example.com" or no mail is answered',
                    ).format(id=account.account_id),
                )
            )
    opted = any(config.auto_reply.client_modes.values()) or config.auto_reply.unknown_modes
    if opted and not senders:
        rows.append(
            (
                WARN,
                tr(
                    "doctor",
                    "auto-replies are turned on for some clients, but no mail account has an "
                    "SMTP server (smtp_host): nothing is sent",
                ),
            )
        )
    return rows


def _slack_state(config: Config) -> tuple[str, str]:
    """A real auth.test with the keyring's token (bounded by the client's timeout)."""
    from office_hours.sources.slack import SlackSource

    source = SlackSource(config.slack.api_url, config.slack.channels, lambda s, k: None)
    problem = source.probe()
    if problem:
        return BAD, tr("doctor", "Slack: {problem}").format(problem=state_text(problem))
    return OK, tr("doctor", "Slack: {state}").format(state=state_text(source.describe()))


def _matrix_state(config: Config) -> tuple[str, str]:
    """A real check of the token against the homeserver (bounded by a timeout)."""
    from office_hours.sources.matrix import account_problem

    problem = account_problem(config.matrix)
    return (BAD if problem else OK), tr("doctor", "Matrix {user} at {hs}: {state}").format(
        user=config.matrix.user_id,
        hs=config.matrix.homeserver,
        state=state_text(problem.state) if problem else tr("doctor", "connected"),
    )


def _desktop_states(config: Config, app_running: bool) -> list[tuple[str, str]]:
    """The desktop notifications source and each presence target, after their own checks
    (bounded: a bus connection, a dunstctl call), and what a kill in focus left to restore."""
    from office_hours.presence.manager import PresenceManager
    from office_hours.sources.registry import configured_presence, watches_notifications

    rows: list[tuple[str, str]] = []
    if watches_notifications(config):
        from office_hours.sources.desktop import DesktopSource

        source = DesktopSource(config.desktop, config.clients)
        problem = source.check()
        if problem:
            text = tr("doctor", "{label}: cannot run: {problem}")
            rows.append((WARN, text.format(label=source.label, problem=state_text(problem))))
        else:
            text = tr("doctor", "{label}: can watch other apps' notifications")
            rows.append((OK, text.format(label=source.label)))
    elif not config.desktop.watch_notifications:
        rows.append((OK, tr("doctor", "desktop notifications: off (desktop.watch_notifications)")))
    else:
        rows.append(
            (
                OK,
                tr(
                    "doctor",
                    "desktop notifications: not watched (no client has notification_match rules)",
                ),
            )
        )
    state_dir = paths.state_dir()
    targets = configured_presence(config, state_dir)
    for target in targets:
        target_problem = target.check()
        rows.append(
            (WARN, f"{target.label}: {target_problem}")
            if target_problem
            else (OK, tr("doctor", "{label}: ready").format(label=target.label))
        )
    for name in PresenceManager(targets, state_dir).saved():
        if app_running:  # the running app turned it on and will put it back
            rows.append((OK, tr("doctor", "{name}: on while you focus").format(name=name)))
            continue
        text = tr(
            "doctor",
            "{name}: left in its focus state by an app that stopped; "
            "the next start of the app restores it",
        )
        rows.append((WARN, text.format(name=name)))
    return rows


def run_doctor(out: TextIO) -> int:
    problems = 0
    rows: list[tuple[str, str]] = []

    def add(state: str, text: str) -> None:
        nonlocal problems
        problems += state == BAD
        rows.append((state, text))

    path = paths.config_file()
    config = None
    if not path.exists():
        add(
            WARN,
            tr(
                "doctor", "no config file yet; it is created with defaults at first start: {path}"
            ).format(path=path),
        )
    else:
        try:
            config = load_config(path, create=False)
            add(OK, tr("doctor", "config: {path}").format(path=path))
        except ConfigError as exc:
            add(
                BAD,
                tr("doctor", "config has a problem (left unchanged): {error}").format(error=exc),
            )
    if config is not None:
        add(
            OK,
            tr("doctor", "time zone {tz}; {n} clients: {names}").format(
                tz=config.timezone,
                n=len(config.clients),
                names=", ".join(c.client_id for c in config.clients) or "-",
            ),
        )
        if not config.clients:
            add(WARN, tr("doctor", "no clients defined: every contact goes to 'unknown'"))

    db = paths.database_file()
    if db.exists():
        try:
            store = Store(db)
            items, _ = store.counts()
            ok = store.integrity_ok()
            store.close()
            add(
                OK if ok else BAD,
                tr("doctor", "database: {path} ({n} items, integrity {state})").format(
                    path=db, n=items, state="ok" if ok else tr("doctor", "DAMAGED")
                ),
            )
        except StoreError as exc:
            add(BAD, str(exc))
    else:
        add(
            WARN,
            tr("doctor", "no database yet; it is created at first use: {path}").format(path=db),
        )

    running = ipc.app_running()
    add(
        OK if running else WARN,
        tr("doctor", "tray app: running")
        if running
        else tr("doctor", "tray app: not running (start it with: office-hours)"),
    )
    checks: list[Callable[[], tuple[str, str]]] = [_notifications_state, _keyring_state]
    for check in checks:
        add(*check())
    if config is not None and config.accounts:
        for state, text in _mail_states(config):
            add(state, text)
    if config is not None:
        for state, text in _smtp_states(config):
            add(state, text)
    elif config is None or not (config.slack.enabled or config.matrix.enabled):
        add(OK, tr("doctor", "mail and chat accounts: none configured"))
    if config is not None and config.slack.enabled:
        add(*_slack_state(config))
    if config is not None and config.matrix.enabled:
        add(*_matrix_state(config))
    if config is not None:  # desktop notifications and do-not-disturb (issue 4)
        for state, text in _desktop_states(config, running):
            add(state, text)

    from office_hours.secrets import NO_KEYRING

    short = tr("doctor", "no keyring available (see the keyring line above)")
    for state, text in rows:  # the long explanation once, in the keyring line
        out.write(f"[{state:>7}] {text.replace(NO_KEYRING, short)}\n")
    out.write(
        tr("doctor", "{n} problems found\n").format(n=problems)
        if problems
        else tr("doctor", "No problems found.\n")
    )
    return 1 if problems else 0
