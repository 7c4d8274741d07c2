"""Issue 14: the database, its backups and the pre-import copies are unreadable without the key;
a 0.1.0 database is converted keeping every record; wrong keys are refused plainly; two
installs in one process keep their secrets apart; files are private to the user."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from rentan_desktop.cli import main as cli_main
from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.maintenance import backup
from rentan_desktop.store import cipher
from rentan_desktop.sync import export, importer, keys
from tests.backup_files import open_backup
from tests.conftest import INSTALL_PASSPHRASE
from tests.sync_support import PASSPHRASE, make_pair

FIXTURE = Path(__file__).parent / "fixtures" / "v0_1_0_opd"  # made by 0.1.0: rentan init + demo + backup


def assert_unreadable(path: Path, secrets_: list[str]) -> None:
    """Neither the sqlite3 module nor the sqlite3 tool reads it, and no personal value shows in its bytes."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    if shutil.which("sqlite3"):
        done = subprocess.run(["sqlite3", "-readonly", str(path), "SELECT name FROM sqlite_master;"],
                              capture_output=True, text=True, timeout=30)
        assert done.returncode != 0 and "not a database" in done.stderr, (path, done.stdout)
    data = path.read_bytes()
    if shutil.which("strings"):
        data = subprocess.run(["strings", "-a", "-n", "4", str(path)], capture_output=True, timeout=30).stdout
    for value in secrets_:
        assert value.encode() not in data, (path.name, "personal data in clear")


def personal_values(db, limit: int = 30) -> list[str]:
    rows = db.execute("SELECT nik, name, phone FROM workers WHERE phone IS NOT NULL LIMIT ?", [limit]).fetchall()
    rows += db.execute("SELECT nip, name, phone FROM sponsors WHERE nip IS NOT NULL LIMIT ?", [limit]).fetchall()
    values = [v for row in rows for v in row if v and len(v) >= 6]
    assert len(values) > 20
    return values


def database_files(folder: Path) -> list[Path]:
    found = [folder / "rentan.sqlite3", *sorted((folder / "backups").glob("*.sqlite3")),
             *sorted((folder / "backups").glob("*.rgen")), *sorted((folder / "backups" / "pages").glob("*.pack"))]
    wal = folder / "rentan.sqlite3-wal"
    return found + ([wal] if wal.exists() and wal.stat().st_size else [])


def test_database_backups_and_pre_import_copies_are_unreadable_without_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    pair = make_pair(tmp_path, sponsors=8, workers=20)
    try:
        opd, dis = pair.opd, pair.dis
        values = personal_values(opd.db)
        backup.create_backup(opd.db_path, "manual", key=opd.db_key())
        backup.daily_backup_if_due(opd.db_path, key=opd.db_key())
        bundle = export.export_bundle(opd.db, opd.data_dir, pair.stick, operator="Siti").path
        assert importer.apply(dis.db, dis.data_dir, bundle, "Rudi").status == "applied"
        reasons = {info.reason for info in backup.list_backups(dis.data_dir)}
        assert "import" in reasons  # Disnaker took its pre-import copy
        files = database_files(opd.data_dir) + database_files(dis.data_dir)
        assert len(files) >= 5
        for path in files:
            assert_unreadable(path, values)
        for info in backup.list_backups(dis.data_dir) + backup.list_backups(opd.data_dir):
            conn = open_backup(info.path, (dis if info.path.is_relative_to(dis.data_dir) else opd).db_key())
            assert conn.execute("SELECT count(*) FROM workers").fetchone()[0] == info.counts["workers"]
            conn.close()
    finally:
        pair.close()


