"""The roster's pages kept decrypted in the GUI connection's cache, read between events.

The first search after unlocking, and the first after anything else wrote (a save on the writer
thread, an import, a bundle, the daily lifecycle), would otherwise decrypt every page it reads:
about twice what plain SQLite pays (roster/prewarm.py, bench/bench_at_rest.py). A short time after
the window is shown, and whenever `PRAGMA data_version` says another connection wrote, the warmer
reads the roster's hot pages in slices of a few milliseconds from a zero-time timer, so typing and
painting go first and a search typed meanwhile only finds part of the work done. A save through
the write door starts it at once; writes on other connections once they have settled (two polls
in a row see the same data_version), so a long run of commits is not chased.
"""

from __future__ import annotations

import logging
import time

from rentan_desktop.roster import prewarm
from rentan_desktop.store import cipher
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QObject, QTimer

log = logging.getLogger(__name__)

START_DELAY_MS = 500  # after the window is shown: the first screen paints first
POLL_MS = 1_500  # how often another connection's write is looked for (PRAGMA data_version: no page read)
# A warm-up starts when a poll finds the same new data_version as the poll before (writes have settled).
SLICE_MS = 8  # at most this long on the GUI thread before events get their turn


class CacheWarmer(QObject):
    def __init__(self, env: UiEnv, parent: QObject | None = None):
        super().__init__(parent)
        self.env = env
        self._steps = None
        self._version: int | None = None  # data_version the cache was last warmed at (or is being)
        self.warmed = 0  # complete warms so far (tests look)
        self.started = False
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self._polled: int | None = None  # data_version at the last poll
        self.slicer = QTimer(self)
        self.slicer.setSingleShot(True)
        self.slicer.setInterval(0)
        self.slicer.timeout.connect(self.run_slice)
        env.ops.changed.connect(self._written)  # a save: warm again right after the tabs redrew

    def start(self) -> None:
        self.started = True
        QTimer.singleShot(START_DELAY_MS, self, self.check)
        self.poll.start()

    def stop(self) -> None:
        self.poll.stop()
        self.slicer.stop()
        self._steps = None

    def _written(self, _kinds: frozenset) -> None:
        self.check()

    def _poll(self) -> None:
        """Another connection's writes are caught up with once they have settled (no new write since
        the last poll): a bundle or an import committing again and again is not chased page by page."""
        try:
            version = prewarm.data_version(self.env.db)
        except cipher.Error:  # the install is closing
            self.stop()
            return
        if version != self._version and version == self._polled:
            self.check()
        self._polled = version

    def check(self) -> None:
        """Start warming when the cache was never warmed or another connection wrote since."""
        if self.env.ctx.session.locked:
            return
        try:
            version = prewarm.data_version(self.env.db)
        except cipher.Error:  # the install is closing
            self.stop()
            return
        if version != self._version:
            self._version = version
            self._steps = prewarm.steps(self.env.db)
            self.slicer.start()

    def run_slice(self) -> None:
        if self._steps is None:
            return
        deadline = time.perf_counter() + SLICE_MS / 1000
        try:
            while time.perf_counter() < deadline:
                next(self._steps)
            if prewarm.data_version(self.env.db) != self._version:  # written meanwhile: the poll starts over
                self._steps, self._version = None, None
                return
        except StopIteration:
            self._steps = None
            self.warmed += 1
            return
        except cipher.Error:  # closing, or a schema still being changed: the next check starts over
            log.debug("roster pages not warmed", exc_info=True)
            self._steps, self._version = None, None
            return
        self.slicer.start()
