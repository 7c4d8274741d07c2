"""A table layout saved before a column was added is not restored over the new columns."""

from __future__ import annotations

from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.qt import QStandardItemModel, Qt, QTableView


def _table(qtbot, columns: int) -> QTableView:
    table = QTableView()
    table.setModel(QStandardItemModel(3, columns, table))  # owned by the table: a bare model would be freed under it
    qtbot.addWidget(table)
    return table


def test_a_layout_saved_for_fewer_columns_is_dropped(qtbot, tmp_path):
    old = _table(qtbot, 8)
    ui_state.remember_table(old, tmp_path, "month")
    old.horizontalHeader().resizeSection(0, 321)  # saved on the change
    same = _table(qtbot, 8)
    ui_state.remember_table(same, tmp_path, "month")
    assert same.horizontalHeader().sectionSize(0) == 321  # the same shape is restored
    grown = _table(qtbot, 9)
    ui_state.remember_table(grown, tmp_path, "month")
    header = grown.horizontalHeader()
    assert header.sectionSize(0) != 321 and header.count() == 9
    assert all(not header.isSectionHidden(c) and header.sectionSize(c) > 0 for c in range(9))


def _visual(header) -> list[int]:
    return [header.logicalIndex(v) for v in range(header.count())]


def test_the_header_menu_puts_the_usual_order_and_widths_back_and_keeps_the_sort(qtbot, opd_env):
    """The way back from a moved, narrowed or hidden column: the roster's own order (not the model's)."""
    from rentan_desktop.ui.roster.roster_tab import RosterTab

    tab = RosterTab(opd_env)
    qtbot.addWidget(tab)
    table = tab.worker_table
    header = table.horizontalHeader()
    usual_order = _visual(header)
    usual_widths = [header.sectionSize(c) for c in range(header.count())]
    assert usual_order != sorted(usual_order)  # the roster's order on screen is its own (QA walk r4, 7)
    header.moveSection(1, 6)
    header.resizeSection(2, 40)
    header.setSectionHidden(3, True)
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    menu = ui_state.column_menu(table, lambda: None)
    reset = menu.actions()[-1]
    assert reset.text() == "Restore the usual order and widths"
    reset.trigger()
    assert _visual(header) == usual_order
    assert [header.sectionSize(c) for c in range(header.count() - 1)] == usual_widths[:-1]  # the last one stretches
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
    again = RosterTab(opd_env)  # the next session opens with the usual layout too
    qtbot.addWidget(again)
    assert _visual(again.worker_table.horizontalHeader()) == usual_order


def test_a_column_this_install_never_shows_is_not_offered_nor_put_back(qtbot, opd_env):
    from rentan_desktop.ui.payments.payment_models import MonthColumn
    from rentan_desktop.ui.payments.payment_tab import PaymentTab

    tab = PaymentTab(opd_env)
    qtbot.addWidget(tab)
    view = tab.month_view
    assert view.isColumnHidden(MonthColumn.OPD)  # the OPD column is Disnaker's
    menu = ui_state.column_menu(view, lambda: None)
    opd_title = view.model().headerData(MonthColumn.OPD, Qt.Orientation.Horizontal)
    assert opd_title not in [a.text() for a in menu.actions()]
    menu.actions()[-1].trigger()
    assert view.isColumnHidden(MonthColumn.OPD)


def test_the_way_back_is_said_in_indonesian(qtbot, qapp, tmp_path):
    from rentan_desktop.ui.common.i18n import install_translators

    table = _table(qtbot, 4)
    ui_state.remember_table(table, tmp_path, "t")
    install_translators(qapp, "id")
    try:
        texts = [a.text() for a in ui_state.column_menu(table, lambda: None).actions()]
    finally:
        install_translators(qapp, "en")
    assert "Kembalikan urutan dan lebar bawaan" in texts
