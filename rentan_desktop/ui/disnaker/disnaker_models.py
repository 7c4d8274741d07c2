"""Table models of the Disnaker screens.

Small lists use the shared `RowsModel` (re-exported here). The consolidated roster is large, so
`ConsolidatedModel` holds only the ids SQL returned and loads rows in blocks as they show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rentan_desktop.ui.common.rows_model import _ROOT, ROW_ROLE, Column, Index, RowsModel  # noqa: F401
from rentan_desktop.ui.qt import QAbstractTableModel, Qt


class ConsolidatedModel(QAbstractTableModel):
    """Ids in display order; rows fetched in blocks by `fetch(ids) -> {id: row}`."""

    BLOCK = 200

    def __init__(self, columns: Sequence[Column], fetch: Callable[[Sequence[int]], dict[int, Any]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.ids: list[int] = []
        self._cache: dict[int, Any] = {}

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self._cache = {}
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Reload what is cached (after an edit) without losing the selection."""
        self._cache = {}
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1))

    def row_at(self, row: int) -> Any:
        if not 0 <= row < len(self.ids):
            return None
        key = self.ids[row]
        if key not in self._cache:
            start = (row // self.BLOCK) * self.BLOCK
            self._cache.update(self._fetch(self.ids[start:start + self.BLOCK]))
        return self._cache.get(key)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.columns):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)
