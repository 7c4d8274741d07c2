"""The rows every payment entry asks for: method, reference and payment date (one worker or a month)."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.domain.vocab import PAYMENT_METHODS, payment_method_label
from rentan_desktop.ui.common.forms import FieldMessages
from rentan_desktop.ui.qt import QComboBox, QCoreApplication, QDate, QDateEdit, QLineEdit


class PaymentEntry:
    """The method list, the reference and a payment date that cannot lie in the future."""

    def __init__(self, reference_hint: str, default_method: str | None = None):
        self.method = QComboBox()
        for code in PAYMENT_METHODS:
            self.method.addItem(payment_method_label(code), code)
        if default_method is not None:
            self.method.setCurrentIndex(self.method.findData(default_method))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(reference_hint)
        self.paid_on = QDateEdit(QDate.currentDate())
        self.paid_on.setDisplayFormat("dd/MM/yyyy")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setMaximumDate(QDate.currentDate())

    def add_rows(self, fields: FieldMessages) -> None:
        """The three rows, each with its message line for the service's findings."""
        translate = QCoreApplication.translate
        fields.add_row(translate("PaymentEntry", "Method"), "method", self.method)
        fields.add_row(translate("PaymentEntry", "Reference"), "reference", self.reference)
        fields.add_row(translate("PaymentEntry", "Payment date"), "paid_on", self.paid_on)

    def values(self) -> tuple[str, str, dt.date]:
        """Method code, reference text and payment date, as the payment service takes them."""
        return self.method.currentData(), self.reference.text(), self.paid_on.date().toPython()
