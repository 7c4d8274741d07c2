"""Backups: consistent copies with a sidecar, rotation, restore, automatic triggers, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from rentan_desktop.cli import main as cli_main
from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import backup
from rentan_desktop.maintenance.running import LOCK_NAME
from rentan_desktop.roster import demo
from rentan_desktop.store import db as store_db
from rentan_desktop.store import settings
from rentan_desktop.store.migrations import MIGRATIONS
from tests.backup_files import open_backup

LATEST_SCHEMA = len(MIGRATIONS._migrations)


def _fill(ctx, workers=6):
    demo.generate(ctx.db, sponsors=4, workers=workers, opds=1, seed=3, operator="t")


def test_backup_is_a_standalone_copy_with_counts(opd_ctx):
    _fill(opd_ctx)
    path = backup.create_backup(opd_ctx.db_path, "manual", key=opd_ctx.db_key())
    assert path.parent == opd_ctx.data_dir / "backups"
    meta = json.loads(path.with_suffix(".json").read_text())
    assert meta["reason"] == "manual" and meta["schema_version"] == LATEST_SCHEMA
    assert meta["counts"]["workers"] == 6 and meta["counts"]["sponsors"] == 4
    # Rebuilt into a single self-contained file (no WAL needed) that opens with the same data.
    conn = open_backup(path, opd_ctx.db_key())
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM workers").fetchone()[0] == 6
    conn.close()


def test_backup_is_consistent_while_another_connection_writes(opd_ctx):
    _fill(opd_ctx)
    writer = opd_ctx.new_connection()
    writer.execute("BEGIN")
    writer.execute("UPDATE workers SET name = 'CHANGED' WHERE id = 1")
    path = backup.create_backup(opd_ctx.db_path, "manual", key=opd_ctx.db_key())  # the uncommitted change is not in it
    writer.execute("ROLLBACK")
    writer.close()
    conn = open_backup(path, opd_ctx.db_key())
    assert conn.execute("SELECT count(*) FROM workers WHERE name = 'CHANGED'").fetchone()[0] == 0
    conn.close()


def test_rotation_keeps_the_setting_number(opd_ctx):
    settings.put(opd_ctx.db, "backup_keep", 3)
    made = [backup.create_backup(opd_ctx.db_path, "manual", key=opd_ctx.db_key()) for _ in range(5)]
    left = backup.list_backups(opd_ctx.data_dir)
    assert len(left) == 3
    assert {info.path for info in left} == set(made[-3:])
    assert not made[0].exists() and not made[0].with_suffix(".json").exists()


def test_reason_text_is_normalised(opd_ctx):
    path = backup.create_backup(opd_ctx.db_path, reason="before bundle import", key=opd_ctx.db_key())
    assert path.name.endswith("-import.rgen")
    assert backup.reason_label(backup.read_info(path).reason) == "Before bundle import"


def test_list_is_newest_first_with_reason_labels(opd_ctx):
    first = backup.create_backup(opd_ctx.db_path, "daily", key=opd_ctx.db_key())
    second = backup.create_backup(opd_ctx.db_path, "import", key=opd_ctx.db_key())
    listed = backup.list_backups(opd_ctx.db_path)
    assert [i.path for i in listed] == [second, first]
    assert backup.reason_label(listed[0].reason) == "Before bundle import"


def test_restore_puts_the_old_data_back_and_keeps_the_current(opd_ctx):
    _fill(opd_ctx, workers=5)
    saved = backup.create_backup(opd_ctx.db_path, "manual", key=opd_ctx.db_key())
    opd_ctx.db.execute("UPDATE workers SET name = 'Sesudah'")
    opd_ctx.close()
    safety = backup.restore_backup(opd_ctx.db_path, saved, key=opd_ctx.db_key())
    assert safety is not None and backup.read_info(safety).reason == "restore"
    db = store_db.connect(opd_ctx.db_path, key=opd_ctx.db_key())
    assert db.execute("SELECT count(*) FROM workers WHERE name = 'Sesudah'").fetchone()[0] == 0
    assert db["workers"].count == 5
    db.close()
    kept = open_backup(safety, opd_ctx.db_key())
    assert kept.execute("SELECT count(*) FROM workers WHERE name = 'Sesudah'").fetchone()[0] == 5
    kept.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(opd_ctx, tmp_path):
    _fill(opd_ctx)
    opd_ctx.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    before = opd_ctx.db_path.read_bytes()
    with pytest.raises(UserError, match="damaged"):
        backup.restore_backup(opd_ctx.db_path, bad, key=opd_ctx.db_key())
    assert opd_ctx.db_path.read_bytes() == before


def test_backup_before_a_pending_migration(opd_ctx):
    _fill(opd_ctx)
    # Pretend the file comes from a version before the last step.
    opd_ctx.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_robustness'")
    opd_ctx.close()
    db = store_db.connect(opd_ctx.db_path, key=opd_ctx.db_key(), before_upgrade=backup.before_upgrade)
    db.close()
    reasons = [i.reason for i in backup.list_backups(opd_ctx.data_dir)]
    assert reasons == ["migration"]
    assert backup.list_backups(opd_ctx.data_dir)[0].schema_version == LATEST_SCHEMA - 1
    # Up to date: opening again makes no further backup.
    store_db.connect(opd_ctx.db_path, key=opd_ctx.db_key(), before_upgrade=backup.before_upgrade).close()
    assert len(backup.list_backups(opd_ctx.data_dir)) == 1


def test_new_database_gets_no_migration_backup(tmp_path):
    store_db.connect(tmp_path / "rentan.sqlite3", before_upgrade=backup.before_upgrade).close()
    assert backup.list_backups(tmp_path) == []


def test_daily_backup_once_per_day(opd_ctx):
    assert backup.daily_backup_if_due(opd_ctx.db_path, key=opd_ctx.db_key()) is not None
    assert backup.daily_backup_if_due(opd_ctx.db_path, key=opd_ctx.db_key()) is None
    tomorrow = datetime.now().astimezone() + timedelta(days=1)
    assert backup.daily_backup_if_due(opd_ctx.db_path, today=tomorrow, key=opd_ctx.db_key()) is not None


def test_cli_backup_list_and_restore(opd_ctx, capsys):
    _fill(opd_ctx, workers=4)
    folder = str(opd_ctx.data_dir)
    opd_ctx.close()
    assert cli_main(["--data-dir", folder, "backup"]) == 0
    written = capsys.readouterr().out
    assert "Backup written" in written
    path = backup.list_backups(opd_ctx.data_dir)[0].path
    assert cli_main(["--data-dir", folder, "backups"]) == 0
    assert "workers 4" in capsys.readouterr().out
    db = store_db.connect(opd_ctx.db_path, key=opd_ctx.db_key())
    db.execute("UPDATE workers SET status = 'ended'")
    db.close()
    assert cli_main(["--data-dir", folder, "restore", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as" in out
    db = store_db.connect(opd_ctx.db_path, key=opd_ctx.db_key())
    assert db.execute("SELECT count(*) FROM workers WHERE status = 'ended'").fetchone()[0] == 0
    db.close()


def test_cli_restore_refused_while_the_gui_runs(opd_ctx, capsys):
    path = backup.create_backup(opd_ctx.db_path, "manual", key=opd_ctx.db_key())
    opd_ctx.close()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (opd_ctx.data_dir / LOCK_NAME).write_text(f"{sleeper.pid}\nrentan-desktop\nhost\n")
        assert cli_main(["--data-dir", str(opd_ctx.data_dir), "restore", str(path)]) == 2
        assert "close it first" in capsys.readouterr().err
    finally:
        sleeper.kill()
        sleeper.wait()
    # Once that process is gone the lock is stale and the restore goes ahead.
    assert cli_main(["--data-dir", str(opd_ctx.data_dir), "restore", str(path)]) == 0


def test_cli_backup_without_database(tmp_path, capsys):
    assert cli_main(["--data-dir", str(tmp_path / "empty"), "backup"]) == 2
    assert "no database" in capsys.readouterr().err
