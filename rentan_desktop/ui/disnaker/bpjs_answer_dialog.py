"""Recording one worker's BPJS answer by hand (the only roster fields Disnaker edits)."""

from __future__ import annotations

from typing import Any

from rentan_desktop.disnaker import bpjs_import
from rentan_desktop.domain.dates import format_date
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.forms import FieldMessages, show_validation_error
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget


class BpjsAnswerDialog(QDialog):
    def __init__(self, env: UiEnv, worker: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.worker = worker
        self.setWindowTitle(self.tr("BPJS answer: {name}").format(name=worker["name"]))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Sent, waiting for BPJS"), "submitted")
        self.outcome.addItem(self.tr("Accepted"), "accepted")
        self.outcome.addItem(self.tr("Rejected"), "rejected")
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(worker.get("bpjs_status") or "accepted")))
        self.kpj = QLineEdit(worker.get("kpj") or "")
        self.kpj.setPlaceholderText("23091234567")
        self.start_date = QLineEdit(format_date(worker.get("bpjs_start_date")))
        self.start_date.setPlaceholderText("01/12/2026")
        self.reason = QLineEdit(worker.get("bpjs_reason") or "")
        form = QFormLayout()
        general = QLabel()
        general.setStyleSheet(ERROR_STYLE)
        self.fields = FieldMessages(form, general)
        self.fields.add_row(self.tr("Answer"), "outcome", self.outcome)
        self.fields.add_row(self.tr("KPJ number"), "kpj", self.kpj)
        self.fields.add_row(self.tr("Start date"), "start_date", self.start_date)
        self.fields.add_row(self.tr("Reason for rejection"), "reason", self.reason)
        self.outcome.currentIndexChanged.connect(lambda _: self._enable())
        identity = QLabel(self.tr("NIK {nik} · OPD {opd}").format(nik=worker["nik"], opd=worker["opd_code"]))
        stack(self, identity, form, general, dialog_buttons(self, self.save, save=True))
        self._enable()

    def _enable(self) -> None:
        outcome = self.outcome.currentData()
        self.fields.set_row_enabled("kpj", outcome == "accepted")
        self.fields.set_row_enabled("start_date", outcome == "accepted")
        self.fields.set_row_enabled("reason", outcome == "rejected")

    def save(self) -> None:
        operator, uid = self.env.operator, self.worker["uid"]
        outcome, kpj, start, reason = (self.outcome.currentData(), self.kpj.text(), self.start_date.text(),
                                       self.reason.text())

        def failed(error: Exception) -> bool:
            return show_validation_error(self.fields, error)

        self.env.ops.run(lambda db: bpjs_import.record_answer(db, operator, uid, outcome, kpj=kpj, start_date=start,
                                                              reason=reason),
                         changes={"workers", "bpjs"}, on_success=lambda _: self.accept(), on_error=failed,
                         parent=self)
