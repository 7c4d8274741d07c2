"""Opening what a backup holds: a generation (.rgen) is rebuilt into a full encrypted file first."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.maintenance import backup
from rentan_desktop.store import cipher


def open_backup(path: Path, key: str):
    """A keyed connection to the data of the backup at `path` (rebuilt beside the backups folder)."""
    path = Path(path)
    if path.suffix != backup.GENERATION:
        return cipher.open_connection(path, key)
    opened = path.parent.parent / f"opened-{path.stem}.sqlite3"
    opened.unlink(missing_ok=True)
    backup.write_copy(path, opened, key)
    return cipher.open_connection(opened, key)


def damage_generation(path: Path) -> None:
    """Flip bytes inside the sealed list of pages: it no longer authenticates."""
    data = bytearray(Path(path).read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    Path(path).write_bytes(bytes(data))
