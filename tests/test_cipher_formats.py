"""Issue 14: files in an older SQLCipher format (store.cipher.FORMATS: HMAC-SHA512, SQLCipher's
defaults, before HMAC-SHA256) keep opening; the database is converted in place when the app opens
it, after a backup, keeping every record, all or nothing; backups and generations made in the
older format still restore, into the current format."""

from __future__ import annotations

import hashlib
import hmac
import subprocess
import sys
from pathlib import Path

import pytest

from rentan_desktop.maintenance import backup, generations, sqlcipher_pages
from rentan_desktop.roster import demo
from rentan_desktop.store import cipher
from rentan_desktop.store import db as store_db
from tests.test_backup_generations import contents

OLD = cipher.FORMATS[0]


def write_in_old_format(source, target, key: str) -> None:
    """What the first issue-14 release wrote: the same data with SQLCipher 4's default HMAC-SHA512."""
    target.unlink(missing_ok=True)
    source.execute("ATTACH DATABASE ? AS old KEY \"" + key + "\"", [str(target)])
    cipher.apply_key(source, key, OLD, schema="old")
    source.execute("SELECT sqlcipher_export('old')")
    source.execute(f"PRAGMA old.user_version = {source.execute('PRAGMA user_version').fetchone()[0]}")
    source.execute("DETACH DATABASE old")


def hmac_of_page_one(path, key: str) -> str:
    """Which HMAC authenticates page 1 of the raw file: what a SQLCipher tool has to be told."""
    raw = path.read_bytes()[:4096]
    mac_key = hashlib.pbkdf2_hmac("sha512", sqlcipher_pages.key_bytes(key), bytes(b ^ 0x3A for b in raw[:16]), 2, 32)
    for name, size in (("sha256", 32), ("sha512", 64)):
        end = 4096 - 16 - size
        if hmac.compare_digest(hmac.digest(mac_key, raw[16:end + 16] + b"\x01\x00\x00\x00", name), raw[end + 16:]):
            return name
    return "neither"


@pytest.fixture
def old_install(opd_ctx):
    """An install whose database (and a full-copy backup) are still in the first format."""
    demo.generate(opd_ctx.db, sponsors=30, workers=200, opds=1, seed=11, operator="t")
    key = opd_ctx.db_key()
    expected = contents(opd_ctx.db.conn)
    old = opd_ctx.db_path.with_name("old.sqlite3")
    write_in_old_format(opd_ctx.db.conn, old, key)
    opd_ctx.close()
    old.replace(opd_ctx.db_path)
    return opd_ctx, key, expected


def test_a_new_database_is_written_in_the_current_format(opd_ctx):
    assert cipher.CURRENT.hmac == "HMAC_SHA256"
    assert cipher.format_of(opd_ctx.db.conn) is cipher.CURRENT
    opd_ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hmac_of_page_one(opd_ctx.db_path, opd_ctx.db_key()) == "sha256"


def test_an_old_format_database_is_converted_on_open_keeping_every_record(old_install):
    ctx, key, expected = old_install
    assert hmac_of_page_one(ctx.db_path, key) == "sha512"
    conn = cipher.open_connection(ctx.db_path, key)  # still readable as it is
    assert cipher.format_of(conn) is OLD and contents(conn) == expected
    conn.close()

    db = store_db.connect(ctx.db_path, key=key, before_upgrade=backup.before_upgrade)
    assert cipher.format_of(db.conn) is cipher.CURRENT
    assert contents(db.conn) == expected
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.close()
    assert hmac_of_page_one(ctx.db_path, key) == "sha256"
    assert not list(ctx.data_dir.glob("*.converting"))
    # The backup taken first holds the same records.
    [taken] = [info.path for info in backup.list_backups(ctx.data_dir) if info.reason == "migration"]
    rebuilt = ctx.data_dir / "from-backup.sqlite3"
    backup.write_copy(taken, rebuilt, key)
    conn = cipher.open_connection(rebuilt, key)
    assert contents(conn) == expected
    conn.close()


