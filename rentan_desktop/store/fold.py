"""Folding pending work into a kept table on a read path, only when it costs no waiting.

The search index and the payments rollup are right without folding (readers include what is
pending); folding only keeps them small. So a fold never waits for another writer, and a busy
or read-only database, or the hub's PostgreSQL, simply leaves the work for the next read.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import sqlite_utils

from rentan_desktop.store import cipher

log = logging.getLogger(__name__)


def fold_now(db: sqlite_utils.Database, pending_sql: str, statements: Sequence[str], what: str) -> bool:
    """Run `statements` in one savepoint when `pending_sql` finds a row; False when there was
    nothing to do or the database could not be written at once (`what` names it in the log)."""
    if getattr(db, "dialect", "sqlite") != "sqlite":
        return False
    conn = db.conn
    try:
        if conn.execute(pending_sql).fetchone() is None:
            return False
        waited = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    except cipher.Error:
        return False
    conn.execute("PRAGMA busy_timeout = 0")  # a read never waits for a writer
    try:
        conn.execute("SAVEPOINT rentan_fold")
        try:
            for sql in statements:
                conn.execute(sql)
        except cipher.Error:
            conn.execute("ROLLBACK TO rentan_fold")
            conn.execute("RELEASE rentan_fold")
            log.debug("%s not folded now (the database is busy or read-only)", what)
            return False
        conn.execute("RELEASE rentan_fold")
        return True
    except cipher.Error:
        log.debug("%s not folded now", what, exc_info=True)
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(waited)}")
