"""After a payment is recorded: offer the receipt right away (the payer is usually at the desk)."""

from __future__ import annotations

from rentan_desktop.ui.qt import QCoreApplication, QMessageBox, QWidget


def offer_receipt(parent: QWidget, env, payment_uids: list[str]) -> bool:
    """Ask 'Print a receipt?'; on yes, render the receipt and open the print preview."""
    if not payment_uids:
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ReceiptOffer", "Payment recorded"),
        QCoreApplication.translate("ReceiptOffer", "The payment was recorded ({n} month(s)). Print a receipt for "
                                                   "the payer?").format(n=len(payment_uids)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from rentan_desktop.ui.printing import print_actions

    print_actions.run_job(env, print_actions.receipts_job(payment_uids), parent)
    return True
