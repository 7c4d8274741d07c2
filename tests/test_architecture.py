"""The core imports no Qt: checked on the source and in a fresh interpreter."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "rentan_desktop"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6|PyQt)", re.M)


def test_no_qt_import_outside_ui_package():
    offenders = [str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
                 if "ui" not in p.relative_to(PKG).parts and QT_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_core_modules_load_without_qt():
    core = sorted({".".join(p.relative_to(PKG.parent).with_suffix("").parts)
                   for p in PKG.rglob("*.py")
                   if "ui" not in p.relative_to(PKG).parts and p.name != "__main__.py"})
    code = ("import importlib, sys\n"
            f"for name in {core!r}:\n    importlib.import_module(name)\n"
            "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print(loaded)\nsys.exit(1 if loaded else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
