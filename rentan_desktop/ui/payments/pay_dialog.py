"""Paying for one worker: this month, 1/3/6/12 months ahead, or arrears months.

The operator ticks months (buttons tick the next 1, 3, 6 or 12 unpaid months); the dialog
shows the months and the total before anything is stored.
"""

from __future__ import annotations

from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import add_months, current_month, month_label, month_range
from rentan_desktop.i18n import language
from rentan_desktop.payments import coverage, service
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.forms import FieldMessages, save_and_accept
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.payments.payment_fields import PaymentEntry
from rentan_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QWidget,
)


class PayDialog(QDialog):
    def __init__(self, env: UiEnv, worker_uid: str, months: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.worker_uid = worker_uid
        self.paid_uids: list[str] = []
        db = env.db
        self.worker = next(db["workers"].rows_where("uid = ?", [worker_uid]))
        self.paid = {m for (m,) in db.execute(
            "SELECT month FROM payments WHERE worker_id = ? AND kind = 'payment' AND reversed_at IS NULL",
            [self.worker["id"]])}
        self.book = RateBook.load(db)
        self.setWindowTitle(self.tr("Pay contributions"))
        earliest, _ = service.month_window(db=db)
        first = max(earliest, self.worker["start_month"] or earliest)
        last = add_months(current_month(), 23)
        until = coverage.covered_until(self.worker["status"], self.worker["paid_through"],
                                       self.worker["start_month"] or first, self.worker["ended_on"])
        if until:
            last = min(last, until)
        self.month_list = QListWidget()
        paid_text = self.tr("paid")
        for month in month_range(first, last) if first <= last else []:
            amount = self._amount(month)
            paid = month in self.paid
            item = QListWidgetItem(f"{month_label(month, language())} — {rupiah(amount)}"
                                   + (f" ({paid_text})" if paid else ""))
            item.setData(Qt.ItemDataRole.UserRole, month)
            if paid:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if months and month in months else Qt.CheckState.Unchecked)
            self.month_list.addItem(item)
        self.month_list.itemChanged.connect(self.update_total)
        ahead = QHBoxLayout()
        ahead.addWidget(QLabel(self.tr("Pay ahead:")))
        self.ahead_buttons = {}
        for count in service.prepay_counts(db):
            button = QPushButton(self.tr("%n month(s)", "", count))
            button.clicked.connect(lambda _=False, c=count: self.choose_ahead(c))
            ahead.addWidget(button)
            self.ahead_buttons[count] = button
        ahead.addStretch(1)
        self.entry = PaymentEntry(self.tr("receipt, transfer or virtual account number"), default_method="cash")
        self.method, self.reference, self.paid_on = self.entry.method, self.entry.reference, self.entry.paid_on
        self.total = QLabel()
        general = QLabel()
        form = QFormLayout()
        self.fields = FieldMessages(form, general)
        form.addRow(self.tr("Worker"), QLabel(f"{self.worker['name']} · {self.worker['nik']}"))
        self.fields.add_row(self.tr("Months"), "month", self.month_list)
        form.addRow("", ahead)
        self.entry.add_rows(self.fields)
        self.buttons = dialog_buttons(self, self.submit)
        stack(self, form, self.total, general, self.buttons)
        self.resize(460, 560)
        self.update_total()

    def _amount(self, month: str) -> int:
        return self.book.amount(self.worker["declared_income"], bool(self.worker["jht"]), month).total

    def checked_months(self) -> list[str]:
        return [self.month_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.month_list.count())
                if self.month_list.item(i).checkState() == Qt.CheckState.Checked]

    def choose_ahead(self, count: int) -> None:
        """Tick the next `count` unpaid months from the current month (or the start month)."""
        start = max(current_month(), self.worker["start_month"] or current_month())
        chosen = []
        for i in range(self.month_list.count()):
            item = self.month_list.item(i)
            month = item.data(Qt.ItemDataRole.UserRole)
            if month >= start and month not in self.paid and len(chosen) < count:
                chosen.append(month)
        self.month_list.blockSignals(True)
        for i in range(self.month_list.count()):
            item = self.month_list.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                month = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(Qt.CheckState.Checked if month in chosen else Qt.CheckState.Unchecked)
        self.month_list.blockSignals(False)
        self.update_total()

    def update_total(self, *_: object) -> None:
        months = self.checked_months()
        total = sum(self._amount(m) for m in months)
        if months:
            self.total.setText(self.tr("%n month(s): {first} to {last}, total {total}", "", len(months)).format(
                first=month_label(months[0], language()), last=month_label(months[-1], language()),
                total=rupiah(total)))
        else:
            self.total.setText(self.tr("Tick the months to pay."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(months))

    def submit(self) -> None:
        months = self.checked_months()
        uid = self.worker_uid
        method, reference, paid_on = self.entry.values()
        operator = self.env.operator
        save_and_accept(self, self.env.ops,
                        lambda db: service.record_payments(db, operator, uid, months, method, reference, paid_on),
                        changes={"payments", "workers"}, fields=self.fields, buttons=self.buttons,
                        keep=lambda uids: setattr(self, "paid_uids", uids))
