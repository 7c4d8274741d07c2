"""Guard against PySide6 6.12.0 on CPython 3.11, which over-releases None on every call that
returns nothing ("Fatal Python error: none_dealloc" after a few thousand calls)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    fired = Signal()

app = QApplication([])
label = QLabel()
emitter = Emitter()
start = sys.getrefcount(None)
for i in range(20_000):
    label.setText("x")          # returns None
    label.update()              # returns None
    label.parent()              # returns a null -> None
    app.processEvents()         # returns None
    emitter.fired.emit()        # returns True
end = sys.getrefcount(None)
print(start, end)
sys.exit(0 if end >= start - 100 else 3)
"""


def test_none_refcount_survives_20000_calls():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stdout} {result.stderr[-500:]}"


def test_dependency_excludes_the_broken_release_on_311():
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert "!=6.12.0; python_version < '3.12'" in text
