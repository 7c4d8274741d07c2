"""pytest-qt: the Disnaker screens driven through their own methods."""

from __future__ import annotations

import pytest
import xlsxwriter
from openpyxl import load_workbook

from rentan_desktop.disnaker import bpjs_template, duplicates
from rentan_desktop.domain.months import current_month
from rentan_desktop.ui.disnaker.bpjs_tab import BpjsTab
from rentan_desktop.ui.disnaker.disnaker_registry_tab import DisnakerRegistryTab
from rentan_desktop.ui.disnaker.disnaker_roster_tab import DisnakerRosterTab
from rentan_desktop.ui.disnaker.duplicates_tab import DuplicatesTab
from rentan_desktop.ui.qt import QFileDialog, QLabel, QMessageBox
from rentan_desktop.ui.shell.main_window import MainWindow
from rentan_desktop.ui.shell.tabs import tabs_for
from tests.disnaker_data import feed_three_opds, nik, pay
from tests.ui.conftest import wait_for_ops


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda parent, title, text, *a, _n=name: shown.append(
            (_n, text)) or QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def fed(disnaker_env):
    data = feed_three_opds(disnaker_env.db)
    return disnaker_env, data


def test_windows_show_disnaker_areas_only_at_disnaker(qtbot, disnaker_env, opd_ctx, qtmodeltester):
    from rentan_desktop.roster import service
    from tests.disnaker_data import worker_data
    from tests.ui.conftest import make_env

    window = MainWindow(disnaker_env)
    qtbot.addWidget(window)
    assert {"opd_registry", "consolidated", "duplicates", "bpjs"} <= set(window.tab_widgets)
    assert not {"opd_registry", "consolidated", "bpjs"} & {t.key for t in tabs_for("opd")}
    # An OPD sees the decisions it received, read-only (as a return bundle writes them).
    uid = service.save_worker(opd_ctx.db, "op", worker_data(1, None, "Budi Hartono")).uid
    opd_ctx.db.execute(
        "INSERT INTO duplicate_decisions(uid, case_uid, nik, worker_uid, outcome, kept_worker_uid, kept_opd, note, "
        "decided_by, decided_at, created_at, updated_at) VALUES ('d1', 'c1', ?, ?, 'withdraw', 'other', "
        "'1.02 Dinas Kesehatan', 'registered first there', 'Rudi', '2026-11-20 10:00:00', '', '')", [nik(1), uid])
    opd_env = make_env(opd_ctx)
    try:
        received = DuplicatesTab(opd_env)
        qtbot.addWidget(received)
        qtmodeltester.check(received.model)
        assert received.tab_title() == "Decisions from Disnaker" and not hasattr(received, "view")
        assert received.model.rows[0]["kept_in"] == "1.02 Dinas Kesehatan"
        assert "1 need action here" in received.summary.text()
    finally:
        opd_env.ops.shutdown()


