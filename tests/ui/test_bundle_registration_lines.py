"""QA walk r4, 11: writing a bundle says how many of its workers Disnaker can register with BPJS, and
Disnaker's preview says what its new workers need next, both with the roster's readiness rule."""

from __future__ import annotations

import pytest

from rentan_desktop.ui.qt import QDialog, QFileDialog, QMessageBox
from rentan_desktop.ui.sync.sync_summary_dialog import SummaryDialog
from tests.sync_support import PASSPHRASE
from tests.test_bundle_bpjs_readiness import roster_states
from tests.ui.conftest import sync_tab_for, wait_for_ops


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)


def test_written_message_and_preview_count_the_workers_ready_for_bpjs(qtbot, envs, monkeypatch):
    pair, opd_env, dis_env = envs
    opd_env.db.execute("UPDATE workers SET heir_name = NULL WHERE id = (SELECT min(id) FROM workers WHERE "
                       "status = 'draft' AND coalesce(kpj, '') = '')")
    ready = roster_states(opd_env.db)["ready"]
    assert roster_states(opd_env.db)["incomplete"] == 1
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(pair.stick))
    opd_tab = sync_tab_for(qtbot, opd_env)
    opd_tab.choose_export_folder()
    qtbot.waitUntil(lambda: bool(opd_tab.last_written), timeout=15_000)
    wait_for_ops(qtbot, opd_env)
    assert f"Workers 5 ({ready} ready to register with BPJS, 1 not yet: data missing" in said[-1]

    shown = []

    def look(dialog):
        shown.append(dialog.registration.text() if not dialog.registration.isHidden() else "")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SummaryDialog, "exec", look)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(opd_tab.last_written[0]), ""))
    dis_tab = sync_tab_for(qtbot, dis_env)
    dis_tab.choose_bundle()
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert shown[0].startswith(f"5 new workers: {ready} ready to register with BPJS, 1 incomplete (data missing)")
