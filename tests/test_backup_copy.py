"""Backups to a USB stick or another folder: verified copies, clear refusals, nothing half-written."""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import backup, backup_copy
from rentan_desktop.store import cipher


def test_backup_to_a_folder_is_a_verified_copy_with_its_sidecar(opd_ctx, tmp_path):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    copy = backup_copy.backup_to(opd_ctx.db_path, stick, key=opd_ctx.db_key())
    assert copy.parent == stick and copy.exists() and copy.with_suffix(".json").exists()
    [local] = backup.list_backups(opd_ctx.data_dir)
    # The stick gets one self-contained encrypted file holding exactly the local generation's pages.
    assert copy.suffix == ".sqlite3" and local.path.suffix == ".rgen"
    assert backup_copy._same_content(local.path, copy, opd_ctx.db_key())
    conn = cipher.open_connection(copy, opd_ctx.db_key())
    assert conn.execute("SELECT count(*) FROM workers").fetchone()[0] == local.counts["workers"]
    conn.close()
    assert [i.path for i in backup_copy.backups_in(stick)] == [copy]
    assert not list(stick.glob("*.partial"))


def test_missing_folder_is_refused_with_what_to_do(opd_ctx, tmp_path):
    with pytest.raises(UserError, match="plug the stick in again"):
        backup_copy.backup_to(opd_ctx.db_path, tmp_path / "gone", key=opd_ctx.db_key())


def test_a_copy_that_does_not_match_is_refused_and_removed(opd_ctx, tmp_path, monkeypatch):
    stick = tmp_path / "BAD"
    stick.mkdir()
    monkeypatch.setattr(backup_copy, "_same_content", lambda local, copy, key: False)
    with pytest.raises(UserError, match="does not match"):
        backup_copy.backup_to(opd_ctx.db_path, stick, key=opd_ctx.db_key())
    assert list(stick.iterdir()) == []


def test_restore_from_the_stick_goes_through_the_safety_path(opd_ctx, tmp_path):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    copy = backup_copy.backup_to(opd_ctx.db_path, stick, key=opd_ctx.db_key())
    opd_ctx.db.execute("UPDATE settings SET value = '\"Ganti\"' WHERE key = 'operator'")
    opd_ctx.db.conn.commit()
    opd_ctx.close()
    safety = backup.restore_backup(opd_ctx.db_path, copy, key=opd_ctx.db_key())
    assert safety is not None and safety.exists()  # the data before the restore was kept
    assert opd_ctx.operator == "Siti Rahma"
