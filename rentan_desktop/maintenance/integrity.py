"""Is the database file healthy? Checked on start, before anything writes to it.

A damaged file is never written over: it is moved aside into ``<data folder>/damaged`` and
the latest backup that passes the same check can be put in its place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import cipher

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


def latest_good_backup(db_path: Path | str, *, key: str | None = None) -> Path | None:
    """The newest backup that passes the quick check, or None."""
    from rentan_desktop.maintenance.backup import list_backups

    for info in list_backups(db_path):
        if check_file(info.path, key=key).ok:
            return info.path
    return None


def recover_from_backup(db_path: Path | str, backup: Path | str | None = None, *,
                        key: str | None = None) -> tuple[Path, Path | None]:
    """Set the damaged database aside and put `backup` (default: latest good one) in its place.

    Returns (where the damaged file went, the backup used or None when there was none: then
    the app starts with an empty database).
    """
    import shutil

    db_path = Path(db_path)
    chosen = Path(backup) if backup else latest_good_backup(db_path, key=key)
    aside = set_aside(db_path)
    if chosen is not None:
        staging = db_path.with_name(db_path.name + ".restoring")
        shutil.copyfile(chosen, staging)
        os.replace(staging, db_path)
    return aside, chosen
