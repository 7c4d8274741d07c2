"""The roster list exported from the GUI (.xlsx and .csv, in either language) imports back with no change."""

from __future__ import annotations

import pytest

from rentan_desktop import i18n
from rentan_desktop.roster import importer
from rentan_desktop.ui.common import background
from rentan_desktop.ui.roster.roster_tab import RosterTab
from tests.sheet_corpus import SPONSOR_NIP, table, worker_row, write_csv, write_xlsx


@pytest.fixture(autouse=True)
def _quiet_boxes(monkeypatch):
    from rentan_desktop.ui.qt import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


def _export(qtbot, tab: RosterTab, path):
    tab.export_list(str(path))
    qtbot.waitUntil(lambda: path.exists() and not background._running, timeout=20_000)
    qtbot.wait(100)
    return path


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_exported_roster_lists_reimport_unchanged(qtbot, opd_env, tmp_path, language, ext):
    i18n.set_language(language)
    db = opd_env.db
    sponsors = write_csv(tmp_path / "s.csv", [["NIP", "NAMA", "STATUS PEGAWAI", "JABATAN", "ESELON"],
                                              [SPONSOR_NIP, "Dewi Contoh", "PNS", "Kepala Dinas", "II.b"]])
    assert importer.run_import(db, sponsors, "sponsors", operator="Siti").new == 1
    workers = [worker_row(i, **{"NIP PENANGGUNG": SPONSOR_NIP, "PENGHASILAN": "Rp. 1,500,000", "RT": "RT 07"})
               for i in range(1, 4)]
    assert importer.run_import(db, write_xlsx(tmp_path / "w.xlsx", table(workers)), "workers",
                               operator="Siti").new == 3
    db.conn.commit()
    tab = RosterTab(opd_env)
    qtbot.addWidget(tab)
    again = importer.run_import(db, _export(qtbot, tab, tmp_path / f"workers.{ext}"), "workers", operator="Siti",
                                dry_run=True)
    assert (again.new, again.updated, again.skipped, again.unchanged) == (0, 0, 0, 3)
    tab.pages.setCurrentIndex(1)  # the sponsors' page: its list has a Status (of the sponsorship) beside the type
    again = importer.run_import(db, _export(qtbot, tab, tmp_path / f"sponsors.{ext}"), "sponsors",
                                operator="Siti", dry_run=True)
    assert (again.new, again.updated, again.skipped, again.unchanged) == (0, 0, 0, 1)
