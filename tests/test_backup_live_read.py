"""Issue 15: a backup reads the database file itself, held still in one read transaction, when the
WAL holds no frame, so it costs little beyond reading the file; the app's writes meanwhile go on
(into the WAL) and are not in that backup; when the WAL holds frames the backup takes a snapshot
copy, with the same result; neither changes the database's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from rentan_desktop.maintenance import backup, generations
from rentan_desktop.roster import demo
from rentan_desktop.store import cipher
from tests.backup_files import open_backup
from tests.test_backup_generations import contents


@pytest.fixture
def filled(opd_ctx):
    demo.generate(opd_ctx.db, sponsors=40, workers=300, opds=1, seed=5, operator="t")
    return opd_ctx


def _snapshots(monkeypatch) -> list:
    taken: list = []
    real = backup._copy
    monkeypatch.setattr(backup, "_copy", lambda *a: taken.append(a) or real(*a))
    return taken


def test_a_backup_reads_the_file_held_still_while_the_app_keeps_writing(filled, monkeypatch):
    key = filled.db_key()
    filled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as a fresh start, or the CLI, finds it
    expected = contents(filled.db.conn)
    taken = _snapshots(monkeypatch)
    real = generations.read_pages_unchecked
    written = []

    def app_writes_meanwhile(path, k, size, **options):
        for n, (page, check) in enumerate(real(path, k, size, **options)):
            if n == 1:  # the app saves a form while the backup reads: not blocked, not in this backup
                filled.db.execute("UPDATE workers SET phone = '081299990000' WHERE id = 1")
                written.append(filled.db.execute("SELECT phone FROM workers WHERE id = 1").fetchone()[0])
            yield page, check

    monkeypatch.setattr(generations, "read_pages_unchecked", app_writes_meanwhile)
    made = backup.create_backup(filled.db_path, "manual", key=key)
    assert taken == [] and written == ["081299990000"]
    assert not list(made.parent.glob("*.partial"))
    conn = open_backup(made, key)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # a self-contained file
    assert contents(conn) == expected
    conn.close()
    monkeypatch.setattr(generations, "read_pages_unchecked", real)
    after = contents(filled.db.conn)
    assert after != expected
    newer = backup.create_backup(filled.db_path, "manual", key=key)
    conn = open_backup(newer, key)
    assert contents(conn) == after
    conn.close()


def test_a_wal_with_frames_makes_the_backup_take_a_snapshot_copy_and_change_no_file(filled, monkeypatch):
    key = filled.db_key()
    taken = _snapshots(monkeypatch)
    reader = cipher.open_connection(filled.db_path, key, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM workers").fetchone()  # holds a snapshot inside the WAL
    filled.db.execute("UPDATE workers SET phone = '081277770000' WHERE id % 3 = 0")
    expected = contents(filled.db.conn)
    files = [Path(str(filled.db_path) + end).read_bytes() for end in ("", "-wal")]
    made = backup.create_backup(filled.db_path, "manual", key=key)
    assert [Path(str(filled.db_path) + end).read_bytes() for end in ("", "-wal")] == files
    reader.execute("ROLLBACK")
    reader.close()
    assert len(taken) == 1
    conn = open_backup(made, key)
    assert contents(conn) == expected
    conn.close()


def test_a_damaged_page_never_enters_the_store_even_when_its_neighbours_are_known(filled):
    key = filled.db_key()
    folder = filled.data_dir / "backups"
    backup.create_backup(filled.db_path, "manual", key=key)  # every page now known to the store
    packs = sorted(folder.glob("pages/*.pack"))
    filled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = bytearray(filled.db_path.read_bytes())
    damaged[4096 * 5 + 200] ^= 0x01  # page 6: decrypts to a page the store does not hold
    copy = filled.data_dir / "damaged-copy.sqlite3"
    copy.write_bytes(bytes(damaged))
    target = folder / "rentan-20260101-000000-000-manual.rgen"
    with backup.page_store.lock(folder), pytest.raises(generations.PageError, match="page 6"):
        generations.store_generation(copy, target, key, 4096)
    assert not target.exists() and sorted(folder.glob("pages/*.pack")) == packs
    assert not list(folder.glob("pages/*.partial"))
