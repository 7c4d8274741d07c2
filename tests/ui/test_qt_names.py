"""ui/qt.py hands out Qt names on first use, as the star imports did (issue 15)."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtNetwork, QtWidgets

from rentan_desktop.ui import qt


@pytest.mark.parametrize(("name", "module"), [
    ("QLabel", QtWidgets), ("QAction", QtGui), ("QColor", QtGui), ("QTimer", QtCore), ("Qt", QtGui),
    ("QLocalServer", QtNetwork), ("QFileSystemModel", QtWidgets),
])
def test_a_qt_name_comes_from_its_module(name, module):
    assert getattr(qt, name) is getattr(module, name)


def test_an_unknown_name_is_an_import_error():
    with pytest.raises(ImportError):
        from rentan_desktop.ui.qt import QNoSuchWidget  # noqa: F401


def test_modules_imported_after_qt_are_not_read_back_as_source(tmp_path, monkeypatch):
    import inspect

    read = []
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or "")
    (tmp_path / "start_path_module.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    namespace: dict = {}
    exec("import start_path_module", namespace)  # an import statement, as the app's modules make
    assert namespace["start_path_module"].VALUE == 1
    assert read == []  # PySide6's __feature__ scan reads no source file on the start path
