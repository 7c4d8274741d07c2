"""A TaskState the GUI can watch: progress reaches a QProgressDialog by signal, its Cancel sets
the state's flag. Shared by background tasks (reads) and the write door's long writes."""

from __future__ import annotations

from rentan_desktop.tasks import TaskState
from rentan_desktop.ui.qt import QObject, QProgressDialog, Qt, QWidget, Signal


class QtTaskState(QObject, TaskState):
    """Thread-safe to report from a worker thread: `progressed` is delivered on the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal(object, object)  # result, exception

    def __init__(self) -> None:
        QObject.__init__(self)
        TaskState.__init__(self)

    def report(self, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, text)


def progress_dialog(state: QtTaskState, title: str, cancel_text: str, parent: QWidget | None) -> QProgressDialog:
    """A window-modal dialog that shows the state's progress and cancels it with its button."""
    dialog = QProgressDialog(title, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(state.request_cancel)

    def show(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1) - 1) if done < total else total)
        if text:
            dialog.setLabelText(text)

    state.progressed.connect(show)
    return dialog


def close_dialog(dialog: QProgressDialog | None) -> None:
    if dialog is not None:
        dialog.reset()
        dialog.hide()
