"""Connections for background readers, kept open between tasks so their page caches stay warm.

Every page a new SQLCipher connection reads is decrypted and authenticated (AES-256 and
HMAC-SHA256, about 6-9 microseconds a page here) on its way into that connection's page cache:
a fresh connection per background task (a home-screen count, a report, an export) paid that for
every page, each time, about twice what plain SQLite pays for the same first query
(bench/bench_at_rest.py). A connection kept open keeps its cache, so the next task reading the
same pages finds them decrypted already; SQLite still empties it when another connection has
written meanwhile (the WAL changed), so a reader never sees stale pages.

One task uses a connection at a time (`with pool.connection() as db:`); up to `keep` idle ones are
kept; a transaction a task left open is rolled back before the connection is handed on; `close()`
closes the idle ones and any still in use when they come back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlite_utils

KEEP = 2  # the GUI runs at most a couple of readers at once (home counts, roster counts, a report)


class ReaderPool:
    """Open reader connections made by `opener`, lent to one task at a time."""

    def __init__(self, opener: Callable[[], sqlite_utils.Database], keep: int = KEEP):
        self._opener = opener
        self._keep = keep
        self._idle: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()
        self._closed = False
        self.opened = 0  # connections opened so far (tests and the bench look)

    @contextmanager
    def connection(self) -> Iterator[sqlite_utils.Database]:
        with self._lock:
            if self._closed:
                raise RuntimeError("the reader pool is closed")
            db = self._idle.pop() if self._idle else None
        if db is None:
            db = self._opener()
            with self._lock:
                self.opened += 1
        try:
            yield db
        finally:
            self._give_back(db)

    def _give_back(self, db: sqlite_utils.Database) -> None:
        try:
            if db.conn.in_transaction:
                db.conn.rollback()
        except Exception:  # a connection in a bad state is not handed on
            self._close_quietly(db)
            return
        with self._lock:
            if not self._closed and len(self._idle) < self._keep:
                self._idle.append(db)
                return
        self._close_quietly(db)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for db in idle:
            self._close_quietly(db)

    @staticmethod
    def _close_quietly(db: sqlite_utils.Database) -> None:
        try:
            db.conn.close()
        except Exception:  # closing a connection whose file went away: nothing left to release
            pass
