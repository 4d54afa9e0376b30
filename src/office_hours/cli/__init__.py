"""The command line: `office-hours` and its commands, one module per group of commands
(main: mode, status, ingest, log-call, report; terms; chat; mail; slack; doctor). It talks to
the running app through its socket and never imports the Qt shell (ui/)."""

from office_hours.cli.main import main

__all__ = ["main"]
