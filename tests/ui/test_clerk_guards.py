"""What the clerk's first month showed (issue 13): shortcuts from anywhere, focus back on the
table, no silent loss of a filled form, no silent start month, ended workers brought back."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import service
from rentan_desktop.store import audit
from rentan_desktop.ui.qt import QApplication, QDialog, QMessageBox, Qt
from rentan_desktop.ui.roster import reactivate as reactivate_module
from rentan_desktop.ui.roster.sponsor_dialog import SponsorDialog
from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_for_ops
from tests.ui.test_roster_dialogs import WORKER, fill_worker


@pytest.fixture
def questions(monkeypatch):
    """Records every question box; answers with `questions.answer` (Cancel unless set)."""
    class Box(list):
        answer = QMessageBox.StandardButton.Cancel

    asked = Box()

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def window(qtbot, opd_env):
    w = MainWindow(opd_env)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("key, modifier, expected", [
    (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier, "add"),
    (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "add"),
    (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier, "import"),
])
def test_advertised_shortcuts_work_before_clicking_into_the_roster(qtbot, window, monkeypatch, key, modifier,
                                                                   expected):
    roster = window.tab("roster")
    called = []
    monkeypatch.setattr(roster, "add_current", lambda: called.append("add"))
    monkeypatch.setattr(roster, "open_import", lambda: called.append("import"))
    window.show_tab("payments")
    window.tabs.tabBar().setFocus()  # where focus sits at start-up, not in the roster
    window.window_actions["add" if expected == "add" else "import"].setShortcutContext(
        Qt.ShortcutContext.ApplicationShortcut)  # the offscreen platform never activates a window
    qtbot.keyClick(window.tabs.tabBar(), key, modifier)
    assert called == [expected]
    assert window.tabs.currentWidget() is roster  # adding and importing happen in the roster


def test_ctrl_f_goes_to_the_current_tabs_search(qtbot, window):
    window.show_tab("payments")
    assert window.route_to_tab("focus_search")
    assert QApplication.focusWidget() in (window.tab("payments").search, None)
    window.show_tab("roster")
    window.route_to_tab("focus_search")
    assert window.tab("roster").search.hasFocus() or QApplication.focusWidget() is None


def test_the_roster_tab_hands_its_shortcuts_to_the_window(window):
    assert all(not s.isEnabled() for s in window.tab("roster").window_shortcuts)


def test_focus_returns_to_the_table_after_a_dialog(qtbot, window, monkeypatch):
    roster = window.tab("roster")
    monkeypatch.setattr(WorkerDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    roster.add_worker_button.click()
    assert roster.add_worker_button.focusPolicy() == Qt.FocusPolicy.TabFocus  # a click does not take focus
    assert QApplication.focusWidget() is not roster.add_worker_button
    assert QApplication.focusWidget() in (roster.worker_table, None)


def test_escape_on_a_filled_worker_form_asks_before_discarding(qtbot, opd_env, questions):
    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_worker(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions) == 1 and "not saved" in questions[0] and "Save" in questions[0]
    assert dialog.isVisible() and dialog.name.text() == "Sri Wahyuni"  # Cancel: back to the form
    questions.answer = QMessageBox.StandardButton.Discard
    dialog.close()  # the window's close button asks the same
    assert len(questions) == 2 and not dialog.isVisible()


def test_an_untouched_form_closes_without_asking(qtbot, opd_env, questions):
    dialog = SponsorDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions == [] and not dialog.isVisible()


def test_a_filled_sponsor_form_asks_too(qtbot, opd_env, questions):
    dialog = SponsorDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Budi Santoso")
    dialog.reject()
    assert questions and dialog.isVisible()


def test_a_worker_without_start_month_shows_it_empty_and_keeps_it_empty(qtbot, opd_env, questions):
    saved = service.save_worker(opd_env.db, "Siti", {**WORKER, "start_month": None})
    dialog = WorkerDialog(opd_env, uid=saved.uid)
    qtbot.addWidget(dialog)
    assert dialog.start_month.currentText() == "not set"
    assert dialog.data()["start_month"] is None
    dialog.phone.setText("0812 3456 7890")
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert service.get_worker(opd_env.db, saved.uid)["start_month"] is None


def test_a_blocked_save_says_why_beside_the_buttons(qtbot, opd_env):
    dialog = WorkerDialog(opd_env)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_worker(dialog, nik="6271011508100001")  # born 2010: too young, no reason given
    dialog.accept()
    wait_for_ops(qtbot, opd_env)
    assert dialog.isVisible()
    assert "Not saved" in dialog.general.text() and "Reason for age exception" in dialog.general.text()
    assert "Give a reason" in dialog.message_for("birth_date")


def test_an_ended_worker_is_reactivated_from_the_roster(qtbot, opd_env, monkeypatch):
    saved = service.save_worker(opd_env.db, "Siti", WORKER)
    service.end_worker(opd_env.db, "Siti", saved.uid, "2026-12-01", "Pindah")
    from rentan_desktop.ui.roster.roster_tab import RosterTab

    tab = RosterTab(opd_env)
    qtbot.addWidget(tab)
    monkeypatch.setattr(reactivate_module, "ask_reason", lambda parent, name: ("Kembali bekerja", True))
    tab.reactivate_worker(service.get_worker(opd_env.db, saved.uid))
    wait_for_ops(qtbot, opd_env)
    assert service.get_worker(opd_env.db, saved.uid)["status"] == "draft"
    assert audit.history(opd_env.db, saved.uid)[-1]["note"] == "Kembali bekerja"


def test_headline_counts_follow_a_sponsor_added_on_the_sponsors_page(qtbot, window, opd_env):
    from tests.pay_helpers import add_sponsor

    roster = window.tab("roster")
    window.tabs.setCurrentWidget(roster)  # Beranda (home) is the first tab now
    roster.pages.setCurrentIndex(1)  # the sponsors page: the workers table is not painted
    qtbot.waitUntil(lambda: "0 active sponsor" in roster.headline.text(), timeout=5000)
    opd_env.ops.run(lambda db: add_sponsor(db, "Budi Santoso"), changes={"sponsors"})
    wait_for_ops(qtbot, opd_env)
    qtbot.waitUntil(lambda: "1 active sponsor" in roster.headline.text(), timeout=5000)


def test_months_and_nips_read_the_same_everywhere(qtbot, opd_env):
    from rentan_desktop.domain.months import month_label
    from rentan_desktop.ui.payments.payment_models import MonthColumn
    from rentan_desktop.ui.payments.payment_tab import PaymentTab
    from rentan_desktop.ui.roster.roster_models import WorkerColumn
    from rentan_desktop.ui.roster.roster_tab import RosterTab
    from tests.pay_helpers import add_sponsor, add_worker

    sponsor = add_sponsor(opd_env.db, "Budi Santoso", nip="196608011988031001")
    add_worker(opd_env.db, "2026-11", sponsor=sponsor, name="Ahmad")
    roster = RosterTab(opd_env)
    qtbot.addWidget(roster)
    model = roster.worker_model
    start = model.index(0, model.column_of(WorkerColumn.START)).data()
    assert start == month_label("2026-11", "en")  # not 11/2026 nor 2026-11
    dialog = WorkerDialog(opd_env, uid=model.uid_at(0))
    qtbot.addWidget(dialog)
    assert dialog.start_month.currentText() == month_label("2026-11", "en")
    payments = PaymentTab(opd_env)
    qtbot.addWidget(payments)
    payments.set_month("2026-11")
    tip = payments.month_model.index(0, MonthColumn.SPONSOR).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "19660801 198803 1 001"
