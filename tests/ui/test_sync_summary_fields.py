"""The summary dialog's field-level view: each changed field with its Indonesian label."""

from __future__ import annotations

from rentan_desktop import i18n
from rentan_desktop.sync.plan import CATEGORIES, ImportSummary
from rentan_desktop.ui.sync.sync_summary_dialog import SummaryDialog


def test_updated_records_show_each_field_from_what_to_what(qtbot, qtmodeltester, tmp_path):
    i18n.set_language("id")
    try:
        summary = ImportSummary("1.01", "OPD 1.01", "changes", 3, "b.rentan.tar", "00")
        summary.table("workers").add_change("w1", "Budi Hartono", [("Pekerjaan", "Petani", "Nelayan"),
                                                                 ("No. HP", "-", "+6281298765432")])
        summary.table("payments").add("new", "p1", "2026-11 16800")
        dialog = SummaryDialog(summary, confirm=True)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.changes_model)
        assert dialog.tables_model.data(dialog.tables_model.index(0, 0)) == "Pekerja"
        dialog.category.setCurrentIndex(CATEGORIES.index("updated"))
        assert dialog.changes_view.isVisibleTo(dialog) and not dialog.records_view.isVisibleTo(dialog)
        rows = [[dialog.changes_model.data(dialog.changes_model.index(r, c)) for c in range(5)]
                for r in range(dialog.changes_model.rowCount())]
        assert rows == [["Pekerja", "Budi Hartono", "Pekerjaan", "Petani", "Nelayan"],
                        ["Pekerja", "Budi Hartono", "No. HP", "-", "+6281298765432"]]
        dialog.category.setCurrentIndex(CATEGORIES.index("new"))
        assert dialog.records_view.isVisibleTo(dialog)
        assert dialog.records_model.data(dialog.records_model.index(0, 0)) == "Pembayaran"
        dialog.category.setCurrentIndex(CATEGORIES.index("updated"))
        dialog.resize(760, 520)
        dialog.grab().save(str(tmp_path / "summary.png"))
    finally:
        i18n.set_language("en")
