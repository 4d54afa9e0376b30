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
from typing import TextIO

from office_hours import ipc, paths
from office_hours.config import load_config

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
        print(f"office-hours: no sources in {config.path} (add [[accounts]], [slack] or [matrix])",
              file=sys.stderr)
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

    service = IngestService(
        config,
        lambda c: Engine(c, Store(database)),
        lambda c: configured_sources(c, read_cursor, paths.state_dir()),
        on_delivered,
        on_state,
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
