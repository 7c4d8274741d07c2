"""Correcting a payment: a reversing entry with a reason (the original stays in the record)."""

from __future__ import annotations

from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import month_label
from rentan_desktop.domain.vocab import payment_method_label
from rentan_desktop.i18n import language
from rentan_desktop.payments import service
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.forms import FieldMessages, save_and_accept
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QDialog, QFormLayout, QLabel, QLineEdit, QWidget


class PayReverseDialog(QDialog):
    def __init__(self, env: UiEnv, payment_uid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.payment_uid = payment_uid
        self.reversal_uid: str | None = None
        row = env.db.execute(
            "SELECT w.name, p.month, p.amount, p.method, p.paid_on, p.reference FROM payments p "
            "JOIN workers w ON w.id = p.worker_id WHERE p.uid = ?", [payment_uid]).fetchone()
        name, month, amount, method, paid_on, reference = row
        self.setWindowTitle(self.tr("Correct a payment"))
        explain = QLabel(self.tr("The payment is not deleted: a correcting entry of {amount} is recorded with "
                                 "your reason, and both stay in the audit trail.").format(amount=rupiah(-amount)))
        explain.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. recorded for the wrong worker"))
        general = QLabel()
        form = QFormLayout()
        self.fields = FieldMessages(form, general)
        form.addRow(self.tr("Worker"), QLabel(name))
        form.addRow(self.tr("Month"), QLabel(month_label(month, language())))
        form.addRow(self.tr("Amount"), QLabel(rupiah(amount)))
        form.addRow(self.tr("Paid"), QLabel(f"{payment_method_label(method)} · {format_date(paid_on)}"
                                            + (f" · {reference}" if reference else "")))
        self.fields.add_row(self.tr("Reason"), "reason", self.reason)
        self.buttons = dialog_buttons(self, self.submit, ok_text=self.tr("Record correction"))
        stack(self, explain, form, general, self.buttons)

    def submit(self) -> None:
        uid, reason, operator = self.payment_uid, self.reason.text(), self.env.operator
        save_and_accept(self, self.env.ops, lambda db: service.reverse_payment(db, operator, uid, reason),
                        changes={"payments", "workers"}, fields=self.fields, buttons=self.buttons,
                        keep=lambda result: setattr(self, "reversal_uid", result), short=True)