def test_a_wrong_key_or_passphrase_is_refused_with_a_clear_message(opd_ctx, tmp_path, capsys, monkeypatch):
    other = AppContext.open(tmp_path / "other")
    other.create_install_key("Budi", "another passphrase")
    other.db  # noqa: B018 - creates the other install's file
    with pytest.raises(cipher.WrongKey, match="does not open with this install's key"):
        cipher.open_connection(opd_ctx.db_path, other.db_key())
    other.close()
    with pytest.raises(UserError, match="passphrase is wrong"):
        AppContext.open(opd_ctx.data_dir).unlock("not the passphrase")
    with pytest.raises(UserError, match="wrong for Siti Rahma"):
        AppContext.open(opd_ctx.data_dir).unlock("not the passphrase", "Siti Rahma")
    # A script with a wrong RENTAN_PASSPHRASE and no key store: one line, exit 2.
    import keyring

    keyring.get_keyring().items.clear()
    monkeypatch.setenv("RENTAN_PASSPHRASE", "not the passphrase")
    folder = str(opd_ctx.data_dir)
    opd_ctx.close()
    assert cli_main(["--data-dir", folder, "roster"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "passphrase is wrong" in err and "Traceback" not in err


def test_upgrade_from_a_0_1_0_database_keeps_every_record(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    plain = sqlite3.connect(folder / "rentan.sqlite3")
    tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%'")]
    before = {t: plain.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    columns = {t: [c[1] for c in plain.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    values = personal_values(plain)
    plain.close()
    assert sum(len(rows) for rows in before.values()) > 100

    ctx = AppContext.open(folder)
    assert ctx.needs_protection()
    with pytest.raises(UserError, match="not encrypted yet"):
        ctx.db  # noqa: B018
    ctx.create_install_key("Siti Rahma", INSTALL_PASSPHRASE)
    for t in tables:
        if t == "_sqlite_migrations":
            continue
        cols = ", ".join(f'"{c}"' for c in columns[t])
        after = ctx.db.execute(f'SELECT {cols} FROM "{t}" ORDER BY rowid').fetchall()
        if t == "settings":  # only the key protection changed: none -> install
            after = [r if r[0] != "sync_keys" else (r[0], r[1].replace('"install"', '"none"')) for r in after]
        assert after == before[t], t
    # The old backup and the copy taken before converting are encrypted too; the key file is sealed.
    reasons = sorted(info.reason for info in backup.list_backups(folder))
    assert reasons == ["manual", "migration", "migration"] or reasons == ["manual", "migration"]
    for path in database_files(folder):
        assert_unreadable(path, values)
    assert keys.protection(ctx.db) == "install" and not (folder / "keys" / "secret-keys.json").exists()
    assert keys.unlock(ctx.db, ctx.data_dir)
    ctx.close()


def test_cli_protect_converts_a_0_1_0_install(tmp_path, capsys):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    secret = tmp_path / "pw"
    secret.write_text("a long passphrase\n")
    assert cli_main(["--data-dir", str(folder), "roster"]) == 2
    assert "rentan protect" in capsys.readouterr().err
    assert cli_main(["--data-dir", str(folder), "protect", "--operator", "Siti Rahma",
                     "--passphrase-file", str(secret)]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert not cipher.is_plain(folder / "rentan.sqlite3")


def test_two_installs_in_one_process_keep_their_secrets_apart(tmp_path):
    from tests.conftest import DISNAKER, OPD, make_install

    a = make_install(tmp_path / "a", **OPD)
    b = make_install(tmp_path / "b", **DISNAKER)
    try:
        assert a.session is not b.session and a.db.session is a.session and b.db.session is b.session
        assert a.session.install_key != b.session.install_key and a.db_key() != b.db_key()
        keys.unlock(a.db, a.data_dir)
        assert a.session.unlocked_secrets is not None and b.session.unlocked_secrets is None
        keys.forget_session(a.db)
        keys.unlock(b.db, b.data_dir)
        assert a.session.unlocked_secrets is None and b.session.unlocked_secrets is not None
        with pytest.raises(cipher.WrongKey):
            cipher.open_connection(b.db_path, a.db_key())
    finally:
        a.close()
        b.close()


def test_the_key_store_opens_the_install_without_a_passphrase(opd_ctx):
    import keyring

    again = AppContext.open(opd_ctx.data_dir)
    assert again.try_unlock() and again.db_key() == opd_ctx.db_key()
    keyring.get_keyring().items.clear()
    locked = AppContext.open(opd_ctx.data_dir)
    with pytest.raises(UserError, match="locked"):
        locked.db_key()


def test_operators_each_unlock_the_same_install_and_the_audit_names_them(opd_ctx, tmp_path, capsys):
    from rentan_desktop.roster import service
    from rentan_desktop.store import audit

    folder = str(opd_ctx.data_dir)
    secret = tmp_path / "pw"
    secret.write_text("Budi's own passphrase\n")
    assert cli_main(["--data-dir", folder, "operator", "add", "Budi Santoso", "--passphrase-file", str(secret)]) == 0
    assert cli_main(["--data-dir", folder, "operator", "list"]) == 0
    assert "Siti Rahma\nBudi Santoso" in capsys.readouterr().out
    budi = AppContext.open(folder)
    assert budi.unlock("Budi's own passphrase") == "Budi Santoso" and budi.operator == "Budi Santoso"
    assert budi.db_key() == opd_ctx.db_key()
    saved = service.save_sponsor(budi.db, budi.operator, {"kind": "csr", "name": "PT Contoh"})
    assert audit.history(budi.db, saved.uid)[0]["operator"] == "Budi Santoso"
    budi.close()
    assert cli_main(["--data-dir", folder, "operator", "remove", "Budi Santoso"]) == 0
    with pytest.raises(UserError, match="passphrase is wrong"):
        AppContext.open(folder).unlock("Budi's own passphrase")


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_data_folder_and_files_are_private(opd_ctx):
    from rentan_desktop.maintenance.logs import close_logging, setup_logging

    setup_logging(opd_ctx.data_dir)
    close_logging()
    backup.create_backup(opd_ctx.db_path, "manual", key=opd_ctx.db_key())
    folder = opd_ctx.data_dir

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(folder) == 0o700 and mode(folder / "keys") == 0o700 and mode(folder / "logs") == 0o700
    backups = [*(folder / "backups").iterdir(), *(folder / "backups" / "pages").iterdir()]
    assert any(p.suffix == ".pack" for p in backups)
    for path in [folder / "rentan.sqlite3", folder / "keys" / "install-key.json", folder / "logs" / "rentan.log",
                 *(folder / "keys").glob("secret-*"), *backups]:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path.name
