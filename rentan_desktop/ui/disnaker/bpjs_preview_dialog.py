"""Preview of a BPJS result file: what each row will change, or every problem found.

Nothing is applied until the operator presses Apply, and Apply is only offered when every
row is right (the import is all or nothing).
"""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.disnaker import bpjs_import
from rentan_desktop.domain.dates import format_date
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.disnaker.disnaker_models import Column, RowsModel
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class BpjsResultPreview(QDialog):
    def __init__(self, env: UiEnv, path: Path, report: bpjs_import.ResultImport, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.path = path
        self.report = report
        self.applied: bpjs_import.ResultImport | None = None
        self.setWindowTitle(self.tr("BPJS result: {file}").format(file=path.name))
        self.resize(900, 520)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        if report.ok:
            self.model = RowsModel([
                Column(self.tr("Row"), lambda p: p.row, right=True),
                Column(self.tr("OPD"), lambda p: p.opd_code),
                Column(self.tr("Worker"), lambda p: p.name),
                Column(self.tr("Answer"), self._answer),
                Column(self.tr("KPJ"), lambda p: p.kpj),
                Column(self.tr("Start date"), lambda p: format_date(p.start_date)),
                Column(self.tr("Reason"), lambda p: p.reason),
                Column(self.tr("Change"), self._change),
            ], self)
            self.model.set_rows(report.planned)
            text = self.tr(
                "{accepted} accepted and {rejected} rejected will be recorded; {unchanged} rows are already "
                "recorded. KPJ numbers go back to the OPDs with the next return bundles.").format(
                accepted=report.accepted, rejected=report.rejected, unchanged=report.unchanged)
            if report.pending:
                text += " " + self.tr(
                    "{count} still in process at BPJS: those workers stay sent and waiting; import the branch's "
                    "next answer for them.").format(count=report.pending)
            self.summary.setText(text)
        else:
            self.model = RowsModel([
                Column(self.tr("File"), lambda p: p.file),
                Column(self.tr("Row"), lambda p: p.row, right=True),
                Column(self.tr("Column"), lambda p: p.column),
                Column(self.tr("Value"), lambda p: p.value),
                Column(self.tr("Problem"), lambda p: p.message),
            ], self)
            self.model.set_rows(report.problems)
            self.summary.setText(self.tr(
                "{count} problems: nothing will be recorded. Correct the file (or ask the branch) and import "
                "it again.").format(count=len(report.problems)))
            self.summary.setStyleSheet(ERROR_STYLE)
        self.table.setModel(self.model)
        self.table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(report.ok and (report.accepted + report.rejected) > 0)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _answer(self, p: bpjs_import.Planned) -> str:
        return {"accepted": self.tr("Accepted"), "rejected": self.tr("Rejected")}.get(
            p.outcome, self.tr("In process"))

    def _change(self, p: bpjs_import.Planned) -> str:
        return {"unchanged": self.tr("already recorded"), "wait": self.tr("stays waiting")}.get(
            p.change, self.tr("will be recorded"))

    def apply(self) -> None:
        operator, path = self.env.operator, self.path
        self.apply_button.setEnabled(False)

        def done(report: bpjs_import.ResultImport) -> None:
            self.applied = report
            if report.applied:
                self.accept()
            else:  # the data changed since the preview: show the new problems
                self.report = report
                self.summary.setText(self.tr("The file no longer applies: {count} problems.").format(
                    count=len(report.problems)))

        self.env.ops.run(lambda db: bpjs_import.import_result(db, operator, path), changes={"workers", "bpjs"},
                         on_success=done, on_error=lambda e: (self.apply_button.setEnabled(True), False)[1],
                         parent=self)
