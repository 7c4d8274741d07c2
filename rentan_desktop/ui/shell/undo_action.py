"""Edit ▸ Undo last change (Ctrl+Z): asks first, or says why the last change cannot be undone."""

from __future__ import annotations

from rentan_desktop.errors import UserError
from rentan_desktop.roster import undo
from rentan_desktop.ui.qt import QAction, QCoreApplication, QKeySequence, QMainWindow, QMessageBox, Qt


def install(window: QMainWindow, before=None) -> QAction:
    """Add the Edit menu (before the menu action `before`, if given) with the undo action."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("UndoAction", "&Edit"))
    if before is not None:
        window.menuBar().insertMenu(before, menu)
    action = QAction(QCoreApplication.translate("UndoAction", "&Undo last change"), window)
    action.setShortcut(QKeySequence.StandardKey.Undo)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: undo_last(window))
    menu.addAction(action)
    window.edit_menu = menu
    return action


def undo_last(window) -> bool:
    """Check, confirm and run the undo through the write door; True when it was queued."""
    env = window.env
    title = QCoreApplication.translate("UndoAction", "Undo")
    if env.is_disnaker:
        QMessageBox.information(window, title, QCoreApplication.translate(
            "UndoAction", "Undo is for the roster of an OPD install."))
        return False
    try:
        plan = undo.undo_check(env.db, env.operator)
    except UserError as exc:
        QMessageBox.information(window, title, str(exc))
        return False
    answer = QMessageBox.question(window, title, QCoreApplication.translate(
        "UndoAction", "Undo {what}? The values from before it come back; the history keeps both steps.").format(
        what=plan.describe()))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    operator = env.operator
    env.ops.run(lambda db: undo.undo_last(db, operator), changes={plan.table}, parent=window,
                on_success=lambda p: window.statusBar().showMessage(QCoreApplication.translate(
                    "UndoAction", "Undone: {what}").format(what=p.describe()), 8000))
    return True
