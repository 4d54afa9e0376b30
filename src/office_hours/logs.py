"""A rotating log file in the platform's log directory: no message bodies, no secrets.

Set up after the tray is on screen (logging.handlers is not free to import), so that
start-up stays lean; anything logged before goes to stderr as usual.
"""

from __future__ import annotations

import logging
from pathlib import Path

from office_hours import paths

LOG_NAME = "office-hours.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


def setup_file_logging(level: int = logging.INFO) -> Path | None:
    """Log to <log dir>/office-hours.log; None (and a warning on stderr) if it cannot."""
    from logging.handlers import RotatingFileHandler

    try:
        folder = paths.private_dir(paths.log_dir())
        handler = RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file: %s", exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return folder / LOG_NAME
