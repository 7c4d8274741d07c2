"""One list model for the app's short lists (OPDs, arrears, sponsors, previews, differences, logs,
key lists): a read-only table over a list of records whose columns are (header, value-of-row)
pairs. Big tables use the windowed models (windowed.py); both answer cells the same way through
`ColumnCells`, so a column behaves alike in a short list and in the consolidated roster.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rentan_desktop.ui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole record of the row
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """`header` is the text, or a function giving it (translated when the header is drawn)."""
    header: str | Callable[[], str]
    value: Callable[[Any], Any]
    right: bool = False
    tooltip: Callable[[Any], str] | None = None

    def header_text(self) -> str:
        return self.header() if callable(self.header) else self.header


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class ColumnCells:
    """How a record shows in a row of columns: text, alignment, tooltip, row colour, custom roles.

    `highlight(row)` gives a background colour name (or None); `roles` maps extra item-data roles
    to functions of the row (uids a tab reads back from the selection)."""

    def __init__(self, columns: Sequence[Column | tuple[str, Callable[[Any], Any]]], *,
                 value_tooltips: bool = False, roles: dict[int, Callable[[Any], Any]] | None = None):
        self.columns = [c if isinstance(c, Column) else Column(*c) for c in columns]
        self.value_tooltips = value_tooltips
        self.highlight: Callable[[Any], str | None] | None = None
        self.roles = dict(roles or {})

    def cell(self, row: Any, column: int, role: int) -> Any:
        if row is None or not 0 <= column < len(self.columns):
            return None
        col = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(col.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col.right else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.tooltip is not None:
                return col.tooltip(row)
            return _text(col.value(row)) if self.value_tooltips else None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.highlight(row) if self.highlight is not None else None
            return QBrush(QColor(colour)) if colour else None
        extra = self.roles.get(role)  # a model's own roles come first (they may reuse ROW_ROLE's number)
        if extra is not None:
            return extra(row)
        return row if role == ROW_ROLE else None

    def header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header_text() if 0 <= section < len(self.columns) else None
        return str(section + 1)


class RowsModel(QAbstractTableModel):
    """A list of records in memory. `value_tooltips` shows each cell's text as its tooltip too
    (long hashes, file names); `highlight` and `roles` as in ColumnCells."""

    def __init__(self, columns: Sequence[Column | tuple[str, Callable[[Any], Any]]], parent=None, *,
                 value_tooltips: bool = False, roles: dict[int, Callable[[Any], Any]] | None = None):
        super().__init__(parent)
        self.cells = ColumnCells(columns, value_tooltips=value_tooltips, roles=roles)
        self.rows: list[Any] = []

    @property
    def columns(self) -> list[Column]:
        return self.cells.columns

    @property
    def highlight(self) -> Callable[[Any], str | None] | None:
        return self.cells.highlight

    @highlight.setter
    def highlight(self, value: Callable[[Any], str | None] | None) -> None:
        self.cells.highlight = value

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.cells.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cells.cell(self.row_at(index.row()), index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cells.header(section, orientation, role)
