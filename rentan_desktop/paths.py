"""Where an install keeps its data: platformdirs, overridable for tests and benchmarks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "RentanDesktop"
DB_FILENAME = "rentan.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, else RENTAN_DATA_DIR, else a portable build's data/, else the user's."""
    chosen = override or os.environ.get("RENTAN_DATA_DIR") or _portable_data_dir()
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _portable_data_dir() -> Path | None:
    """The portable zip ships a data/ folder beside the program: then the data travels with it."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent / "data"
    return folder if folder.is_dir() else None


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


BACKUP_DIR = "backups"


def backup_dir(db_path: Path | str) -> Path:
    """The backups beside a database (here, not in maintenance.backup: the start-up clean-up needs
    the folder's name without loading the backup code)."""
    return Path(db_path).parent / BACKUP_DIR


def resources_dir() -> Path:
    """resources/ beside the package, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
