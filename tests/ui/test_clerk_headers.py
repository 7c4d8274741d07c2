"""QA: at Disnaker, Sinkronisasi's "Paket terakhir diterima" header was cut at its default width;
no header of the sync tab's tables is cut, in Indonesian."""

from __future__ import annotations

from rentan_desktop import i18n
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.qt import QApplication, Qt, QTableView
from rentan_desktop.ui.sync.sync_tab import SyncTab


def test_sync_tables_show_their_whole_headers_in_indonesian(qtbot, disnaker_env):
    app = QApplication.instance()
    install_translators(app, "id")
    i18n.set_language("id")
    try:
        tab = SyncTab(disnaker_env)
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        views = tab.findChildren(QTableView)
        assert views
        for view in views:
            header = view.horizontalHeader()
            for column in range(view.model().columnCount()):
                text = view.model().headerData(column, Qt.Orientation.Horizontal)
                assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
    finally:
        install_translators(app, "en")
        i18n.set_language("en")
