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
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_DIRS = ("", "keys", "backups", "logs", "damaged")


def restrict_folder(data_dir: Path) -> None:
    """Make the data folder (and its sub-folders that exist) private to the current user."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for name in PRIVATE_DIRS:
            folder = data_dir / name if name else data_dir
            if folder.is_dir():
                _chmod(folder, 0o700)
                for item in folder.iterdir():
                    if item.is_file():
                        _chmod(item, 0o600)
    elif os.name == "nt":
        _windows_acl(data_dir)


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