def test_registry_add_edit_import_and_provision(qtbot, fed, tmp_path, qtmodeltester, messages, monkeypatch):
    env, _ = fed
    tab = mount(qtbot, env, DisnakerRegistryTab(env))
    qtmodeltester.check(tab.model)
    assert [r["code"] for r in tab.model.rows] == ["1.01", "1.02", "1.03"]
    assert tab.model.rows[0]["workers"] == 2
    dialog = tab.add_opd()
    dialog.code.setText("1.01")
    dialog.name.setText("")
    dialog.save()
    assert dialog.isVisible() and "required" in dialog.findChild(QLabel, "error_name").text()
    dialog.name.setText("Dinas Perhubungan")
    dialog.save()
    wait_for_ops(qtbot, env)
    assert "already used by Dinas Pendidikan" in dialog.findChild(QLabel, "error_code").text()
    dialog.code.setText("1.04")
    dialog.asn_count.setValue(85)
    dialog.provision.setChecked(False)
    dialog.save()
    wait_for_ops(qtbot, env)
    assert not dialog.isVisible()
    assert [r["code"] for r in tab.model.rows][-1] == "1.04" and tab.selected()["code"] == "1.04"
    edit = tab.edit_selected()
    edit.head_name.setText("Ir. Yusuf Hakim")
    edit.save()
    wait_for_ops(qtbot, env)
    assert tab.selected()["head_name"] == "Ir. Yusuf Hakim"
    listing = tmp_path / "opd.csv"
    listing.write_text("Kode,Nama OPD,Jumlah ASN\n1.05,Dinas Pertanian,60\n", encoding="utf-8")
    tab.import_list(str(listing))
    wait_for_ops(qtbot, env)
    assert "1 OPD added" in messages[-1][1] and tab.model.rows[-1]["code"] == "1.05"
    tab.provision("1.05", str(tmp_path / "usb"))
    wait_for_ops(qtbot, env)
    assert (tmp_path / "usb" / "rentan-provisioning-1.05.json").exists()
    assert (tmp_path / "usb" / "surat-sidik-jari-1.05.pdf").exists()
    assert tab.model.rows[-1]["state"].key_status == "provisioned"
    tab.search.setText("pertanian")
    assert [r["code"] for r in tab.model.rows] == ["1.05"]
    tab.search.setText("")
    # Adding with the box ticked (the default) asks for the USB folder and writes both files.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "usb2")))
    dialog = tab.add_opd()
    assert dialog.provision.isChecked()
    dialog.code.setText("1.06")
    dialog.name.setText("Dinas Pariwisata")
    dialog.save()
    wait_for_ops(qtbot, env)
    wait_for_ops(qtbot, env)
    assert (tmp_path / "usb2" / "rentan-provisioning-1.06.json").exists()
    assert (tmp_path / "usb2" / "surat-sidik-jari-1.06.pdf").exists()


def test_duplicates_queue_side_by_side_and_decide(qtbot, fed, qtmodeltester):
    env, data = fed
    w = data["workers"]
    tab = mount(qtbot, env, DuplicatesTab(env))
    qtmodeltester.check(tab.model)
    assert [c.nik for c in tab.model.rows] == [nik(1)]
    view = tab.view
    assert view.case.nik == nik(1)  # the first case is shown at once
    assert view.grid.columnCount() == 2 and view.grid.item(6, 0).text() in ("Agus Santoso", "Dewi Lestari")
    tab.decide()
    assert "Choose a decision" in view.error.text()
    view.choose(w["budi_a"], "stands")
    view.choose(w["budi_b"], "withdraw")
    tab.decide()
    wait_for_ops(qtbot, env)
    assert "Write a note" in view.error.text()
    view.note.setPlainText("Dinas Pendidikan registered him first")
    tab.decide()
    wait_for_ops(qtbot, env)
    assert tab.model.rows == []  # no open case left
    tab.state.setCurrentIndex(tab.state.findData("decided"))
    assert [c.nik for c in tab.model.rows] == [nik(1)]
    assert "Waiting for the OPD" in view.decided_label.text()
    assert duplicates.worker_outcome(env.db, w["budi_b"]) == "withdraw"


def mount(qtbot, env, tab):
    """Like the main window: the tab hears about every write."""
    qtbot.addWidget(tab)
    env.ops.changed.connect(tab.on_changes)
    tab.show()  # hidden tabs defer their refresh until shown
    return tab


def open_preview(qtbot, tab, path):
    tab.result.import_file(str(path))
    qtbot.waitUntil(lambda: tab.result.preview is not None, timeout=10_000)
    return tab.result.preview


def _result_file(path, rows):
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            ws.write_string(i, j, value)
    wb.close()
    return path


