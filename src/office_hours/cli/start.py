"""`office-hours` with no command: hand over to the running app, or start the tray."""

from __future__ import annotations

import sys

from office_hours import ipc
from office_hours.i18n import tr

EXIT_OK = 0


def start_app(argv: list[str]) -> int:
    """One instance per user: hand over to a running app, else start the tray."""
    try:
        if ipc.request({"cmd": "activate", "argv": argv}) is not None:
            print(tr("cli", "Office Hours is already running."))
            return EXIT_OK
    except ipc.UntrustedSocket as exc:  # someone else's socket: say so, start our own
        print(f"office-hours: {exc}", file=sys.stderr)
    except OSError:
        pass
    from office_hours.app import run_app

    return run_app(argv)
