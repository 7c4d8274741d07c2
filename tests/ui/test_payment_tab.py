"""The payment tab and its dialogs, driven through their own methods."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.payments import service
from rentan_desktop.ui.payments.payment_tab import PaymentTab
from rentan_desktop.ui.qt import QDialogButtonBox, QMessageBox
from tests.pay_helpers import add_sponsor, add_worker, live_months
from tests.ui.conftest import wait_for_ops

NOW = current_month()


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def roster(opd_env):
    db = opd_env.db
    ani, budi = add_sponsor(db, "Ani Lestari"), add_sponsor(db, "Budi Santoso")
    # Paid two months back: last month is overdue on any date (the current month may not be due yet).
    workers = [add_worker(db, add_months(NOW, -2), sponsor=ani, name=f"Ani's worker {i}") for i in range(3)]
    workers.append(add_worker(db, add_months(NOW, -2), sponsor=budi, name="Budi's worker"))
    for w in workers:
        service.record_payments(db, "Siti", w["uid"], [add_months(NOW, -2)], "tpp")
    # Lapsed at the 4th unpaid month, recently enough to be listed among the lapses.
    workers.append(add_worker(db, add_months(NOW, -5), sponsor=budi, name="Zainal Long Unpaid"))
    add_worker(db, NOW, status="draft", sponsor=budi, name="Draft Worker")
    return {"ani": ani, "budi": budi, "workers": workers}


def _tab(qtbot, env):
    tab = PaymentTab(env)
    env.ops.changed.connect(tab.on_changes)    # what the main window does for every tab
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    wait_for_ops(qtbot, env)
    return tab


def _select(tab, name):
    model = tab.month_model
    for row in range(model.rowCount()):
        if model.row(row).name == name:
            tab.month_view.selectRow(row)
            return row
    raise AssertionError(name)


def test_tab_shows_the_month_with_totals_and_applies_lapses(qtbot, qtmodeltester, opd_env, roster, messages):
    tab = _tab(qtbot, opd_env)
    qtmodeltester.check(tab.month_model)
    assert tab.current_month() == NOW and tab.tab_title() == "Payments"
    assert "1 membership(s) lapsed" in tab.notice.text()            # Zainal: more than 3 unpaid months
    assert tab.notice.isVisible()
    names = [tab.month_model.row(r).name for r in range(tab.month_model.rowCount())]
    assert "Draft Worker" not in names and len(names) == 4          # Zainal lapsed: not covered this month
    assert "Workers: 4 · Due: Rp67.200 · Paid: Rp0 (0 workers) · Outstanding: Rp67.200" in tab.totals_label.text()
    assert tab.print_menu is not None


def test_bulk_month_with_confirmation_then_a_second_run_pays_nobody(qtbot, opd_env, roster, messages):
    for w in roster["workers"][:4]:  # last month first: the bulk run pays months in order (issue 18)
        service.record_payments(opd_env.db, "Siti", w["uid"], [add_months(NOW, -1)], "tpp")
    tab = _tab(qtbot, opd_env)
    tab.record_bulk()
    dialog = tab.last_dialog
    assert "Record 4 contributions" in dialog.summary.text() and "Rp67.200" in dialog.summary.text()
    dialog.reference.setText("SP2D 11")
    dialog.submit()
    wait_for_ops(qtbot, opd_env)
    assert dialog.result_value.count == 4
    assert "Paid: Rp67.200 (4 workers) · Outstanding: Rp0" in tab.totals_label.text()
    assert tab.month_model.data(tab.month_model.index(0, 4)) == "Paid"
    tab.record_bulk()
    again = tab.last_dialog
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "4 workers are already paid" in again.summary.text()


def test_bulk_for_the_selected_sponsor_only(qtbot, opd_env, roster, messages):
    # Last month first: the bulk run pays months in order (issue 18).
    service.record_payments(opd_env.db, "Siti", roster["workers"][3]["uid"], [add_months(NOW, -1)], "tpp")
    tab = _tab(qtbot, opd_env)
    _select(tab, "Budi's worker")
    assert tab.selected_sponsor_uids() == [roster["budi"]["uid"]]
    tab.record_bulk()
    dialog = tab.last_dialog
    # QA walk r4, 12: the run is for everyone by default even with a row selected; narrowing is a choice.
    assert dialog.all_radio.isChecked() and dialog.selected_radio.isEnabled()
    dialog.selected_radio.setChecked(True)
    assert "Record 1 contributions" in dialog.summary.text()
    dialog.submit()
    wait_for_ops(qtbot, opd_env)
    assert live_months(opd_env.db, roster["workers"][3]) == [add_months(NOW, -2), add_months(NOW, -1), NOW]
    assert live_months(opd_env.db, roster["workers"][0]) == [add_months(NOW, -2)]


def test_six_month_prepayment_from_the_dialog(qtbot, opd_env, roster, messages):
    tab = _tab(qtbot, opd_env)
    _select(tab, "Ani's worker 0")
    tab.pay_selected()
    dialog = tab.last_dialog
    dialog.choose_ahead(6)
    # In order from the oldest unpaid month (last month), never skipping it (QA walk r3, defect 40).
    assert dialog.checked_months() == [add_months(NOW, i) for i in range(-1, 5)]
    assert "Rp100.800" in dialog.total.text()
    dialog.reference.setText("KW-7")
    dialog.submit()
    wait_for_ops(qtbot, opd_env)
    assert live_months(opd_env.db, roster["workers"][0]) == [add_months(NOW, i) for i in range(-2, 5)]
    assert "Paid: Rp16.800 (1 workers)" in tab.totals_label.text()


def test_correction_needs_a_reason_and_reverses(qtbot, opd_env, roster, messages):
    # Last month settled first: this month's payment is then the next in order (QA walk r3, defect 40).
    service.record_payments(opd_env.db, "Siti", roster["workers"][1]["uid"], [add_months(NOW, -1)], "tpp")
    tab = _tab(qtbot, opd_env)
    _select(tab, "Ani's worker 1")
    tab.pay_selected()
    tab.last_dialog.submit()
    wait_for_ops(qtbot, opd_env)
    row = _select(tab, "Ani's worker 1")
    assert tab.month_model.row(row).payment_uid in tab.selected_payment_uids()
    tab.reverse_selected()
    dialog = tab.last_dialog
    dialog.submit()
    wait_for_ops(qtbot, opd_env)
    assert "reason" in dialog.fields.message_for("reason")
    dialog.reason.setText("recorded for the wrong worker")
    dialog.submit()
    wait_for_ops(qtbot, opd_env)
    assert dialog.reversal_uid and live_months(opd_env.db, roster["workers"][1]) == [add_months(NOW, -2),
                                                                                     add_months(NOW, -1)]
    assert "Paid: Rp0" in tab.totals_label.text()


def test_arrears_page_pays_arrears_and_reregisters(qtbot, qtmodeltester, opd_env, roster, messages):
    tab = _tab(qtbot, opd_env)
    tab.pages.setCurrentIndex(tab.PAGE_ARREARS)
    model = tab.arrears_model
    qtmodeltester.check(model)
    states = {r.name: r.state for r in model.rows}
    assert states["Zainal Long Unpaid"] == "lapsed" and states["Ani's worker 0"] == "behind"
    row = [r.name for r in model.rows].index("Ani's worker 2")
    tab.arrears_view.selectRow(row)
    tab.pay_arrears()
    assert tab.last_dialog.checked_months() == [add_months(NOW, -1)]
    tab.last_dialog.submit()
    wait_for_ops(qtbot, opd_env)
    assert "Ani's worker 2" not in [r.name for r in tab.arrears_model.rows]
    tab.arrears_view.selectRow([r.name for r in tab.arrears_model.rows].index("Zainal Long Unpaid"))
    tab.pay_arrears()
    assert any("register the worker again" in m for m in messages)
    tab.reregister_selected()
    wait_for_ops(qtbot, opd_env)
    status = opd_env.db.execute("SELECT status, start_month FROM workers WHERE uid = ?",
                                [roster["workers"][4]["uid"]]).fetchone()
    assert status == ("draft", NOW)


def test_sponsor_page_marks_below_quota(qtbot, qtmodeltester, opd_env, roster, messages):
    from rentan_desktop.store import settings

    # Drafts count toward the quota as on the roster (one rule): Budi has 2 current workers of 3, Ani 3.
    settings.put(opd_env.db, "quotas", {"head_opd": 3, "head_division": 2, "staff": 3})
    tab = _tab(qtbot, opd_env)
    tab.pages.setCurrentIndex(tab.PAGE_SPONSORS)
    qtmodeltester.check(tab.sponsor_model)
    rows = {r.name: r for r in tab.sponsor_model.rows}
    assert not rows["Ani Lestari"].below_quota and rows["Budi Santoso"].below_quota
    index = tab.sponsor_model.index([r.name for r in tab.sponsor_model.rows].index("Budi Santoso"), 7)  # after the two unpaid figures
    assert "below quota" in tab.sponsor_model.data(index)
    tab.sponsor_view.selectRow(index.row())
    assert tab.selected_sponsor_uids() == [roster["budi"]["uid"]]


def test_export_deduction_list(qtbot, opd_env, roster, messages, monkeypatch, tmp_path):
    import openpyxl

    from rentan_desktop.ui.qt import QFileDialog

    target = tmp_path / "potongan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab = _tab(qtbot, opd_env)
    tab.export_deductions()
    qtbot.waitUntil(lambda: any("Saved" in m for m in messages), timeout=10_000)
    sheet = openpyxl.load_workbook(str(target) + ".xlsx").active
    assert sheet.max_row > 6 and any("Rp67.200" in m for m in messages)


def test_month_selector_and_search(qtbot, opd_env, roster, messages):
    tab = _tab(qtbot, opd_env)
    tab.set_month(add_months(NOW, 1))
    assert tab.month_model.month == add_months(NOW, 1) and tab.month_model.rowCount() == 4   # a draft is never covered
    tab.set_month(NOW)
    tab.search.setText("budi")
    qtbot.waitUntil(lambda: tab.month_model.rowCount() == 1, timeout=2_000)
    tab.search.clear()
    tab._search_timer.stop()             # the debounce would fire after the install is closed
    tab.show_combo.setCurrentIndex(2)    # paid only
    assert tab.month_model.rowCount() == 0


def test_disnaker_sees_payments_read_only(qtbot, disnaker_env, messages):
    tab = PaymentTab(disnaker_env)
    qtbot.addWidget(tab)
    assert tab.read_only and tab.bulk_button.isHidden() and tab.pay_button.isHidden()
    assert not disnaker_env.ops.busy                               # no lapse check written at Disnaker
    tab.show()  # the month view loads when the tab is first shown (issue 15)
    assert tab.month_model.rowCount() == 0 and "Workers: 0" in tab.totals_label.text()


def test_the_month_view_loads_when_the_tab_is_first_shown(qtbot, opd_env, roster):
    # Behind another tab at start-up, the month view of every worker is not read (issue 15).
    tab = PaymentTab(opd_env)
    qtbot.addWidget(tab)
    assert tab.month_model.rowCount() == 0 and tab.totals_label.text() == ""
    tab.show()
    assert tab.month_model.rowCount() > 0 and "Workers:" in tab.totals_label.text()


def test_enter_after_typing_the_reference_records_the_payment(qtbot, opd_env, roster, messages, monkeypatch):
    """QA walk r4, 12: Enter pressed "1 month" again (the default button) and nothing was recorded."""
    from rentan_desktop.ui.qt import Qt

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # no receipt
    tab = _tab(qtbot, opd_env)
    _select(tab, "Ani's worker 0")
    tab.pay_selected()
    dialog = tab.last_dialog
    dialog.choose_ahead(3)
    assert dialog.ahead_buttons[3].isChecked() and not any(b.isDefault() for b in dialog.ahead_buttons.values())
    dialog.reference.setText("KW-12")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    wait_for_ops(qtbot, opd_env)
    assert live_months(opd_env.db, roster["workers"][0]) == [add_months(NOW, i) for i in range(-2, 2)]


def test_a_receipt_is_offered_after_a_payment(qtbot, opd_env, roster, monkeypatch):
    from rentan_desktop.ui.printing import print_actions

    asked, printed = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(print_actions, "run_job", lambda env, job, parent: printed.append(job))
    tab = _tab(qtbot, opd_env)
    _select(tab, "Budi's worker")
    tab.pay_selected()
    tab.last_dialog.submit()
    wait_for_ops(qtbot, opd_env)
    qtbot.waitUntil(lambda: bool(printed))
    assert "Print a receipt" in asked[-1] and printed[0].file_name == "kuitansi.pdf"


def test_cash_received_dialog_shows_days_and_saves(qtbot, opd_env, roster, tmp_path, monkeypatch):
    import datetime as dt

    from rentan_desktop.ui.payments.cash_dialog import CashDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    today = dt.date.today()
    dialog = CashDialog(opd_env, today=today)
    qtbot.addWidget(dialog)
    assert dialog.days_view.model().rowCount() == 2  # today's day + the total row
    assert "4 payment(s) on 1 day(s), Rp67.200 received." == dialog.summary.text()
    assert dialog.save("xlsx", str(tmp_path / "kas.xlsx")) and (tmp_path / "kas.xlsx").exists()
    dialog.first.setDate(dialog.last.date().addDays(1))
    assert "comes before" in dialog.summary.text() and dialog.report is None


def test_an_empty_month_says_who_owes_and_what_to_do(qtbot, opd_env):
    tab = _tab(qtbot, opd_env)
    assert tab.empty_hint.isVisible() and "Roster" in tab.empty_hint.text()  # no workers at all
    budi = add_sponsor(opd_env.db, "Budi Santoso")
    for i in range(2):
        add_worker(opd_env.db, NOW, status="draft", sponsor=budi, name=f"Imported {i}")
    tab.reload()
    text = tab.empty_hint.text()
    assert tab.empty_hint.isVisible()
    assert "submitted" in text and "2 worker(s) are still drafts" in text and "Disnaker" in text
    add_worker(opd_env.db, add_months(NOW, -1), sponsor=budi, name="Active One")
    tab.reload()
    assert not tab.empty_hint.isVisible()


def test_bulk_names_the_workers_left_out_for_an_earlier_unpaid_month(qtbot, opd_env, roster, messages):
    """Last month is overdue for everyone in the roster fixture: the bulk run for this month pays
    only those who paid it, and names the others with what to do (issue 18)."""
    service.record_payments(opd_env.db, "Siti", roster["workers"][3]["uid"], [add_months(NOW, -1)], "tpp")
    tab = _tab(qtbot, opd_env)
    tab.record_bulk()
    dialog = tab.last_dialog
    assert "Record 1 contributions" in dialog.summary.text()
    assert "3 workers still have an earlier month unpaid" in dialog.summary.text()
    dialog.submit()
    wait_for_ops(qtbot, opd_env)
    assert dialog.result_value.count == 1
    assert messages and "3 workers were left out" in messages[-1] and "Ani's worker 0:" in messages[-1]
    assert live_months(opd_env.db, roster["workers"][0]) == [add_months(NOW, -2)]


def test_disnaker_reads_the_month_by_opd_and_never_claims_unpaid(qtbot, envs):
    """QA walk r4, 16: with 40 OPDs the month list is read OPD by OPD, and a payment the OPD has not
    sent yet is 'not received', not 'unpaid' (Disnaker cannot know)."""
    from rentan_desktop.sync import export, importer
    from rentan_desktop.ui.payments.payment_models import MonthColumn
    from tests.sync_support import add_opd_row

    pair, _opd_env, dis_env = envs
    bundle = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
    assert importer.apply(pair.dis.db, pair.dis.data_dir, bundle, "Rudi").status == "applied"
    add_opd_row(pair.dis, "9.99", "Dinas Tanpa Paket")
    tab = PaymentTab(dis_env)
    qtbot.addWidget(tab)
    tab.show()
    model = tab.month_model
    assert not tab.month_view.isColumnHidden(MonthColumn.OPD) and model.rowCount() > 0
    shown = model.rowCount()
    codes = {model.index(r, MonthColumn.OPD).data() for r in range(shown)}
    assert codes == {pair.opd.site.opd_code}
    states = {model.index(r, MonthColumn.STATE).data() for r in range(model.rowCount())}
    assert "Unpaid" not in states and states <= {"Paid", "Lapsed", "Not received yet"}
    tab.opd_filter.setCurrentIndex(tab.opd_filter.findData(
        pair.dis.db.execute("SELECT id FROM opds WHERE code = '9.99'").fetchone()[0]))
    assert model.rowCount() == 0 and "Workers: 0" in tab.totals_label.text()
    tab.opd_filter.setCurrentIndex(0)  # all OPDs again
    assert model.rowCount() == shown


def test_an_opd_install_shows_no_opd_column(qtbot, opd_env, roster):
    from rentan_desktop.ui.payments.payment_models import MonthColumn

    tab = _tab(qtbot, opd_env)
    assert tab.opd_filter is None and tab.month_view.isColumnHidden(MonthColumn.OPD)
    assert tab.month_model._unpaid_label() == "Unpaid"
