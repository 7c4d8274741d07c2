"""Table models of the Disnaker screens.

Small lists use the shared `RowsModel` (re-exported here). The consolidated roster is large, so
`ConsolidatedModel` is a windowed model over the ids SQL returned, showing its columns the way a
RowsModel does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rentan_desktop.ui.common.rows_model import _ROOT, ROW_ROLE, Column, ColumnCells, Index, RowsModel  # noqa: F401
from rentan_desktop.ui.common.windowed import IdWindowedModel
from rentan_desktop.ui.qt import Qt


class ConsolidatedModel(IdWindowedModel):
    """Ids in display order; rows fetched in blocks by `fetch(ids) -> {id: row}`."""

    BLOCK = 200

    def __init__(self, columns: Sequence[Column], fetch: Callable[[Sequence[int]], dict[int, Any]], parent=None):
        super().__init__(fetch, parent)
        self.cells = ColumnCells(columns)

    @property
    def columns(self) -> list[Column]:
        return self.cells.columns

    def _column_count(self) -> int:
        return len(self.cells.columns)

    def refresh_rows(self) -> None:
        """Reload what is cached (after an edit) without losing the selection."""
        self.invalidate_rows()

    def row_at(self, row: int) -> Any:
        return self.row_data(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cells.cell(self.safe_row_data(index.row()), index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cells.header(section, orientation, role)
