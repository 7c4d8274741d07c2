"""Is the database file healthy? A fast check on start, the full one in the background.

On start only the header and the schema are read (`check_header`, milliseconds): `PRAGMA
quick_check` reads the whole file (about 1 s warm, 8 s after a reboot at 200,000 workers),
so it runs after the window is shown and before the daily backup. A damage it finds is
remembered (`remember_damage`) so the next start runs the full check before opening.

A damaged file is never written over: it is moved aside into ``<data folder>/damaged`` and
the latest backup that passes the same check can be put in its place.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rentan_desktop.i18n import translate

DAMAGED_DIR = "damaged"
HEADER = b"SQLite format 3\x00"
DAMAGE_MARK = "damage-found"  # in the data folder: the background check found damage


@dataclass(frozen=True)
class Verdict:
    ok: bool
    problems: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        return "; ".join(self.problems[:3]) if self.problems else "ok"


def check_file(path: Path | str, *, full: bool = False) -> Verdict:
    """`PRAGMA quick_check` (or integrity_check) on `path`; a missing file counts as healthy."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return Verdict(True)
    try:
        # Read-only, so a damaged file is not touched; the WAL is still read if present.
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        return Verdict(False, (str(exc),))
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return Verdict(False, (str(exc),))
    finally:
        conn.close()
    if rows == ["ok"]:
        return Verdict(True)
    return Verdict(False, tuple(rows) or (translate("maintenance", "unknown damage"),))


def check_header(path: Path | str, opened: Callable[[], sqlite3.Connection] | None = None) -> Verdict:
    """The fast start-up check: the file starts with SQLite's header and its schema reads.

    An encrypted file has no readable header: then it is healthy when the connection `opened`
    gives (the app's own, opened with the key) reads the schema. A missing file is healthy.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return Verdict(True)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(HEADER))
        if head == HEADER:
            conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=30)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
        elif opened is not None:
            opened().execute("SELECT count(*) FROM sqlite_master").fetchone()
        else:
            return Verdict(False, (translate("maintenance", "the file is not a database"),))
    except (OSError, sqlite3.Error) as exc:
        return Verdict(False, (str(exc),))
    return Verdict(True)


def damage_mark(db_path: Path | str) -> Path:
    return Path(db_path).parent / DAMAGE_MARK


def remember_damage(db_path: Path | str, verdict: Verdict) -> None:
    """Make the next start run the full check (and offer recovery) before opening."""
    damage_mark(db_path).write_text(verdict.summary + "\n", encoding="utf-8")


def forget_damage(db_path: Path | str) -> None:
    damage_mark(db_path).unlink(missing_ok=True)


def set_aside(db_path: Path | str) -> Path:
    """Move a (damaged) database and its WAL files into the damaged/ folder; returns its new path."""
    db_path = Path(db_path)
    folder = db_path.parent / DAMAGED_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}{db_path.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{n}{db_path.suffix}"
    os.replace(db_path, target)
    for extra in ("-wal", "-shm"):
        side = Path(str(db_path) + extra)
        if side.exists():
            os.replace(side, Path(str(target) + extra))
    return target


def latest_good_backup(db_path: Path | str) -> Path | None:
    """The newest backup that passes the quick check, or None."""
    from rentan_desktop.maintenance.backup import list_backups

    for info in list_backups(db_path):
        if check_file(info.path).ok:
            return info.path
    return None


def recover_from_backup(db_path: Path | str, backup: Path | str | None = None) -> tuple[Path, Path | None]:
    """Set the damaged database aside and put `backup` (default: latest good one) in its place.

    Returns (where the damaged file went, the backup used or None when there was none: then
    the app starts with an empty database).
    """
    import shutil

    db_path = Path(db_path)
    chosen = Path(backup) if backup else latest_good_backup(db_path)
    aside = set_aside(db_path)
    if chosen is not None:
        staging = db_path.with_name(db_path.name + ".restoring")
        shutil.copyfile(chosen, staging)
        os.replace(staging, db_path)
    return aside, chosen
