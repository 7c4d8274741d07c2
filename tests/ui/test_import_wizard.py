"""The import wizard: file, column mapping with preview, dry-run report, import, final report."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.ui.qt import QFileDialog, QWizard
from rentan_desktop.ui.roster.import_wizard import ImportReportModel, ImportWizard
from tests.ui.conftest import wait_for_ops

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def to_dry_run(qtbot, wizard):
    """Next until the dry-run page has checked every row (on a worker thread)."""
    while wizard.currentPage() is not wizard.dry_run_page:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_report is not None, timeout=10_000)


def open_wizard(qtbot, env, kind, name):
    wizard = ImportWizard(env, kind=kind, path=SAMPLES / name)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_sponsors_from_file_to_report(qtbot, opd_env):
    wizard = open_wizard(qtbot, opd_env, "sponsors", "sponsors_simpeg.xlsx")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    page = wizard.mapping_page
    assert page.header_row.value() == 5
    assert [c.currentData() for c in page.combos][:3] == [None, "nip", "name"]
    assert page.table.item(1, 2).text() == "Dr. Hj. Siti Aminah, M.Pd."
    assert page.isComplete()
    to_dry_run(qtbot, wizard)
    dry = wizard.dry_run_page
    assert "10 sponsors would be imported, 2 rows skipped" in dry.summary.text()
    assert opd_env.db["sponsors"].count == 0
    dry.problems_only.setChecked(True)
    assert dry.model.rowCount() == 2
    assert dry.model.index(0, 3).data() == "NIP" and "15 digits" in dry.model.index(0, 5).data()
    # The reason quotes the cell as the clerk sees it, never digits a float makes up (…041024).
    reason = dry.model.index(0, 5).data()
    assert "1.98102142006041E+17" in reason and str(int(1.98102142006041e17)) not in reason
    wizard.next()
    wait_for_ops(qtbot, opd_env)
    result = wizard.result_page
    assert result.isComplete() and "Imported 10 sponsors" in result.summary.text()
    assert opd_env.db["sponsors"].count == 10
    # Nothing is left to cancel once the import is done (QA walk r3, 38): only Finish closes.
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()


def test_workers_wizard_reports_each_bad_row(qtbot, opd_env):
    wizard = open_wizard(qtbot, opd_env, "sponsors", "sponsors_simpeg.xlsx")
    to_dry_run(qtbot, wizard)
    wizard.next()
    wait_for_ops(qtbot, opd_env)
    assert opd_env.db["sponsors"].count == 10
    wizard = open_wizard(qtbot, opd_env, "workers", "workers_opd.xlsx")
    to_dry_run(qtbot, wizard)
    model = wizard.dry_run_page.model
    skipped = {model.index(r, 0).data(): model.index(r, 5).data() for r in range(model.rowCount())
               if model.index(r, 1).data() == "Skipped"}
    assert set(skipped) == {"12", "13", "14", "17", "19"}
    assert "row 5" in skipped["17"]


def test_changing_the_mapping_and_missing_required_column(qtbot, opd_env):
    wizard = open_wizard(qtbot, opd_env, "workers", "workers_tambahan.csv")
    wizard.next()
    page = wizard.mapping_page
    nik_column = next(i for i, c in enumerate(page.combos) if c.currentData() == "nik")
    page.set_field(nik_column, None)
    assert not page.isComplete() and "NIK" in page.missing.text()
    page.set_field(nik_column, "nik")
    assert page.isComplete()
    # choosing a field already taken moves it: the other column is ignored
    name_column = next(i for i, c in enumerate(page.combos) if c.currentData() == "name")
    page.set_field(nik_column, "name")
    assert page.combos[name_column].currentData() is None


def test_unreadable_file_stays_on_the_first_page(qtbot, opd_env, tmp_path, monkeypatch):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\nworld\n")
    wizard = ImportWizard(opd_env, kind="workers")
    qtbot.addWidget(wizard)
    wizard.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    wizard.file_page.browse()
    assert wizard.file_page.path.text() == str(bad)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "no header row" in wizard.file_page.error.text()


def test_report_model_passes_the_model_tester(qtmodeltester, opd_env):
    from rentan_desktop.roster import importer

    model = ImportReportModel()
    model.set_report(importer.run_import(opd_env.db, SAMPLES / "sponsors_simpeg.xlsx", "sponsors",
                                         operator="x", dry_run=True))
    qtmodeltester.check(model)
    assert model.rowCount() == 12


def test_the_wizard_imports_the_rows_its_check_validated_without_validating_them_again(qtbot, opd_env,
                                                                                      monkeypatch):
    from rentan_desktop.roster import checked, importer

    wizard = open_wizard(qtbot, opd_env, "sponsors", "sponsors_simpeg.xlsx")
    to_dry_run(qtbot, wizard)
    assert "10 sponsors would be imported" in wizard.dry_run_page.summary.text()

    def validated_again(*_a, **_k):
        raise AssertionError("validated again")

    monkeypatch.setattr(importer, "validate_sponsor", validated_again)
    wizard.next()
    wait_for_ops(qtbot, opd_env)
    assert "Imported 10 sponsors" in wizard.result_page.summary.text()
    assert opd_env.db["sponsors"].count == 10
    wizard.accept()
    assert checked._kept is None  # nothing kept once the wizard is closed


def test_closing_the_wizard_after_the_check_keeps_no_rows_in_memory(qtbot, opd_env):
    from rentan_desktop.roster import checked

    wizard = open_wizard(qtbot, opd_env, "workers", "workers_opd.xlsx")
    to_dry_run(qtbot, wizard)
    assert checked._kept is not None
    wizard.reject()
    assert checked._kept is None
