"""A table layout saved before a column was added is not restored over the new columns."""

from __future__ import annotations

from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.qt import QStandardItemModel, QTableView


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
