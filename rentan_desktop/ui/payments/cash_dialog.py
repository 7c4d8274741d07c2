"""Cash received: payments by payment date over a range, per day and one by one, saved as .xlsx or PDF."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.vocab import payment_method_label
from rentan_desktop.errors import UserError
from rentan_desktop.reports import cash
from rentan_desktop.reports.model import Report
from rentan_desktop.store import clock
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.operations import show_error
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.reports.report_table_model import ReportTableModel

METHODS = ("cash", "transfer", "tpp", "apbd", "csr")


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _view() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CashDialog(QDialog):
    def __init__(self, env: UiEnv, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.env = env
        self.report: Report | None = None
        self.setWindowTitle(self.tr("Cash received"))
        today = today or clock.today()
        self.first = _date_edit(today.replace(day=1))
        self.last = _date_edit(today)
        self.method = QComboBox()
        self.method.addItem(self.tr("Every method"), None)
        for code in METHODS:
            self.method.addItem(payment_method_label(code), code)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.reload)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("From"), self.first), (self.tr("to"), self.last),
                              (self.tr("Method"), self.method)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(show)
        bar.addStretch(1)
        self.summary = QLabel()
        self.days_view, self.rows_view = _view(), _view()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.days_view)
        split.addWidget(self.rows_view)
        split.setSizes([300, 700])
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.xlsx_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.method.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def reload(self) -> None:
        try:
            self.report = cash.build(self.env.db, self.first.date().toPython(), self.last.date().toPython(),
                                     self.method.currentData())
        except UserError as exc:
            self.report = None
            self.summary.setText(str(exc))
            return
        per_day = self.report.table("per_day")
        self.days_view.setModel(ReportTableModel(per_day, self))
        self.rows_view.setModel(ReportTableModel(self.report.table("payments"), self))
        self.days_view.resizeColumnsToContents()
        self.rows_view.resizeColumnsToContents()
        self.summary.setText(self.tr("{count} payment(s) on {days} day(s), {amount} received.").format(
            count=per_day.totals[1], days=len(per_day.rows), amount=rupiah(per_day.totals[2])))
        for button in (self.xlsx_button, self.pdf_button):
            button.setEnabled(bool(per_day.rows))

    def save(self, fmt: str, path: str | None = None) -> str:
        if self.report is None:
            return ""
        first, last = self.first.date().toPython(), self.last.date().toPython()
        name = f"kas-diterima-{first:%Y%m%d}-{last:%Y%m%d}.{fmt}"
        if path is None:
            path = ui_state.save_file_name(
                self, self.env.ctx.data_dir, "reports", self.tr("Save the cash report"), name,
                self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF document (*.pdf)"),
                suffix=f".{fmt}")
        if not path:
            return ""
        try:
            if fmt == "xlsx":
                from rentan_desktop.reports.xlsx import write_xlsx

                write_xlsx(self.report, path)
            else:
                from rentan_desktop.reports.pdf import write_pdf

                write_pdf(self.report, path, self.env.db)
        except OSError as exc:
            show_error(self, UserError(self.tr("Could not save {path}: {problem}").format(
                path=path, problem=exc.strerror or type(exc).__name__)))
            return ""
        QMessageBox.information(self, self.windowTitle(), self.tr("Saved {path}.").format(path=path))
        return path
