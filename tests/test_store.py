"""The store: pragmas, numbered migrations, settings, nothing lost on reopen."""

from __future__ import annotations

import sqlite3

from rentan_desktop.store import db as store_db
from rentan_desktop.store import settings
from rentan_desktop.store.migrations import MIGRATIONS, pending, schema_version


def test_file_database_is_wal_with_foreign_keys(tmp_path):
    database = store_db.connect(tmp_path / "x.sqlite3")
    assert database.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(database) == len(MIGRATIONS._migrations)
    assert pending(database) == []


def test_every_step_applies_in_order_from_an_older_file(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    import sqlite_utils

    old = sqlite_utils.Database(conn)
    MIGRATIONS.apply(old, stop_before="m002_payments")
    old.execute("INSERT INTO settings(key, value) VALUES ('role', '\"opd\"')")
    conn.close()
    database = store_db.connect(path)
    assert pending(database) == []
    assert settings.get(database, "role") == "opd"
    assert "payments" in database.table_names()


def test_foreign_keys_enforced(db):
    import pytest

    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO workers(uid, opd_id, nik, name, created_at, updated_at) "
                   "VALUES ('u', 999, '1', 'x', 'now', 'now')")


def test_settings_defaults_and_roundtrip(db):
    assert settings.get(db, "quotas") == {"head_opd": 1, "head_division": 1, "staff": 1}
    settings.put(db, "quotas", {"head_opd": 3, "head_division": 2, "staff": 1})
    assert settings.get(db, "quotas")["head_opd"] == 3
