"""The import wizard over a village population register (synthetic people): same header and rows as the terminal."""

from __future__ import annotations

from rentan_desktop.ui.roster.import_wizard import ImportWizard
from tests.test_import_population_registers import ektp_register
from tests.ui.conftest import wait_for_ops
from tests.ui.test_import_wizard import to_dry_run


def test_wizard_reads_a_population_register_like_the_terminal(qtbot, opd_env, tmp_path):
    wizard = ImportWizard(opd_env, kind="workers", path=ektp_register(tmp_path / "bip_ektp.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.mapping_page
    assert page.header_row.value() == 1 and page.isComplete()
    assert [c.currentData() for c in page.combos][:5] == [None, "name", "nik", "birth_place", "birth_date"]
    to_dry_run(qtbot, wizard)
    summary = wizard.dry_run_page.summary.text()
    assert "3 workers would be imported, 0 rows skipped" in summary
    assert "2 column-number rows" in summary
    wizard.next()
    wait_for_ops(qtbot, opd_env)
    assert opd_env.db["workers"].count == 3


def test_wizard_names_the_sheet_it_read_from_a_workbook_with_several(qtbot, opd_env, tmp_path):
    import xlsxwriter

    from tests.sheet_corpus import nik

    path = tmp_path / "multi.xlsx"
    book = xlsxwriter.Workbook(path)
    book.add_worksheet("Petunjuk").write(0, 0, "Isi data mulai baris 2")
    people = book.add_worksheet("Data Penduduk")
    people.write_row(0, 0, ["NIK", "NAMA"])
    people.write_row(1, 0, [nik(9, 9, 1979), "Warga Contoh"])
    book.close()
    wizard = ImportWizard(opd_env, kind="workers", path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert "Data Penduduk" in wizard.mapping_page.sheet.text() and "2" in wizard.mapping_page.sheet.text()
