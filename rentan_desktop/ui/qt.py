"""The one place the UI imports Qt from (as Anki's aqt/qt does)."""

# ruff: noqa: F401, F403
from PySide6.QtCore import *
from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtGui import *
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import *
from shiboken6 import isValid as is_alive  # a Qt object not yet deleted on the C++ side

_PRINT_SUPPORT = frozenset({"QAbstractPrintDialog", "QPrintDialog", "QPrinter"})


def __getattr__(name: str):
    """QtPrintSupport (about 0.1 s to load) is imported when printing first asks for it."""
    if name in _PRINT_SUPPORT:
        from PySide6 import QtPrintSupport

        return getattr(QtPrintSupport, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
