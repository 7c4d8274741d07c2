"""Opening the one database file of an install with the pragmas every connection needs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from rentan_desktop.store import cipher

# Maintenance the app hands in (the store layer knows nothing of backups, see tests/test_migrations_frozen):
# `before_upgrade(path, key)` keeps a copy before migration steps or the encryption change an existing
# file; `after_encrypt(path, key)` brings the plain backups beside a just-encrypted file along.
FileHook = Callable[[Path, "str | None"], object]

# How long one statement waits for another program's write lock before giving up: short, so that a
# clerk hears within seconds (not after minutes of "Saving…") that another program is writing; the
# GUI's write door tries a write twice more, then says what to do (ui/common/operations.py).
BUSY_TIMEOUT_SECONDS = 3


def connect(path: Path | str, *, key: str | None = None, migrate: bool = True, session: Any = None,
            before_upgrade: FileHook | None = None, after_encrypt: FileHook | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the database, WAL + foreign keys, migrated to the latest schema.

    `key` (a raw SQLCipher key, see store.cipher) opens or creates an encrypted file; a plain
    file met with a key, or one in an older cipher format (cipher.FORMATS), is converted in place
    first, after `before_upgrade`. `session` is the
    install's Session (rentan_desktop.session), reachable from the connection as `db.session`.
    """
    existed = Path(path).exists() and Path(path).stat().st_size > 0
    if existed and key is not None and cipher.is_plain(path):
        _encrypt_plain_install(Path(path), key, before_upgrade, after_encrypt)
    conn = cipher.open_connection(path, key, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False)
    if key is not None and cipher.format_of(conn) is not cipher.CURRENT:
        conn.close()
        _convert_older_format(Path(path), key, before_upgrade)
        conn = cipher.open_connection(path, key, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                      check_same_thread=False)
    cipher.restrict_file(path)
    # No sqlite-utils plugins: looking for them scans every installed package's entry points at each start.
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.session = session
    db.cipher_key = key
    _configure(db)
    if migrate:
        from rentan_desktop.store.migrations import migrate as apply_migrations
        from rentan_desktop.store.migrations import pending, schema_version

        if before_upgrade is not None and existed and schema_version(db) and pending(db):
            # An upgrade changes the file: keep a copy of the old one first.
            before_upgrade(Path(path), key)
        apply_migrations(db)
    return db


def key_of(db: sqlite_utils.Database) -> str | None:
    """The key `db` was opened with (None: plain or in-memory), for copies of the same file."""
    return getattr(db, "cipher_key", None)


def _encrypt_plain_install(path: Path, key: str, before: FileHook | None, after: FileHook | None) -> None:
    """A 0.1 database: an encrypted backup first, then the file, then every plain backup beside it."""
    if before is not None:
        before(path, key)
    cipher.convert_in_place(path, key)
    if after is not None:
        after(path, key)


def _convert_older_format(path: Path, key: str, before: FileHook | None) -> None:
    """A file in an older cipher format: a backup first, then the file (older backups stay readable)."""
    if before is not None:
        before(path, key)
    cipher.convert_in_place(path, key)


def memory() -> sqlite_utils.Database:
    """A migrated in-memory database (tests, previews)."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    db.conn.isolation_level = None
    db.session = None
    db.cipher_key = None
    _configure(db)
    from rentan_desktop.store.migrations import migrate as apply_migrations

    apply_migrations(db)
    return db


def _configure(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA cache_size = -65536")
