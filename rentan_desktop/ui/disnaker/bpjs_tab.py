"""Disnaker's hand-off to BPJS: registration file, result import, monthly payment list, reconciliation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rentan_desktop import i18n
from rentan_desktop.disnaker import bpjs_export, bpjs_import, payment_list, reconcile, returns
from rentan_desktop.disnaker.sheet import read_sheet
from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import add_months, current_month, month_label
from rentan_desktop.store.clock import today_iso
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.common.style import WARNING_STYLE
from rentan_desktop.ui.disnaker.bpjs_preview_dialog import BpjsResultPreview
from rentan_desktop.ui.disnaker.bpjs_template_dialog import BpjsTemplateDialog
from rentan_desktop.ui.disnaker.disnaker_models import Column, RowsModel
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


def month_combo(months_back: int = 24) -> QComboBox:
    combo = QComboBox()
    this = current_month()
    for i in range(-1, months_back):
        month = add_months(this, -i)
        combo.addItem(month_label(month, i18n.language()), month)
    combo.setCurrentIndex(1)
    return combo


def table_view(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def show_problems(parent: QWidget, title: str, problems: list, intro: str) -> None:
    text = "\n".join(str(p) for p in problems[:30])
    if len(problems) > 30:
        text += "\n…"
    QMessageBox.warning(parent, title, intro + "\n\n" + text)


class RegistrationPage(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.include_rejected = QCheckBox(self.tr("Send rejected workers again (after the OPD corrected them)"))
        self.include_rejected.toggled.connect(lambda _: self.reload())
        self.export_button = QPushButton(self.tr("Export registration file…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.layout_button = QPushButton(self.tr("Column layout…"))
        self.layout_button.clicked.connect(self.edit_layout)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.per_opd = RowsModel([
            Column(self.tr("Code"), lambda r: r[0]),
            Column(self.tr("OPD"), lambda r: r[1]["name"]),
            Column(self.tr("Ready"), lambda r: r[1]["ready"], right=True),
            Column(self.tr("Incomplete"), lambda r: r[1]["incomplete"], right=True),
            Column(self.tr("Held (duplicate)"), lambda r: r[1]["blocked"], right=True),
        ], self)
        self.incomplete = RowsModel([
            Column(self.tr("OPD"), lambda r: r[0]["opd_code"]),
            Column(self.tr("Worker"), lambda r: r[0]["name"]),
            Column(self.tr("Missing"), lambda r: ", ".join(bpjs_export.required_label(f) for f in r[1])),
        ], self)
        self.waiting = RowsModel([
            Column(self.tr("Sent on"), lambda r: format_date(r["submitted_on"])),
            Column(self.tr("OPD"), lambda r: r["opd_code"]),
            Column(self.tr("Worker"), lambda r: r["name"]),
            Column(self.tr("BPJS"), lambda r: self.tr("waiting") if r["bpjs_status"] == "submitted"
                   else self.tr("rejected: {reason}").format(reason=r["bpjs_reason"])),
        ], self)
        top = QHBoxLayout()
        top.addWidget(self.include_rejected, 1)
        top.addWidget(self.layout_button)
        top.addWidget(self.export_button)
        lists = QHBoxLayout()
        right = QVBoxLayout()
        self.views = []
        for i, (title, model) in enumerate(((self.tr("Ready per OPD"), self.per_opd),
                                            (self.tr("Not ready: what is missing"), self.incomplete),
                                            (self.tr("Sent, waiting for or rejected by BPJS"), self.waiting))):
            view = table_view(model)
            self.views.append(view)
            box = lists if i == 0 else right
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(view, 1)
            box.addLayout(column, 1)
        lists.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(lists, 1)

    def reload(self) -> None:
        db = self.env.db
        r = bpjs_export.readiness(db, include_rejected=self.include_rejected.isChecked())
        self.readiness = r
        self.per_opd.set_rows(sorted(r.by_opd().items()))
        self.incomplete.set_rows(r.incomplete)
        cursor = db.execute("SELECT w.submitted_on, o.code AS opd_code, w.name, w.bpjs_status, w.bpjs_reason "
                            "FROM workers w JOIN opds o ON o.id = w.opd_id WHERE w.bpjs_status IN "
                            "('submitted', 'rejected') AND w.status != 'ended' ORDER BY w.submitted_on DESC, o.code")
        names = [d[0] for d in cursor.description]
        self.waiting.set_rows([dict(zip(names, row, strict=True)) for row in cursor.fetchall()])
        self.summary.setText(self.tr(
            "Ready to register: {ready} · incomplete: {incomplete} · held back by a duplicate case: {blocked}").format(
            ready=len(r.ready), incomplete=len(r.incomplete), blocked=r.open_cases()) + (self.tr(
                " · withdrawn by a duplicate decision, waiting for the OPD: {n}").format(n=len(r.withdrawn))
                if r.withdrawn else ""))
        self.export_button.setEnabled(bool(r.ready))
        for view in self.views:
            view.resizeColumnsToContents()

    def export(self, path: str | None = None) -> None:
        if not path:
            path = ui_state.save_file_name(self, self.env.ctx.data_dir, "bpjs", self.tr("Save registration file"),
                                           f"pendaftaran-bpu-{today_iso()}.xlsx", self.tr("Excel workbook (*.xlsx)"),
                                           removable_first=True)
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        operator, again = self.env.operator, self.include_rejected.isChecked()

        def done(result: bpjs_export.ExportResult) -> None:
            text = self.tr("{count} workers written to {file} and marked as sent to BPJS.").format(
                count=result.count, file=result.path)
            held = result.held_back_lines(limit=15)
            if held:  # who was left out and why, so nobody is silently missing from the file
                text += "\n\n" + self.tr("Not in the file:") + "\n" + "\n".join(held)
            QMessageBox.information(self, self.tr("Registration file"), text)

        self.env.ops.run(lambda db: bpjs_export.export_registration(db, operator, Path(path), include_rejected=again),
                         changes={"workers", "bpjs"}, on_success=done, parent=self)

    def edit_layout(self) -> BpjsTemplateDialog:
        dialog = BpjsTemplateDialog(self.env, self)
        dialog.open()
        return dialog


class ResultPage(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.preview: BpjsResultPreview | None = None
        intro = QLabel(self.tr("Import the branch's answer to a registration file: NIK, KPJ number, start date, "
                               "accepted or rejected with a reason. You see every row before anything is "
                               "recorded; a file with a problem changes nothing."))
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import result file…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.recent = RowsModel([
            Column(self.tr("OPD"), lambda r: r["opd_code"]),
            Column(self.tr("Worker"), lambda r: r["name"]),
            Column(self.tr("KPJ"), lambda r: r["kpj"]),
            Column(self.tr("Start date"), lambda r: format_date(r["bpjs_start_date"])),
        ], self)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.import_button)
        # After a result file: the answers reach the OPDs only in a return bundle (QA walk r5, 16).
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet(WARNING_STYLE)
        self.next_step_button = QPushButton(self.tr("Write return bundles…"))
        self.next_step_button.clicked.connect(self.write_return_bundles)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_step, 1)
        next_row.addWidget(self.next_step_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(next_row)
        layout.addWidget(QLabel("<b>" + self.tr("Accepted by BPJS (newest first)") + "</b>"))
        self.view = table_view(self.recent)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        cursor = self.env.db.execute(
            "SELECT o.code AS opd_code, w.name, w.kpj, w.bpjs_start_date FROM workers w JOIN opds o ON o.id = w.opd_id "
            "WHERE w.bpjs_status = 'accepted' ORDER BY w.updated_at DESC, w.name LIMIT 500")
        names = [d[0] for d in cursor.description]
        self.recent.set_rows([dict(zip(names, row, strict=True)) for row in cursor.fetchall()])
        self.view.resizeColumnsToContents()
        self.show_next_step()

    def show_next_step(self) -> str:
        """Name the return bundles still to write (the Beranda's rule, disnaker/returns.py)."""
        text = returns.next_step(returns.unsent_results(self.env.db))
        self.next_step.setText(text)
        self.next_step.setVisible(bool(text))
        self.next_step_button.setVisible(bool(text))
        return text

    def write_return_bundles(self) -> None:
        """One click from here to the Sync tab's folder choice for the return bundles."""
        from rentan_desktop.ui.shell import navigate

        navigate.run_step(self.window(), "bundle")

    def applied(self) -> None:
        """After Apply: the next step, here and in the status bar (the preview has closed)."""
        text = self.show_next_step()
        bar = getattr(self.window(), "statusBar", None)
        if text and callable(bar):
            bar().showMessage(text, 30_000)

    def import_file(self, path: str | None = None) -> None:
        """Check the file off the GUI thread (a branch file may hold tens of thousands of rows),
        then show the preview; `self.preview` is set when it opens."""
        if not path:
            path = ui_state.open_file_name(self, self.env.ctx.data_dir, "bpjs", self.tr("BPJS result file"),
                                           self.tr("Spreadsheets (*.xlsx *.xls *.csv)"), removable_first=True)
        if not path:
            return
        self.preview = None
        ctx = self.env.ctx

        def check(state) -> bpjs_import.ResultImport:
            db = ctx.new_connection()
            try:
                sheet = read_sheet(path, bpjs_import.ALIASES, required=("nik",))
                state.check()
                return bpjs_import.check_result(db, sheet)
            finally:
                db.close()

        def show(report: bpjs_import.ResultImport) -> None:
            self.preview = BpjsResultPreview(self.env, Path(path), report, self)
            self.preview.accepted.connect(self.applied)
            self.preview.open()

        run_task(check, title=self.tr("Checking the result file"), parent=self, on_success=show)


class PaymentListPage(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.month = month_combo()
        self.month.currentIndexChanged.connect(lambda _: self.reload())
        self.xlsx_button = QPushButton(self.tr("Save as .xlsx…"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.summary = QLabel()
        self.model = RowsModel([
            Column(self.tr("OPD"), lambda r: r["opd"]),
            Column(self.tr("KPJ"), lambda r: r["kpj"]),
            Column(self.tr("Worker"), lambda r: r["name"]),
            Column(self.tr("Sponsor"), lambda r: r["sponsor"]),
            Column(self.tr("Amount"), lambda r: rupiah(r["amount"]), right=True),
        ], self)
        self.model.highlight = lambda r: "#eef2f7" if r.get("total") else ("#fff4d6" if r.get("no_kpj") else None)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.summary, 1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.view = table_view(self.model)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        plist = payment_list.build(self.env.db, self.month.currentData())
        rows: list[dict[str, Any]] = []
        for g in plist.groups:
            for line in g.lines:
                rows.append({"opd": g.code, "kpj": line.kpj or self.tr("(no KPJ)"), "name": line.name,
                             "sponsor": line.sponsor_name, "amount": line.amount, "no_kpj": not line.kpj})
            rows.append({"opd": g.code, "kpj": "", "name": self.tr("Total {opd}").format(opd=g.name), "sponsor": "",
                         "amount": g.total, "total": True})
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        text = self.tr("{count} workers in {opds} OPD · total {total}").format(
            count=plist.count, opds=len(plist.groups), total=rupiah(plist.total))
        if plist.repeated:
            text += " · " + self.tr("%n payment(s) for a NIK already listed left off (duplicates to resolve)", "",
                                    len(plist.repeated))
        if plist.without_kpj:
            text += " · " + self.tr("{n} without KPJ").format(n=plist.without_kpj)
        self.summary.setText(text)
        for b in (self.xlsx_button, self.pdf_button):
            b.setEnabled(bool(plist.groups))

    def export(self, suffix: str, path: str | None = None) -> None:
        month = self.month.currentData()
        if not path:
            filters = self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else self.tr("PDF (*.pdf)")
            path = ui_state.save_file_name(self, self.env.ctx.data_dir, "bpjs", self.tr("Save payment list"),
                                           f"daftar-iuran-{month}{suffix}", filters, removable_first=True)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix

        def done(plist: payment_list.PaymentList) -> None:
            QMessageBox.information(self, self.tr("Payment list"), self.tr("Saved {file}: total {total}.").format(
                file=path, total=rupiah(plist.total)))

        # Only reads the database, but runs off the GUI thread so a long PDF never freezes the window.
        self.env.ops.run(lambda db: payment_list.export(db, month, Path(path)), on_success=done, parent=self)


class ReconcilePage(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.month = month_combo()
        self.month.currentIndexChanged.connect(lambda _: self.reload())
        self.import_button = QPushButton(self.tr("Import BPJS confirmation…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("OPD"), lambda d: f"{d.opd_code} {d.opd_name}".strip()),
            Column(self.tr("Difference"), lambda d: reconcile.kind_label(d.kind)),
            Column(self.tr("Worker"), lambda d: d.name),
            Column(self.tr("KPJ"), lambda d: d.kpj),
            Column(self.tr("Paid"), lambda d: rupiah(d.paid), right=True),
            Column(self.tr("Confirmed"), lambda d: rupiah(d.confirmed), right=True),
        ], self)
        colours = {reconcile.NOT_CONFIRMED: "#fde2e1", reconcile.NOT_RECORDED: "#fff4d6",
                   reconcile.AMOUNT_DIFFERS: "#e8eefc"}
        self.model.highlight = lambda d: colours.get(d.kind)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        self.view = table_view(self.model)
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        result = reconcile.reconcile(self.env.db, self.month.currentData())
        self.result = result
        self.model.set_rows(result.differences)
        self.view.resizeColumnsToContents()
        if not result.has_confirmation:
            self.summary.setText(self.tr("No BPJS confirmation imported for this month yet. Paid: {paid}.").format(
                paid=rupiah(result.paid_total)))
            return
        self.summary.setText(self.tr(
            "Confirmation {file}: paid {paid}, confirmed {confirmed}; {matched} workers match, {count} "
            "differences.").format(file=result.source_file, paid=rupiah(result.paid_total),
                                   confirmed=rupiah(result.confirmed_total), matched=result.matched,
                                   count=len(result.differences)))

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path = ui_state.open_file_name(self, self.env.ctx.data_dir, "bpjs", self.tr("BPJS confirmation"),
                                           self.tr("Spreadsheets (*.xlsx *.xls *.csv)"), removable_first=True)
        if not path:
            return
        operator, month = self.env.operator, self.month.currentData()

        def done(report: reconcile.ConfirmationImport) -> None:
            if not report.ok:
                show_problems(self, self.tr("BPJS confirmation"), report.problems,
                              self.tr("Nothing was imported; these rows are wrong:"))

        self.env.ops.run(lambda db: reconcile.import_confirmation(db, operator, Path(path), month),
                         changes={"bpjs"}, on_success=done, parent=self)


class BpjsTab(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.registration = RegistrationPage(env)
        self.result = ResultPage(env)
        self.payments = PaymentListPage(env)
        self.reconcile = ReconcilePage(env)
        self.pages = QTabWidget()
        self.pages.addTab(self.registration, self.tr("Registration"))
        self.pages.addTab(self.result, self.tr("Registration result"))
        self.pages.addTab(self.payments, self.tr("Monthly payment list"))
        self.pages.addTab(self.reconcile, self.tr("Reconciliation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        # Only the page on screen is refreshed; the others when they are opened (each page's
        # query reads every OPD's workers or payments, so idle pages should not run it).
        self._stale: set[QWidget] = set()
        self.pages.currentChanged.connect(lambda _: self._refresh_current())
        self.reload()

    def tab_title(self) -> str:
        return self.tr("BPJS")

    def all_pages(self) -> tuple[QWidget, ...]:
        return (self.registration, self.result, self.payments, self.reconcile)

    def reload(self) -> None:
        self._stale = set(self.all_pages())
        self._refresh_current()

    def _refresh_current(self) -> None:
        page = self.pages.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.reload()

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"workers", "bpjs", "payments", "duplicates", "opds", "sponsors", "sync", "settings"}:
            self._stale = set(self.all_pages())
            if self.isVisible():
                self._refresh_current()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._refresh_current()
        super().showEvent(event)
