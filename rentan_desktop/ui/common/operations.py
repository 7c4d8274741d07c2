"""The one door for writes from the GUI (after Anki's CollectionOp).

`OpRunner.run(fn, changes=...)` runs `fn(db)` on a single writer thread with its own
connection, then, back on the GUI thread, calls `on_success(result)` or shows the error,
and announces which kinds of records changed so each tab redraws only what it shows.
`OpRunner.run_with_progress(fn, title=...)` does the same for a long write `fn(db, state)`
(a pure function taking a TaskState) behind a progress dialog whose Cancel stops it: the
function raises `Cancelled` inside its transaction, so nothing of it is kept.

`run(fn, short=True)` is for a write of a few milliseconds (a form's Save, one payment): when
nothing is queued on the writer thread and the write lock is free at once, `fn` runs right there
on the GUI's own connection, in one transaction. SQLite empties a connection's page cache when
*another* connection commits, never for its own commits, so the tab redrawn after that save finds
its pages still in the cache (decrypted, in an encrypted file) instead of reading them all again
(bench/bench_at_rest.py). Otherwise (a write queued or running, another program holding the lock)
it goes to the writer thread as any write, so the GUI never waits for a lock. Either way the result
is delivered from the event loop, after `run` returned.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import sqlite_utils

from rentan_desktop.context import AppContext
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import faults
from rentan_desktop.tasks import Cancelled, TaskState
from rentan_desktop.ui.common.progress import QtTaskState, close_dialog, progress_dialog, widgets_alive
from rentan_desktop.ui.qt import QMessageBox, QObject, QTimer, QWidget, Signal

log = logging.getLogger(__name__)

# Kinds of records a write may change; tabs subscribe to the ones they show.
CHANGE_KINDS = frozenset({"settings", "opds", "sponsors", "workers", "payments", "rates", "sync",
                          "duplicates", "bpjs", "keys", "backups", "operators", "pdp"})


# Seconds before the 2nd and 3rd try of a write that found the database locked. Each try waits at most
# store.db.BUSY_TIMEOUT_SECONDS for the lock, so the clerk hears what to do within about ten seconds.
LOCKED_RETRY_DELAYS = (0.5, 1.0)
RETIRE_GRACE_S = 2.0  # far longer than the writer thread takes to drop a finished job


class OpRunner(QObject):
    """Every OpRunner alive, so that whoever closes the app (or a test) can let writes still queued be
    delivered before the windows they answer to are gone."""

    live: weakref.WeakSet[OpRunner] = weakref.WeakSet()
    changed = Signal(object)  # frozenset[str]
    _finished = Signal(object, object, object)  # callback pair, result, exception
    busy_changed = Signal(bool)
    waiting_for_lock = Signal(int, int)  # try about to start, tries in all: another program holds the lock

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rentan-writer")
        self._local = threading.local()
        self._pending = 0
        # What a delivered write referenced (its function and through it a QtTaskState, its
        # callbacks, a progress dialog): kept for RETIRE_GRACE_S after delivery, by when the writer
        # thread has long dropped its own references to the job, so the last reference goes on this
        # thread and Qt objects are never freed on the writer thread (a native crash when they
        # still have queued events: a long write's QtTaskState is held by nothing else).
        self._retired: list[tuple[float, tuple]] = []
        self.ran_here = 0  # short writes run on the GUI's connection so far (tests look)
        self._finished.connect(self._deliver)
        OpRunner.live.add(self)

    def _writer_db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self.ctx.new_connection()
        return db

    def run(self, fn: Callable[[sqlite_utils.Database], Any], *, changes: Iterable[str] = (),
            on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], bool] | None = None,
            parent: QWidget | None = None, short: bool = False) -> None:
        """Queue a write. `on_error` may return True when it showed the error itself. `short`: a write
        of a few milliseconds, which runs at once on the GUI's connection when it can (see above)."""
        kinds = _check_kinds(changes)
        if short and self._run_here(fn, (on_success, on_error, parent, kinds)):
            return
        self._submit(fn, kinds, (on_success, on_error, parent))

    def _run_here(self, fn: Callable[[sqlite_utils.Database], Any], callbacks: tuple) -> bool:
        """Run `fn` on the GUI's connection in one transaction; False (nothing done) when a write is
        queued (order is kept), that connection is closed or inside a transaction, or the lock is not free
        at once (`BEGIN IMMEDIATE` without waiting: the writer thread does the waiting)."""
        db = self.ctx.opened_db
        if db is None or self._pending or db.conn.in_transaction:
            return False
        try:
            waited = db.execute("PRAGMA busy_timeout").fetchone()[0]
            db.execute("PRAGMA busy_timeout = 0")
            try:
                db.execute("BEGIN IMMEDIATE")
            finally:
                db.execute(f"PRAGMA busy_timeout = {int(waited)}")
        except Exception:  # locked (or closing): the writer thread takes it, and says what happened
            log.debug("short write goes to the writer thread", exc_info=True)
            if db.conn.in_transaction:
                db.conn.rollback()
            return False
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self.ran_here += 1
        try:
            result = fn(db)
            if db.conn.in_transaction:  # `fn` may have committed itself (`with db.conn:`)
                db.execute("COMMIT")
        except Exception as exc:  # nothing of it is kept; delivered as a write's error always is
            if db.conn.in_transaction:
                db.conn.rollback()
            outcome: tuple = ((*callbacks, fn), None, exc)
        else:
            outcome = ((*callbacks, fn), result, None)
        QTimer.singleShot(0, self, lambda: self._deliver(*outcome))
        return True

    def run_with_progress(self, fn: Callable[[sqlite_utils.Database, TaskState], Any], *, title: str,
                          changes: Iterable[str] = (), on_success: Callable[[Any], None] | None = None,
                          on_error: Callable[[Exception], bool] | None = None,
                          on_cancel: Callable[[], None] | None = None,
                          parent: QWidget | None = None) -> QtTaskState:
        """Queue a long write `fn(db, state)` behind a progress dialog with Cancel.

        Cancel sets the state's flag; `fn` raises `Cancelled` at its next check and its
        transaction rolls back (a transaction left open is rolled back here too), no change is
        announced and `on_cancel` runs. Returns the state (tests cancel through it)."""
        kinds = _check_kinds(changes)
        state = QtTaskState()
        dialog = progress_dialog(state, title, self.tr("Cancel"), parent)

        def cancelled_or_failed(error: Exception) -> bool:
            if isinstance(error, Cancelled):
                if on_cancel is not None:
                    on_cancel()
                return True
            return on_error(error) if on_error is not None else False

        def closing(callback: Callable[..., Any] | None) -> Callable[..., Any]:
            def call(*args: Any) -> Any:
                close_dialog(dialog)
                return callback(*args) if callback is not None else None
            return call

        self._submit(lambda db: fn(db, state), kinds, (closing(on_success), closing(cancelled_or_failed), parent))
        return state

    def _submit(self, fn: Callable[[sqlite_utils.Database], Any], kinds: frozenset[str], callbacks: tuple) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def job() -> None:
            db = self._writer_db()
            try:
                result = self._with_retry(fn)
            except Exception as exc:  # delivered to the GUI thread, never lost
                if db.conn.in_transaction:  # a write that failed or was cancelled keeps nothing
                    db.conn.rollback()
                self._finished.emit((*callbacks, kinds, fn), None, exc)
            else:
                self._finished.emit((*callbacks, kinds, fn), result, None)

        self._executor.submit(job)

    def _with_retry(self, fn: Callable[[sqlite_utils.Database], Any]) -> Any:
        """Another program holding the write lock past the busy timeout (or a lock upgrade that
        SQLite refuses at once) gets a few more tries; each write is atomic, so a refused try
        changed nothing."""
        tries = len(LOCKED_RETRY_DELAYS) + 1
        for attempt, delay in enumerate(LOCKED_RETRY_DELAYS, start=2):
            try:
                return fn(self._writer_db())
            except Exception as exc:
                if not faults.is_locked(exc):
                    raise
                log.warning("database locked, trying again in %.1f s", delay)
                self.waiting_for_lock.emit(attempt, tries)  # the status bar says why it takes long
                time.sleep(delay)
        return fn(self._writer_db())

    def _deliver(self, callbacks: tuple, result: Any, error: Exception | None) -> None:
        on_success, on_error, parent, kinds, _fn = callbacks
        self._retire((callbacks, result, error))
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None:
            if not self._still_shown(callbacks):
                log.error("a write failed after its window closed", exc_info=error)
                return
            if on_error is not None and on_error(error):
                return
            show_error(parent, error)
            return
        if kinds:
            self.changed.emit(kinds)
        if on_success is not None and self._still_shown(callbacks):
            on_success(result)

    @staticmethod
    def _still_shown(callbacks: tuple) -> bool:
        """The write is done (and announced); its callbacks are dropped when their window is gone."""
        on_success, on_error, parent, _kinds, _fn = callbacks
        if widgets_alive(parent, on_success, on_error):
            return True
        log.info("a write finished after its window closed; its result is not shown")
        return False

    def _retire(self, payload: tuple) -> None:
        """Keep `payload` (a delivered job's references) for a grace period; free older ones here."""
        self._prune_retired()
        self._retired.append((time.monotonic(), payload))
        QTimer.singleShot(int(RETIRE_GRACE_S * 1000) + 100, self, self._prune_retired)

    def _prune_retired(self) -> None:
        """Free, here on the GUI thread, what was delivered more than RETIRE_GRACE_S ago."""
        now = time.monotonic()
        self._retired = [(at, kept) for at, kept in self._retired if now - at < RETIRE_GRACE_S]

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
        self._retired.clear()  # the writer thread has ended: freed on this (the GUI) thread


def _check_kinds(changes: Iterable[str]) -> frozenset[str]:
    kinds = frozenset(changes)
    unknown = kinds - CHANGE_KINDS
    if unknown:
        raise ValueError(f"unknown change kinds: {sorted(unknown)}")
    return kinds


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
