"""Running a long pure function off the GUI thread behind a progress dialog with Cancel.

The function gets a TaskState (rentan_desktop.tasks) and never touches widgets; progress
and the result come back to the GUI thread by signal (Orange3's TaskState pattern).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from rentan_desktop.tasks import Cancelled, TaskState
from rentan_desktop.ui.common.operations import show_error
from rentan_desktop.ui.common.progress import QtTaskState, close_dialog, progress_dialog, widgets_alive
from rentan_desktop.ui.qt import QObject, QProgressDialog, QWidget, Signal

log = logging.getLogger(__name__)


class BackgroundTask(QObject):
    """One run of `fn(state)`. Keep a reference until `done` fires (run_task does)."""

    done = Signal(object, object)  # result, exception (Cancelled when cancelled)

    def __init__(self, fn: Callable[[TaskState], Any], *, title: str, parent: QWidget | None,
                 show_dialog: bool = True):
        # Not a Qt child of `parent`: the task must outlive a window closed while it runs (run_task
        # keeps it), so that its late result can be dropped instead of reaching a deleted object.
        super().__init__(None)
        self.state = QtTaskState()
        self.state.finished.connect(self._on_finished)
        self._fn = fn
        self._thread: threading.Thread | None = None
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = progress_dialog(self.state, title, self.tr("Cancel"), parent)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._work, name="rentan-task", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            result = self._fn(self.state)
        except BaseException as exc:  # noqa: BLE001 - every failure reaches the GUI
            self.state.finished.emit(None, exc)
        else:
            self.state.finished.emit(result, None)

    def _on_finished(self, result: Any, error: BaseException | None) -> None:
        # The worker's last act was the emit; wait for it to end so that its references (to this
        # QObject, its state and the result) are dropped here and Qt objects are never deleted
        # on the worker thread (a native crash when they still have queued events).
        if self._thread is not None:
            self._thread.join()
        close_dialog(self.dialog)
        self.done.emit(result, error)


_running: set[BackgroundTask] = set()


def run_task(fn: Callable[[TaskState], Any], *, title: str, parent: QWidget | None,
             on_success: Callable[[Any], None] | None = None,
             on_cancel: Callable[[], None] | None = None,
             show_dialog: bool = True,
             on_end: Callable[[], None] | None = None) -> BackgroundTask:
    """Start `fn` in the background; errors are shown, Cancel calls `on_cancel`; `on_end` runs last
    however the task ended (done, failed, cancelled, or its window closed meanwhile)."""
    task = BackgroundTask(fn, title=title, parent=parent, show_dialog=show_dialog)

    def finished(result: Any, error: BaseException | None) -> None:
        _running.discard(task)
        try:
            deliver(result, error)
        finally:
            if on_end is not None:
                on_end()

    def deliver(result: Any, error: BaseException | None) -> None:
        if not widgets_alive(parent, on_success, on_cancel):
            # Its window was replaced meanwhile (a restore reopens it): nobody is left to show it to.
            log.info("a background task (%s) finished after its window closed; its result is dropped", title)
            if error is not None and not isinstance(error, Cancelled):
                log.error("the dropped task had failed", exc_info=error)
            return
        if isinstance(error, Cancelled):
            if on_cancel:
                on_cancel()
        elif error is not None:
            show_error(parent, error if isinstance(error, Exception) else RuntimeError(str(error)))
        elif on_success:
            on_success(result)

    task.done.connect(finished)
    _running.add(task)
    task.start()
    return task
