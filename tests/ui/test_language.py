"""The window speaks Bahasa Indonesia by default and English when chosen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import QApplication
from rentan_desktop.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _compiled_catalogues():
    if not list((ROOT / "resources" / "i18n" / "id").glob("*.qm")):
        subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "release"], check=True)


def test_indonesian_then_english(qtbot, opd_env):
    app = QApplication.instance()
    install_translators(app, "id")
    try:
        window = MainWindow(opd_env)
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert "Pengaturan" in titles
        assert window.menuBar().actions()[0].text() == "&Berkas"
    finally:
        install_translators(app, "en")
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    assert "Settings" in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_standard_dialog_buttons_are_indonesian(qtbot):
    from rentan_desktop.ui.qt import QDialogButtonBox

    app = QApplication.instance()
    install_translators(app, "id")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert sorted(b.text() for b in box.buttons()) == ["Batal", "Simpan"]
    finally:
        install_translators(app, "en")
