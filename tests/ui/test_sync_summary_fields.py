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


def test_sync_tab_preview_of_a_bundle_with_a_bad_row_lists_it_and_offers_no_import(qtbot, tmp_path, monkeypatch):
    from rentan_desktop.store import audit
    from rentan_desktop.sync import export
    from rentan_desktop.ui.qt import QDialog, QMessageBox
    from rentan_desktop.ui.sync.sync_tab import SyncTab
    from tests.sync_support import PASSPHRASE, file_state, make_pair
    from tests.ui.conftest import make_env

    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    pair = make_pair(tmp_path, sponsors=3, workers=5)
    dis_env = make_env(pair.dis)
    try:
        uid = pair.opd.db.execute("SELECT uid FROM workers ORDER BY id LIMIT 1").fetchone()[0]
        pair.opd.db.execute("UPDATE workers SET declared_income = -5, rev = ? WHERE uid = ?",
                            [audit.next_rev(pair.opd.db), uid])
        path = export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick).path
        before = file_state(pair.dis)
        shown = []
        monkeypatch.setattr(SummaryDialog, "exec", lambda d: shown.append(d) or QDialog.DialogCode.Rejected)
        tab = SyncTab(dis_env)
        qtbot.addWidget(tab)
        tab.preview(path)
        qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
        dialog = shown[0]
        assert not dialog.apply_button.isEnabled()
        assert dialog.category.currentData() == "errors"
        detail = dialog.records_model.data(dialog.records_model.index(0, 2))
        assert "Declared income" in detail and "-5" in detail
        assert file_state(pair.dis) == before
    finally:
        dis_env.ops.shutdown()
        pair.close()
