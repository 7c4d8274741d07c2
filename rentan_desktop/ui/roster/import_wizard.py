"""Importing a spreadsheet step by step: choose the file, check the column mapping against a
preview, read the dry-run report, import, read the final report.

The wizard only drives roster.importer (the same core as `rentan import`); the import itself
runs through env.ops so it is one write on the writer thread and every tab redraws after.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rentan_desktop.errors import UserError
from rentan_desktop.roster import columns, importer
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.common.operations import error_text
from rentan_desktop.ui.common.style import ERROR_COLOUR, ERROR_STYLE, WARNING_COLOUR
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QButtonGroup,
    QCheckBox,
    QColor,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    QRadioButton,
    QSpinBox,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

PREVIEW_ROWS = 15
SKIPPED_COLOUR = QColor(ERROR_COLOUR)
WARNED_COLOUR = QColor(WARNING_COLOUR)


class ImportReportModel(QAbstractTableModel):
    """The row-by-row report: row, result, name, column, value, reason."""

    HEADERS = ("Row", "Result", "Name", "Column", "Value", "Reason")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.outcomes: list[importer.RowOutcome] = []

    def set_report(self, report: importer.ImportReport | None, problems_only: bool = False) -> None:
        self.beginResetModel()
        rows = report.outcomes if report else []
        self.outcomes = [o for o in rows if o.skipped or o.warnings] if problems_only else list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return {0: self.tr("Row"), 1: self.tr("Result"), 2: self.tr("Name"), 3: self.tr("Column"),
                    4: self.tr("Value"), 5: self.tr("Reason")}[section]
        return None

    def _status(self, o: importer.RowOutcome) -> str:
        return {"imported": self.tr("Imported"), "ready": self.tr("Ready"),
                "skipped": self.tr("Skipped")}.get(o.status, o.status)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.outcomes):
            return None
        o = self.outcomes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            reason = o.reason if o.skipped else "; ".join(o.warnings)
            return [str(o.row), self._status(o), o.name, o.column, o.value, reason][column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 5):
            if o.skipped:
                return QBrush(SKIPPED_COLOUR)
            if o.warnings:
                return QBrush(WARNED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return o.reason or "; ".join(o.warnings)
        return None


def _report_view(model: ImportReportModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((50, 80, 170, 120, 150)):
        view.setColumnWidth(column, width)
    return view


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xls), LibreOffice (.ods) or .csv. Title rows above the header "
                                 "are fine; the header row is found by itself."))
        self.sponsors = QRadioButton(self.tr("Sponsors (ASN): NIP, name, position, echelon…"))
        self.workers = QRadioButton(self.tr("Workers: NIK, name, birth date, mother's name, sponsor's NIP…"))
        group = QButtonGroup(self)
        group.addButton(self.sponsors)
        group.addButton(self.workers)
        (self.sponsors if wizard.kind == columns.SPONSORS else self.workers).setChecked(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What does the file list?")))
        layout.addWidget(self.sponsors)
        layout.addWidget(self.workers)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.error)
        hint = QLabel(self.tr("Import the sponsors before their workers: a worker is linked to a sponsor through "
                              "the NIP PENANGGUNG column. Nothing is stored before the last step."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        layout.addStretch()
        self.path.textChanged.connect(lambda _: self.completeChanged.emit())

    def browse(self) -> None:
        name = ui_state.open_file_name(self, self.w.env.ctx.data_dir, "imports", self.tr("Choose the spreadsheet"),
                                       self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        self.w.kind = columns.SPONSORS if self.sponsors.isChecked() else columns.WORKERS
        try:
            self.w.load(Path(self.path.text().strip()))
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column's field was recognised from its header; change any that is wrong. "
                                 "Columns set to '(ignore)' are not imported."))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1)
        self.header_row.valueChanged.connect(self._header_changed)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.missing = QLabel()
        self.missing.setStyleSheet(ERROR_STYLE)
        self.missing.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Header on row")))
        top.addWidget(self.header_row)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.missing)
        self.combos: list[QComboBox] = []
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802
        pv = self.w.preview
        self._filling = True
        self.header_row.setRange(1, max(1, min(len(pv.rows), importer.HEADER_SEARCH_ROWS)))
        self.header_row.setValue(pv.header_row + 1)
        self._filling = False
        self._fill()

    def _header_changed(self, value: int) -> None:
        if self._filling:
            return
        try:
            self.w.load(self.w.preview.path, header_row=value - 1)
        except UserError as exc:
            self.missing.setText(str(exc))
            return
        self._fill()

    def _fill(self) -> None:
        pv = self.w.preview
        fields = columns.headers_for(pv.kind)
        headers = pv.headers
        data = pv.data_rows(PREVIEW_ROWS)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(data) + 1)
        self.table.setHorizontalHeaderLabels([h or f"({i + 1})" for i, h in enumerate(headers)])
        self.table.setVerticalHeaderLabels([self.tr("Field")] + [str(n) for n, _ in data])
        self.combos = []
        for column in range(len(headers)):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for name in fields:
                combo.addItem(columns.field_label(pv.kind, name), name)
            combo.setCurrentIndex(max(0, combo.findData(pv.mapping.get(column))))
            combo.currentIndexChanged.connect(lambda _, c=column: self._mapping_changed(c))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for r, (_, cells) in enumerate(data, start=1):
                value = importer.cell_text(cells[column]) if column < len(cells) else ""
                self.table.setItem(r, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._mapping_changed(None)

    def set_field(self, column: int, field: str | None) -> None:
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(field)))

    def _mapping_changed(self, changed: int | None) -> None:
        """One column per field: the column just changed keeps its field, any other loses it."""
        mapping: dict[int, str] = {}
        if changed is not None and self.combos[changed].currentData():
            mapping[changed] = self.combos[changed].currentData()
        for column, combo in enumerate(self.combos):
            field = combo.currentData()
            if field is None or column == changed:
                continue
            if field in mapping.values():
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
                continue
            mapping[column] = field
        self.w.preview.mapping = mapping
        missing = self.w.preview.missing_required()
        self.missing.setText(self.tr("Choose a column for: {fields}").format(
            fields=", ".join(columns.field_label(self.w.kind, f) for f in missing)) if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.preview is not None and not self.w.preview.missing_required()


class DryRunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing has been stored yet. Rows marked Skipped will not be imported; fix them "
                                 "in the spreadsheet and import it again later if needed."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems_only = QCheckBox(self.tr("Show only skipped rows and warnings"))
        self.problems_only.toggled.connect(lambda on: self.model.set_report(self.w.dry_report, on))
        self.model = ImportReportModel(self)
        self.view = _report_view(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_only)
        layout.addWidget(self.view)

    def initializePage(self) -> None:  # noqa: N802
        """Check every row on a worker thread (its own read connection) with progress and Cancel."""
        self.w.dry_report = None
        self.model.set_report(None)
        self.summary.setText(self.tr("Checking rows…"))
        self.completeChanged.emit()
        ctx, pv, kind, operator = self.w.env.ctx, self.w.preview, self.w.kind, self.w.env.operator
        mapping, header_row = dict(pv.mapping), pv.header_row

        def work(state):
            db = ctx.new_connection()
            try:
                return importer.run_import(db, pv.path, kind, operator=operator, mapping=mapping,
                                           header_row=header_row, dry_run=True, state=state)
            except UserError as exc:  # shown on the page, not in a message box
                return exc
            finally:
                db.conn.close()

        run_task(work, title=self.tr("Checking rows…"), parent=self, on_success=self._checked,
                 on_cancel=lambda: self.summary.setText(self.tr("Check cancelled.")))

    def _checked(self, result: importer.ImportReport | UserError) -> None:
        if isinstance(result, UserError):
            self.summary.setText(str(result))
        else:
            self.w.dry_report = result
            self.summary.setText(result.summary())
        self.model.set_report(self.w.dry_report, self.problems_only.isChecked())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.dry_report is not None and self.w.dry_report.imported > 0


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ImportReportModel(self)
        self.view = _report_view(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.w.report = None
        self.summary.setText(self.tr("Importing…"))
        self.model.set_report(None)
        path, kind, mapping, header_row = (self.w.preview.path, self.w.kind, dict(self.w.preview.mapping),
                                           self.w.preview.header_row)
        operator = self.w.env.operator

        def work(db, state):
            return importer.run_import(db, path, kind, operator=operator, mapping=mapping, header_row=header_row,
                                       state=state)

        def done(report: importer.ImportReport) -> None:
            self.w.report = report
            self.summary.setText(report.summary())
            self.model.set_report(report)
            self.completeChanged.emit()

        def failed(error: Exception) -> bool:
            self.summary.setText(self.tr("Nothing was imported: {error}").format(error=error_text(error)))
            return True

        def cancelled() -> None:
            self.summary.setText(self.tr("Import cancelled: nothing was imported."))

        # Long: progress per row, and Cancel rolls the import back (nothing is kept).
        self.w.env.ops.run_with_progress(work, title=self.tr("Importing…"), changes={kind}, on_success=done,
                                         on_error=failed, on_cancel=cancelled, parent=self)

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.report is not None


class ImportWizard(QWizard):
    def __init__(self, env: UiEnv, kind: str = columns.WORKERS, path: str | Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.env, self.kind = env, kind
        self.preview: importer.Preview | None = None
        self.dry_report: importer.ImportReport | None = None
        self.report: importer.ImportReport | None = None
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(980, 620)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.result_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.dry_run_page.setCommitPage(True)
        if path is not None:
            self.file_page.path.setText(str(path))

    def load(self, path: Path, header_row: int | None = None) -> None:
        self.preview = importer.preview(path, self.kind, header_row=header_row)
