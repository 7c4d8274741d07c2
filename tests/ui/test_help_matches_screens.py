"""The help pages name what the OPD's screens show, in the words the Indonesian UI uses: the Settings
tab's sections, the backup window's buttons and the table header menu's way back."""

from __future__ import annotations

import re

import pytest

from rentan_desktop.help import pages
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.common.settings_section import SettingsSection
from rentan_desktop.ui.qt import (
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QPushButton,
    QStandardItemModel,
    QTableView,
)


@pytest.fixture
def indonesian(qtbot):
    app = QApplication.instance()
    install_translators(app, "id")
    yield
    install_translators(app, "en")


def _plain(text: str) -> str:
    return re.sub(r"[*_]", "", text).replace("...", "…")


def test_the_settings_page_names_every_section_of_the_settings_tab(qtbot, indonesian, opd_env):
    from rentan_desktop.ui.settings.settings_tab import SettingsTab

    tab = SettingsTab(opd_env)
    qtbot.addWidget(tab)
    sections = [b for b in tab.findChildren(QGroupBox) if isinstance(b, SettingsSection) or
                not isinstance(b.parentWidget(), QGroupBox)]  # a section, not a box inside one
    titles = [b.title() for b in sections if b.title()]
    assert len(titles) >= 6
    page = _plain(pages.read_page("id", "pengaturan"))
    assert [t for t in titles if t not in page] == []


def test_the_settings_page_names_every_button_of_the_backup_window(qtbot, indonesian, opd_env):
    from rentan_desktop.ui.maintenance.backup_dialog import BackupDialog

    dialog = BackupDialog(opd_env)
    qtbot.addWidget(dialog)
    boxes = [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]
    buttons = [b.text().replace("&", "") for b in dialog.findChildren(QPushButton) if b not in boxes and b.text()]
    assert len(buttons) >= 4
    page = _plain(pages.read_page("id", "pengaturan"))
    assert [b for b in buttons if b not in page] == []


def test_the_table_pages_name_the_header_menus_way_back(qtbot, indonesian, tmp_path):
    table = QTableView()
    table.setModel(QStandardItemModel(1, 3, table))
    qtbot.addWidget(table)
    ui_state.remember_table(table, tmp_path, "t")
    way_back = ui_state.column_menu(table, lambda: None).actions()[-1].text()
    for page in ("pekerja", "pembayaran"):
        assert way_back in pages.read_page("id", page), page
