"""Paying for one worker: this month, 1/3/6/12 months ahead, or arrears months.

The operator chooses how many months (the counts Disnaker's rules allow); the months run in
order from the oldest unpaid one (payments/sequence.py), so the list only shows which months a
choice covers: no month can be ticked alone. The dialog shows the months and the total before
anything is stored.
"""

from __future__ import annotations

from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import month_label
from rentan_desktop.i18n import language
from rentan_desktop.payments import sequence, service
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
        # Only what BPJS will book: the first N unpaid months from the oldest, N an allowed count.
        self.unpaid = service.payable_unpaid(db, self.worker, self.paid)
        self.counts = sequence.allowed_counts(self.worker, self.unpaid, service.prepay_counts(db))
        shown = self.unpaid[:max(self.counts, default=0)]
        self.month_list = QListWidget()
        for month in shown:
            item = QListWidgetItem(f"{month_label(month, language())} — {rupiah(self._amount(month))}")
            item.setData(Qt.ItemDataRole.UserRole, month)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.month_list.addItem(item)
        ahead = QHBoxLayout()
        ahead.addWidget(QLabel(self.tr("Months at once:")))
        self.ahead_buttons = {}
        for count in self.counts:
            button = QPushButton(self.tr("%n month(s)", "", count))
            # Pressed in, never the default: Enter after typing the reference is OK, not "1 month" (QA walk r4, 12).
            button.setCheckable(True)
            button.setAutoDefault(False)
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        stack(self, form, self.total, general, self.buttons)
        self.resize(460, 560)
        # A preselected run is kept when it is a valid choice; otherwise the smallest allowed one.
        wanted = len(months or []) if months and list(months) == self.unpaid[:len(months)] else 0
        self.choose_ahead(wanted if wanted in self.counts else min(self.counts, default=0))

    def _amount(self, month: str) -> int:
        return self.book.amount(self.worker["declared_income"], bool(self.worker["jht"]), month).total

    def checked_months(self) -> list[str]:
        return [self.month_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.month_list.count())
                if self.month_list.item(i).checkState() == Qt.CheckState.Checked]

    def choose_ahead(self, count: int) -> None:
        """Mark the first `count` unpaid months from the oldest as the months to pay."""
        chosen = set(self.unpaid[:count])
        self.month_list.blockSignals(True)
        for i in range(self.month_list.count()):
            item = self.month_list.item(i)
            month = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if month in chosen else Qt.CheckState.Unchecked)
        self.month_list.blockSignals(False)
        for n, button in self.ahead_buttons.items():
            button.setChecked(n == count)
        self.update_total()

    def update_total(self, *_: object) -> None:
        months = self.checked_months()
        total = sum(self._amount(m) for m in months)
        if months:
            self.total.setText(self.tr("%n month(s): {first} to {last}, total {total}", "", len(months)).format(
                first=month_label(months[0], language()), last=month_label(months[-1], language()),
                total=rupiah(total)))
        elif not self.unpaid:
            self.total.setText(self.tr("Nothing can be paid for this worker now."))
        else:
            self.total.setText(self.tr("Choose how many months to pay."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(months))

    def submit(self) -> None:
        months = self.checked_months()
        uid = self.worker_uid
        method, reference, paid_on = self.entry.values()
        operator = self.env.operator
        save_and_accept(self, self.env.ops,
                        lambda db: service.pay_in_order(db, operator, uid, months, method, reference, paid_on),
                        changes={"payments", "workers"}, fields=self.fields, buttons=self.buttons,
                        keep=lambda uids: setattr(self, "paid_uids", uids), short=True)
