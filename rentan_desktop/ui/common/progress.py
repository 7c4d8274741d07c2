"""A TaskState the GUI can watch: progress reaches a QProgressDialog by signal, its Cancel sets
the state's flag. Shared by background tasks (reads) and the write door's long writes."""

from __future__ import annotations

from rentan_desktop.tasks import TaskState
from rentan_desktop.ui.qt import QObject, QProgressDialog, Qt, QWidget, Signal, is_alive


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
    if dialog is not None and is_alive(dialog):  # gone with its window when that was replaced
        dialog.reset()
        dialog.hide()


def widgets_alive(*things: object) -> bool:
    """False when a result arrives for a window or tab that was closed meanwhile (a restore reopens
    the main window): `things` are the parent widget and the callbacks; a callback is checked through
    the Qt object it is a method of and the Qt objects its closure holds (two levels deep: wrapped
    callbacks). Calling into a deleted widget aborts the whole process, so such a late result is
    dropped instead."""
    return not any(isinstance(o, QObject) and not is_alive(o) for o in _held(things, depth=2))


def _held(things: tuple, depth: int) -> list[object]:
    held: list[object] = []
    for thing in things:
        if thing is None:
            continue
        held.append(thing)
        owner = getattr(thing, "__self__", None)
        if owner is not None:
            held.append(owner)
        cells = []
        for cell in getattr(thing, "__closure__", None) or ():
            try:
                cells.append(cell.cell_contents)
            except ValueError:  # an empty cell
                continue
        if depth > 0:
            held.extend(_held(tuple(cells), depth - 1))
    return held
