"""`office-hours account set-password ID` and `office-hours watch` (every source without the
tray, through the same ingest service the tray uses).

Kept out of cli/commands.py so that no other command imports the keyring or imapclient.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, TextIO

from office_hours import ipc, paths
from office_hours.config import load_config

if TYPE_CHECKING:
    from office_hours.domain.unread import ClientUnread

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def cmd_set_password(account_id: str, out: TextIO, stdin: TextIO) -> int:
    from office_hours.secrets import SecretProblem, set_password

    config = load_config(paths.config_file())
    known = [a.account_id for a in config.accounts]
    # "ID:smtp": the account's own SMTP password for auto-replies, when it differs (issue 17)
    if account_id.endswith(":smtp"):
        known += [f"{a.account_id}:smtp" for a in config.accounts if a.smtp_host]
    if account_id not in known:
        print(
            f"office-hours: no account {account_id!r} in {config.path} "
            f"(known: {', '.join(known) or 'none yet; add an [[accounts]] table'})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {account_id}: ")
    else:
        password = stdin.readline().rstrip("\r\n")
    if not password:
        print("office-hours: an empty password was not saved", file=sys.stderr)
        return EXIT_USAGE
    try:
        set_password(account_id, password)
    except SecretProblem as exc:
        print(f"office-hours: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Saved the password for {account_id} in the keyring.", file=out)
    return EXIT_OK


def cmd_watch(seconds: float, out: TextIO) -> int:
    """Run every configured source until interrupted; one JSON line per stored item and per
    state change. Items the tray would notify about carry "notify": true (and a running tray
    is told about them, as the tray's own sources would)."""
    from office_hours.engine import Engine
    from office_hours.ingest import Delivered, IngestService
    from office_hours.sources.registry import configured_sources
    from office_hours.sources.state import SourceState
    from office_hours.state_words import state_text
    from office_hours.storage.store import Store

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    config = load_config(paths.config_file())
    database = paths.database_file()

    def read_cursor(source: str, key: str) -> str | None:
        store = Store(database)
        try:
            return store.cursor(source, key)
        finally:
            store.close()

    if not configured_sources(config, read_cursor, paths.state_dir()):
        print(
            f"office-hours: no sources in {config.path} (add [[accounts]], [slack] or [matrix])",
            file=sys.stderr,
        )
        return EXIT_USAGE
    lock = threading.Lock()

    def emit(obj: dict[str, object]) -> None:
        with lock:
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            out.flush()

    def on_delivered(batch: Delivered) -> None:
        for r in batch.results:
            if r.duplicate:
                continue
            emit(
                {
                    "event": "item",
                    "source": batch.source,
                    "id": r.item.item_id,
                    "sender": r.item.sender,
                    "subject": r.item.subject,
                    "client": r.client_id,
                    "decision": r.decision.kind.value if r.decision else None,
                    "notify": r.notify,
                }
            )
        if batch.notify_keys:
            try:
                ipc.request({"cmd": "refresh", "notify": list(batch.notify_keys)})
            except OSError:
                pass

    def on_state(name: str, label: str, state: SourceState | None) -> None:
        if state is not None:
            emit(
                {
                    "event": "state",
                    "source": name,
                    "label": label,
                    "state": state.kind.value,
                    "text": state_text(state),
                }
            )

    def on_unread(name: str, view: Mapping[str, ClientUnread] | None) -> None:
        """Unread mail per client on a mail server, whenever it changes."""
        clients = {
            key: {"unread": part.count, "oldest": part.oldest.isoformat()}
            for key, part in sorted((view or {}).items())
        }
        emit({"event": "unread", "source": name, "clients": clients})

    service = IngestService(
        config,
        lambda c: Engine(c, Store(database)),
        lambda c: configured_sources(c, read_cursor, paths.state_dir()),
        on_delivered,
        on_state,
        on_unread,
    )
    done = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: done.set())
    service.start()
    try:
        done.wait(seconds if seconds > 0 else None)
    finally:
        service.stop()
    return EXIT_OK


