"""Removable drives (USB sticks) on this computer, so file dialogs can offer them first.

Bundles and backups travel on USB sticks. Windows: every drive letter whose type is
DRIVE_REMOVABLE. Linux: the folders the desktop mounts sticks under (/media/$USER,
/run/media/$USER, and /media itself on older systems). macOS: /Volumes except the system disk.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterable
from pathlib import Path

DRIVE_REMOVABLE = 2  # GetDriveTypeW


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service): no per-user mount folder
        return ""


def linux_mount_roots(user: str | None = None, base: Path = Path("/")) -> list[Path]:
    user = _user() if user is None else user
    roots = []
    if user:
        roots += [base / "media" / user, base / "run" / "media" / user]
    roots.append(base / "media")
    return roots


def mounted_under(roots: Iterable[Path]) -> list[Path]:
    """Mounted folders directly under the given roots (a stick's own folder), newest first."""
    found: list[Path] = []
    for root in roots:
        try:
            children = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
        except OSError:
            continue
        for child in sorted(children, key=lambda p: p.stat().st_mtime, reverse=True):
            if child not in found and not any(child == r for r in roots) and os.access(child, os.R_OK):
                found.append(child)
    return found


def _windows_drives() -> list[Path]:
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    drives = []
    for i in range(26):
        if mask & (1 << i):
            root = f"{chr(65 + i)}:\\"
            if kernel.GetDriveTypeW(ctypes.c_wchar_p(root)) == DRIVE_REMOVABLE:
                drives.append(Path(root))
    return drives


def removable_drives(platform: str | None = None) -> list[Path]:
    """Folders of the removable drives plugged in now (empty when none or unknown)."""
    platform = platform or sys.platform
    try:
        if platform.startswith("win"):
            return _windows_drives()
        if platform == "darwin":
            return [p for p in mounted_under([Path("/Volumes")]) if not p.is_symlink()]
        return mounted_under(linux_mount_roots())
    except OSError:
        return []
