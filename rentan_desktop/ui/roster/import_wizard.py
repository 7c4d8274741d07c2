"""Importing a spreadsheet step by step: choose the file, check the column mapping against a
preview, read the dry-run report, check the before/after of records a corrected file updates,
import, read the final report.

The wizard only drives roster.importer (the same core as `rentan import`); the import itself
runs through env.ops so it is one write on the writer thread and every tab redraws after.
"""

from __future__ import annotations

import logging
from pathlib import Path

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, importer, rows
from rentan_desktop.roster.sheet_guard import column_letters, column_number
from rentan_desktop.tasks import Cancelled
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.common.operations import error_text
from rentan_desktop.ui.common.screen import fit_to_screen
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from rentan_desktop.ui.roster.import_models import ChangesModel, ImportReportModel, reason_detail, report_view

PREVIEW_ROWS = 15

log = logging.getLogger(__name__)


def unexpected_text(error: BaseException) -> str:
    """An error the importer did not foresee: a translated line for the clerk, the detail in the log."""
    log.error("import failed unexpectedly", exc_info=error)
    return translate("import_wizard", "Something unexpected went wrong while reading or storing the file; nothing "
                                      "was changed. The details are in the log (Maintenance > Logs): send it to "
                                      "your support contact.")


def _message(error: BaseException) -> str:
    if isinstance(error, UserError | ValidationError):
        return error_text(error)
    return unexpected_text(error)


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
        path = Path(self.path.text().strip())
        try:
            try:
                self.w.load(path)
                self.w.no_header = False
            except importer.NoHeaderFound:
                # A table without headers: map its columns by letter (a one-column text is no list).
                self.w.load(path, header_row=-1)
                if max((len(c) for _, c in self.w.preview.head), default=0) < 2:
                    raise
                self.w.no_header = True
        except Exception as exc:  # a refusal, or anything unforeseen: a translated line, never a traceback
            self.error.setText(_message(exc))
            return False
        self.error.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column's field was recognised from its header; change any that is wrong. "
                                 "Columns set to '(ignore)' are not imported. A file without a header row: set "
                                 "the header row to 'none' and choose each column's field by its letter."))
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 1)
        self.header_row.setSpecialValueText(self.tr("none"))
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
        self.sheet = QLabel()  # which sheet of a workbook with several is read
        top.addWidget(self.sheet)
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
        last = max((n for n, _ in pv.head), default=1)
        self.header_row.setRange(0, max(1, min(last, importer.HEADER_SEARCH_ROWS)))
        self.header_row.setValue(pv.header.first_row)
        self.sheet.setText(self.tr("Sheet: {sheet} (of {n} in the file; the one whose headers fit best)").format(
            sheet=pv.sheet_shown, n=pv.sheet_count) if pv.sheet_shown else "")
        self._filling = False
        self._fill()

    def _header_changed(self, value: int) -> None:
        if self._filling:
            return
        try:
            self.w.load(self.w.preview.path, header_row=value - 1)
        except Exception as exc:
            self.missing.setText(_message(exc))
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
        letters = [column_letters(i) for i in range(len(headers))]
        self.table.setHorizontalHeaderLabels([h if h == letter else f"{letter}: {h}"
                                              for h, letter in zip(headers, letters, strict=True)])
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

    def set_field_by_letter(self, letter: str, field: str | None) -> None:
        """Choose a column's field by its spreadsheet letter (A, B, ... AA)."""
        self.set_field(column_number(letter) - 1, field)

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
        text = self.tr("Choose a column for: {fields}").format(
            fields=", ".join(columns.field_label(self.w.kind, f) for f in missing)) if missing else ""
        if set(missing) & rows.stacked_above(self.w.preview.head, self.w.preview.header, self.w.kind):
            text = rows.two_rows_per_person(self.w.preview.path.name)
        elif missing and self.w.no_header and self.w.preview.header.first_row == 0:
            text = self.tr("No header row was found: choose each column's field by its letter (A, B, C…), or "
                           "set the row that holds the headers.") + " " + text
        self.missing.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.preview is not None and not self.w.preview.missing_required()


class DryRunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing has been stored yet. Rows marked Skipped will not be imported; fix them "
                                 "in the spreadsheet and import it again later if needed. Drafts come in but "
                                 "cannot be registered with BPJS until the missing data is filled in."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.update_existing = QCheckBox(self.tr("Update existing records with the file's values (matched by "
                                                 "NIP or NIK; you see each change before importing)"))
        self.update_existing.toggled.connect(lambda _: self.initializePage())
        self.problems_only = QCheckBox(self.tr("Show only skipped rows, drafts and warnings"))
        self.problems_only.toggled.connect(lambda on: self.model.set_report(self.w.dry_report, on))
        self.model = ImportReportModel(self)
        self.view = report_view(self.model)
        self.detail = reason_detail(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.update_existing)
        layout.addWidget(self.problems_only)
        layout.addWidget(self.view)
        layout.addWidget(self.detail)

    def initializePage(self) -> None:  # noqa: N802
        """Check every row on a worker thread (its own read connection) with progress and Cancel."""
        self.w.dry_report = None
        self.model.set_report(None)
        self.summary.setText(self.tr("Checking rows…"))
        self.completeChanged.emit()
        ctx, pv, kind, operator = self.w.env.ctx, self.w.preview, self.w.kind, self.w.env.operator
        mapping, header_row, update = dict(pv.mapping), pv.header_row, self.update_existing.isChecked()

        def work(state):
            db = ctx.new_connection()
            try:
                # The rows checked here are kept: the import that follows writes them unchecked again.
                return importer.run_import(db, pv.path, kind, operator=operator, mapping=mapping,
                                           header_row=header_row, dry_run=True, update=update, state=state,
                                           keep_checked=True)
            except Cancelled:
                raise
            except Exception as exc:  # shown on the page, not in a message box; the log keeps the detail
                return UserError(_message(exc))
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
        self.setCommitPage(not self.has_changes())
        self.completeChanged.emit()

    def has_changes(self) -> bool:
        return self.w.dry_report is not None and self.w.dry_report.updated > 0

    def nextId(self) -> int:  # noqa: N802
        return self.w.changes_id if self.has_changes() else self.w.result_id

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.dry_report is not None and self.w.dry_report.imported > 0


class ChangesPage(QWizardPage):
    """Before/after of every field a corrected file changes in records already here."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the changes to existing records"))
        self.setSubTitle(self.tr("These records are already in Rentan (same NIP or NIK). Importing changes each "
                                 "field below from its current value to the file's; the history keeps both."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ChangesModel(self)
        self.view = report_view(self.model, (50, 190, 160, 200))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.setCommitPage(True)

    def initializePage(self) -> None:  # noqa: N802
        report = self.w.dry_report
        self.model.set_report(report)
        self.summary.setText(self.tr("{n} records will be updated, {c} fields in all.").format(
            n=report.updated if report else 0, c=self.model.rowCount()))

    def nextId(self) -> int:  # noqa: N802
        return self.w.result_id


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ImportReportModel(self)
        self.view = report_view(self.model)
        self.detail = reason_detail(self.view)
        # After a failure the fault may be put right (space freed, the other program closed): the same import
        # again without starting the wizard over (QA walk r6, 14: only Cancel was left).
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.initializePage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view)
        layout.addWidget(self.detail)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.w.report = None
        self.retry_button.setVisible(False)
        self.summary.setText(self.tr("Importing…"))
        self.model.set_report(None)
        path, kind, mapping, header_row = (self.w.preview.path, self.w.kind, dict(self.w.preview.mapping),
                                           self.w.preview.header_row)
        operator, update = self.w.env.operator, self.w.dry_run_page.update_existing.isChecked()

        def work(db, state):
            return importer.run_import(db, path, kind, operator=operator, mapping=mapping, header_row=header_row,
                                       update=update, state=state)

        def done(report: importer.ImportReport) -> None:
            self.w.report = report
            self.summary.setText(report.summary())
            self.model.set_report(report)
            self.completeChanged.emit()
            # Done: nothing is left to cancel, only Finish closes the wizard.
            self.w.button(QWizard.WizardButton.CancelButton).setEnabled(False)

        def failed(error: Exception) -> bool:
            message = _message(error)
            lead = self.tr("Nothing was imported: {error}").split("{error}")[0].strip()
            # The core's own messages already begin so (disk full, read-only folder): said once.
            self.summary.setText(message if message.startswith(lead) else self.tr(
                "Nothing was imported: {error}").format(error=message))
            self.retry_button.setVisible(True)
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
        self.no_header = False  # the file had no recognisable header: columns are mapped by letter
        self.dry_report: importer.ImportReport | None = None
        self.report: importer.ImportReport | None = None
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # As wide as the screen allows (up to 1,280 px): the reason column is the one a clerk reads.
        fit_to_screen(self, 1280, 660)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.changes_page = ChangesPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page):
            self.addPage(page)
        self.changes_id = self.addPage(self.changes_page)
        self.result_id = self.addPage(self.result_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        # Qt ships no Indonesian qtbase catalogue: the wizard names its own buttons.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.dry_run_page.setCommitPage(True)
        if path is not None:
            self.file_page.path.setText(str(path))

    def done(self, result: int) -> None:
        importer.forget_checked()  # the rows kept by the check page are not needed once the wizard closes
        super().done(result)

    def load(self, path: Path, header_row: int | None = None) -> None:
        self.preview = importer.preview(path, self.kind, header_row=header_row)
