"""QA walk r3 in the GUI: the OPD is warned before writing a bundle Disnaker would refuse (5);
Disnaker opening a bundle from a key not trusted yet keeps it and lists it (23); the restore
confirmation warns that bundles already sent will not follow on (27a)."""

from __future__ import annotations

import pytest

from rentan_desktop.maintenance import backup
from rentan_desktop.store import audit
from rentan_desktop.sync import export, history
from rentan_desktop.ui.maintenance.backup_dialog import BackupDialog
from rentan_desktop.ui.qt import QMessageBox
from rentan_desktop.ui.sync import sync_tab as sync_tab_module
from tests.sync_support import PASSPHRASE, bundle_from_untrusted_opd
from tests.ui.conftest import sync_tab_for, wait_for_ops


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


def test_the_opd_is_warned_before_writing_a_row_disnaker_would_refuse(qtbot, envs, monkeypatch):
    pair, opd_env, _ = envs
    uid, name = pair.opd.db.execute("SELECT uid, name FROM workers ORDER BY id").fetchone()
    pair.opd.db.execute("UPDATE workers SET birth_date = '1958-07-01', start_month = '2026-12', "
                        "age_override_reason = NULL, rev = ? WHERE uid = ?", [audit.next_rev(pair.opd.db), uid])
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.No)
    tab = sync_tab_for(qtbot, opd_env)
    tab.export_to(pair.stick)
    qtbot.waitUntil(lambda: bool(warned), timeout=15_000)
    assert name in warned[0] and "reason for the exception" in warned[0]
    qtbot.wait(200)
    assert not list(pair.stick.glob("*.rentan.tar")) and not tab.last_written  # No: nothing written
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.export_to(pair.stick)
    qtbot.waitUntil(lambda: bool(tab.last_written), timeout=15_000)
    wait_for_ops(qtbot, opd_env)


def test_disnaker_keeps_a_bundle_from_a_key_not_trusted_yet_and_lists_it(qtbot, envs, tmp_path, monkeypatch):
    pair, _, dis_env = envs
    path = bundle_from_untrusted_opd(pair, tmp_path / "new-pc")
    shown = []
    monkeypatch.setattr(sync_tab_module, "show_error", lambda parent, error: shown.append(str(error)))
    tab = sync_tab_for(qtbot, dis_env)
    assert tab.quarantine_model.rowCount() == 0
    tab.preview(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert "kept in the quarantine" in shown[0] and "enrollment file" in shown[0]
    assert tab.quarantine_model.rowCount() == 1 and history.quarantined(pair.dis.data_dir)[0]["file"] == path.name


def test_the_restore_confirmation_warns_of_bundles_sent_after_the_backup(qtbot, envs, monkeypatch):
    pair, opd_env, _ = envs
    info = backup.create_backup(opd_env.ctx.db_path, "manual", key=opd_env.ctx.db_key())
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog = BackupDialog(opd_env, reopen=lambda env: None)
    qtbot.addWidget(dialog)
    chosen = next(b for b in backup.list_backups(opd_env.ctx.data_dir) if b.path == info)
    assert not dialog.confirm_restore(chosen)
    assert "Send everything again" not in asked[-1]  # nothing was sent since
    qtbot.wait(1100)  # stamps are to the second
    export.export_bundle(pair.opd.db, pair.opd.data_dir, pair.stick)  # sent after the backup
    assert not dialog.confirm_restore(chosen)
    assert "Bundles were written to Disnaker" in asked[-1] and "Send everything again" in asked[-1]