def cmd_mail_file(account_id: str, dry_run: bool, undo: bool, out: TextIO) -> int:
    """`office-hours mail file`: each client's mail into a folder named after the client, on
    the accounts with file_by_client = true (a dry run works on any: it moves nothing);
    `--undo` moves back everything filed and not yet moved back (the command's runs and
    the app's), once file_by_client is off again: else the app would file it anew."""
    import time

    from office_hours.i18n import tr
    from office_hours.sources.imap import classify
    from office_hours.sources.imap_filing import FilingRefused, file_account, undo_moves
    from office_hours.state_words import state_text
    from office_hours.storage.store import Store

    config = load_config(paths.config_file())
    accounts = [a for a in config.accounts if not account_id or a.account_id == account_id]
    if not accounts:
        known = ", ".join(a.account_id for a in config.accounts) or "-"
        print(
            tr("cli", "office-hours: no such mail account {id!r} (known: {known})").format(
                id=account_id, known=known
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not dry_run and not undo:
        off = [a.account_id for a in accounts if not a.file_by_client]
        if account_id and off:
            print(
                tr(
                    "cli",
                    "office-hours: filing is off for {id}: set file_by_client = true in its"
                    " [[accounts]] table (try --dry-run first)",
                ).format(id=account_id),
                file=sys.stderr,
            )
            return EXIT_USAGE
        accounts = [a for a in accounts if a.file_by_client]
        if not accounts:
            print(
                tr(
                    "cli",
                    "office-hours: no account has file_by_client = true (try --dry-run first)",
                ),
                file=sys.stderr,
            )
            return EXIT_USAGE
    store = Store(paths.database_file())
    code = EXIT_OK
    try:
        for account in accounts:
            try:
                if undo:
                    if account.file_by_client and not dry_run:
                        print(
                            tr(
                                "cli",
                                "office-hours: {id}: set file_by_client = false first, or"
                                " the running app files the mail again",
                            ).format(id=account.account_id),
                            file=sys.stderr,
                        )
                        code = EXIT_USAGE
                        continue
                    moves = store.all_open_moves(account.account_id)
                    if dry_run:
                        for m in moves:
                            print(
                                tr("cli", "{id}: would move {mid} back from {folder}").format(
                                    id=account.account_id, mid=m.message_id, folder=m.to_folder
                                ),
                                file=out,
                            )
                        continue
                    result = undo_moves(account, moves)
                    store.mark_undone(result.restored, time.time())
                    print(
                        tr("cli", "{id}: {n} messages moved back, {missing} not found").format(
                            id=account.account_id, n=len(result.restored),
                            missing=len(result.missing),
                        ),
                        file=out,
                    )  # fmt: skip
                    continue
                filed = file_account(
                    account,
                    config.clients,
                    dry_run,
                    record=lambda acc, moves: store.record_moves(acc, moves, time.time()),
                )
            except FilingRefused as exc:
                print(f"office-hours: {account.account_id}: {exc}", file=sys.stderr)
                code = EXIT_PROBLEM
                continue
            except Exception as exc:  # the server, the keyring: said as the tray says it
                state = classify(exc, account)
                print(f"office-hours: {account.account_id}: {state_text(state)}", file=sys.stderr)
                code = EXIT_PROBLEM
                continue
            line = (
                tr("cli", "{id}: would move UID {uid} from {sender} to {folder}")
                if dry_run
                else tr("cli", "{id}: moved UID {uid} from {sender} to {folder}")
            )
            for plan in filed.planned:
                for row in plan.rows:
                    print(
                        line.format(
                            id=account.account_id, uid=row.uid, sender=row.sender,
                            folder=plan.folder,
                        ),
                        file=out,
                    )  # fmt: skip
            summary = (
                tr("cli", "{id}: {n} messages would move; {left} left alone (no Message-ID)")
                if dry_run
                else tr("cli", "{id}: {n} messages moved; {left} left alone (no Message-ID)")
            )
            print(
                summary.format(id=account.account_id, n=filed.moved, left=filed.no_message_id),
                file=out,
            )
    finally:
        store.close()
    return code
