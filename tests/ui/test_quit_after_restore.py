"""QA walk r5, 21: quitting after a restore raised "Internal C++ object (MainWindow) already deleted" (the
first main window, replaced by the restore, was closed again), so the database and the lock stayed open."""

from __future__ import annotations

import shiboken6

from rentan_desktop.ui.maintenance.single_instance import close_main_window
from rentan_desktop.ui.qt import QApplication, QMainWindow


def test_quitting_after_the_first_window_was_replaced_closes_without_error(qtbot):
    first = QMainWindow()
    shiboken6.delete(first)  # what the restore's replacement leaves behind
    assert not shiboken6.isValid(first)
    close_main_window(first)  # no RuntimeError


def test_the_visible_main_window_is_the_one_closed(qtbot):
    first, replacement = QMainWindow(), QMainWindow()
    qtbot.addWidget(first)
    qtbot.addWidget(replacement)
    replacement.show()
    closed = []
    replacement.closeEvent = lambda event: closed.append("replacement") or event.accept()
    first.closeEvent = lambda event: closed.append("first") or event.accept()
    close_main_window(first)
    assert closed == ["replacement"]
    QApplication.processEvents()
    close_main_window(first)  # nothing visible any more: the first, still there, is closed
    assert closed == ["replacement", "first"]
