"""The quick check of a database file and setting a damaged one aside: what both the backups
(a backup must be healthy to restore) and the start-up recovery (integrity.py) rely on."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rentan_desktop.i18n import translate

DAMAGED_DIR = "damaged"


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
