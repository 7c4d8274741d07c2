"""What a dry run leaves for the import the operator confirms from it: the decrypted sections and,
while the database has not changed since, the plan itself.

The GUI previews a bundle (on a connection of its own) and then imports the very same bytes: planning
them again (every row validated as the forms validate it, every record matched) would double the
work of a 60-bundle sitting. The plan is a function of the bundle, the database and the day, so it
is reused only when the bundle's SHA-256 is the same, the day is the same, and no connection has
committed anything since the plan's first read. That last fact comes from SQLite itself: a
connection's `PRAGMA data_version` changes whenever another connection commits, so the kept plan
holds a connection of its own that never writes and watches. Anything else plans again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from rentan_desktop.session import session_of
from rentan_desktop.store import cipher, clock
from rentan_desktop.store.db import key_of


@dataclass(eq=False)
class KeptBundle:
    digest: str  # the bundle file's SHA-256
    sections: list
    plan: Any = None  # sync.apply.BundlePlan
    tables: list = field(default_factory=list)  # the dry run's TableSummary list
    notes: list[str] = field(default_factory=list)  # the notes the plan added
    day: dt.date = field(default_factory=clock.today)
    watcher: Any = None  # a DB-API connection that only reads PRAGMA data_version
    version: int | None = None

    def close(self) -> None:
        if self.watcher is not None:
            try:
                self.watcher.close()
            except cipher.Error:  # pragma: no cover - closing a connection another thread used
                pass
            self.watcher = None

    def unchanged_since_watch(self) -> bool:
        """No commit by any connection since `watch` read the version."""
        return self.version is not None and _version(self.watcher) == self.version

    def unchanged(self) -> bool:
        """A plan was kept, nothing was committed since its first read, and it is still the same day."""
        return self.plan is not None and self.day == clock.today() and self.unchanged_since_watch()


def _file_of(db: sqlite_utils.Database) -> str | None:
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


def _version(conn: Any) -> int | None:
    if conn is None:
        return None
    try:
        return conn.execute("PRAGMA data_version").fetchone()[0]
    except cipher.Error:
        return None


def watch(db: sqlite_utils.Database) -> tuple[Any, int | None]:
    """A watching connection to `db`'s file and its data_version now (None, None: an in-memory
    database, or one the watcher cannot open)."""
    path = _file_of(db)
    if path is None:
        return None, None
    try:
        conn = cipher.open_connection(path, key_of(db), timeout=30, isolation_level=None, check_same_thread=False)
    except (*cipher.Error, cipher.WrongKey, ValueError, OSError):
        return None, None
    version = _version(conn)
    if version is None:
        conn.close()
        return None, None
    return conn, version


def keep(db: sqlite_utils.Database, kept: KeptBundle) -> None:
    """Leave `kept` with the install's session (replacing and closing what was kept before)."""
    session = session_of(db)
    if session is None:
        kept.close()
        return
    old = session.decoded_bundle
    if isinstance(old, KeptBundle) and old is not kept:
        old.close()
    session.decoded_bundle = kept


def take(db: sqlite_utils.Database, digest: str) -> KeptBundle | None:
    """What a dry run kept for these bytes (removed from the session: used once)."""
    session = session_of(db)
    kept = session.decoded_bundle if session is not None else None
    if not isinstance(kept, KeptBundle):
        return None
    session.decoded_bundle = None
    if kept.digest != digest:
        kept.close()
        return None
    return kept
