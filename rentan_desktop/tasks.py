"""Long work as a pure function with a progress/cancel handle (no Qt here).

A function takes `state: TaskState` and calls `state.progress(done, total, text)` now and
then and checks `state.cancelled()` between units of work, raising `Cancelled` to stop.
Tests pass `TaskState()`; the GUI passes a subclass wired to a progress dialog.
"""

from __future__ import annotations

import time


class Cancelled(Exception):
    """The user pressed Cancel; the function stopped and changed nothing more."""


class TaskState:
    min_interval = 0.05  # seconds between progress reports that reach the GUI

    def __init__(self) -> None:
        self._cancel = False
        self._last = 0.0
        self.done = 0
        self.total = 0
        self.text = ""

    def request_cancel(self) -> None:
        self._cancel = True

    def cancelled(self) -> bool:
        return self._cancel

    def check(self) -> None:
        if self._cancel:
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.done, self.total, self.text = done, total, text or self.text
        now = time.monotonic()
        if done >= total or now - self._last >= self.min_interval:
            self._last = now
            self.report(done, total, self.text)

    def report(self, done: int, total: int, text: str) -> None:
        """Throttled hook for subclasses (the GUI forwards it to a progress bar)."""
