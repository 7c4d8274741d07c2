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
