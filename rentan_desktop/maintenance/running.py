"""Is the GUI running on this data folder? Read from its lock file without Qt (for the CLI).

The GUI holds ``rentan-desktop.lock`` (a QLockFile: first line is the owner's PID) while it
runs; a lock whose process is gone is stale and does not count.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCK_NAME = "rentan-desktop.lock"


def gui_pid(data_dir: Path | str) -> int | None:
    """The PID of a running GUI holding this data folder, else None."""
    lock = Path(data_dir) / LOCK_NAME
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").splitlines()[0].strip()
        pid = int(first)
    except PermissionError:
        return 0  # held open exclusively: someone is running (PID unknown)
    except (OSError, IndexError, ValueError):
        return None
    return pid if pid != os.getpid() and _alive(pid) else None


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
