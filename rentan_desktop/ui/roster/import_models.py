"""Table models of the import wizard: the row-by-row report and the before/after of updates."""

from __future__ import annotations

from typing import Any

from rentan_desktop.fields.display import display_value
from rentan_desktop.roster import columns, readiness
from rentan_desktop.roster.import_report import ImportReport, RowOutcome
from rentan_desktop.ui.common.style import ERROR_COLOUR, WARNING_COLOUR
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
)

SKIPPED_COLOUR = QColor(ERROR_COLOUR)
WARNED_COLOUR = QColor(WARNING_COLOUR)


class _Model(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[Any] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return None


class ImportReportModel(_Model):
    """The row-by-row report: row, result, name, column, value, reason (or what is missing/changed)."""

    HEADERS = ("Row", "Result", "Name", "Column", "Value", "Reason")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = columns.WORKERS

    @property
    def outcomes(self) -> list[RowOutcome]:
        return self.items

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Result"), self.tr("Name"), self.tr("Column"), self.tr("Value"),
                self.tr("Reason")]

    def set_report(self, report: ImportReport | None, problems_only: bool = False) -> None:
        self.beginResetModel()
        rows = report.outcomes if report else []
        self.kind = report.kind if report else columns.WORKERS
        self.items = [o for o in rows if o.skipped or o.warnings or o.missing] if problems_only else list(rows)
        self.endResetModel()

    def _status(self, o: RowOutcome) -> str:
        if o.missing and not o.skipped and not o.changes:
            return self.tr("Draft (data missing)")
        return {"imported": self.tr("Imported"), "ready": self.tr("Ready"), "skipped": self.tr("Skipped"),
                "updated": self.tr("Updated"), "update": self.tr("Will update"),
                "unchanged": self.tr("Unchanged")}.get(o.status, o.status)

    def _reason(self, o: RowOutcome) -> str:
        if o.skipped:
            return o.reason
        parts = []
        if o.changes:
            parts.append(self.tr("Changes: {fields}").format(
                fields=", ".join(columns.field_label(self.kind, c.field) for c in o.changes)))
        if o.missing:
            parts.append(self.tr("Missing for BPJS registration: {fields}").format(
                fields=readiness.describe_missing(o.missing)))
        return "; ".join(parts + o.warnings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        o = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(o.row), self._status(o), o.name, o.column, o.value, self._reason(o)][column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 5):
            if o.skipped:
                return QBrush(SKIPPED_COLOUR)
            if o.warnings or o.missing:
                return QBrush(WARNED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return self._reason(o)
        return None


class ChangesModel(_Model):
    """One line per changed field of the records a re-import updates: row, name, field, before, after."""

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Name"), self.tr("Field"), self.tr("Now"), self.tr("From the file")]

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        kind = report.kind if report else columns.WORKERS
        # Values as the forms show them: phone 0813-4900-1122, months Desember 2026, dates 01/12/2026.
        self.items = [(o.row, o.name, columns.field_label(kind, c.field), display_value(kind, c.field, c.before),
                       display_value(kind, c.field, c.after))
                      for o in (report.outcomes if report else []) if not o.skipped for c in o.changes]
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        return str(self.items[index.row()][index.column()])


def report_view(model: QAbstractTableModel, widths: tuple[int, ...] = (50, 150, 170, 120, 140)) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def reason_detail(view: QTableView) -> QLabel:
    """Under a report table: the current row's whole reason, wrapped. The reason column shows only the
    start of a long one ("Missing for BPJS registration: Spons…"), which is the line a clerk needs."""
    label = QLabel()
    label.setObjectName("import_reason_detail")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * 3)
    hint = QCoreApplication.translate("ImportReport", "Click a row to read its whole reason here.")
    label.setText(hint)

    def show(current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        model = view.model()
        reason = model.index(current.row(), 5).data() if current.isValid() else ""
        if not reason:
            label.setText(hint)
            return
        label.setText(QCoreApplication.translate("ImportReport", "Row {row} ({name}): {reason}").format(
            row=model.index(current.row(), 0).data(), name=model.index(current.row(), 2).data() or "-",
            reason=reason))

    view.selectionModel().currentRowChanged.connect(show)
    view.model().modelReset.connect(lambda: label.setText(hint))
    return label
