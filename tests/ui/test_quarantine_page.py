"""A bundle kept in Disnaker's quarantine opens from the quarantine once its key is trusted, and leaves
the quarantine when it is imported (QA walk r4: the list had no way on and kept the bundle forever)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rentan_desktop.sync import export, history, provisioning, registry
from rentan_desktop.ui.qt import QDialog, QMessageBox
from rentan_desktop.ui.sync import sync_tab as sync_tab_module
from rentan_desktop.ui.sync.sync_summary_dialog import SummaryDialog
from tests.sync_support import OPD2, add_opd_row, install
from tests.ui.conftest import sync_tab_for, wait_for_ops

pytestmark = pytest.mark.usefixtures("sync_keys")


def test_a_quarantined_bundle_opens_from_the_quarantine_after_trust_and_leaves_it(qtbot, envs, tmp_path,
                                                                                   monkeypatch):
    pair, _, dis_env = envs
    stranger = install(tmp_path / "new-pc", **OPD2)  # OPD 1.02: trusts Disnaker, Disnaker has not seen its key
    try:
        add_opd_row(pair.dis, "1.02", "Dinas Kesehatan")
        prov = provisioning.provision_opd(pair.dis.db, pair.dis.data_dir, "1.02", tmp_path)
        registry.trust(stranger.db, provisioning.receive_key_file(stranger.db, prov).key_id, "Andi")
        enrol = provisioning.write_enrollment(stranger.db, stranger.data_dir, tmp_path)
        path = export.export_bundle(stranger.db, stranger.data_dir, pair.stick).path
    finally:
        stranger.close()
    refused = []
    monkeypatch.setattr(sync_tab_module, "show_error", lambda parent, error: refused.append(str(error)))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    tab = sync_tab_for(qtbot, dis_env)
    tab.preview(path)
    qtbot.waitUntil(lambda: tab.quarantine_model.rowCount() == 1, timeout=15_000)
    assert "kept in the quarantine" in refused[0]
    kept = tab.quarantine_model.row_at(0)["path"]
    assert tab.quarantine_model.index(0, 3).data() == Path(kept).name != kept  # not the folder's long path
    # Disnaker receives the OPD's key enrollment file and trusts the key after comparing the letter.
    registry.trust(pair.dis.db, provisioning.receive_key_file(pair.dis.db, enrol).key_id, "Rudi")
    opened = []
    monkeypatch.setattr(SummaryDialog, "exec", lambda d: opened.append(d.summary) or QDialog.DialogCode.Accepted)
    tab.quarantine.open_selected()  # the only kept bundle: no need to select it
    qtbot.waitUntil(lambda: tab.last_summary is not None and tab.last_summary.status == "applied", timeout=15_000)
    wait_for_ops(qtbot, dis_env)
    assert [summary.peer for summary in opened] == ["1.02"]
    assert history.quarantined(pair.dis.data_dir) == []
    tab.refresh()
    assert tab.quarantine_model.rowCount() == 0
