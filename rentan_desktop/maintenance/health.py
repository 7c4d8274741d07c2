"""The quick check of a database file and setting a damaged one aside: what both the backups
(a backup must be healthy to restore) and the start-up recovery (integrity.py) rely on."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import cipher, clock

DAMAGED_DIR = "damaged"


@dataclass(frozen=True)
class Verdict:
    ok: bool
    problems: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        return "; ".join(self.problems[:3]) if self.problems else "ok"


def check_file(path: Path | str, *, full: bool = False, key: str | None = None) -> Verdict:
    """`PRAGMA quick_check` (or integrity_check) on `path`; a missing file counts as healthy.

    `key` is the install's database key (store.cipher); a plain file is checked without it.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return Verdict(True)
    try:
        # Read-only, so a damaged file is not touched; the WAL is still read if present.
        conn = cipher.open_connection(path, None if cipher.is_plain(path) else key, readonly=True, timeout=30)
    except (*cipher.Error, UserError) as exc:
        return Verdict(False, (str(exc),))
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except cipher.DatabaseError as exc:
        return Verdict(False, (str(exc),))
    finally:
        conn.close()
    if rows == ["ok"]:
        return Verdict(True)
    return Verdict(False, tuple(rows) or (translate("maintenance", "unknown damage"),))


def set_aside(db_path: Path | str) -> Path:
    """Move a (damaged) database and its WAL files into the damaged/ folder; returns its new path."""
    db_path = Path(db_path)
    folder = cipher.private_dir(db_path.parent / DAMAGED_DIR)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}{db_path.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{n}{db_path.suffix}"
    os.replace(db_path, target)
    cipher.restrict_file(target)
    for extra in ("-wal", "-shm"):
        side = Path(str(db_path) + extra)
        if side.exists():
            os.replace(side, Path(str(target) + extra))
            cipher.restrict_file(Path(str(target) + extra))
    return target
