"""Files readable by the user only: the data folder 0700 and what it holds 0600 on POSIX.

On Windows the data folder lives in the user's profile (%LOCALAPPDATA%), which other
standard users cannot read; a portable copy elsewhere gets a per-user ACL at first run
(`icacls`, part of every Windows since Vista: inheritance removed, full control for the
current user, SYSTEM and Administrators). installer/README.md describes the same step for
the installer.
"""

from __future__ import annotations

import getpass
import logging
import os
import stat
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

def restrict_folder(data_dir: Path) -> None:
    """Make the data folder and everything in it private to the current user: every folder 0700 and
    every file 0600 on POSIX, whoever created it (the app's own writers do so at once; this also
    catches files written by libraries, such as Qt's window-state file, and older installs). Only
    entries whose mode differs are changed; a walk over a few hundred entries costs milliseconds."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        _restrict_tree(data_dir)
    elif os.name == "nt":
        _windows_acl(data_dir)


def private_dir(path: Path | str) -> Path:
    """Create `path` readable by the owner only on POSIX, and every parent it has to create too
    (data/sync/received must not leave data/sync open to other accounts)."""
    path = Path(path)
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for folder in {path, *missing}:
            _chmod(folder, 0o700)
    return path


def restrict_file(path: Path | str) -> None:
    """Readable and writable by the owner only (POSIX; Windows relies on the folder's ACL)."""
    if os.name == "posix":
        _chmod(Path(path), 0o600)


def restrict_contents(data_dir: Path) -> None:
    """At every start (POSIX): whatever is in the data folder with a looser mode is made private (a file
    a library or an older version wrote). Windows keeps the folder's access list from the first run."""
    if os.name == "posix" and Path(data_dir).is_dir():
        _restrict_tree(Path(data_dir))


def _restrict_tree(folder: Path) -> None:
    if stat.S_IMODE(folder.stat().st_mode) != 0o700:
        _chmod(folder, 0o700)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        log.warning("could not list %s to restrict its permissions", folder.name)
        return
    for entry in entries:
        if entry.is_symlink():
            continue  # never follow a link out of the data folder
        if entry.is_dir():
            _restrict_tree(Path(entry.path))
        elif entry.is_file() and stat.S_IMODE(entry.stat().st_mode) != 0o600:
            _chmod(Path(entry.path), 0o600)


def _chmod(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:  # not our file (a shared folder): leave it, the log says so
        log.warning("could not restrict permissions of %s", path.name)


def _windows_acl(folder: Path) -> None:
    user = os.environ.get("USERNAME") or getpass.getuser()
    command = ["icacls", str(folder), "/inheritance:r", "/grant:r", f"{user}:(OI)(CI)F",
               "/grant:r", "*S-1-5-18:(OI)(CI)F", "/grant:r", "*S-1-5-32-544:(OI)(CI)F", "/T", "/Q"]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=60,
                       creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError):
        log.warning("could not set the data folder's access list with icacls")