def test_bpjs_registration_result_preview_and_apply(qtbot, fed, tmp_path, qtmodeltester, messages):
    env, data = fed
    w = data["workers"]
    duplicates.decide(env.db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "withdraw"}, "first")
    tab = mount(qtbot, env, BpjsTab(env))
    page = tab.registration
    for model in (page.per_opd, page.incomplete, page.waiting):
        qtmodeltester.check(model)
    # A decided case (withdrawn) no longer counts as held by a duplicate case: it waits for the OPD (defect 24).
    assert "Ready to register: 4" in page.summary.text() and "duplicate case: 0" in page.summary.text()
    assert "withdrawn by a duplicate decision, waiting for the OPD: 1" in page.summary.text()
    out = tmp_path / "reg.xlsx"
    page.export(str(out))
    wait_for_ops(qtbot, env)
    assert out.exists() and "4 workers written" in messages[-1][1]
    # Who was left out and why (issue 12): the worker without a sponsor, and the duplicate case.
    assert "Not in the file" in messages[-1][1] and "Eko Prasetyo" in messages[-1][1]
    assert "duplicate" in messages[-1][1]
    assert len(page.waiting.rows) == 4 and not page.export_button.isEnabled()
    # A file without a NIK column is refused with one message, and no preview opens.
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("Nama,KPJ\nBudi,23110000001\n", encoding="utf-8")
    tab.result.import_file(str(nameless))
    qtbot.waitUntil(lambda: messages and messages[-1][0] == "warning", timeout=10_000)
    assert "nameless.csv" in messages[-1][1] and tab.result.preview is None
    # A bad file: the preview lists the problem and offers no Apply.
    bad = _result_file(tmp_path / "bad.xlsx", [["NIK", "KPJ", "Tanggal Kepesertaan", "Status"],
                                               [nik(1), "", "01/12/2026", "Diterima"]])
    preview = open_preview(qtbot, tab, bad)
    qtmodeltester.check(preview.model)
    assert not preview.apply_button.isEnabled()
    assert preview.model.rows[0].column == "KPJ" and preview.model.rows[0].row == 2
    preview.reject()
    good = _result_file(tmp_path / "good.xlsx", [
        ["NIK", "KPJ", "Tanggal Kepesertaan", "Status", "Alasan"],
        [nik(1), "23110000001", "01/12/2026", "Diterima", ""],
        [nik(3), "", "", "Ditolak", "Alamat tidak lengkap"]])
    preview = open_preview(qtbot, tab, good)
    qtmodeltester.check(preview.model)
    assert preview.apply_button.isEnabled() and "1 accepted and 1 rejected" in preview.summary.text()
    preview.apply()
    wait_for_ops(qtbot, env)
    assert preview.applied is not None and preview.applied.applied
    assert env.db.execute("SELECT kpj, status FROM workers WHERE uid = ?", [w["budi_a"]]).fetchone() == (
        "23110000001", "active")
    tab.pages.setCurrentWidget(tab.result)  # pages refresh when they are opened
    assert [r["kpj"] for r in tab.result.recent.rows] == ["23110000001"]


def test_template_dialog_reorders_and_saves(qtbot, fed):
    env, _ = fed
    tab = mount(qtbot, env, BpjsTab(env))
    dialog = tab.registration.edit_layout()
    assert dialog.table.item(1, 0).text() == "NIK"
    dialog.table.setCurrentCell(1, 0)
    dialog.move(-1)
    dialog.table.item(0, 1).setText("NOMOR KTP")
    dialog.phone_format.setCurrentIndex(dialog.phone_format.findData("+62"))
    dialog.save()
    wait_for_ops(qtbot, env)
    saved = bpjs_template.load(env.db)
    assert saved["columns"][:2] == [{"field": "nik", "header": "NOMOR KTP"}, {"field": "no", "header": "No"}]
    assert saved["phone_format"] == "+62"
    again = tab.registration.edit_layout()
    for r in range(again.table.rowCount()):
        if again.table.item(r, 0).text() == "NIK":
            again.table.item(r, 0).setCheckState(again.table.item(r, 0).checkState().Unchecked)
    again.save()
    assert "NIK column is required" in again.error.text()


