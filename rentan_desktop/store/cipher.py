"""SQLCipher: opening, copying and converting the encrypted database files of an install.

Every file an install keeps (the database, its backups, the pre-import and pre-upgrade
copies) is a SQLCipher 4 file keyed with a raw 256-bit key (`x'<64 hex>'`, so opening costs no
PBKDF2 round: the key is already the output of the install's memory-hard KDF, see
rentan_desktop.security.vault), in the newest of FORMATS. `key=None` opens a plain SQLite file
with the standard library; the app itself uses that only for in-memory databases, the
plain-vs-encrypted benchmark and the one-time conversion of a 0.1 file.

FORMATS are numbered steps like the schema migrations, oldest first, never edited once
released: a file in an older format still opens (read as it is) and the database is converted
to the newest in place when the app opens it (store.db.connect: a backup first, then
`convert_in_place`, all or nothing).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
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


def _silence_sqlcipher_log() -> None:
    """Stop SQLCipher writing its own lines ("ERROR CORE sqlcipher_page_cipher: hmac check failed for
    pgno=1") to the terminal whenever a key does not fit a page: opening a file in an older format
    tries the newer formats first, and a wrong key is expected input. The app says what went wrong
    itself, in the user's language (WrongKey). The setting is process-wide, set once at import."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_silence_sqlcipher_log()


@dataclass(frozen=True)
class Format:
    """How the pages of a Rentan SQLCipher file are encrypted (beyond SQLCipher 4's defaults)."""

    name: str
    hmac: str  # PRAGMA cipher_hmac_algorithm
    reserve: int  # bytes SQLCipher keeps at the end of each page: the 16-byte IV and the HMAC


FORMATS = (
    # Issue 14, first session: SQLCipher 4's defaults (4096-byte pages, HMAC-SHA512 per page).
    Format("c001_sqlcipher4_defaults", "HMAC_SHA512", 16 + 64),
    # Issue 14: HMAC-SHA256, about half the per-page cost of SHA-512 on CPUs with SHA
    # extensions (every page a fresh connection reads is authenticated: bench/bench_at_rest.py).
    Format("c002_hmac_sha256", "HMAC_SHA256", 16 + 32),
)
CURRENT = FORMATS[-1]


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
    """A DB-API connection to `path`; with `key`, keyed and checked (WrongKey when it does not fit).

    A file in an older of FORMATS opens in its own format (format_of tells which); a new file
    is created in the current one.
    """
    target = f"file:{Path(path).as_posix()}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, **kwargs)
    if not _RAW_KEY.match(key):
        raise ValueError("not a raw database key")
    tries = reversed(FORMATS) if _has_pages(path) else (CURRENT,)
    for fmt in tries:
        conn = sqlcipher.connect(target, uri=readonly, **kwargs)
        apply_key(conn, key, fmt)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlcipher.DatabaseError as exc:
            conn.close()
            error = exc
    raise WrongKey(translate("store", "The database {name} does not open with this install's key: it belongs "
                                      "to another install, or the key is wrong.").format(name=Path(path).name)
                   ) from error


def apply_key(conn, key: str, fmt: Format = CURRENT, schema: str = "main") -> None:
    """Key `schema` of `conn` in format `fmt` (before anything reads it)."""
    # The key is a hex literal checked by the callers, never user text: safe to put in the statement.
    if schema == "main":
        conn.execute(f'PRAGMA key = "{key}"')
    conn.execute(f"PRAGMA {schema}.cipher_hmac_algorithm = {fmt.hmac}")


def format_of(conn) -> Format | None:
    """The format of the keyed connection's main file (None: a plain SQLite connection)."""
    if isinstance(conn, sqlite3.Connection):
        return None
    algorithm = conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0]
    return next(fmt for fmt in FORMATS if fmt.hmac == algorithm)


def _has_pages(path: Path | str) -> bool:
    try:
        return Path(path).stat().st_size > 0
    except OSError:
        return False


def copy_to(source, target: Path | str, key: str | None) -> None:
    """Write a consistent copy of the open connection `source` to a new file `target`.

    An encrypted source in the current format goes through SQLCipher's backup API into a file
    keyed the same way; a plain source, or one in an older format, is exported into the current
    format on the way (`sqlcipher_export`), which is how a 0.1 database, an older-format file and
    their backups are converted.
    """
    target = str(target)
    fmt = format_of(source)
    if key is not None and fmt is not CURRENT:
        source_path = source.execute("PRAGMA database_list").fetchone()[2]
        _export_current(source_path, fmt, target, key)
        return
    dest = open_connection(target, key) if key is not None else sqlite3.connect(target)
    try:
        source.backup(dest)  # pages=-1: one step, so one consistent snapshot
        dest.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
    finally:
        dest.close()


def _export_current(source_path: str, fmt: Format | None, target: str, key: str) -> None:
    """Export the file at `source_path` (plain when `fmt` is None) into `target` in the current format."""
    conn = sqlcipher.connect(source_path, timeout=30)
    try:
        if fmt is not None:
            apply_key(conn, key, fmt)  # without it the main database is read as plain
        conn.execute("ATTACH DATABASE ? AS enc KEY \"" + key + "\"", [target])
        apply_key(conn, key, CURRENT, schema="enc")
        conn.execute("SELECT sqlcipher_export('enc')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()


def needs_conversion(path: Path | str, key: str) -> bool:
    """True for a plain file or one in an older format (convert_in_place brings it to CURRENT)."""
    if is_plain(path):
        return True
    conn = open_connection(path, key)
    try:
        return format_of(conn) is not CURRENT
    finally:
        conn.close()


def convert_in_place(path: Path | str, key: str) -> None:
    """Bring a plain SQLite file or an older-format SQLCipher file to the current format, all or nothing.

    The converted copy is written beside the file, checked (same tables, same row counts),
    flushed, and only then renamed over the original; a failure leaves the file as it was.
    A file already in the current format is left alone.
    """
    path = Path(path)
    plain = is_plain(path)
    source = open_connection(path, None if plain else key, timeout=30)
    try:
        fmt = format_of(source)
        if fmt is CURRENT:
            return
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _row_counts(source)
    finally:
        source.close()
    staging = path.with_name(path.name + ".converting")
    staging.unlink(missing_ok=True)
    try:
        _export_current(str(path), fmt, str(staging), key)
        check = open_connection(staging, key)
        try:
            if format_of(check) is not CURRENT or _row_counts(check) != expected:
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
