"""The one place the UI imports Qt from (as Anki's aqt/qt does)."""

# ruff: noqa: F401, F403
import sys

from PySide6.QtCore import *
from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtGui import *
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import *


def _skip_feature_source_scan() -> None:
    """PySide6 reads the source of every module imported after it (inspect.getsource, about 250
    files on this app's start) to see whether it mentions PySide6, for its opt-in
    `from __feature__ import ...` switches, which this app never uses. The installed build has
    no source files, so there the answer is always "no": give that answer without the reads."""
    feature = sys.modules.get("shibokensupport.feature")  # loaded with PySide6; absent in another layout
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: False


_skip_feature_source_scan()

_PRINT_SUPPORT = frozenset({"QAbstractPrintDialog", "QPrintDialog", "QPrinter"})


def is_alive(obj: QObject) -> bool:
    """False once the C++ side of a Qt object was deleted (its window closed and freed): PySide
    raises RuntimeError on any call then, where a raw pointer given to Qt would abort the process."""
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


def __getattr__(name: str):
    """QtPrintSupport (about 0.1 s to load) is imported when printing first asks for it."""
    if name in _PRINT_SUPPORT:
        from PySide6 import QtPrintSupport

        return getattr(QtPrintSupport, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
