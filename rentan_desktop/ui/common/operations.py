"""The one door for writes from the GUI (after Anki's CollectionOp).

`OpRunner.run(fn, changes=...)` runs `fn(db)` on a single writer thread with its own
connection, then, back on the GUI thread, calls `on_success(result)` or shows the error,
and announces which kinds of records changed so each tab redraws only what it shows.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import sqlite_utils

from rentan_desktop.context import AppContext
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import faults
from rentan_desktop.ui.qt import QMessageBox, QObject, QWidget, Signal

log = logging.getLogger(__name__)

# Kinds of records a write may change; tabs subscribe to the ones they show.
CHANGE_KINDS = frozenset({"settings", "opds", "sponsors", "workers", "payments", "rates", "sync",
                          "duplicates", "bpjs", "keys", "backups"})


LOCKED_RETRY_DELAYS = (0.5, 2.0)  # seconds before the 2nd and 3rd try of a write that found the database locked


class OpRunner(QObject):
    changed = Signal(object)  # frozenset[str]
    _finished = Signal(object, object, object)  # callback pair, result, exception
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rentan-writer")
        self._local = threading.local()
        self._pending = 0
        self._finished.connect(self._deliver)

    def _writer_db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self.ctx.new_connection()
        return db

    def run(self, fn: Callable[[sqlite_utils.Database], Any], *, changes: Iterable[str] = (),
            on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], bool] | None = None,
            parent: QWidget | None = None) -> None:
        """Queue a write. `on_error` may return True when it showed the error itself."""
        kinds = frozenset(changes)
        unknown = kinds - CHANGE_KINDS
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def job() -> None:
            try:
                result = self._with_retry(fn)
            except Exception as exc:  # delivered to the GUI thread, never lost
                self._finished.emit((on_success, on_error, parent, kinds), None, exc)
            else:
                self._finished.emit((on_success, on_error, parent, kinds), result, None)

        self._executor.submit(job)

    def _with_retry(self, fn: Callable[[sqlite_utils.Database], Any]) -> Any:
        """Another program holding the write lock past the busy timeout (or a lock upgrade that
        SQLite refuses at once) gets a few more tries; each write is atomic, so a refused try
        changed nothing."""
        for delay in LOCKED_RETRY_DELAYS:
            try:
                return fn(self._writer_db())
            except Exception as exc:
                if not faults.is_locked(exc):
                    raise
                log.warning("database locked, trying again in %.1f s", delay)
                time.sleep(delay)
        return fn(self._writer_db())

    def _deliver(self, callbacks: tuple, result: Any, error: Exception | None) -> None:
        on_success, on_error, parent, kinds = callbacks
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None:
            if on_error is not None and on_error(error):
                return
            show_error(parent, error)
            return
        if kinds:
            self.changed.emit(kinds)
        if on_success is not None:
            on_success(result)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)


def error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(i.message for i in error.issues)
    if isinstance(error, UserError):
        return str(error)
    known = faults.describe(error)  # locked, full disk, read-only folder: what to do, no English tail
    if known is not None:
        return known
    return f"{type(error).__name__}: {error}"


def show_error(parent: QWidget | None, error: Exception) -> None:
    if not isinstance(error, ValidationError | UserError):
        log.error("operation failed", exc_info=error)
    QMessageBox.warning(parent, "Rentan Desktop", error_text(error))
