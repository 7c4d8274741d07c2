"""Temporary folders for the PDFs the app renders before showing them: they hold NIKs and names in clear.

A PDF is rendered into a folder of its own under the system temp folder (made readable by the
user only) and lives there only until the print preview has read it into memory
(ui/printing/preview_dialog removes it then); a render that fails or is cancelled removes its
folder; whatever is still there when the app exits is removed then; and folders a crashed or
killed run left behind are swept at the next start once they are a day old (a younger one may
belong to another copy of the app still rendering into it). Only folders with our prefixes and
owned by the current user are ever swept.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from pathlib import Path

PRINT_PREFIX = "rentan-print-"
GUIDE_PREFIX = "rentan-panduan-"
PREFIXES = (PRINT_PREFIX, GUIDE_PREFIX)
STALE_AFTER_SECONDS = 24 * 3600

_live: set[Path] = set()
ROOT: Path | None = None  # None: the system temp folder (the test suite points it at a folder of its own)


def root() -> Path:
    """The folder scratch folders are made in."""
    return ROOT if ROOT is not None else Path(tempfile.gettempdir())


def new_folder(prefix: str = PRINT_PREFIX) -> Path:
    """A fresh private folder (mode 0700) to render one document into."""
    if prefix not in PREFIXES:
        raise ValueError(f"not a scratch prefix: {prefix}")
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=root()))
    _live.add(folder)
    return folder


def is_scratch(folder: Path) -> bool:
    """True for a folder new_folder made (by its name, directly under the temp folder)."""
    folder = Path(folder)
    return folder.name.startswith(PREFIXES) and folder.parent == root()


def remove(folder: Path) -> None:
    """Remove a scratch folder and everything in it (gone already: nothing to do)."""
    shutil.rmtree(folder, ignore_errors=True)
    _live.discard(Path(folder))


def discard_file(path: Path) -> None:
    """Remove a rendered file and, when it lies in a scratch folder, the folder with it."""
    path = Path(path)
    if is_scratch(path.parent):
        remove(path.parent)
    else:
        path.unlink(missing_ok=True)


def remove_all() -> None:
    """Every scratch folder this run made that is still there (at exit)."""
    for folder in list(_live):
        remove(folder)


atexit.register(remove_all)


def sweep_stale(folder: Path | None = None, now: float | None = None) -> int:
    """Remove our scratch folders older than a day from `folder` (the temp folder); returns how many."""
    folder = Path(folder) if folder is not None else root()
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    uid = os.getuid() if hasattr(os, "getuid") else None  # Windows: %TEMP% is the user's own
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        try:
            if not entry.name.startswith(PREFIXES) or not entry.is_dir(follow_symlinks=False):
                continue
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if (uid is not None and info.st_uid != uid) or info.st_mtime > cutoff:
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed += not os.path.exists(entry.path)
    return removed
