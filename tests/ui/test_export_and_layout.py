"""Export of the list on screen to .xlsx, and the layout remembered per install."""

from __future__ import annotations

import openpyxl
import pytest

from rentan_desktop.payments import month_view
from rentan_desktop.ui.common import background, ui_state
from rentan_desktop.ui.qt import Qt
from rentan_desktop.ui.roster.roster_tab import RosterTab
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.pay_helpers import add_sponsor, add_worker
from tests.ui.conftest import make_env


@pytest.fixture(autouse=True)
def _quiet_boxes(monkeypatch):
    from rentan_desktop.ui.qt import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    return told


def _roster(qtbot, env) -> RosterTab:
    tab = RosterTab(env)
    qtbot.addWidget(tab)
    return tab


def _rows(path):
    sheet = openpyxl.load_workbook(path).active
    return [list(r) for r in sheet.iter_rows(min_row=5, values_only=True)]


def test_roster_export_keeps_the_search_and_sort_with_typed_cells(qtbot, opd_env, tmp_path):
    sponsor = add_sponsor(opd_env.db)
    for name in ("Budi", "Bambang", "Citra"):
        add_worker(opd_env.db, "2026-10", sponsor=sponsor, name=name)
    opd_env.db.conn.commit()
    tab = _roster(qtbot, opd_env)
    tab.search.setText("B")
    tab.apply_search()
    tab.worker_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    out = tmp_path / "list.xlsx"
    tab.export_list(str(out))
    # The workbook is written in place: wait for the export task to finish, not for the file to appear.
    qtbot.waitUntil(lambda: out.exists() and not background._running, timeout=20_000)
    qtbot.wait(200)
    rows = _rows(out)
    assert [r[0] for r in rows] == ["Budi", "Bambang"]  # the filter (B...) and the sort (Z-A)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(4, 1).value == "Name" and sheet.cell(5, 2).data_type == "s"  # NIK stays text
    assert sheet.cell(5, 9).is_date  # the first month is a real date cell


def test_a_list_export_is_in_the_personal_data_log(qtbot, opd_env, tmp_path):
    from rentan_desktop.pdp import access_log
    from tests.ui.conftest import wait_for_ops

    sponsor = add_sponsor(opd_env.db)
    add_worker(opd_env.db, "2026-10", sponsor=sponsor, name="Budi")
    tab = _roster(qtbot, opd_env)
    out = tmp_path / "pekerja.xlsx"
    tab.export_list(str(out))
    qtbot.waitUntil(lambda: out.exists() and not background._running, timeout=20_000)
    wait_for_ops(qtbot, opd_env)
    qtbot.waitUntil(lambda: bool(access_log.entries(opd_env.db)), timeout=10_000)
    entry = access_log.entries(opd_env.db)[0]
    assert (entry["action"], entry["detail"], entry["operator"]) == ("export", "pekerja.xlsx", opd_env.operator)


def test_payment_export_has_money_cells_and_the_filter(qtbot, opd_env, tmp_path):
    from rentan_desktop.ui.payments.payment_tab import PaymentTab

    sponsor = add_sponsor(opd_env.db)
    add_worker(opd_env.db, "2026-10", sponsor=sponsor, name="Dewi")
    opd_env.db.conn.commit()
    tab = PaymentTab(opd_env)
    qtbot.addWidget(tab)
    tab.set_month("2026-10")
    tab.show_combo.setCurrentIndex(tab.show_combo.findData(month_view.SHOW_UNPAID))
    out = tmp_path / "pay.xlsx"
    tab.export_list(str(out))
    # The workbook is written in place: wait for the export task to finish, not for the file to appear.
    qtbot.waitUntil(lambda: out.exists() and not background._running, timeout=20_000)
    qtbot.wait(200)
    rows = _rows(out)
    assert rows[0][0] == "Dewi" and rows[0][4] == 16800 and rows[-1][0] == "Total"


def test_column_layout_and_sort_are_remembered(qtbot, opd_env):
    tab = _roster(qtbot, opd_env)
    tab.worker_table.setColumnWidth(1, 333)
    tab.worker_table.horizontalHeader().setSectionHidden(4, True)
    tab.worker_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    again = _roster(qtbot, opd_env)
    header = again.worker_table.horizontalHeader()
    assert header.sectionSize(1) == 333 and header.isSectionHidden(4)
    assert header.sortIndicatorSection() == 1 and again.worker_model.sort_key == "nik"


