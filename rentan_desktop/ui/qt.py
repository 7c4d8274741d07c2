"""The one place the UI imports Qt from (as Anki's aqt/qt does)."""

# ruff: noqa: F401, F403
from PySide6.QtCore import *
from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtGui import *
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import *
