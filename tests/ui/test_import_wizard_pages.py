"""The import wizard's new pages: columns by letter, drafts, the before/after of updates, refusals, errors."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import importer, service
from rentan_desktop.ui.roster import import_wizard
from rentan_desktop.ui.roster.import_wizard import ImportWizard
from rentan_desktop.ui.roster.roster_models import WorkerColumn
from rentan_desktop.ui.roster.roster_tab import RosterTab
from tests.sheet_corpus import SPONSOR_NIP, nik, table, worker_row, write_csv, write_xlsx, zip_bomb
from tests.ui.conftest import wait_for_ops


def open_wizard(qtbot, env, path, kind="workers"):
    wizard = ImportWizard(env, kind=kind, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_dry_run(qtbot, wizard):
    while wizard.currentPage() is not wizard.dry_run_page:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_report is not None, timeout=10_000)


def test_a_file_without_header_is_mapped_by_column_letter(qtbot, opd_env, tmp_path):
    path = write_csv(tmp_path / "bare.csv", [["1", "Ahmad", nik(15, 8, 1995)], ["2", "Budi", nik(16, 8, 1995, 2)]])
    wizard = open_wizard(qtbot, opd_env, path)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page  # no header row found: the columns are offered by letter
    assert "No header row was found" in page.missing.text()
    assert page.header_row.value() == 0 and page.header_row.text() == "none"
    assert page.table.horizontalHeaderItem(2).text() == "C"
    page.set_field_by_letter("C", "nik")
    page.set_field_by_letter("B", "name")
    assert page.isComplete()
    to_dry_run(qtbot, wizard)
    assert wizard.dry_report.new == 2 and wizard.dry_report.header_row == 0


def test_header_row_none_chosen_on_the_mapping_page(qtbot, opd_env, tmp_path):
    path = write_csv(tmp_path / "x.csv", table([worker_row(1)]))
    wizard = open_wizard(qtbot, opd_env, path)
    wizard.next()
    page = wizard.mapping_page
    page.header_row.setValue(0)
    assert wizard.preview.header.first_row == 0
    assert not page.isComplete() and "NIK" in page.missing.text()


def test_drafts_and_updates_are_shown_and_confirmed_field_by_field(qtbot, opd_env, tmp_path):
    service.save_sponsor(opd_env.db, "Siti", {"kind": "pns", "nip": SPONSOR_NIP, "name": "Siti Aminah"})
    first = [worker_row(1, **{"NIP PENANGGUNG": SPONSOR_NIP}), worker_row(2, **{"NAMA IBU KANDUNG": ""})]
    importer.run_import(opd_env.db, write_csv(tmp_path / "v1.csv", table(first)), "workers", operator="Siti")
    first[1]["NAMA IBU KANDUNG"] = "Siti Maryam"
    path = write_csv(tmp_path / "v2.csv", table(first + [worker_row(3, **{"AHLI WARIS": ""})]))
    wizard = open_wizard(qtbot, opd_env, path)
    to_dry_run(qtbot, wizard)
    dry = wizard.dry_run_page
    assert "import again with updates on" in dry.summary.text()
    dry.problems_only.setChecked(True)
    statuses = {dry.model.index(r, 0).data(): dry.model.index(r, 1).data() for r in range(dry.model.rowCount())}
    assert statuses == {"3": "Skipped", "4": "Draft (data missing)"}
    assert "Heir" in dry.model.index(1, 5).data()
    dry.update_existing.setChecked(True)  # checks again, now with updates
    qtbot.waitUntil(lambda: wizard.dry_report is not None and wizard.dry_report.update, timeout=10_000)
    assert wizard.dry_report.updated == 1 and not dry.isCommitPage()
    wizard.next()
    assert wizard.currentPage() is wizard.changes_page
    changes = wizard.changes_page.model
    assert changes.rowCount() == 1
    assert [changes.index(0, c).data() for c in range(5)] == ["3", "Pekerja Contoh 2", "Mother's maiden name", "",
                                                              "Siti Maryam"]
    assert wizard.changes_page.isCommitPage()
    wizard.next()
    wait_for_ops(qtbot, opd_env)
    assert wizard.report is not None and wizard.report.updated == 1 and wizard.report.new == 1
    assert opd_env.db.execute("SELECT mother_name FROM workers WHERE name = 'Pekerja Contoh 2'").fetchone() == (
        "Siti Maryam",)


def test_a_bomb_is_refused_on_the_first_page(qtbot, opd_env, tmp_path):
    wizard = open_wizard(qtbot, opd_env, zip_bomb(tmp_path / "bomb.xlsx"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "zip bomb" in wizard.file_page.error.text()


def test_an_unexpected_error_is_translated_and_logged(qtbot, opd_env, tmp_path, monkeypatch, caplog):
    path = write_xlsx(tmp_path / "w.xlsx", table([worker_row(1)]))

    def broken(*args, **kwargs):
        raise KeyError("6271011508950001")  # the detail carries personal data: only the log gets it

    monkeypatch.setattr(importer, "preview", broken)
    wizard = open_wizard(qtbot, opd_env, path)
    wizard.next()
    text = wizard.file_page.error.text()
    assert "unexpected" in text and "KeyError" not in text and "6271" not in text
    assert any("import failed unexpectedly" in r.message for r in caplog.records)


def test_a_worker_list_chosen_as_sponsors_stays_on_the_first_page(qtbot, opd_env, tmp_path):
    wizard = open_wizard(qtbot, opd_env, write_csv(tmp_path / "w.csv", table([worker_row(1)])), kind="sponsors")
    wizard.next()
    assert wizard.currentPage() is wizard.file_page and "list of workers" in wizard.file_page.error.text()


@pytest.fixture
def roster(qtbot, opd_env, tmp_path):
    service.save_sponsor(opd_env.db, "Siti", {"kind": "pns", "nip": SPONSOR_NIP, "name": "Siti Aminah"})
    rows = [worker_row(1, **{"NIP PENANGGUNG": SPONSOR_NIP}), worker_row(2, **{"NIP PENANGGUNG": SPONSOR_NIP,
                                                                             "NAMA IBU KANDUNG": ""})]
    importer.run_import(opd_env.db, write_csv(tmp_path / "w.csv", table(rows)), "workers", operator="Siti")
    tab = RosterTab(opd_env)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.worker_model.rowCount() == 2)
    return tab


def test_roster_shows_ready_or_missing_and_filters_by_it(roster):
    model = roster.worker_model
    section = model.column_of(WorkerColumn.READY)
    texts = {model.index(r, 0).data(): model.index(r, section).data() for r in range(model.rowCount())}
    assert texts == {"Pekerja Contoh 1": "Ready to register",
                     "Pekerja Contoh 2": "Data missing: Mother's maiden name"}
    roster.worker_readiness.setCurrentIndex(roster.worker_readiness.findData("incomplete"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Pekerja Contoh 2"]
    roster.worker_readiness.setCurrentIndex(roster.worker_readiness.findData("ready"))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Pekerja Contoh 1"]


def test_unexpected_text_is_translated(monkeypatch):
    assert "Maintenance" in import_wizard.unexpected_text(RuntimeError("x"))
