"""The worker form's "not complete for BPJS registration" notice and the marks on the fields it names.

It follows the form as the clerk fills it (QA walk r5, 5: after a refused Save it still listed the fields
just filled), with the roster's own rule (roster/readiness.missing_fields).
"""

from __future__ import annotations

from typing import Any

from rentan_desktop.roster import readiness
from rentan_desktop.roster.validate import validate_worker
from rentan_desktop.ui.common.style import WARNING_COLOUR
from rentan_desktop.ui.qt import QCoreApplication


def show(dialog: Any, names: list[str]) -> None:
    """Say what BPJS registration still needs and mark those fields' labels (and no other)."""
    translate = QCoreApplication.translate
    for name in dialog.missing:  # marks of fields filled since
        label = dialog._rows[name].field_label(name)
        if label is not None:
            label.setStyleSheet("")
            label.setToolTip("")
    dialog.missing = [n for n in names if n in dialog._rows]
    dialog.readiness_notice.setText(translate(
        "WorkerDialog", "Not complete for BPJS registration yet: {fields}. Fill in the marked fields and press Save; "
                        "the worker is then ready to be sent to Disnaker.").format(
        fields=readiness.describe_missing(names)))
    dialog.readiness_notice.setVisible(bool(names))
    for name in dialog.missing:
        label = dialog._rows[name].field_label(name)
        if label is not None:
            label.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
            label.setToolTip(translate("WorkerDialog", "Needed for BPJS registration"))


def refresh(dialog: Any) -> None:
    """What is still missing as the form now stands, not as it was opened."""
    clean, _ = validate_worker(dialog.data())
    show(dialog, readiness.missing_fields({**clean, "sponsor_status": dialog._sponsor_status}))
