"""The main window is the active window at start and again after each dialog closes.

The shortcuts a clerk is told about (Ins, Ctrl+I, Ctrl+F, Ctrl+N) reach only the active window.
Where no window manager activates windows (QA walk r6, 3: after the unlock dialog and after every
modal, the application had no active window), the keys went nowhere. A window that is active
already (another of the program's windows) is left as it is.
"""

from __future__ import annotations

from rentan_desktop.ui.qt import QApplication, QDialog, QEvent, QObject, QTimer, QWidget


def activate(window: QWidget) -> None:
    """Raise the window and ask for the keyboard, unless a dialog or another window of ours has it."""
    if not window.isVisible() or QApplication.activeModalWidget() is not None:
        return
    if QApplication.activeWindow() is None:
        window.raise_()
        window.activateWindow()


class FocusBack(QObject):
    """Watches dialogs closing (any QDialog window: forms, questions, previews) for `window`."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, self._activate)
        return False

    def _activate(self) -> None:
        window = self.parent()
        if window is not None:
            activate(window)
