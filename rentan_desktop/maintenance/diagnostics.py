"""A plain-text summary for a support call: versions, folders, schema, counts, recent log lines.

Nothing personal: record counts only, and log lines are masked again (they were masked when
written; this also catches lines from an old log written before masking existed).
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from pathlib import Path

import sqlite_utils

from rentan_desktop import __version__
from rentan_desktop.maintenance.backup import COUNTED_TABLES, list_backups
from rentan_desktop.maintenance.logs import last_lines, log_path, mask_text
from rentan_desktop.store import settings
from rentan_desktop.store.migrations import schema_version


def report(db: sqlite_utils.Database, data_dir: Path | str, *, extra: dict[str, str] | None = None,
           log_lines: int = 30) -> str:
    data_dir = Path(data_dir)
    lines = [
        f"Rentan Desktop {__version__}",
        f"OS: {platform.platform()} ({platform.machine()})",
        f"Python: {sys.version.split()[0]}; SQLite: {sqlite3.sqlite_version}",
    ]
    for key, value in (extra or {}).items():
        lines.append(f"{key}: {value}")
    lines += [
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"Data folder: {data_dir}",
        f"Role: {settings.get(db, 'role', '?')}; language: {settings.get(db, 'language', 'id')}",
        f"Schema version: {schema_version(db)}",
    ]
    present = set(db.table_names())
    counts = ", ".join(f"{t} {db[t].count}" for t in COUNTED_TABLES if t in present)
    lines.append(f"Records: {counts}")
    backups = list_backups(data_dir)
    latest = backups[0].created.strftime("%d/%m/%Y %H:%M") if backups else "-"
    lines.append(f"Backups: {len(backups)} (latest {latest}); keep {settings.get(db, 'backup_keep', 10)}")
    lines.append(f"Log: {log_path(data_dir)}")
    lines.append("--- last log lines ---")
    lines += [mask_text(line) for line in last_lines(data_dir, log_lines)]
    return "\n".join(lines) + "\n"
