"""Python's cyclic garbage collector, run on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate when a threshold is
passed. A writer or background thread (an import, a bundle, a report) allocates the most, so it
was the one that freed cycles holding Qt objects the GUI thread owns (a closed dialog's wrappers,
a model and its view); Qt then crashed in the GUI thread's event loop with a segmentation fault.
Automatic collection is switched off and a timer on the GUI thread collects whenever the same
thresholds say it is due (the recipe PyQt and PySide applications use for this). Reference
counting still frees everything that is not in a cycle at once, on any thread.
"""

from __future__ import annotations

import gc

from rentan_desktop.roster import collector
from rentan_desktop.ui.qt import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiGarbageCollector(QObject):
    """Collects on the GUI thread; keep one per QApplication (`install`)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations the thresholds make due, as the interpreter itself would."""
        if collector.is_paused():  # an import asked for no collection while it runs
            return
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return
        generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 2 if counts[2] > self.thresholds[2] else 1
        gc.collect(generation)


def install(app: QCoreApplication) -> GuiGarbageCollector:
    """The application's collector (made once; later calls return the same)."""
    found = app.findChild(GuiGarbageCollector)
    return found if found is not None else GuiGarbageCollector(app)
