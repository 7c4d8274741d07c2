"""`--quit-when-shown`: say when the start-up is over for the user, then quit (bench/bench_start.py).

The start is over when the current tab has painted on screen (for the roster: its table with
the first rows), not when `show()` returns: the line is printed once the event loop has
delivered the first paint of the tab's table (or of the tab, if it has none) and gone idle.
"""

from __future__ import annotations

from rentan_desktop.ui.qt import QAbstractItemView, QApplication, QEvent, QObject, QTimer, QWidget

LINE = "main window shown"


class _FirstPaint(QObject):
    """Watches the application's paint events for the first one inside `target`."""

    def __init__(self, app: QApplication, target: QWidget, done):
        super().__init__(target)
        self._app = app
        self._target = target
        self._done = done
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and (
                watched is self._target or self._target.isAncestorOf(watched)):
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after this paint has been drawn
        return False


def paint_target(window: QWidget) -> QWidget:
    """What must have painted: the current tab's first table viewport, else the tab itself."""
    tabs = getattr(window, "tabs", None)
    tab = tabs.currentWidget() if tabs is not None else None
    if tab is None:
        return window
    table = tab.findChild(QAbstractItemView)
    return table.viewport() if table is not None and table.isVisibleTo(window) else tab


def quit_when_painted(app: QApplication, window: QWidget) -> None:
    """Print LINE and quit the event loop once the window's current tab has painted."""

    def done() -> None:
        print(LINE, flush=True)
        app.quit()

    _FirstPaint(app, paint_target(window), done)
