"""Issue 15: backups as generations over one page store: each restores to exactly its own data,
unchanged pages are stored once, rotation never drops a page a kept generation needs, a killed
backup leaves nothing a restore could pick, and the full copies of earlier versions still work."""

from __future__ import annotations

import hashlib
import json

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import backup, faults, generations, page_store, sqlcipher_pages
from rentan_desktop.roster import demo
from rentan_desktop.store import cipher
from rentan_desktop.store import db as store_db
from tests.backup_files import damage_generation, open_backup


def contents(conn) -> dict[str, str]:
    """A digest of every table's rows (shadow tables of the search index included)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    found = {}
    for table in tables:
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        found[table] = hashlib.sha256(repr(sorted(rows, key=repr)).encode()).hexdigest()
    return found


def _change(ctx, n: int) -> None:
    ctx.db.execute("UPDATE workers SET phone = ? WHERE id % 7 = ?", [f"0812000{n:05d}", n % 7])
    demo.generate(ctx.db, sponsors=2, workers=3, opds=1, seed=100 + n, operator="t")


@pytest.fixture
def filled(opd_ctx):
    demo.generate(opd_ctx.db, sponsors=40, workers=300, opds=1, seed=5, operator="t")
    return opd_ctx


def test_every_generation_restores_to_exactly_its_own_data(filled):
    key = filled.db_key()
    made = []
    for n in range(4):
        made.append((backup.create_backup(filled.db_path, "daily", key=key, keep=10), contents(filled.db.conn)))
        _change(filled, n)
    for path, expected in made:
        conn = open_backup(path, key)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert contents(conn) == expected, path.name
        conn.close()
    # Restoring the oldest one puts exactly its data in place of the database.
    path, expected = made[0]
    filled.close()
    backup.restore_backup(filled.db_path, path, key=key)
    db = store_db.connect(filled.db_path, key=key)
    assert contents(db.conn) == expected
    db.close()


def test_unchanged_pages_are_stored_once(filled):
    key = filled.db_key()
    folder = filled.data_dir / "backups"
    backup.create_backup(filled.db_path, "manual", key=key)
    first = page_store.store_size(folder)
    again = backup.create_backup(filled.db_path, "manual", key=key)
    # Only the header page (the copy's change counter) is new.
    assert json.loads(again.with_suffix(".json").read_text())["new_pages"] <= 1
    assert page_store.store_size(folder) - first < first / 50
    filled.db.execute("UPDATE workers SET phone = '081299999999' WHERE id = 1")
    changed = backup.create_backup(filled.db_path, "manual", key=key)
    assert 0 < backup.read_info(changed).stored < first / 4


def test_rotation_never_drops_a_page_a_kept_generation_needs(filled):
    key = filled.db_key()
    folder = filled.data_dir / "backups"
    kept = None
    for n in range(5):
        kept = backup.create_backup(filled.db_path, "daily", key=key, keep=2)
        expected = contents(filled.db.conn)
        _change(filled, n)
    names = [info.path for info in backup.list_backups(folder)]
    assert len(names) == 2 and kept in names
    for path in names:  # every page of both kept generations is still there
        assert generations.missing_pages(path, key) == 0
    conn = open_backup(kept, key)
    assert contents(conn) == expected
    conn.close()
    # Pages only the removed generations listed are gone: the store is not growing without bound.
    live = generations.live_ids(names, key)
    stored = page_store.load_index(folder, page_store.Keys.of(key))
    assert set(stored) <= live or len(set(stored) - live) < len(stored) * page_store.REPACK_DEAD_SHARE


def test_nothing_is_collected_while_a_generation_cannot_be_read(filled):
    key = filled.db_key()
    folder = filled.data_dir / "backups"
    backup.create_backup(filled.db_path, "daily", key=key)
    _change(filled, 1)
    second = backup.create_backup(filled.db_path, "daily", key=key)
    packs = page_store.packs(folder)
    damage_generation(second)
    assert not backup.check_backup(second, key=key).ok
    backup.rotate(folder, 1, key=key)  # drops the first; the damaged list hides which pages are live
    assert [i.path for i in backup.list_backups(folder)] == [second]
    assert page_store.packs(folder) == packs and all(p.exists() for p in packs)


def test_a_killed_backup_leaves_nothing_a_restore_could_pick(filled, monkeypatch):
    key = filled.db_key()
    folder = filled.data_dir / "backups"
    good = backup.create_backup(filled.db_path, "manual", key=key)
    _change(filled, 1)
    real = sqlcipher_pages.read_pages_unchecked

    def dies_half_way(path, k, size, **options):
        for n, item in enumerate(real(path, k, size, **options)):
            if n == 20:
                raise KeyboardInterrupt  # the process is stopped mid-backup
            yield item

    monkeypatch.setattr(generations, "read_pages_unchecked", dies_half_way)
    with pytest.raises(KeyboardInterrupt):
        backup.create_backup(filled.db_path, "manual", key=key)
    assert [i.path for i in backup.list_backups(folder)] == [good]
    assert not list(folder.glob("*.partial")) and not list((folder / "pages").glob("*.partial"))
    # A process killed outright leaves its .partial files: the next start removes them.
    (folder / "pages" / "pack-0123456789abcdef.partial").write_bytes(b"half")
    (folder / "rentan-20260101-000000-000-manual.partial").write_bytes(b"half")
    rebuilt = filled.db_path.with_name(filled.db_path.name + ".rebuilt")
    rebuilt.write_bytes(b"half")
    filled.close()
    done = faults.clean_leftovers(filled.db_path, key=key)
    assert len(done) == 3 and not rebuilt.exists()
    assert not list(folder.glob("*.partial")) and not list((folder / "pages").glob("*.partial"))
    assert backup.check_backup(good, key=key).ok


def test_a_damaged_page_store_refuses_the_restore_and_changes_nothing(filled):
    key = filled.db_key()
    made = backup.create_backup(filled.db_path, "manual", key=key)
    expected = contents(filled.db.conn)
    [pack] = page_store.packs(filled.data_dir / "backups")
    data = bytearray(pack.read_bytes())
    data[100:110] = b"\x00" * 10  # inside the first frame
    pack.write_bytes(bytes(data))
    filled.close()
    with pytest.raises(UserError, match="damaged"):
        backup.restore_backup(filled.db_path, made, key=key)
    assert not list(filled.data_dir.glob("*.assembling")) and not list(filled.data_dir.glob("*.rebuilt"))
    db = store_db.connect(filled.db_path, key=key)
    assert contents(db.conn) == expected
    db.close()


def test_a_full_copy_from_an_earlier_version_is_listed_and_restored(filled):
    key = filled.db_key()
    folder = filled.data_dir / "backups"
    cipher.private_dir(folder)
    old = folder / "rentan-20260101-080000-000-daily.sqlite3"
    source = cipher.open_connection(filled.db_path, key)
    cipher.copy_to(source, old, key)
    source.close()
    expected = contents(filled.db.conn)
    _change(filled, 3)
    backup.create_backup(filled.db_path, "manual", key=key)
    assert [i.path.suffix for i in backup.list_backups(folder)] == [".rgen", ".sqlite3"]
    filled.close()
    backup.restore_backup(filled.db_path, old, key=key)
    db = store_db.connect(filled.db_path, key=key)
    assert contents(db.conn) == expected
    db.close()


def test_the_page_codec_reads_and_writes_what_sqlcipher_does(tmp_path):
    key = cipher.raw_key(bytes(range(32)))
    conn = cipher.open_connection(tmp_path / "a.sqlite3", key)
    conn.execute("CREATE TABLE t (a, b)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, "Siti Aminah" * (i % 30)) for i in range(3000)])
    conn.commit()
    conn.close()
    pages = list(sqlcipher_pages.read_pages(tmp_path / "a.sqlite3", key, 4096))
    writer = sqlcipher_pages.PageWriter(tmp_path / "b.sqlite3", key, 4096)
    for page in pages:
        writer.write(page)
    writer.close()
    assert b"Siti" not in (tmp_path / "b.sqlite3").read_bytes()
    copy = cipher.open_connection(tmp_path / "b.sqlite3", key)
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*), sum(length(b)) FROM t").fetchone() == (3000, sum(
        len("Siti Aminah") * (i % 30) for i in range(3000)))
    copy.close()
    with pytest.raises(cipher.WrongKey):
        cipher.open_connection(tmp_path / "b.sqlite3", cipher.raw_key(bytes(32)))
