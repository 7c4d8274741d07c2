"""Confirming a month's payroll deductions: scope, method, reference, date, count and total."""

from __future__ import annotations

from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import month_label
from rentan_desktop.i18n import language
from rentan_desktop.payments import service
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.forms import FieldMessages, save_and_accept
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.payments.payment_fields import PaymentEntry
from rentan_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QWidget,
)


class PayBulkDialog(QDialog):
    """Records the month for all sponsors' workers or the selected sponsors' only."""

    def __init__(self, env: UiEnv, month: str, selected_sponsors: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.month = month
        self.selected_sponsors = selected_sponsors
        self.result_value: service.BulkResult | None = None
        self.setWindowTitle(self.tr("Record payroll deductions"))
        self.all_radio = QRadioButton(self.tr("All sponsors"))
        self.selected_radio = QRadioButton(self.tr("Selected sponsors only ({count})").format(
            count=len(selected_sponsors)))
        self.selected_radio.setEnabled(bool(selected_sponsors))
        # The month's payroll run is for everyone unless the clerk narrows it: a row left selected in the
        # list must not quietly shrink it to one sponsor (QA walk r4, 12).
        self.all_radio.setChecked(True)
        self.entry = PaymentEntry(self.tr("e.g. SP2D or payroll number"))
        self.method, self.reference, self.paid_on = self.entry.method, self.entry.reference, self.entry.paid_on
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        general = QLabel()
        form = QFormLayout()
        self.fields = FieldMessages(form, general)
        form.addRow(self.tr("Month"), QLabel(month_label(month, language())))
        form.addRow(self.tr("Whose workers"), self.all_radio)
        form.addRow("", self.selected_radio)
        self.entry.add_rows(self.fields)
        self.buttons = dialog_buttons(self, self.submit)
        stack(self, form, self.summary, general, self.buttons)
        for signal in (self.all_radio.toggled, self.method.currentIndexChanged):
            signal.connect(self.update_preview)
        self.preview: service.BulkPreview | None = None
        self.update_preview()

    def sponsor_scope(self) -> list[str] | None:
        return self.selected_sponsors if self.selected_radio.isChecked() else None

    def update_preview(self) -> None:
        self.preview = service.preview_month(self.env.db, self.month, self.method.currentData(),
                                             self.sponsor_scope())
        p = self.preview
        text = self.tr("Record {count} contributions for {month}, total {total}?").format(
            count=p.count, month=month_label(self.month, language()), total=rupiah(p.total))
        if p.already_paid:
            text += " " + self.tr("{count} workers are already paid for this month and are left alone.").format(
                count=p.already_paid)
        if p.held_back:
            text += " " + self.tr("{count} workers still have an earlier month unpaid and are left out: months are "
                                  "paid in order (they are named after the run).").format(count=p.held_back)
        self.summary.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record {count} ({total})").format(count=p.count, total=rupiah(p.total)))
        ok.setEnabled(p.count > 0)

    def submit(self) -> None:
        month, scope = self.month, self.sponsor_scope()
        method, reference, paid_on = self.entry.values()
        operator = self.env.operator
        save_and_accept(self, self.env.ops,
                        lambda db: service.record_month(db, operator, month, method, scope, reference, paid_on),
                        changes={"payments", "workers"}, fields=self.fields, buttons=self.buttons,
                        keep=self._keep)

    def _keep(self, result: service.BulkResult) -> None:
        self.result_value = result
        if result.held_back:  # who was left out and what to do, before the clerk forgets them
            QMessageBox.information(self.parentWidget() or self, self.windowTitle(), "\n".join([
                self.tr("{count} workers were left out because an earlier month is still unpaid:").format(
                    count=len(result.held_back)), *result.held_back_lines()[:30]]))
