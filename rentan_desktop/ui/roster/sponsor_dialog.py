"""Adding or editing a sponsor (ASN or another sponsor kind), with the NIP read as it is typed."""

from __future__ import annotations

from functools import partial
from typing import Any

from rentan_desktop import fields
from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.nip import check_nip, format_nip
from rentan_desktop.domain.phone import display_phone
from rentan_desktop.domain.vocab import (
    POSITION_LEVELS,
    SPONSOR_KINDS,
    eselon_to_level,
    position_level_label,
    sponsor_kind_label,
)
from rentan_desktop.roster import service
from rentan_desktop.roster.validate import validate_sponsor
from rentan_desktop.ui.common.forms import FieldMessages, WrappedLabel, confirm_discard, show_validation_error
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

# Field labels come from the field registry (rentan_desktop/fields), like the importer's and the sync's.
label = partial(fields.label, "sponsors")


class SponsorDialog(QDialog):
    def __init__(self, env: UiEnv, uid: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.env, self.uid = env, uid
        self.saved_uid: str | None = None
        self.setWindowTitle(self.tr("Edit sponsor") if uid else self.tr("Add sponsor"))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        for code in SPONSOR_KINDS:
            self.kind.addItem(sponsor_kind_label(code), code)
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 digits, e.g. 19660801 198803 1 001"))
        self.name = QLineEdit()
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("e.g. Kepala Bidang Pembinaan"))
        self.eselon = QLineEdit()
        self.eselon.setPlaceholderText(self.tr("II, III, IV or empty"))
        self.level = QComboBox()
        for code in POSITION_LEVELS:
            self.level.addItem(position_level_label(code), code)
        self.level.setCurrentIndex(self.level.findData("staff"))
        self.gender = QComboBox()
        self.gender.addItem("", None)
        self.gender.addItem(self.tr("Male (L)"), "L")
        self.gender.addItem(self.tr("Female (P)"), "P")
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("08… or +628…"))

        self.general = WrappedLabel()
        self.general.setVisible(False)
        form = QFormLayout()
        self.fields = FieldMessages(form, self.general)
        self.fields.add_row(self.tr("Type"), "kind", self.kind)
        self.fields.add_row(label("nip"), "nip", self.nip)
        self.fields.add_row(label("name"), "name", self.name)
        self.fields.add_row(label("position"), "position", self.position)
        self.fields.add_row(label("eselon"), "eselon", self.eselon)
        self.fields.add_row(label("position_level"), "position_level", self.level)
        self.fields.add_row(label("gender"), "gender", self.gender)
        self.fields.add_row(label("birth_date"), "birth_date", self.birth_date)
        self.fields.add_row(label("phone"), "phone", self.phone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

        self._touched: set[str] = set()
        if uid:
            self._load(service.get_sponsor(env.db, uid))
        self.nip.textEdited.connect(lambda _: self._nip_typed())
        self.eselon.textEdited.connect(lambda text: self._select(self.level, eselon_to_level(text)))
        for name, widget in (("name", self.name), ("birth_date", self.birth_date), ("phone", self.phone)):
            widget.editingFinished.connect(lambda n=name: self._touch(n))
        self.kind.currentIndexChanged.connect(lambda _: self._touch("nip"))
        self._saved_state = self.data()

    def has_changes(self) -> bool:
        return self.data() != self._saved_state

    def reject(self) -> None:
        """Esc, Cancel and the close button ask before a filled form is thrown away."""
        if self.has_changes() and not confirm_discard(self, self.tr("sponsor")):
            return
        super().reject()

    @staticmethod
    def _select(combo: QComboBox, code: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def _load(self, row: dict[str, Any]) -> None:
        self._select(self.kind, row["kind"])
        self.nip.setText(format_nip(row["nip"]) if row["nip"] else "")
        self.name.setText(row["name"] or "")
        self.position.setText(row["position"] or "")
        self.eselon.setText(row["eselon"] or "")
        self._select(self.level, row["position_level"])
        self._select(self.gender, row["gender"])
        self.birth_date.setText(format_date(row["birth_date"]))
        self.phone.setText(display_phone(row["phone"]))

    def data(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "nip": self.nip.text(), "name": self.name.text(),
                "position": self.position.text(), "position_level": self.level.currentData(),
                "eselon": self.eselon.text(), "gender": self.gender.currentData(),
                "birth_date": self.birth_date.text(), "phone": self.phone.text()}

    def _nip_typed(self) -> None:
        """A complete NIP fills the sex, birth date and PNS/PPPK type."""
        check = check_nip(self.nip.text())
        if check.nip and check.valid:
            if self.kind.currentData() in ("pns", "pppk"):
                self._select(self.kind, check.kind)
            self._select(self.gender, check.gender)
            if check.birth_date:
                self.birth_date.setText(format_date(check.birth_date))
            self._touch("nip")
        elif len("".join(c for c in self.nip.text() if c.isdigit())) >= 18:
            self._touch("nip")

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        _, findings = validate_sponsor(self.data())
        self.fields.show([i for i in findings.issues if i.field in self._touched])

    def accept(self) -> None:
        data, operator, uid = self.data(), self.env.operator, self.uid

        def on_error(error: Exception) -> bool:
            return show_validation_error(self.fields, error)

        def done(result: service.SaveResult) -> None:
            self.saved_uid = result.uid
            QDialog.accept(self)

        self.env.ops.run(lambda db: service.save_sponsor(db, operator, data, uid=uid), changes={"sponsors"},
                         on_success=done, on_error=on_error, parent=self, short=True)
