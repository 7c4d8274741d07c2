"""Is the database file healthy? Checked on start, before anything writes to it.

A damaged file is never written over: it is moved aside into ``<data folder>/damaged`` and
the latest backup that passes the same check can be put in its place.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from rentan_desktop.maintenance.backup import list_backups
from rentan_desktop.maintenance.health import DAMAGED_DIR, Verdict, check_file, set_aside

__all__ = ["DAMAGED_DIR", "Verdict", "check_file", "latest_good_backup", "recover_from_backup", "set_aside"]


def latest_good_backup(db_path: Path | str, *, key: str | None = None) -> Path | None:
    """The newest backup that passes the quick check, or None."""
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
    db_path = Path(db_path)
    chosen = Path(backup) if backup else latest_good_backup(db_path, key=key)
    aside = set_aside(db_path)
    if chosen is not None:
        staging = db_path.with_name(db_path.name + ".restoring")
        shutil.copyfile(chosen, staging)
        os.replace(staging, db_path)
    return aside, chosen
