"""The one SQLite database: items, interruptions, calls, mode history, source cursors."""

from office_hours.storage.store import Store

__all__ = ["Store"]
