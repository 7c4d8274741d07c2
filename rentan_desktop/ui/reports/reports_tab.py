"""The Reports tab: choose a report and its period/OPD/status, see tables and charts, export.

Reports are built off the GUI thread (background.run_task) on a connection of their own; the
tab only shows the finished Report and hands it to the core's exporters.
"""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.domain.months import add_months, current_month, month_label
from rentan_desktop.domain.vocab import WORKER_STATUSES, worker_status_label
from rentan_desktop.i18n import language
from rentan_desktop.reports.model import Report, display
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.registry import ReportSpec, build, reports_for
from rentan_desktop.tasks import TaskState
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.reports.chart_widget import ChartWidget
from rentan_desktop.ui.reports.report_table_model import ReportTableModel

DATA_KINDS = frozenset({"settings", "opds", "sponsors", "workers", "payments", "rates", "sync", "duplicates",
                        "bpjs"})


def _month_choices(today: str) -> list[str]:
    """The months offered: three years back to three months ahead, newest first."""
    return [add_months(today, 3 - i) for i in range(40)]


class ReportsTab(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.report: Report | None = None
        self.specs: list[ReportSpec] = reports_for(env.site.role)
        self._generation = 0
        self._built_once = False
        self.last_written: list[Path] = []

        self.report_combo = QComboBox()
        for spec in self.specs:
            self.report_combo.addItem(spec.title, spec.key)
        self.opd_combo = QComboBox()
        self.month_combo, self.from_combo, self.to_combo = QComboBox(), QComboBox(), QComboBox()
        this = current_month()
        for combo in (self.month_combo, self.from_combo, self.to_combo):
            for m in _month_choices(this):
                combo.addItem(month_label(m, language()), m)
        self._select(self.month_combo, this)
        self._select(self.to_combo, this)
        self._select(self.from_combo, add_months(this, -11))
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Current workers (draft, submitted, active)"), ())
        for status in WORKER_STATUSES:
            self.status_combo.addItem(worker_status_label(status), (status,))
        self.status_combo.addItem(self.tr("All statuses"), WORKER_STATUSES)
        self.stale_spin = QSpinBox()
        self.stale_spin.setRange(1, 3650)
        self.stale_spin.setValue(30)
        self.stale_spin.setSuffix(self.tr(" days"))

        self.refresh_button = QPushButton(self.tr("Show report"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.xlsx_button = QPushButton(self.tr("Export .xlsx…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button = QPushButton(self.tr("Export table as CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.copy_button = QPushButton(self.tr("Copy table"))
        self.copy_button.setToolTip(self.tr("Copy the selected rows (or the whole table) for pasting into a "
                                            "spreadsheet"))
        self.copy_button.clicked.connect(self.copy_table)

        self.opd_label = QLabel(self.tr("OPD"))
        self.month_label = QLabel(self.tr("As of month"))
        self.period_label = QLabel(self.tr("Period"))
        self.period_dash = QLabel("–")
        self.status_label = QLabel(self.tr("Workers counted"))
        self.stale_label = QLabel(self.tr("Late after"))
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Report")))
        first.addWidget(self.report_combo, 2)
        first.addWidget(self.opd_label)
        first.addWidget(self.opd_combo, 2)
        first.addStretch(1)
        second = QHBoxLayout()
        for widget in (self.month_label, self.month_combo, self.period_label, self.from_combo, self.period_dash,
                       self.to_combo, self.status_label, self.status_combo, self.stale_label, self.stale_spin):
            second.addWidget(widget)
        second.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        for b in (self.xlsx_button, self.pdf_button, self.csv_button, self.copy_button):
            buttons.addWidget(b)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.charts_row = QHBoxLayout()
        charts_holder = QWidget()
        charts_holder.setLayout(self.charts_row)
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setWidget(charts_holder)
        self.charts_scroll.setMinimumHeight(230)
        self.chart_widgets: list[ChartWidget] = []
        self.tables = QTabWidget()
        self.table_note = QLabel()
        self.table_note.setWordWrap(True)
        self.tables.currentChanged.connect(self._show_note)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.tables, 1)
        lower_layout.addWidget(self.table_note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.charts_scroll)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addLayout(buttons)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self._fill_opds()
        self.report_combo.currentIndexChanged.connect(self._spec_changed)
        self._spec_changed()

    # ---- choices
    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        i = combo.findData(data)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _fill_opds(self) -> None:
        current = self.opd_combo.currentData()
        self.opd_combo.blockSignals(True)
        self.opd_combo.clear()
        self.opd_combo.addItem(self.tr("All OPDs"), None)
        if self.env.is_disnaker:
            for opd_id, code, name in self.env.db.execute("SELECT id, code, name FROM opds ORDER BY code"):
                self.opd_combo.addItem(f"{code} {name}", opd_id)
        self._select(self.opd_combo, current)
        self.opd_combo.blockSignals(False)

    def spec(self) -> ReportSpec:
        key = self.report_combo.currentData()
        return next(s for s in self.specs if s.key == key)

    def choose(self, key: str) -> None:
        self._select(self.report_combo, key)

    def set_period(self, first: str, last: str, month: str | None = None) -> None:
        for combo, value in ((self.from_combo, first), (self.to_combo, last), (self.month_combo, month or last)):
            if combo.findData(value) < 0:
                combo.addItem(month_label(value, language()), value)
            self._select(combo, value)

    def _spec_changed(self) -> None:
        uses = self.spec().uses
        disnaker = self.env.is_disnaker
        for label, widget, shown in (
                (self.opd_label, self.opd_combo, disnaker and "opd" in uses),
                (self.month_label, self.month_combo, "month" in uses),
                (self.period_label, None, "period" in uses),
                (self.status_label, self.status_combo, "statuses" in uses),
                (self.stale_label, self.stale_spin, "stale_days" in uses)):
            label.setVisible(shown)
            if widget is not None:
                widget.setVisible(shown)
        for widget in (self.from_combo, self.to_combo, self.period_dash):
            widget.setVisible("period" in uses)
        if self._built_once:
            self.refresh()

    def params(self) -> ReportParams:
        return ReportParams(month=self.month_combo.currentData(), from_month=self.from_combo.currentData(),
                            to_month=self.to_combo.currentData(), opd_id=self.opd_combo.currentData(),
                            statuses=tuple(self.status_combo.currentData() or ()),
                            stale_days=self.stale_spin.value())

    # ---- building
    def refresh(self, quiet: bool = False) -> None:
        self._built_once = True
        self._generation += 1
        generation = self._generation
        key, params, ctx = self.spec().key, self.params(), self.env.ctx

        def work(state: TaskState) -> Report:
            with ctx.reader() as db:  # kept open: the next report finds its pages decrypted
                return build(db, key, params, state)

        self.message.setText(self.tr("Building the report…"))
        run_task(work, title=self.tr("Building the report"), parent=self, show_dialog=not quiet,
                 on_success=lambda report: self._built(generation, report),
                 on_cancel=lambda: self.message.setText(self.tr("Cancelled.")))

    def _built(self, generation: int, report: Report) -> None:
        if generation == self._generation:
            self.show_report(report)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.heading.setText(" · ".join(x for x in (report.title, report.scope, report.period) if x))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.message.setText("")
        for w in self.chart_widgets:
            self.charts_row.removeWidget(w)
            w.deleteLater()
        self.chart_widgets = []
        for chart in report.charts:
            w = ChartWidget()
            w.set_chart(chart)
            self.charts_row.addWidget(w, 1)
            self.chart_widgets.append(w)
        self.charts_scroll.setVisible(bool(report.charts))
        while self.tables.count():
            page = self.tables.widget(0)
            self.tables.removeTab(0)
            page.deleteLater()
        for table in report.tables:
            view = QTableView()
            view.setModel(ReportTableModel(table, view))
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setAlternatingRowColors(True)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(False)
            view.verticalHeader().hide()
            for c, column in enumerate(table.columns):
                shown = [*table.rows[:50], *([table.totals] if table.totals else [])]
                sample = [column.title] + [display(column.kind, r[c]) for r in shown]
                width = max(view.fontMetrics().horizontalAdvance(s) for s in sample) + 24
                view.setColumnWidth(c, min(max(width, 70), 360))
            self.tables.addTab(view, f"{table.title} ({len(table.rows)})")
        self._show_note()
        self._update_buttons()

    def _show_note(self, *_args) -> None:
        table = self.current_table()
        self.table_note.setText(table.note if table else "")

    def _update_buttons(self) -> None:
        has = self.report is not None
        for b in (self.xlsx_button, self.pdf_button, self.csv_button, self.copy_button):
            b.setEnabled(has)

    def current_table(self):
        if self.report is None or self.tables.currentIndex() < 0:
            return None
        return self.report.tables[self.tables.currentIndex()]

    def current_view(self) -> QTableView | None:
        widget = self.tables.currentWidget()
        return widget if isinstance(widget, QTableView) else None

    # ---- export and clipboard
    def copy_table(self) -> str:
        from rentan_desktop.reports.csv_export import tsv

        table, view = self.current_table(), self.current_view()
        if table is None or view is None:
            return ""
        picked = sorted({i.row() for i in view.selectionModel().selectedRows()} if view.selectionModel() else set())
        picked = [r for r in picked if r < len(table.rows)]
        text = tsv(table, picked or None)
        QApplication.clipboard().setText(text)
        count = len(picked) if picked else len(table.rows)
        self.message.setText(self.tr("Copied %n row(s); paste them into a spreadsheet.", "", count))
        return text

    def _default_name(self, fmt: str) -> str:
        report = self.report
        name = report.key if report else "report"
        if fmt == "csv" and self.current_table() is not None:
            name += "-" + self.current_table().key
        period = self.to_combo.currentData() if report and "period" in self.spec().uses else ""
        return f"{name}{'-' + period if period else ''}.{fmt}"

    def export(self, fmt: str, path: str | None = None) -> None:
        if self.report is None:
            return
        if path is None:
            filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "pdf": self.tr("PDF document (*.pdf)"),
                       "csv": self.tr("CSV file (*.csv)")}
            path = ui_state.save_file_name(self, self.env.ctx.data_dir, "reports", self.tr("Save the report"),
                                           self._default_name(fmt), filters[fmt])
            if not path:
                return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        report, table, ctx = self.report, self.current_table(), self.env.ctx

        def work(state: TaskState) -> list[Path]:
            state.progress(0, 1, "")
            if fmt == "xlsx":
                from rentan_desktop.reports.xlsx import write_xlsx

                return [write_xlsx(report, path)]
            if fmt == "csv":
                from rentan_desktop.reports.csv_export import write_csv_table

                return [write_csv_table(table, path)]
            from rentan_desktop.printing import native
            from rentan_desktop.reports.pdf import write_pdf

            with ctx.reader() as db, native.writing():  # reportlab's caches serve one document at a time
                return [write_pdf(report, path, db)]

        run_task(work, title=self.tr("Saving the report"), parent=self, on_success=self._saved)

    def _saved(self, paths: list[Path]) -> None:
        self.last_written = list(paths)
        self.message.setText(self.tr("Saved: %1").replace("%1", ", ".join(str(p) for p in paths)))

    # ---- tab protocol
    def tab_title(self) -> str:
        return self.tr("Reports")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._built_once:
            self.refresh(quiet=True)

    def on_changes(self, kinds: frozenset) -> None:
        if "opds" in kinds:
            self._fill_opds()
        if kinds & DATA_KINDS and self._built_once:
            self.refresh(quiet=True)
