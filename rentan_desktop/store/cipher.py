"""SQLCipher: opening, copying and converting the encrypted database files of an install.

Every file an install keeps (the database, its backups, the pre-import and pre-upgrade
copies) is a SQLCipher 4 file with default cipher settings, keyed with a raw 256-bit key
(`x'<64 hex>'`, so opening costs no PBKDF2 round: the key is already the output of the
install's memory-hard KDF, see rentan_desktop.security.vault). `key=None` opens a plain
SQLite file with the standard library; the app itself uses that only for in-memory
databases, the plain-vs-encrypted benchmark and the one-time conversion of a 0.1 file.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.security.permissions import private_dir, restrict_file  # noqa: F401 - used through this module too

# Errors of either driver, for `except` clauses that must not care which one opened the file.
Error = (sqlite3.Error, sqlcipher.Error)
DatabaseError = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
IntegrityError = (sqlite3.IntegrityError, sqlcipher.IntegrityError)

PLAIN_HEADER = b"SQLite format 3\x00"
_RAW_KEY = re.compile(r"^x'[0-9a-f]{64}'$")


class WrongKey(UserError):
    """The file is not a database this key opens (wrong key, or not a Rentan file)."""


def raw_key(key_bytes: bytes) -> str:
    """The SQLCipher raw-key literal for 32 key bytes."""
    if len(key_bytes) != 32:
        raise ValueError("a database key is 32 bytes")
    return f"x'{key_bytes.hex()}'"


def is_plain(path: Path | str) -> bool:
    """True for an unencrypted SQLite file (its first 16 bytes are the SQLite header)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == PLAIN_HEADER
    except OSError:
        return False


def open_connection(path: Path | str, key: str | None, *, readonly: bool = False, **kwargs):
    """A DB-API connection to `path`; with `key`, keyed and checked (WrongKey when it does not fit)."""
    target = f"file:{Path(path).as_posix()}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, **kwargs)
    if not _RAW_KEY.match(key):
        raise ValueError("not a raw database key")
    conn = sqlcipher.connect(target, uri=readonly, **kwargs)
    apply_key(conn, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise WrongKey(translate("store", "The database {name} does not open with this install's key: it belongs "
                                          "to another install, or the key is wrong.").format(name=Path(path).name)
                       ) from exc
    return conn


def apply_key(conn, key: str) -> None:
    # The key is a hex literal checked above, never user text: safe to put in the statement.
    conn.execute(f'PRAGMA key = "{key}"')


def copy_to(source, target: Path | str, key: str | None) -> None:
    """Write a consistent copy of the open connection `source` to a new file `target`.

    An encrypted source goes through SQLCipher's backup API into a file keyed the same way;
    a plain source with a key is encrypted on the way (`sqlcipher_export`), which is how a
    0.1 database and its backups are converted.
    """
    target = str(target)
    if key is not None and isinstance(source, sqlite3.Connection):
        source_path = source.execute("PRAGMA database_list").fetchone()[2]
        _export_encrypted(source_path, target, key)
        return
    dest = open_connection(target, key) if key is not None else sqlite3.connect(target)
    try:
        source.backup(dest)  # pages=-1: one step, so one consistent snapshot
        dest.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
    finally:
        dest.close()


def _export_encrypted(plain_path: str, target: str, key: str) -> None:
    conn = sqlcipher.connect(plain_path, timeout=30)
    try:
        # No PRAGMA key on this connection: the main database is plain.
        conn.execute("ATTACH DATABASE ? AS enc KEY \"" + key + "\"", [target])
        conn.execute("SELECT sqlcipher_export('enc')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()


def encrypt_in_place(path: Path | str, key: str) -> None:
    """Convert a plain SQLite file to SQLCipher, all or nothing.

    The encrypted copy is written beside the file, checked (same tables, same row counts),
    flushed, and only then renamed over the original; a failure leaves the plain file as it was.
    """
    path = Path(path)
    staging = path.with_name(path.name + ".encrypting")
    staging.unlink(missing_ok=True)
    plain = sqlite3.connect(str(path), timeout=30)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _row_counts(plain)
    finally:
        plain.close()
    try:
        _export_encrypted(str(path), str(staging), key)
        check = open_connection(staging, key)
        try:
            if _row_counts(check) != expected:
                raise UserError(translate("store", "Encrypting {name} did not copy every row; the file was left "
                                                   "unchanged.").format(name=path.name))
        finally:
            check.close()
        with open(staging, "rb") as fh:
            os.fsync(fh.fileno())
        restrict_file(staging)
        for extra in ("-wal", "-shm"):
            Path(str(path) + extra).unlink(missing_ok=True)
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def _row_counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
