"""Schema versions, applied in order and recorded in PRAGMA user_version."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: the walking skeleton
    """
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        external_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        sender TEXT NOT NULL,
        subject TEXT NOT NULL,
        snippet TEXT NOT NULL DEFAULT '',
        room TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL,
        received_ts REAL NOT NULL,
        ingested_ts REAL NOT NULL,
        UNIQUE (source, external_id)
    );
    CREATE TABLE interruptions (
        item_id INTEGER PRIMARY KEY REFERENCES items(id),
        client_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        ts REAL NOT NULL,
        decision TEXT NOT NULL,
        reason TEXT NOT NULL,
        reason_text TEXT NOT NULL,
        mode TEXT NOT NULL,
        urgent INTEGER NOT NULL DEFAULT 0,
        after_hours INTEGER NOT NULL DEFAULT 0,
        outside_terms INTEGER NOT NULL DEFAULT 0,
        surcharge INTEGER NOT NULL DEFAULT 0,
        not_urgent INTEGER NOT NULL DEFAULT 0,
        released_ts REAL,
        handled_ts REAL
    );
    CREATE INDEX interruptions_client_ts ON interruptions (client_id, ts, channel);
    CREATE INDEX interruptions_ts ON interruptions (ts);
    CREATE INDEX interruptions_waiting ON interruptions (ts)
        WHERE released_ts IS NULL AND decision IN ('hold', 'hold_until_business_hours');
    CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        client_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        ts REAL NOT NULL,
        minutes INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        logged_ts REAL NOT NULL
    );
    CREATE INDEX calls_ts ON calls (ts);
    CREATE INDEX calls_client_ts ON calls (client_id, ts);
    CREATE TABLE mode_history (
        id INTEGER PRIMARY KEY,
        kind TEXT,
        until_ts REAL,
        set_ts REAL NOT NULL,
        origin TEXT NOT NULL
    );
    CREATE TABLE source_cursors (
        source TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (source, key)
    );
    """,
    # 2: releases of the held queue (issue 5). A release is one row; each item it brought
    # back points to it, so an item is released once and a release is announced at least once.
    """
    CREATE TABLE releases (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,
        cause TEXT NOT NULL,
        reason TEXT NOT NULL,
        summary TEXT NOT NULL,
        item_count INTEGER NOT NULL,
        announced_ts REAL
    );
    CREATE INDEX releases_unannounced ON releases (id) WHERE announced_ts IS NULL;
    CREATE INDEX interruptions_waiting_client ON interruptions (client_id)
        WHERE released_ts IS NULL AND decision IN ('hold', 'hold_until_business_hours');
    ALTER TABLE interruptions ADD COLUMN release_id INTEGER REFERENCES releases(id);
    ALTER TABLE items ADD COLUMN link TEXT NOT NULL DEFAULT '';
    """,
    # 3: mail filed into client folders (issue 18). A message is found again by its
    # Message-ID (UIDs differ per folder), so undo moves exactly what a run moved, back.
    """
    CREATE TABLE mail_moves (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL,
        ts REAL NOT NULL,
        account TEXT NOT NULL,
        message_id TEXT NOT NULL,
        client_id TEXT NOT NULL,
        from_folder TEXT NOT NULL,
        to_folder TEXT NOT NULL,
        undone_ts REAL
    );
    CREATE INDEX mail_moves_open ON mail_moves (account, run_id) WHERE undone_ts IS NULL;
    """,
    # 4: auto-replies sent (issue 17): one row per reply the SMTP server accepted, so a
    # sender is answered at most once per period, across restarts and processes.
    """
    CREATE TABLE auto_replies (
        id INTEGER PRIMARY KEY,
        recipient TEXT NOT NULL,
        client_id TEXT NOT NULL,
        account TEXT NOT NULL,
        mode TEXT NOT NULL,
        language TEXT NOT NULL,
        subject TEXT NOT NULL,
        in_reply_to TEXT NOT NULL DEFAULT '',
        message_id TEXT NOT NULL,
        ts REAL NOT NULL
    );
    CREATE INDEX auto_replies_recipient_ts ON auto_replies (recipient, ts);
    CREATE INDEX auto_replies_ts ON auto_replies (ts);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
