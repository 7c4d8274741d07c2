"""Ctrl+Z in the main window: undo the last edit after asking, or say why not."""

from __future__ import annotations

from rentan_desktop.roster import service
from rentan_desktop.ui.qt import QMessageBox
from rentan_desktop.ui.shell import undo_action
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.pay_helpers import add_sponsor
from tests.ui.conftest import wait_for_ops


def test_edit_menu_undoes_the_last_ending(qtbot, opd_env, monkeypatch):
    s = add_sponsor(opd_env.db)
    service.end_sponsor(opd_env.db, opd_env.operator, s["uid"], "2026-11-30", "Pensiun")
    opd_env.db.conn.commit()
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.undo_action.trigger()
    wait_for_ops(qtbot, opd_env)
    assert asked and asked[0].startswith("Undo the ending of Budi Santoso")
    assert opd_env.db.execute("SELECT status FROM sponsors WHERE id = ?", [s["id"]]).fetchone()[0] == "active"


def test_nothing_to_undo_is_explained(qtbot, opd_env, monkeypatch):
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert not undo_action.undo_last(window)
    assert "nothing to undo" in told[0]
