"""Start-up integrity check: damage is found, the damaged file is kept aside, a good backup returns."""

from __future__ import annotations

import sqlite3

from rentan_desktop.cli import main as cli_main
from rentan_desktop.maintenance import backup, integrity
from rentan_desktop.roster import demo
from rentan_desktop.store import cipher
from rentan_desktop.store import db as store_db
from tests.backup_files import damage_generation


def _page_size(data: bytes) -> int:
    """A plain file names its page size at bytes 16-17; an encrypted file holds random salt there
    and uses SQLCipher's 4096-byte pages."""
    if not data.startswith(b"SQLite format 3\0"):
        return 4096
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def damage(path) -> None:
    """Overwrite the pages after the header: the file still opens but its b-trees are broken."""
    data = bytearray(path.read_bytes())
    page = _page_size(data)
    for offset in range(2 * page, len(data) - page, page):
        data[offset + 8: offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def damage_tail(path, pages: int = 3) -> None:
    """Break only the last pages (table rows): the header and schema still read."""
    data = bytearray(path.read_bytes())
    page = _page_size(data)
    for offset in range(len(data) - pages * page, len(data), page):
        data[offset: offset + page] = b"\xff" * page
    path.write_bytes(bytes(data))


def _filled(ctx):
    demo.generate(ctx.db, sponsors=30, workers=60, opds=1, seed=5, operator="t")
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return ctx.db_path


def test_healthy_and_missing_files_pass(opd_ctx, tmp_path):
    assert integrity.check_file(opd_ctx.db_path, key=opd_ctx.db_key()).ok
    assert integrity.check_file(tmp_path / "none.sqlite3").ok


def test_damaged_file_is_reported(opd_ctx):
    path = _filled(opd_ctx)
    damage(path)
    verdict = integrity.check_file(path, key=opd_ctx.db_key())
    assert not verdict.ok and verdict.problems


def test_garbage_file_is_reported(tmp_path):
    path = tmp_path / "rentan.sqlite3"
    path.write_bytes(b"\x00garbage" * 1000)
    assert not integrity.check_file(path).ok


def test_check_does_not_write_the_file(opd_ctx):
    path = _filled(opd_ctx)
    damage(path)
    before = path.read_bytes()
    integrity.check_file(path, key=opd_ctx.db_key())
    assert path.read_bytes() == before


def test_recover_keeps_the_damaged_file_and_restores_latest_good(opd_ctx):
    good = backup.create_backup(opd_ctx.db_path, "daily", key=opd_ctx.db_key())
    path = _filled(opd_ctx)
    damage(path)
    damaged_bytes = path.read_bytes()
    assert integrity.latest_good_backup(path, key=opd_ctx.db_key()) == good
    aside, used = integrity.recover_from_backup(path, key=opd_ctx.db_key())
    assert used == good
    assert aside.parent.name == "damaged" and aside.read_bytes() == damaged_bytes
    assert integrity.check_file(path, key=opd_ctx.db_key()).ok
    db = store_db.connect(path, key=opd_ctx.db_key())
    assert db["sponsors"].count == 0  # the state of the good backup
    db.close()


def test_latest_good_backup_skips_damaged_backups(opd_ctx):
    good = backup.create_backup(opd_ctx.db_path, "daily", key=opd_ctx.db_key())
    path = _filled(opd_ctx)
    bad = backup.create_backup(path, "manual", key=opd_ctx.db_key())
    damage_generation(bad)
    assert backup.list_backups(path)[0].path == bad
    assert integrity.latest_good_backup(path, key=opd_ctx.db_key()) == good


def test_recover_without_backup_starts_empty(opd_ctx):
    path = _filled(opd_ctx)
    damage(path)
    aside, used = integrity.recover_from_backup(path, key=opd_ctx.db_key())
    assert used is None and not path.exists() and aside.exists()


def test_cli_check(opd_ctx, capsys):
    path = _filled(opd_ctx)
    assert cli_main(["--data-dir", str(path.parent), "check"]) == 0
    assert "healthy" in capsys.readouterr().out
    damage(path)
    assert cli_main(["--data-dir", str(path.parent), "check"]) == 2
    assert "damaged" in capsys.readouterr().err


def test_wal_content_is_checked_too(opd_ctx):
    opd_ctx.db.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")
    assert (opd_ctx.db_path.parent / "rentan.sqlite3-wal").exists()
    assert integrity.check_file(opd_ctx.db_path, key=opd_ctx.db_key()).ok
    conn = cipher.open_connection(opd_ctx.db_path, opd_ctx.db_key(), readonly=True)
    assert conn.execute("SELECT value FROM settings WHERE key = 'x'").fetchone() == ("1",)
    conn.close()


def test_the_start_check_reads_only_the_header_and_schema(opd_ctx, tmp_path):
    # Fast enough for every start; damage deeper in the file is left to the background quick_check.
    key = opd_ctx.db_key()
    # Rows written last fill the last pages, so damage_tail breaks rows and not the schema.
    demo.generate(opd_ctx.db, sponsors=30, workers=60, opds=1, seed=5, operator="t")
    opd_ctx.db.execute("CREATE TABLE filler (x BLOB)")
    for _ in range(200):
        opd_ctx.db.execute("INSERT INTO filler VALUES (randomblob(500))")
    opd_ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opd_ctx.close()
    path = opd_ctx.db_path
    opened = []

    def open_with_key():  # the app's own connection, opened with the install key (the file is encrypted)
        opened.append(cipher.open_connection(path, key, readonly=True))
        return opened[-1]

    assert integrity.check_header(path, open_with_key).ok and integrity.check_header(tmp_path / "none.sqlite3").ok
    assert not integrity.check_header(path).ok  # encrypted: without the app's connection it cannot be read
    damage_tail(path, pages=1)  # the newest rows of filler
    assert integrity.check_header(path, open_with_key).ok and not integrity.check_file(path, key=key).ok
    for conn in opened:
        conn.close()
    data = bytearray(path.read_bytes())
    data[:16] = b"\x00" * 16
    path.write_bytes(bytes(data))
    assert not integrity.check_header(path).ok
    assert integrity.check_header(path, lambda: sqlite3.connect(":memory:")).ok  # an encrypted file that opens
