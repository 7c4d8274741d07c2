"""Ending a worker's or a sponsor's participation: a date and a reason; nothing is deleted."""

from __future__ import annotations

import datetime as dt

from rentan_desktop.roster import service
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.forms import FieldMessages, show_validation_error
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QWidget,
)


class RosterEndDialog(QDialog):
    """`kind` is "workers" or "sponsors"; the write goes through env.ops."""

    def __init__(self, env: UiEnv, kind: str, uid: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.env, self.kind, self.uid = env, kind, uid
        worker = kind == "workers"
        self.setWindowTitle(self.tr("End worker") if worker else self.tr("End sponsor"))
        intro = QLabel((self.tr("End the participation of {name}? The record and its history stay; it can be "
                                "looked up but no longer counts as current.") if worker else
                        self.tr("End the sponsorship of {name}? The record and its history stay; their workers "
                                "keep their own status.")).format(name=name))
        intro.setWordWrap(True)
        self.ended_on = QDateEdit(QDate.currentDate())
        self.ended_on.setCalendarPopup(True)
        self.ended_on.setDisplayFormat("dd/MM/yyyy")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        reasons = ([self.tr("Died"), self.tr("Moved away"), self.tr("Now employed with a wage (PU)"),
                    self.tr("Withdrew"), self.tr("Registered twice")] if worker else
                   [self.tr("Retired"), self.tr("Transferred to another OPD"), self.tr("Died"),
                    self.tr("Contract ended")])
        self.reason.addItem("")
        self.reason.addItems(reasons)
        self.reason.setCurrentIndex(0)
        self.general = QLabel()
        self.general.setVisible(False)
        form = QFormLayout()
        self.fields = FieldMessages(form, self.general)
        self.fields.add_row(self.tr("End date"), "ended_on", self.ended_on)
        self.fields.add_row(self.tr("Reason"), "end_reason", self.reason)
        buttons = dialog_buttons(self, self.accept, ok_text=self.tr("End"))
        layout = stack(self, intro, form, self.general, buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.reason.setFocus()

    def set_values(self, day: dt.date, reason: str) -> None:
        self.ended_on.setDate(QDate(day.year, day.month, day.day))
        self.reason.setCurrentText(reason)

    def accept(self) -> None:
        day = self.ended_on.date().toPython()
        reason = self.reason.currentText()
        end = service.end_worker if self.kind == "workers" else service.end_sponsor
        operator, uid = self.env.operator, self.uid

        def on_error(error: Exception) -> bool:
            return show_validation_error(self.fields, error)

        self.fields.clear()
        self.env.ops.run(lambda db: end(db, operator, uid, day, reason), changes={self.kind},
                         on_success=lambda _: QDialog.accept(self), on_error=on_error, parent=self, short=True)
