"""Group changes from the roster: the confirmation names the count, one write changes them all."""

from __future__ import annotations

import pytest

from rentan_desktop.ui.qt import QDialog, QInputDialog, QMessageBox
from rentan_desktop.ui.roster import bulk_actions
from rentan_desktop.ui.roster.roster_tab import RosterTab
from rentan_desktop.ui.roster.sponsor_picker import SponsorPicker
from tests.pay_helpers import add_sponsor, add_worker
from tests.ui.conftest import wait_for_ops


@pytest.fixture
def told(monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    return messages


def _tab(qtbot, env):
    old = add_sponsor(env.db, name="Lama")
    add_sponsor(env.db, name="Baru")
    for i in range(3):
        add_worker(env.db, "2026-10", sponsor=old, status="draft", name=f"Pekerja {i}")
    env.db.conn.commit()
    tab = RosterTab(env)
    qtbot.addWidget(tab)
    tab.worker_table.selectAll()
    return tab


def test_menu_names_the_selection(qtbot, opd_env):
    tab = _tab(qtbot, opd_env)
    menu = bulk_actions.build_menu(tab)
    assert menu.actions()[0].text() == "3 row(s) selected"
    assert all(a.isEnabled() for a in menu.actions()[1:])


def test_change_sponsor_of_the_selected(qtbot, opd_env, monkeypatch, told):
    tab = _tab(qtbot, opd_env)
    asked = []
    picked = []

    def pick(picker):  # the clerk searches the new sponsor in the form's own picker and takes it
        picked.append(picker.table.selectionModel().selectedRows())  # nothing chosen before the clerk picks
        picker.search.setText("Baru")
        picker.apply_search()
        picker.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SponsorPicker, "exec", pick)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    bulk_actions.change_sponsor(tab)
    wait_for_ops(qtbot, opd_env)
    assert picked == [[]] and asked == ["Give 3 worker(s) the sponsor Baru?"]
    names = {r[0] for r in opd_env.db.execute(
        "SELECT s.name FROM workers w JOIN sponsors s ON s.id = w.sponsor_id")}
    assert names == {"Baru"} and told == ["3 record(s) changed."]


def test_end_the_selected_in_one_dialog(qtbot, opd_env, told):
    tab = _tab(qtbot, opd_env)
    dialog = bulk_actions.end_selected(tab)
    dialog.reason.setCurrentText("Pindah")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert opd_env.db.execute("SELECT count(*) FROM workers WHERE status = 'ended'").fetchone()[0] == 3


def test_start_month_declined_changes_nothing(qtbot, opd_env, monkeypatch, told):
    tab = _tab(qtbot, opd_env)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][-1], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    bulk_actions.set_start_month(tab)
    wait_for_ops(qtbot, opd_env)
    assert {r[0] for r in opd_env.db.execute("SELECT start_month FROM workers")} == {"2026-10"}


def test_the_worker_forms_sponsor_line_has_the_whole_text_as_tooltip(qtbot, opd_env):
    """QA walk r5, 8: "Wahyuni Ningsih, S.E — 19951007 20" was cut in the form with no way to read the rest."""
    from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
    from tests.print_support import add_sponsor_with_worker

    _, uid = add_sponsor_with_worker(opd_env.db)
    dialog = WorkerDialog(opd_env, uid)
    qtbot.addWidget(dialog)
    text = dialog.sponsor_text.text()
    assert " — " in text and dialog.sponsor_text.toolTip() == text
    assert text.split(" — ")[1].count(" ") == 3  # the NIP grouped as everywhere (8 6 1 3)
