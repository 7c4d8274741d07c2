"""The one place the UI imports Qt from (as Anki's aqt/qt does).

Names are looked up in QtWidgets, QtGui, QtCore and QtNetwork when first asked for (PEP 562),
not star-imported: `from PySide6.QtX import *` builds every enum and class wrapper of the three
modules, about 0.6 s of the start on an office PC, where the start needs a few hundred names.
"""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtGui, QtNetwork, QtWidgets
from PySide6.QtCore import Property, QObject, Signal, Slot  # noqa: F401 - re-exported


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
# The star imports' precedence: a later module's name shadowed an earlier one's (so `Qt` is
# QtGui's namespace, QtCore's enums plus the GUI functions such as mightBeRichText).
_MODULES = (QtWidgets, QtGui, QtCore, QtNetwork)


def __getattr__(name: str):
    """A Qt name from the first module that has it (QtPrintSupport, 0.1 s to load, when printing asks)."""
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name in _PRINT_SUPPORT:
        from PySide6 import QtPrintSupport

        return getattr(QtPrintSupport, name)
    for module in _MODULES:
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value  # the next look-up is an ordinary module attribute
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
