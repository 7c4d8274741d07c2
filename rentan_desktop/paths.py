"""Where an install keeps its data: platformdirs, overridable for tests and benchmarks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "RentanDesktop"
DB_FILENAME = "rentan.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, else RENTAN_DATA_DIR, else the user data folder."""
    chosen = override or os.environ.get("RENTAN_DATA_DIR")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def resources_dir() -> Path:
    """resources/ beside the package, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
