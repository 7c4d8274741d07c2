"""The GUI start does not import the slow libraries: they load when first used (issue 15)."""

from __future__ import annotations

import os
import subprocess
import sys

# lokal compiles ~300 regular expressions on import (0.5 s or more); reportlab and Qt print support
# are for printing only.
SLOW = ("lokal", "reportlab", "PySide6.QtPrintSupport")


def test_opening_the_main_window_modules_imports_no_slow_library():
    code = ("import sys\n"
            "import rentan_desktop.ui.app, rentan_desktop.ui.shell.main_window, rentan_desktop.maintenance.logs\n"
            "from rentan_desktop.ui.shell.tabs import TABS\n"
            "for spec in TABS:\n"
            "    spec.load()\n"
            f"print(sorted(m for m in {SLOW!r} if m in sys.modules))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# The backup code (filelock, zstandard: 0.2-0.7 s) and the sync code run after the first screen:
# the daily backup in the background check, the escrow refresh after the window is up.
AFTER_START = ("rentan_desktop.maintenance.backup", "filelock", "zstandard", "rentan_desktop.sync.export")


def test_the_start_path_to_the_roster_imports_no_backup_or_sync_code():
    code = ("import sys\n"
            "import rentan_desktop.ui.app, rentan_desktop.ui.shell.main_window, rentan_desktop.ui.shell.unlock\n"
            "import rentan_desktop.ui.maintenance.backup_recovery, rentan_desktop.ui.maintenance.single_instance\n"
            "import rentan_desktop.maintenance.faults, rentan_desktop.maintenance.logs, tempfile, pathlib\n"
            "rentan_desktop.maintenance.faults.clean_leftovers(pathlib.Path(tempfile.mkdtemp()) / 'x.sqlite3')\n"
            "from rentan_desktop.ui.shell.tabs import TABS\n"
            "next(spec for spec in TABS if spec.key == 'roster').load()\n"
            f"print(sorted(m for m in {AFTER_START!r} if m in sys.modules))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