def test_a_failed_conversion_leaves_the_old_file_as_it_was(old_install, monkeypatch):
    ctx, key, expected = old_install
    before = ctx.db_path.read_bytes()

    def fails(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(cipher, "_row_counts", lambda conn: {"workers": -1} if cipher.format_of(conn) is
                        cipher.CURRENT else {"workers": 0})
    with pytest.raises(cipher.UserError, match="did not copy every row"):
        cipher.convert_in_place(ctx.db_path, key)
    monkeypatch.setattr(cipher, "_export_current", fails)
    with pytest.raises(OSError):
        cipher.convert_in_place(ctx.db_path, key)
    assert ctx.db_path.read_bytes() == before
    assert not list(ctx.data_dir.glob("*.converting"))
    monkeypatch.undo()
    conn = cipher.open_connection(ctx.db_path, key)
    assert cipher.format_of(conn) is OLD and contents(conn) == expected
    conn.close()


def test_old_format_backups_and_generations_restore_into_the_current_format(old_install):
    ctx, key, expected = old_install
    folder = cipher.private_dir(ctx.data_dir / "backups")
    # A full copy and a generation as the first release wrote them (its pages laid out for SHA-512).
    full = folder / "rentan-20260101-080000-000-daily.sqlite3"
    full.write_bytes(ctx.db_path.read_bytes())
    with backup.page_store.lock(folder):
        made = folder / "rentan-20260102-080000-000-daily.rgen"
        generations.store_generation(ctx.db_path, made, key, 4096)
    assert backup.check_backup(full, key=key).ok and backup.check_backup(made, key=key).ok
    rebuilt = ctx.data_dir / "rebuilt.sqlite3"
    backup.write_copy(made, rebuilt, key)  # the old pages are written in the current format
    assert hmac_of_page_one(rebuilt, key) == "sha256"
    for chosen in (full, made):
        backup.restore_backup(ctx.db_path, chosen, key=key)
        assert hmac_of_page_one(ctx.db_path, key) == "sha256"
        conn = cipher.open_connection(ctx.db_path, key)
        assert cipher.format_of(conn) is cipher.CURRENT and contents(conn) == expected
        conn.close()


@pytest.mark.parametrize("fmt", cipher.FORMATS, ids=lambda f: f.name)
def test_the_page_codec_reads_and_writes_every_format(tmp_path, fmt):
    key = cipher.raw_key(bytes(range(32)))
    rows = [(i, "Siti Aminah" * (i % 30)) for i in range(15000)]  # several read batches of pages
    conn = cipher.open_connection(tmp_path / "current.sqlite3", key)
    conn.execute("CREATE TABLE t (a, b)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", rows)
    conn.commit()
    if fmt is OLD:
        write_in_old_format(conn, tmp_path / "a.sqlite3", key)
    else:
        cipher.copy_to(conn, tmp_path / "a.sqlite3", key)
    conn.close()
    pages = list(sqlcipher_pages.read_pages(tmp_path / "a.sqlite3", key, 4096))
    assert len(pages) == (tmp_path / "a.sqlite3").stat().st_size // 4096 > 2 * sqlcipher_pages.BATCH
    writer = sqlcipher_pages.PageWriter(tmp_path / "b.sqlite3", key, 4096)
    for page in pages:
        writer.write(page)
    writer.close()
    assert b"Siti Aminah" not in (tmp_path / "b.sqlite3").read_bytes()  # the whole name: 4 random bytes can spell "Siti" by chance
    copy = cipher.open_connection(tmp_path / "b.sqlite3", key)
    assert cipher.format_of(copy) is cipher.CURRENT  # whatever format the pages came from
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*), sum(length(b)) FROM t").fetchone() == (len(rows), sum(
        len(b) for _, b in rows))
    copy.close()
    damaged = bytearray((tmp_path / "b.sqlite3").read_bytes())
    damaged[4096 * 300 + 100] ^= 1
    (tmp_path / "c.sqlite3").write_bytes(bytes(damaged))
    with pytest.raises(sqlcipher_pages.PageError, match="page 301"):
        list(sqlcipher_pages.read_pages(tmp_path / "c.sqlite3", key, 4096))


# Opens a file in the first format (the probe tries the current format first, whose HMAC check
# fails on page 1) and then with a wrong key, in a process of its own as a terminal user runs it.
PROBE = """
import sys
from rentan_desktop.store import cipher
conn = cipher.open_connection(sys.argv[1], sys.argv[2])
print(cipher.format_of(conn).name)
conn.close()
try:
    cipher.open_connection(sys.argv[1], "x'" + "00" * 32 + "'")
except cipher.WrongKey:
    print("refused")
"""


def test_probing_an_older_format_or_a_wrong_key_prints_nothing_on_the_terminal(old_install):
    ctx, key, _ = old_install
    done = subprocess.run([sys.executable, "-c", PROBE, str(ctx.db_path), key], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=60)
    assert done.stdout.split() == [OLD.name, "refused"], done.stderr
    assert done.stderr == ""  # no "ERROR CORE ... hmac check failed" lines from SQLCipher


def test_the_app_process_probes_quietly_too(old_install, capfd):
    ctx, key, _ = old_install
    cipher.open_connection(ctx.db_path, key).close()
    with pytest.raises(cipher.WrongKey):
        cipher.open_connection(ctx.db_path, "x'" + "11" * 32 + "'")
    assert capfd.readouterr().err == ""
