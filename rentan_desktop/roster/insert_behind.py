"""Inserting an import's batches on a second thread while the next rows are prepared.

SQLite does its B-tree, index, trigger and encryption work with the GIL released, so on a
two-core PC the inserts of one batch overlap the checking of the next rows (the terminal's
one-pass import) or the unpickling and binding of the next batch (the wizard's import of the
rows it checked). One batch is in flight and at most one waits: memory does not grow with the
file. Whoever else uses the connection during the import calls `wait()` first; `close()` (also
after an error or a cancel) ends the thread before the transaction around the import is
committed or rolled back, so nothing is written outside it.
"""

from __future__ import annotations

import queue
import threading
from typing import Any


def shareable(conn: Any) -> bool:
    """Whether `conn` may be used from another thread (the app opens its connections so; a
    connection made with the default check_same_thread refuses, and its imports insert inline)."""
    failed: list[BaseException] = []

    def probe() -> None:
        try:
            conn.execute("SELECT 1").fetchone()
        except Exception as exc:  # noqa: BLE001 - ProgrammingError of sqlite3 or of sqlcipher3
            failed.append(exc)

    thread = threading.Thread(target=probe, name="rentan-import-probe")
    thread.start()
    thread.join()
    return not failed


class InsertBehind:
    """executemany(`sql`, batch) of each batch `put`, in order, on one thread of its own."""

    def __init__(self, conn: Any, sql: str):
        self.conn, self.sql = conn, sql
        self._queue: queue.Queue[list[tuple] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None

    def put(self, rows: list[tuple]) -> None:
        """Hand a batch over (waits while one is already waiting); a failed earlier batch raises here."""
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="rentan-import-insert", daemon=True)
            self._thread.start()
        self._queue.put(rows)

    def wait(self) -> None:
        """Return when every batch handed over is in the database; raise what failed."""
        if self._thread is not None:
            self._queue.join()
        self._raise()

    def close(self) -> None:
        """End the thread; batches not yet started are dropped (the import is failing or done)."""
        if self._thread is None:
            return
        self._stopping = True
        self._queue.put(None)
        self._thread.join()
        self._thread = None

    def _run(self) -> None:
        while True:
            rows = self._queue.get()
            try:
                if rows is None:
                    return
                if self._error is None and not self._stopping:
                    self.conn.executemany(self.sql, rows)
            except BaseException as exc:  # noqa: BLE001 - handed to the importing thread, which raises it
                self._error = exc
            finally:
                self._queue.task_done()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error
