"""Opening the one SQLite file of an install with the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

# Called with the database path before pending migration steps change an existing file
# (the app passes maintenance.backup.before_upgrade: the store layer knows nothing of backups).
BeforeUpgrade = Callable[[Path], object]


def connect(path: Path | str, *, migrate: bool = True,
            before_upgrade: BeforeUpgrade | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the database, WAL + foreign keys, migrated to the latest schema.

    `before_upgrade(path)` runs first when an existing file has pending steps (a backup)."""
    existed = Path(path).exists() and Path(path).stat().st_size > 0
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    _configure(db)
    if migrate:
        from rentan_desktop.store.migrations import migrate as apply_migrations
        from rentan_desktop.store.migrations import pending, schema_version

        if before_upgrade is not None and existed and schema_version(db) and pending(db):
            # An upgrade changes the file: keep a copy of the old one first.
            before_upgrade(Path(path))
        apply_migrations(db)
    return db


def memory() -> sqlite_utils.Database:
    """A migrated in-memory database (tests, previews)."""
    db = sqlite_utils.Database(memory=True)
    db.conn.isolation_level = None
    _configure(db)
    from rentan_desktop.store.migrations import migrate as apply_migrations

    apply_migrations(db)
    return db


def _configure(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA cache_size = -65536")
