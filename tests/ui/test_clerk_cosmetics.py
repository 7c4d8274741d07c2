"""QA walk r3, defect 38: the smaller things (fingerprint grouped as the letter, one bundle named
as one, Cancel gone after the import, phones as forms show them, no developer column, format labels)."""

from __future__ import annotations

from rentan_desktop.fields.display import fingerprint_lines
from rentan_desktop.sync.verify import bundle_numbers


def test_fingerprint_grouped_the_same_in_letter_and_dialog():
    from rentan_desktop.printing.fingerprint_letter import _grouped

    fp = "ABCD1234EFGH5678IJKL9012MNOP3456QRST7890"
    assert fingerprint_lines(fp) == ["ABCD 1234 EFGH 5678 IJKL", "9012 MNOP 3456 QRST 7890"]
    assert _grouped(fp) == "<br/>".join(fingerprint_lines(fp))


def test_a_single_bundle_is_not_a_range():
    assert bundle_numbers(1, 1) == "Bundle 1"
    assert bundle_numbers(2, 4) == "Bundles 2 to 4"


def test_backups_list_has_no_developer_column(qtbot):
    from rentan_desktop.ui.maintenance.backup_dialog import BackupsModel
    from rentan_desktop.ui.qt import Qt

    model = BackupsModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Schema" not in headers and headers[0] == "Date"


def test_import_changes_show_phones_and_months_as_the_forms_do(qtbot):
    from pathlib import Path

    from rentan_desktop.roster import columns
    from rentan_desktop.roster.import_report import Change, ImportReport, RowOutcome
    from rentan_desktop.ui.roster.import_models import ChangesModel

    outcome = RowOutcome(row=2, status="update", name="ARBAIN")
    outcome.changes = [Change("phone", "+6281349001122", "+6281349001123"), Change("start_month", "2026-11", "2026-12")]
    report = ImportReport(path=Path("x.xlsx"), kind=columns.WORKERS, dry_run=True, header_row=1, mapping={})
    report.outcomes = [outcome]
    model = ChangesModel()
    model.set_report(report)
    assert model.index(0, 3).data() == "0813-4900-1122" and model.index(0, 4).data() == "0813-4900-1123"
    assert model.index(1, 4).data() == "December 2026"


def test_registration_layout_labels_say_they_are_formats(qtbot, disnaker_env):
    from rentan_desktop.ui.disnaker.bpjs_template_dialog import BpjsTemplateDialog
    from rentan_desktop.ui.qt import QFormLayout, QLabel

    dialog = BpjsTemplateDialog(disnaker_env)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Date format", "Phone number format"} <= labels
    assert dialog.findChild(QFormLayout) is not None