def test_header_menu_hides_a_column_but_never_the_name(qtbot, opd_env):
    tab = _roster(qtbot, opd_env)
    menu = ui_state.column_menu(tab.worker_table, lambda: None)
    actions = [a for a in menu.actions() if a.isCheckable()]
    assert not actions[0].isEnabled()
    actions[3].setChecked(False)
    assert tab.worker_table.horizontalHeader().isSectionHidden(3)


def test_window_geometry_and_last_folder_are_remembered(qtbot, opd_env, tmp_path, monkeypatch):
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.close()
    again = MainWindow(make_env(opd_env.ctx))  # a new session of the same install
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (700, 500)
    again.env.ops.shutdown()
    monkeypatch.setattr(ui_state, "removable_drives", lambda: [])
    ui_state.remember_folder(opd_env.ctx.data_dir, "exports", tmp_path / "x.xlsx")
    assert ui_state.start_folder(opd_env.ctx.data_dir, "exports") == str(tmp_path)
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    monkeypatch.setattr(ui_state, "removable_drives", lambda: [stick])
    assert ui_state.start_folder(opd_env.ctx.data_dir, "backups", removable_first=True) == str(stick)


def test_bundle_folder_dialog_opens_on_the_usb_stick(qtbot, opd_env, tmp_path, monkeypatch):
    from rentan_desktop.ui.qt import QFileDialog
    from rentan_desktop.ui.sync.sync_tab import SyncTab

    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    monkeypatch.setattr(ui_state, "removable_drives", lambda: [stick])
    started = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: started.append(a[2]) or "")
    from rentan_desktop.sync import provisioning

    provisioning.note_enrollment_written(opd_env.db)  # else the tab first asks for the enrollment file
    tab = SyncTab(opd_env)
    qtbot.addWidget(tab)
    tab.choose_export_folder()
    assert started == [str(stick)]


@pytest.mark.parametrize("page, file_start, headers, first_row", [
    # the page on screen -> suggested file, its columns, Dewi's row (QA walk r3, defect 44)
    ("PAGE_MONTH", "iuran-", ["Worker", "NIK", "Sponsor"], ["Dewi", "627101010190"]),
    ("PAGE_ARREARS", "tunggakan-", ["Worker", "NIK", "Sponsor", "Sponsor NIP", "First unpaid month",
                                    "Last unpaid month", "Months behind", "Owed"], ["Dewi", "627101010190"]),
    ("PAGE_SPONSORS", "per-penanggung-", ["NIP", "Sponsor", "Level", "Workers this month"], [None, "Budi Santoso"]),
])
def test_payment_export_writes_the_page_on_screen(qtbot, opd_env, tmp_path, page, file_start, headers, first_row):
    from rentan_desktop.domain.months import add_months, current_month
    from rentan_desktop.domain.months import month_label as label
    from rentan_desktop.domain.nip import format_nip
    from rentan_desktop.i18n import language
    from rentan_desktop.ui.common.export_view import payment_spec
    from rentan_desktop.ui.payments.payment_tab import PaymentTab

    def month_label(month):
        return label(month, language())

    now = current_month()
    sponsor = add_sponsor(opd_env.db, "Budi Santoso")
    add_worker(opd_env.db, add_months(now, -2), sponsor=sponsor, name="Dewi")
    opd_env.db.conn.commit()
    tab = PaymentTab(opd_env)
    qtbot.addWidget(tab)
    month = add_months(now, -1)
    tab.set_month(month)
    tab.pages.setCurrentIndex(getattr(tab, page))
    spec = payment_spec(tab)
    assert spec.file_name == f"{file_start}{month_label(month).replace(' ', '-')}.xlsx"
    assert month not in spec.file_name                           # never '2026-12'
    out = tmp_path / "page.xlsx"
    tab.export_list(str(out))
    # The workbook is written in place: wait for the export task to finish, not for the file to appear.
    qtbot.waitUntil(lambda: out.exists() and not background._running, timeout=20_000)
    qtbot.wait(200)
    sheet = openpyxl.load_workbook(out).active
    assert [sheet.cell(4, i + 1).value for i in range(len(headers))] == headers
    row = _rows(out)[0]
    assert row[0] == first_row[0] or (first_row[0] is None and row[0] is not None)
    assert str(row[1]).startswith(first_row[1])
    if page == "PAGE_ARREARS":
        assert row[2:8] == ["Budi Santoso", format_nip(sponsor["nip"]), month_label(add_months(now, -2)), month_label(month),
                            2, 33_600]
    if page == "PAGE_SPONSORS":
        assert row[3] == 1 and row[5] == 16_800 and row[6] == 33_600  # this month's unpaid, then arrears
        assert row[0] == format_nip(sponsor["nip"])
