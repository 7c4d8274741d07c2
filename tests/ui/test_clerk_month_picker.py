"""QA walk r3, defect 3: the worker form's start month is easy to set from "not set" (the first
step lands on the current month; a typed 12/2026 or Desember 2026 is taken)."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.months import current_month, read_month
from rentan_desktop.roster import service
from rentan_desktop.ui.common.month_picker import MonthPicker
from rentan_desktop.ui.qt import Qt
from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
from tests.ui.test_roster_dialogs import WORKER


@pytest.mark.parametrize("text, month", [
    ("Desember 2026", "2026-12"), ("desember 2026", "2026-12"), ("Des 2026", "2026-12"),
    ("12/2026", "2026-12"), ("2026-12", "2026-12"), ("December 2026", "2026-12"), ("Agt 2025", "2025-08"),
    ("Ju 2026", None), ("13/2026", None), ("besok", None), ("", None)])
def test_months_are_read_as_a_clerk_types_them(text, month):
    assert read_month(text) == month


@pytest.fixture
def blank_form(qtbot, opd_env):
    saved = service.save_worker(opd_env.db, "Siti", {**WORKER, "start_month": None})
    dialog = WorkerDialog(opd_env, uid=saved.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("key", [Qt.Key.Key_Up, Qt.Key.Key_Down])
def test_the_first_step_from_not_set_lands_on_the_current_month(qtbot, blank_form, key):
    assert blank_form.data()["start_month"] is None
    blank_form.start_month.setFocus()
    qtbot.keyClick(blank_form.start_month, key)
    assert blank_form.data()["start_month"] == current_month()
    assert blank_form.message_for("birth_date") == ""  # no age warning for a year-2000 sentinel


@pytest.mark.parametrize("typed", ["Desember 2026", "12/2026", "des 2026"])
def test_a_typed_month_is_taken(qtbot, blank_form, typed):
    edit = blank_form.start_month.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert blank_form.data()["start_month"] == "2026-12"
    assert blank_form.start_month.currentText() == "December 2026"


def test_an_old_start_month_outside_the_list_is_kept(qtbot, opd_env):
    saved = service.save_worker(opd_env.db, "Siti", {**WORKER, "start_month": "2015-07"})
    dialog = WorkerDialog(opd_env, uid=saved.uid)
    qtbot.addWidget(dialog)
    assert dialog.data()["start_month"] == "2015-07" and dialog.start_month.currentText() == "July 2015"


def test_text_that_is_no_month_goes_back_to_the_chosen_month(qtbot):
    picker = MonthPicker(anchor="2026-12")
    qtbot.addWidget(picker)
    picker.lineEdit().setText("besok")
    picker.lineEdit().editingFinished.emit()
    assert picker.month() == "2026-12" and picker.currentText() == "December 2026"
