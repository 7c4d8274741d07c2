"""Disnaker's lists show their values whole at 1366x768: the OPD name and fingerprint on the sync tab,
the first month on the consolidated roster, a payment in the bundle preview (QA walk r4, defects 10, 15, 17)."""

from __future__ import annotations

from rentan_desktop.sync.plan import CATEGORIES, ImportSummary
from rentan_desktop.ui.qt import QHeaderView, Qt
from rentan_desktop.ui.sync.sync_tables import MAX_COLUMN_WIDTH
from tests.ui.conftest import sync_tab_for


def text_width(view, text: str) -> int:
    return view.fontMetrics().horizontalAdvance(text)


def test_sync_tab_opd_table_fits_the_name_and_fingerprint(qtbot, envs):
    pair, _opd_env, dis_env = envs
    tab = sync_tab_for(qtbot, dis_env)
    tab.refresh()
    model, view = tab.sites_model, tab.sites_view
    row = next(i for i, s in enumerate(model.rows) if s.opd_code == "1.01")
    fingerprint = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(
        "Fingerprint")
    assert view.columnWidth(fingerprint) >= text_width(view, str(model.data(model.index(row, fingerprint))))
    for column in range(model.columnCount() - 1):  # the last one stretches
        text = str(model.data(model.index(row, column)) or "")
        assert view.columnWidth(column) >= min(text_width(view, text), MAX_COLUMN_WIDTH), (column, text)


def test_consolidated_roster_first_month_and_status_are_not_cut(qtbot, disnaker_env):
    from rentan_desktop.ui.disnaker.disnaker_roster_tab import DisnakerRosterTab

    tab = DisnakerRosterTab(disnaker_env)
    qtbot.addWidget(tab)
    assert tab.table.columnWidth(6) >= text_width(tab.table, "September 2026")  # the first month
    assert tab.table.columnWidth(7) >= text_width(tab.table, "Submitted")  # the status


def test_bundle_preview_gives_the_record_the_width_on_one_line(qtbot):
    from rentan_desktop.ui.sync.sync_summary_dialog import SummaryDialog

    summary = ImportSummary("1.01", "OPD 1.01", "changes", 2, "b.rentan.tar", "00")
    summary.table("payments").add("new", "p1", "SURYANI · Desember 2026 · Rp16.800")
    dialog = SummaryDialog(summary, confirm=True)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(CATEGORIES.index("new"))
    view = dialog.records_view
    assert view.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert not view.wordWrap() and not view.verticalHeader().isVisibleTo(dialog)
