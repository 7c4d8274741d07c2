"""Disnaker's view of the month: which OPD, and a reminder that payments arrive by bundle.

At Disnaker the month lists every OPD's workers; a clerk reads it OPD by OPD (QA walk r4, 16).
A payment an OPD recorded shows here only once its bundle is imported, so "unpaid" would be a
claim Disnaker cannot make: the model says "not received yet" instead.
"""

from __future__ import annotations

from rentan_desktop.ui.qt import QComboBox, QCoreApplication, QLabel, QWidget


def opd_combo(db, parent: QWidget | None = None) -> QComboBox:
    """All OPDs, then each OPD by code and name; its data is the OPD's id (None for all)."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("OpdFilter", "All OPDs"), None)
    for opd_id, code, name in db.execute("SELECT id, code, name FROM opds ORDER BY code"):
        combo.addItem(f"{code} · {name}", opd_id)
    combo.setToolTip(QCoreApplication.translate("OpdFilter", "Show the workers of one OPD"))
    return combo


def bundle_note(parent: QWidget | None = None) -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "OpdFilter", "Payments as carried by each OPD's latest bundle: a payment the OPD has recorded "
                     "but not yet sent shows as 'Not received yet'."), parent)
    label.setWordWrap(True)
    return label
