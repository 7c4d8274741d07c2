"""Is the database file healthy? A fast header check on start; the full check after start.

Start-up only checks that the file is a readable database (`check_header`); `PRAGMA
quick_check` over the whole file runs in the background once the window is shown, and before
every backup. Damage found there is remembered (`remember_damage`) so the next start runs the
full check before opening and offers recovery. A damaged file is never written over: it is
moved aside into ``<data folder>/damaged`` and the latest backup that passes the same check can
be put in its place.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from rentan_desktop.i18n import translate
from rentan_desktop.maintenance.health import DAMAGED_DIR, Verdict, check_file, set_aside
from rentan_desktop.store import cipher

__all__ = ["DAMAGED_DIR", "DAMAGE_MARK", "Verdict", "check_file", "check_header", "damage_mark",
           "forget_damage", "latest_good_backup", "recover_from_backup", "remember_damage", "set_aside"]

HEADER = b"SQLite format 3\x00"
DAMAGE_MARK = "damage-found"  # in the data folder: the background check found damage


def check_header(path: Path | str, opened: Callable[[], sqlite3.Connection] | None = None) -> Verdict:
    """The fast start-up check: the file starts with SQLite's header, its schema and each
    table's first rows read.

    An encrypted file has no readable header: then it is healthy when a connection `opened`
    gives (read-only, with the install's key; closed here) reads the schema. A missing file is healthy.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return Verdict(True)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(HEADER))
        if head == HEADER:
            conn = cipher.open_connection(path, None, readonly=True, timeout=30)
        elif opened is not None:
            conn = opened()
        else:
            return Verdict(False, (translate("maintenance", "the file is not a database"),))
        try:
            _read_schema_and_first_rows(conn)
        finally:
            conn.close()
    except (OSError, sqlite3.Error, *cipher.Error, cipher.WrongKey) as exc:
        # After the unlock proved the key, a file that will not open with it is damaged.
        return Verdict(False, (str(exc),))
    return Verdict(True)


def _read_schema_and_first_rows(conn) -> None:
    """Every schema page, and each table's first rows (what opening the app reads first):
    milliseconds, where quick_check reads every page of the file."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        conn.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()


def damage_mark(db_path: Path | str) -> Path:
    return Path(db_path).parent / DAMAGE_MARK


def remember_damage(db_path: Path | str, verdict: Verdict) -> None:
    """Make the next start run the full check (and offer recovery) before opening."""
    damage_mark(db_path).write_text(verdict.summary + "\n", encoding="utf-8")


def forget_damage(db_path: Path | str) -> None:
    damage_mark(db_path).unlink(missing_ok=True)


def latest_good_backup(db_path: Path | str, *, key: str | None = None) -> Path | None:
    """The newest backup that passes the quick check, or None."""
    from rentan_desktop.maintenance.backup import check_backup, list_backups  # not on the start path

    for info in list_backups(db_path):
        if check_backup(info.path, key=key).ok:
            return info.path
    return None


def recover_from_backup(db_path: Path | str, backup: Path | str | None = None, *,
                        key: str | None = None) -> tuple[Path, Path | None]:
    """Set the damaged database aside and put `backup` (default: latest good one) in its place.

    Returns (where the damaged file went, the backup used or None when there was none: then
    the app starts with an empty database).
    """
    db_path = Path(db_path)
    chosen = Path(backup) if backup else latest_good_backup(db_path, key=key)
    aside = set_aside(db_path)
    if chosen is not None:
        staging = db_path.with_name(db_path.name + ".restoring")
        from rentan_desktop.maintenance.backup import write_copy

        write_copy(chosen, staging, key)
        os.replace(staging, db_path)
    return aside, chosen