def test_payment_list_and_reconciliation_pages(qtbot, fed, tmp_path, qtmodeltester, messages):
    env, data = fed
    w = data["workers"]
    month = current_month()
    env.db.execute("UPDATE workers SET kpj = '11111111111' WHERE uid = ?", [w["budi_a"]])
    for uid in (w["budi_a"], w["cahya"]):
        pay(env.db, uid, month)
    tab = mount(qtbot, env, BpjsTab(env))
    page = tab.payments
    tab.pages.setCurrentWidget(page)
    page.month.setCurrentIndex(page.month.findData(month))
    qtmodeltester.check(page.model)
    assert "2 workers in 2 OPD · total Rp33.600" in page.summary.text() and "1 without KPJ" in page.summary.text()
    out = tmp_path / "list.xlsx"
    page.export(".xlsx", str(out))
    wait_for_ops(qtbot, env)
    assert out.exists() and load_workbook(out).active["A1"].value.startswith("Collective contribution")
    rec = tab.reconcile
    tab.pages.setCurrentWidget(rec)
    rec.month.setCurrentIndex(rec.month.findData(month))
    assert "No BPJS confirmation" in rec.summary.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("KPJ,Iuran\n11111111111,abc\n", encoding="utf-8")
    rec.import_file(str(bad))
    wait_for_ops(qtbot, env)
    assert "row 2, column Iuran ('abc')" in messages[-1][1]
    konf = tmp_path / "konf.csv"
    konf.write_text("KPJ,Iuran\n11111111111,16800\n99999999999,16800\n", encoding="utf-8")
    rec.import_file(str(konf))
    wait_for_ops(qtbot, env)
    qtmodeltester.check(rec.model)
    assert {d.kind for d in rec.model.rows} == {"not_confirmed", "not_recorded"}
    assert "1 workers match, 2 differences" in rec.summary.text()


def test_consolidated_roster_filters_and_bpjs_answer(qtbot, fed, qtmodeltester):
    env, data = fed
    tab = mount(qtbot, env, DisnakerRosterTab(env))
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 6
    tab.opd.setCurrentIndex(tab.opd.findData(data["opds"]["1.02"]))
    assert tab.model.rowCount() == 2 and {tab.model.row_at(i)["opd_code"] for i in range(2)} == {"1.02"}
    tab.opd.setCurrentIndex(0)
    tab.sort_by_column(0)  # by OPD code
    assert [tab.model.row_at(i)["opd_code"] for i in range(6)] == ["1.01"] * 2 + ["1.02"] * 2 + ["1.03"] * 2
    tab.sort_by_column(1)
    assert tab.model.row_at(0)["name"] == "Ani Rahayu"
    tab.search.setText(nik(1))
    tab.reload()
    assert tab.model.rowCount() == 2
    tab.search.setText("")
    tab.month_from.setCurrentIndex(tab.month_from.findData("2027-01"))
    assert tab.model.rowCount() == 0
    tab.month_from.setCurrentIndex(0)
    tab.search.setText("Dodi")
    tab.reload()
    tab.table.selectRow(0)
    dialog = tab.edit_answer()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("accepted"))
    dialog.kpj.setText("123")
    dialog.save()
    wait_for_ops(qtbot, env)
    assert dialog.isVisible() and "11 digits" in dialog.findChild(QLabel, "error_kpj").text()
    dialog.kpj.setText("23110000009")
    dialog.start_date.setText("01/12/2026")
    dialog.save()
    wait_for_ops(qtbot, env)
    assert not dialog.isVisible()
    assert tab.model.row_at(0)["kpj"] == "23110000009"
    tab.bpjs.setCurrentIndex(tab.bpjs.findData("accepted"))
    assert tab.model.rowCount() == 1
    tab.kind.setCurrentIndex(1)
    tab.search.setText("")
    tab.bpjs.setCurrentIndex(0)
    tab.reload()
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 3 and tab.model.row_at(0)["workers"] >= 1


def test_hidden_tab_refreshes_when_shown(qtbot, fed):
    from rentan_desktop.roster import service

    env, data = fed
    tab = mount(qtbot, env, DisnakerRosterTab(env))
    assert tab.model.rowCount() == 6
    tab.hide()
    env.ops.run(lambda db: service.end_worker(db, "op", data["workers"]["dodi"], "2026-11-01", "moved away"),
                changes={"workers"})
    wait_for_ops(qtbot, env)
    assert tab.model.rowCount() == 6  # not re-read while hidden
    tab.show()
    assert tab.model.rowCount() == 5
