"""A worker brought in by a spreadsheet import shows in its history who created it, when and
from which file (the import's one audit entry stands for every record it created)."""

from __future__ import annotations

from rentan_desktop.roster import importer
from rentan_desktop.ui.roster.audit_dialog import AuditDialog
from tests.sheet_corpus import table, worker_row, write_csv


def test_history_of_an_imported_worker_names_the_operator_and_the_file(qtbot, opd_env, tmp_path):
    path = write_csv(tmp_path / "daftar_pekerja.csv", table([worker_row(1), worker_row(2)]))
    importer.run_import(opd_env.db, path, "workers", operator="Siti")
    uid, created_at = opd_env.db.execute("SELECT uid, created_at FROM workers ORDER BY id DESC LIMIT 1").fetchone()
    dialog = AuditDialog(opd_env, uid, "Pekerja Contoh 2")
    qtbot.addWidget(dialog)
    assert dialog.change_count() == 1
    created = dialog.tree.topLevelItem(0)
    assert created.text(1) == "Siti" and created.text(2) == "Created — imported from daftar_pekerja.csv"
    day = f"{created_at[8:10]}/{created_at[5:7]}/{created_at[:4]}"
    assert created.text(0).startswith(day)
