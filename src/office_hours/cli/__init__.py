"""The command line: `office-hours` and its commands, one module per group of commands
(commands: mode, status, ingest, log-call, report; terms; chat; mail; slack; doctor). It talks to
the running app through its socket and never imports the Qt shell (ui/).

`office-hours` with no arguments starts the tray: that path imports only what the app needs
(start.py), not the parser and every command's modules; start-up is measured against a bare
PySide6 tray app (bench/startup.py)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO


def main(
    argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    from office_hours import paths

    paths.private_umask()  # before anything is created: config, database, logs, socket
    paths.tighten_existing()  # installs from before files were private
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from office_hours.cli.start import start_app

        return start_app(args)
    from office_hours.cli.commands import main as run

    return run(args, stdin, stdout)


__all__ = ["main"]
