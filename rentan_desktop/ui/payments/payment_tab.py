"""The payment tab: a month's contributions, arrears and lapses, sponsors, the deduction list.

The month page is a windowed model over SQL (ids + blocks of rows), so it opens quickly at
200,000 workers. Arrears and the sponsor summary are computed when their page is shown.
Writes go through env.ops; lapses are applied automatically once the tab has opened.
"""

from __future__ import annotations

from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import add_months, current_month, month_label, month_range
from rentan_desktop.i18n import language
from rentan_desktop.payments import month_view, status
from rentan_desktop.payments.calendar import Calendar
from rentan_desktop.payments.nobody_owes import NobodyOwes, nobody_owes
from rentan_desktop.payments.rules import rules_for
from rentan_desktop.payments.service import month_window
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.headers import fit_headers
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.payments import opd_filter
from rentan_desktop.ui.payments.payment_models import (
    PAYMENT_UID_ROLE,
    SPONSOR_UID_ROLE,
    UID_ROLE,
    ArrearsModel,
    MonthColumn,
    MonthModel,
    SponsorModel,
)
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PaymentTab(QWidget):
    PAGE_MONTH, PAGE_ARREARS, PAGE_SPONSORS = 0, 1, 2

    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self._stale_pages: set[int] = {self.PAGE_ARREARS, self.PAGE_SPONSORS}

        self.month_combo = QComboBox()
        now = current_month()
        for month in reversed(month_range(add_months(now, -24), add_months(now, 12))):
            self.month_combo.addItem(month_label(month, language()), month)
        self.month_combo.setCurrentIndex(self.month_combo.findData(now))
        self.month_combo.setMaxVisibleItems(15)
        self.due_label = QLabel()
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("All workers"), month_view.SHOW_ALL)
        self.show_combo.addItem(self.tr("Unpaid only"), month_view.SHOW_UNPAID)
        self.show_combo.addItem(self.tr("Paid only"), month_view.SHOW_PAID)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or NIK"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.opd_filter = opd_filter.opd_combo(env.db, self) if env.is_disnaker else None

        self.bulk_button = QPushButton(self.tr("Record this month's payroll deductions…"))
        self.pay_button = QPushButton(self.tr("Pay / prepay…"))
        self.reverse_button = QPushButton(self.tr("Correct a payment…"))
        self.export_button = QPushButton(self.tr("Export deduction list (.xlsx)…"))
        # A push button with a menu: Qt sizes it for the text and the arrow (a tool button drew its
        # arrow over the last letters).
        self.print_button = QPushButton()
        self.print_button.setText(self.tr("Print"))
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.bulk_button.clicked.connect(self.record_bulk)
        self.pay_button.clicked.connect(self.pay_selected)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.export_button.clicked.connect(self.export_deductions)
        self.export_view_button = QPushButton(self.tr("Export this list (.xlsx)…"))
        self.export_view_button.setToolTip(self.tr("Save the list on screen as a workbook: the page shown, with its filter and search"))
        self.export_view_button.clicked.connect(lambda: self.export_list())
        self.cash_button = QPushButton(self.tr("Cash received…"))
        self.cash_button.setToolTip(self.tr("Money received by payment date: per day and one by one"))
        self.cash_button.clicked.connect(self.show_cash)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_combo)
        top.addWidget(self.due_label)
        top.addStretch(1)
        if self.opd_filter is not None:
            top.addWidget(self.opd_filter)
        top.addWidget(self.show_combo)
        top.addWidget(self.search)
        actions = QHBoxLayout()
        for widget in (self.bulk_button, self.pay_button, self.reverse_button, self.export_button,
                       self.export_view_button, self.cash_button, self.print_button):
            actions.addWidget(widget)
        actions.addStretch(1)

        # Month page
        self.month_model = MonthModel(env.db, self)
        self.month_view = _table(self.month_model)
        self.month_view.doubleClicked.connect(lambda _: self.pay_selected())
        for col, width in enumerate((200, 140, 190, 90, 130, 170, 90)):
            self.month_view.setColumnWidth(col, width)
        fit_headers(self.month_view)
        # 9 columns under a new key: a saved 8-column layout would leave the OPD cells unpainted.
        ui_state.remember_table(self.month_view, env.ctx.data_dir, "payments_month_opd",
                                not_here=() if env.is_disnaker else (MonthColumn.OPD,))
        self.month_model.from_bundles = env.is_disnaker
        # Arrears page
        self.arrears_model = ArrearsModel(self)
        self.arrears_view = _table(self.arrears_model)
        for col, width in enumerate((200, 140, 190, 150, 60, 100)):
            self.arrears_view.setColumnWidth(col, width)
        ui_state.remember_table(self.arrears_view, env.ctx.data_dir, "payments_arrears")
        self.arrears_filter = QComboBox()
        self.arrears_filter.addItem(self.tr("All with unpaid months"), "")
        self.arrears_filter.addItem(self.tr("At risk (2–3 months)"), "at_risk")
        self.arrears_filter.addItem(self.tr("Lapsing or lapsed"), "lapsed")
        self.arrears_filter.currentIndexChanged.connect(self.load_arrears)
        self.arrears_pay = QPushButton(self.tr("Pay arrears…"))
        self.arrears_pay.clicked.connect(self.pay_arrears)
        self.reregister_button = QPushButton(self.tr("Register again…"))
        self.reregister_button.clicked.connect(self.reregister_selected)
        self.arrears_summary = QLabel()
        arrears_page = QWidget()
        arrears_bar = QHBoxLayout()
        arrears_bar.addWidget(self.arrears_filter)
        arrears_bar.addWidget(self.arrears_pay)
        arrears_bar.addWidget(self.reregister_button)
        arrears_bar.addStretch(1)
        arrears_bar.addWidget(self.arrears_summary)
        arrears_layout = QVBoxLayout(arrears_page)
        arrears_layout.addLayout(arrears_bar)
        arrears_layout.addWidget(self.arrears_view)
        # Sponsors page
        self.sponsor_model = SponsorModel(self)
        self.sponsor_view = _table(self.sponsor_model)
        # Narrow enough that the Indonesian headers fit whole in a 1366 px window (fit_headers widens
        # "Tunggakan (lewat jatuh tempo)" and the other long ones to their text).
        for col, width in enumerate((165, 185, 110, 110, 130, 150, 150, 110)):
            self.sponsor_view.setColumnWidth(col, width)
        fit_headers(self.sponsor_view)
        self.sponsor_summary_label = QLabel()
        sponsor_page = QWidget()
        sponsor_layout = QVBoxLayout(sponsor_page)
        sponsor_layout.addWidget(self.sponsor_summary_label)
        sponsor_layout.addWidget(self.sponsor_view)

        self.pages = QTabWidget()
        self.pages.addTab(self.month_view, self.tr("Contributions"))
        self.pages.addTab(arrears_page, self.tr("Arrears and lapses"))
        self.pages.addTab(sponsor_page, self.tr("Per sponsor"))
        self.pages.currentChanged.connect(self._page_shown)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("payment_totals")
        # Not a modal box: the tab opens at start-up and must never block it.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
        self.notice.setVisible(False)
        # When nobody owes anything this month: why, and the step that is missing.
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("payment_empty_hint")
        self.empty_hint.setStyleSheet("background: #e8f0fe; color: #1a3a6b; padding: 6px;")
        self.empty_hint.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty_hint)
        layout.addLayout(top)
        if self.opd_filter is not None:
            layout.addWidget(opd_filter.bundle_note(self))
            self.opd_filter.currentIndexChanged.connect(self.reload)
        layout.addLayout(actions)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.totals_label)

        self.month_combo.currentIndexChanged.connect(self._month_changed)
        self.show_combo.currentIndexChanged.connect(self.reload)
        # Payments and worker statuses belong to the OPD that keeps the worker: Disnaker reads them
        # from bundles and never writes them here (that would clash with the OPD's next bundle).
        self.read_only = env.is_disnaker
        for button in (self.bulk_button, self.pay_button, self.reverse_button, self.arrears_pay,
                       self.reregister_button):
            button.setVisible(not self.read_only)
        # The month view of every worker (about 1 s at 200,000) loads when the tab is first shown,
        # not while the main window opens behind another tab.
        self._stale = True
        from rentan_desktop.ui.printing import print_actions

        print_actions.install_payment_actions(self)
        self.print_button.setVisible(not self.print_menu.isEmpty())
        if not self.read_only:
            self.check_lapses()

    # -- what other code asks of the tab -------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Payments")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_month(self) -> str:
        return self.month_combo.currentData()

    def set_month(self, month: str) -> None:
        index = self.month_combo.findData(month)
        if index < 0:
            self.month_combo.addItem(month_label(month, language()), month)
            index = self.month_combo.count() - 1
        self.month_combo.setCurrentIndex(index)

    def selected_sponsor_uids(self) -> list[str]:
        """Sponsors chosen on the sponsor page, or the sponsors of the selected workers."""
        if self.pages.currentIndex() == self.PAGE_SPONSORS:
            view, model = self.sponsor_view, self.sponsor_model
        elif self.pages.currentIndex() == self.PAGE_ARREARS:
            view, model = self.arrears_view, self.arrears_model
        else:
            view, model = self.month_view, self.month_model
        uids = []
        for index in view.selectionModel().selectedRows():
            uid = model.data(index, SPONSOR_UID_ROLE)
            if uid and uid not in uids:
                uids.append(uid)
        return uids

    def selected_worker_uids(self) -> list[str]:
        if self.pages.currentIndex() == self.PAGE_ARREARS:
            view, model = self.arrears_view, self.arrears_model
        elif self.pages.currentIndex() == self.PAGE_MONTH:
            view, model = self.month_view, self.month_model
        else:
            return []
        return [model.data(i, UID_ROLE) for i in view.selectionModel().selectedRows()]

    def selected_payment_uids(self) -> list[str]:
        if self.pages.currentIndex() != self.PAGE_MONTH:
            return []
        uids = [self.month_model.data(i, PAYMENT_UID_ROLE) for i in self.month_view.selectionModel().selectedRows()]
        return [u for u in uids if u]

    # -- loading -------------------------------------------------------------------------------
    def _month_changed(self) -> None:
        self._stale_pages = {self.PAGE_ARREARS, self.PAGE_SPONSORS}
        self.reload()
        self._page_shown(self.pages.currentIndex())

    def reload(self) -> None:
        self._stale = False
        month = self.current_month()
        opd_id = self.opd_filter.currentData() if self.opd_filter is not None else None
        selection = month_view.select_month(self.env.db, month, self.show_combo.currentData(), self.search.text(),
                                            opd_id=opd_id)
        self.month_model.load(month, selection.ids, selection.totals)
        self.due_label.setText(self.tr("due {date}").format(date=Calendar.load(self.env.db).due_date(month).strftime("%d/%m/%Y")))
        t = selection.totals
        self.totals_label.setText(self.tr(
            "Workers: {workers} · Due: {due} · Paid: {paid} ({paid_workers} workers) · Outstanding: {outstanding}")
            .format(workers=f"{t.workers:,}".replace(",", "."), due=rupiah(t.due), paid=rupiah(t.paid),
                    paid_workers=f"{t.paid_workers:,}".replace(",", "."), outstanding=rupiah(t.outstanding)))
        self._explain_if_empty(month, t.workers)
        earliest, latest = month_window(db=self.env.db)
        can_pay = earliest <= month <= latest and not self.read_only
        self.bulk_button.setEnabled(can_pay)
        self.bulk_button.setToolTip("" if can_pay else self.tr("This month can no longer be paid."))

    def _explain_if_empty(self, month: str, shown: int) -> None:
        text = ""
        if shown == 0 and not self.search.text().strip() and self.show_combo.currentData() == month_view.SHOW_ALL:
            text = self.empty_text(nobody_owes(self.env.db, month))
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))

    def empty_text(self, why: NobodyOwes) -> str:
        lead = self.tr("Nobody owes a contribution for this month. Only workers submitted to BPJS or "
                       "active owe contributions, from their start month on.")
        if why.workers == 0:
            return lead + " " + self.tr("There are no workers yet: add or import them on the Roster tab.")
        steps = []
        if why.sent:  # QA walk r6, 12: sent workers are still drafts until Disnaker's return bundle
            steps.append(self.tr(
                "%n worker(s) were sent to Disnaker and wait to be submitted to BPJS: they owe contributions "
                "once Disnaker's return bundle marks them submitted.", "", why.sent))
        if why.drafts - why.sent:
            steps.append(self.tr(
                "%n worker(s) are still drafts: complete their data on the Roster tab, then send them to "
                "Disnaker in a bundle (Sync tab) for BPJS registration; they owe contributions once "
                "submitted.", "", why.drafts - why.sent))
        if why.without_start:
            steps.append(self.tr("%n submitted or active worker(s) have no start month: open each on the "
                                 "Roster tab and set it.", "", why.without_start))
        if why.starting_later:
            steps.append(self.tr("%n worker(s) start in a later month.", "", why.starting_later))
        return " ".join([lead, *steps])

    def _page_shown(self, page: int) -> None:
        if page in self._stale_pages:
            self._stale_pages.discard(page)
            if page == self.PAGE_ARREARS:
                self.load_arrears()
            elif page == self.PAGE_SPONSORS:
                self.load_sponsors()

    def load_arrears(self) -> None:
        rows = status.arrears(self.env.db, self.current_month())
        wanted = self.arrears_filter.currentData()
        if wanted == "at_risk":
            rows = [r for r in rows if r.state == "at_risk"]
        elif wanted == "lapsed":
            rows = [r for r in rows if r.state == "lapsed"]
        self.arrears_model.set_rows(rows)
        owed = sum(r.amount for r in rows if r.state != "lapsed")
        self.arrears_summary.setText(self.tr("{count} workers · {risk} at risk · {lapsed} lapsed · owed {owed}")
                                     .format(count=len(rows), risk=sum(r.state == "at_risk" for r in rows),
                                             lapsed=sum(r.state == "lapsed" for r in rows), owed=rupiah(owed)))

    def load_sponsors(self) -> None:
        rows = status.sponsor_summary(self.env.db, self.current_month())
        self.sponsor_model.set_rows(rows)
        below = sum(r.below_quota for r in rows)
        self.sponsor_summary_label.setText(self.tr("{count} sponsors · {below} below their quota").format(
            count=len(rows), below=below))

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"payments", "workers", "sponsors", "rates", "settings", "sync"}:
            self._stale_pages = {self.PAGE_ARREARS, self.PAGE_SPONSORS}
            if not self.isVisible():  # a hidden tab reloads when it is shown
                self._stale = True
                return
            self.reload()
            self._page_shown(self.pages.currentIndex())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.reload()
            self._page_shown(self.pages.currentIndex())
        super().showEvent(event)

    # -- actions -------------------------------------------------------------------------------
    def check_lapses(self) -> None:
        """Apply the lapses today's date brought, through the write door; tell the operator."""
        operator = self.env.operator

        def done(lapsed: list[str]) -> None:
            if lapsed:
                self.notice.setText(self.tr(
                    "%n membership(s) lapsed after more than {n} consecutive unpaid months. They are listed "
                    "under Arrears and lapses, where they can be registered again.", "", len(lapsed)).format(
                    n=rules_for(self.env.db).lapse_months))
                self.notice.setVisible(True)
                self.env.ops.changed.emit(frozenset({"workers"}))

        self.env.ops.run(lambda db: status.refresh_statuses(db, operator), on_success=done, parent=self)

    def record_bulk(self) -> None:
        from rentan_desktop.ui.payments.pay_bulk_dialog import PayBulkDialog

        dialog = PayBulkDialog(self.env, self.current_month(), self.selected_sponsor_uids(), self)
        dialog.open()
        self.last_dialog = dialog

    def pay_selected(self, months: list[str] | None = None) -> None:
        from rentan_desktop.ui.payments.pay_dialog import PayDialog

        uids = self.selected_worker_uids()
        if len(uids) != 1:
            QMessageBox.information(self, self.tr("Pay contributions"), self.tr("Select one worker first."))
            return
        dialog = PayDialog(self.env, uids[0], months if months is not None else [self.current_month()], self)
        dialog.accepted.connect(lambda: self.offer_receipt(getattr(dialog, "paid_uids", [])))
        dialog.open()
        self.last_dialog = dialog

    def pay_arrears(self) -> None:
        rows = [self.arrears_model.rows[i.row()] for i in self.arrears_view.selectionModel().selectedRows()]
        if len(rows) != 1:
            QMessageBox.information(self, self.tr("Pay arrears"), self.tr("Select one worker first."))
            return
        if rows[0].state == "lapsed":
            QMessageBox.information(self, self.tr("Pay arrears"), self.tr(
                "This membership has lapsed: register the worker again first."))
            return
        earliest, _ = month_window()
        self.pay_selected([m for m in rows[0].unpaid_months if m >= earliest])

    def reverse_selected(self) -> None:
        from rentan_desktop.ui.payments.pay_reverse_dialog import PayReverseDialog

        uids = self.selected_payment_uids()
        if len(uids) != 1:
            QMessageBox.information(self, self.tr("Correct a payment"), self.tr(
                "Select one paid row of the month first."))
            return
        dialog = PayReverseDialog(self.env, uids[0], self)
        dialog.open()
        self.last_dialog = dialog

    def reregister_selected(self) -> None:
        rows = [self.arrears_model.rows[i.row()] for i in self.arrears_view.selectionModel().selectedRows()]
        lapsed = [r for r in rows if r.status == "lapsed"]
        if not lapsed:
            QMessageBox.information(self, self.tr("Register again"), self.tr("Select lapsed workers first."))
            return
        answer = QMessageBox.question(self, self.tr("Register again"), self.tr(
            "Register %n worker(s) again from {month}? They return to draft and need a new registration "
            "with BPJS.", "", len(lapsed)).format(month=month_label(current_month(), language())))
        if answer != QMessageBox.StandardButton.Yes:
            return
        uids, operator = [r.worker_uid for r in lapsed], self.env.operator

        def work(db):
            with db.atomic():
                for uid in uids:
                    status.reregister(db, operator, uid)

        self.env.ops.run(work, changes={"workers"}, parent=self)

    def offer_receipt(self, payment_uids: list[str]) -> bool:
        from rentan_desktop.ui.payments.receipt_offer import offer_receipt

        return offer_receipt(self, self.env, payment_uids)

    def show_cash(self) -> None:
        from rentan_desktop.ui.payments.cash_dialog import CashDialog

        self.last_dialog = CashDialog(self.env, self)
        self.last_dialog.open()

    def export_list(self, path: str | None = None):
        from rentan_desktop.ui.common.export_view import export_view, payment_spec

        return export_view(self.env, payment_spec(self), self, path)

    def export_deductions(self) -> None:
        month = self.current_month()
        path = ui_state.save_file_name(self, self.env.ctx.data_dir, "exports", self.tr("Export deduction list"),
                                       f"daftar-potongan-{month}.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from rentan_desktop.payments.deductions import deduction_list, export_xlsx
        from rentan_desktop.ui.common.background import run_task

        ctx, pemda = self.env.ctx, self.env.site.pemda
        scope = self.selected_sponsor_uids() if self.pages.currentIndex() == self.PAGE_SPONSORS else []

        def work(state):
            with ctx.reader() as db:
                data = deduction_list(db, month, scope or None)
            export_xlsx(data, path, pemda=pemda)
            return data

        def done(data):
            self.last_export = path
            QMessageBox.information(self, self.tr("Export deduction list"), self.tr(
                "Saved {path}: {sponsors} sponsors, {workers} workers, total {total}.").format(
                path=path, sponsors=len(data.sponsors), workers=data.worker_count, total=rupiah(data.grand_total)))

        self.export_task = run_task(work, title=self.tr("Exporting the deduction list…"), parent=self,
                                    on_success=done)
