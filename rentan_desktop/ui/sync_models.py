"""A small read-only table model for the sync screens (logs, OPD states, keys, summaries)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rentan_desktop.ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class SyncRowsModel(QAbstractTableModel):
    """Columns are (header, row -> value); rows are whatever the core returned."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any]]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()][1](self.rows[index.row()])
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section][0]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
