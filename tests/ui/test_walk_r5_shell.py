"""QA walk r5: the shell's own defects (quit after a restore, Esc on the lock screen)."""

from __future__ import annotations

import shiboken6

from rentan_desktop.ui.app import window_to_close
from rentan_desktop.ui.qt import QMainWindow


def test_quit_after_a_restore_does_not_close_the_deleted_first_window(qtbot):
    """A restore deletes the first main window and opens another; once that one is closed too, quitting
    must not touch the deleted one (it raised and skipped closing the database)."""
    first = QMainWindow()
    shiboken6.delete(first)  # what the restore's deleteLater does: the C++ window is gone, the wrapper stays
    assert window_to_close(first) is None


def test_quit_closes_the_visible_main_window_first(qtbot):
    first, replacement = QMainWindow(), QMainWindow()
    qtbot.addWidget(first)
    qtbot.addWidget(replacement)
    replacement.show()
    assert window_to_close(first) is replacement
    replacement.hide()
    assert window_to_close(first) is first


def test_esc_on_the_lock_screen_keeps_the_lock_and_the_program(qtbot, opd_ctx):
    from rentan_desktop.ui.qt import Qt
    from rentan_desktop.ui.shell.unlock import UnlockDialog

    dialog = UnlockDialog(opd_ctx, locked=True)
    qtbot.addWidget(dialog)
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and finished == []


def test_esc_on_the_start_prompt_still_quits(qtbot, opd_ctx):
    from rentan_desktop.ui.qt import QDialog, Qt
    from rentan_desktop.ui.shell.unlock import UnlockDialog

    dialog = UnlockDialog(opd_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
