"""Adding or editing one OPD of the Pemda (Disnaker)."""

from __future__ import annotations

from functools import partial
from typing import Any

from rentan_desktop import fields
from rentan_desktop.disnaker import registry
from rentan_desktop.ui.common.forms import FieldMessages, save_and_accept
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

# Field labels come from the field registry (rentan_desktop/fields), like the importer's and the sync's.
label = partial(fields.label, "opds")


class OpdDialog(QDialog):
    """Edits stay in the dialog until Save succeeds; validation shows under each field."""

    def __init__(self, env: UiEnv, uid: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.uid = uid
        self.saved_uid: str | None = None
        self.setWindowTitle(self.tr("Edit OPD") if uid else self.tr("Add OPD"))
        self.setMinimumWidth(520)  # a long OPD name and a grouped 18-digit NIP stay whole
        self.code = QLineEdit()
        self.code.setPlaceholderText("1.01")
        self.name = QLineEdit()
        self.head_name = QLineEdit()
        self.head_nip = QLineEdit()
        self.head_nip.setPlaceholderText("19660801 198803 1 001")
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("phone or e-mail of the OPD operator"))
        self.address = QLineEdit()
        self.asn_count = QSpinBox()
        self.asn_count.setRange(0, 100_000)
        self.asn_count.setGroupSeparatorShown(True)
        self.active = QCheckBox(self.tr("Active (untick for an OPD that merged or closed; its records stay)"))
        self.active.setChecked(True)
        self.active.setVisible(uid is not None)
        self.provision = QCheckBox(self.tr("Write the provisioning file and fingerprint letter now"))
        self.provision.setVisible(uid is None)
        self.provision.setChecked(uid is None)
        form = QFormLayout()
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.fields = FieldMessages(form, self.general)
        self.fields.add_row(self.tr("Code"), "code", self.code)
        self.fields.add_row(self.tr("Name"), "name", self.name)
        self.fields.add_row(label("head_name"), "head_name", self.head_name)
        self.fields.add_row(label("head_nip"), "head_nip", self.head_nip)
        self.fields.add_row(label("contact"), "contact", self.contact)
        self.fields.add_row(label("address"), "address", self.address)
        self.fields.add_row(self.tr("Number of ASN (personnel list)"), "asn_count", self.asn_count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.active)
        layout.addWidget(self.provision)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        if uid:
            self._load(registry.get_opd(env.db, uid))

    def _load(self, opd: dict[str, Any]) -> None:
        self.code.setText(opd["code"] or "")
        self.name.setText(opd["name"] or "")
        self.head_name.setText(opd["head_name"] or "")
        self.head_nip.setText(opd["head_nip"] or "")
        self.contact.setText(opd["contact"] or "")
        self.address.setText(opd["address"] or "")
        self.asn_count.setValue(opd["asn_count"] or 0)
        self.active.setChecked(bool(opd["active"]))

    def values(self) -> dict[str, Any]:
        return {"code": self.code.text(), "name": self.name.text(), "head_name": self.head_name.text(),
                "head_nip": self.head_nip.text(), "contact": self.contact.text(), "address": self.address.text(),
                "asn_count": self.asn_count.value() or None}

    def save(self) -> None:
        data = self.values()
        _, issues = registry.validate_opd(data)
        if issues:
            self.fields.show(issues)
            return
        self.fields.clear()
        operator, uid, active = self.env.operator, self.uid, self.active.isChecked()

        def work(db) -> str:
            with db.atomic():
                saved = registry.save_opd(db, operator, data, uid)
                if uid is not None:
                    registry.set_active(db, operator, saved, active)
                return saved

        save_and_accept(self, self.env.ops, work, changes={"opds"}, fields=self.fields, buttons=self.buttons,
                        keep=lambda saved: setattr(self, "saved_uid", saved), short=True)
