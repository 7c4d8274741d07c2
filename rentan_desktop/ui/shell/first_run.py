"""First run: role, Pemda, OPD, operator and the passphrase. Nothing else opens until it is done.

The passphrase protects the install key (and so the encrypted database and the sync keys);
it is required unless the operator chooses the operating system's key store.
"""

from __future__ import annotations

from rentan_desktop import i18n
from rentan_desktop.context import AppContext
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.store import settings
from rentan_desktop.store.site import SiteInfo, initialise, site_issues
from rentan_desktop.ui.common.dialogs import stack
from rentan_desktop.ui.common.forms import FieldMessages, WrappedLabel
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.common.passphrase import NewPassphrase
from rentan_desktop.ui.qt import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)


class FirstRunDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.site: SiteInfo | None = None
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.opd_radio = QRadioButton()
        self.disnaker_radio = QRadioButton()
        self.opd_radio.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.opd_radio)
        roles.addButton(self.disnaker_radio)
        role_row = QHBoxLayout()
        role_row.setContentsMargins(0, 0, 0, 0)
        role_row.addWidget(self.opd_radio)
        role_row.addWidget(self.disnaker_radio)
        role_box = QWidget()
        role_box.setLayout(role_row)

        self.pemda = QLineEdit()
        self.opd_code = QLineEdit()
        self.opd_name = QLineEdit()
        self.operator = QLineEdit()
        self.language = QComboBox()
        for code, label in i18n.LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))

        self.general = WrappedLabel()
        self.general.setVisible(False)
        form = QFormLayout()
        self.fields = FieldMessages(form, self.general)
        for name, widget in (("role", role_box), ("pemda", self.pemda), ("opd_code", self.opd_code),
                             ("opd_name", self.opd_name), ("operator", self.operator), ("language", self.language)):
            self.fields.add_row(" ", name, widget)  # the text comes in retranslate()
        self.training = QCheckBox()
        self.fields.add_row(" ", "training", self.training)
        # Protects the install key: the database, its backups and the sync keys.
        self.new_passphrase = NewPassphrase()
        self.passphrase = self.new_passphrase.passphrase
        self.passphrase_again = self.new_passphrase.passphrase_again
        self.use_keyring = self.new_passphrase.use_keyring
        self.new_passphrase.add_rows(self.fields)

        # Buttons of our own, not Qt's standard OK/Cancel: Qt renames those to "OK"/"Cancel" when the
        # language changes, after retranslate() has named them.
        self.buttons = QDialogButtonBox()
        self.set_up_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.set_up_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = stack(self, self.intro, form, self.general, self.buttons)
        # Grow when error messages appear under the fields instead of squeezing the rows.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.retranslate()
        # The form speaks the language chosen on it at once (QA walk r5, 23: English chosen, the form stayed
        # Indonesian); everything after Set up uses it too.
        self.language.currentIndexChanged.connect(lambda _: self.choose_language(self.language.currentData()))
        self.disnaker_radio.toggled.connect(self._role_changed)
        self._role_changed()

    def choose_language(self, code: str) -> None:
        install_translators(QApplication.instance(), code)
        self.fields.show([])  # messages in the other language go; Set up says them again in this one
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the form in the current language."""
        self.setWindowTitle(self.tr("Set up Rentan Desktop"))
        self.intro.setText(self.tr(
            "Welcome. Tell Rentan Desktop where it works. An OPD install keeps one government "
            "unit's sponsors, workers and payments; the Disnaker install gathers every OPD's data."))
        self.opd_radio.setText(self.tr("OPD install (a government unit)"))
        self.disnaker_radio.setText(self.tr("Disnaker install (labour office)"))
        self.pemda.setPlaceholderText(self.tr("e.g. Kota Palangka Raya"))
        self.opd_code.setPlaceholderText(self.tr("e.g. 1.01"))
        self.opd_name.setPlaceholderText(self.tr("e.g. Dinas Pendidikan"))
        self.operator.setPlaceholderText(self.tr("your full name"))
        for name, text in (("role", self.tr("Role")), ("pemda", self.tr("Pemda")), ("opd_code", self.tr("OPD code")),
                           ("opd_name", self.tr("OPD name")), ("operator", self.tr("Operator")),
                           ("language", self.tr("Language")), ("training", self.tr("Purpose"))):
            self.fields.field_label(name).setText(text)
        self.training.setText(self.tr("Training install: for practice with demo data; never sends bundles"))
        self.training.setToolTip(self.tr(
            "Choose this only in a separate folder for learning the program. The real install of the "
            "office must not be a training install."))
        self.new_passphrase.retranslate(self.fields, self.tr(
            "protects the personal data and keys of this install (8+ characters)"))
        self.set_up_button.setText(self.tr("Set up"))
        self.quit_button.setText(self.tr("Quit"))

    def role(self) -> str:
        return "disnaker" if self.disnaker_radio.isChecked() else "opd"

    def _role_changed(self) -> None:
        is_opd = self.role() == "opd"
        for name in ("opd_code", "opd_name"):
            self.fields.set_row_enabled(name, is_opd)

    def accept(self) -> None:
        from rentan_desktop.domain.issues import Issue
        from rentan_desktop.errors import UserError

        is_opd = self.role() == "opd"
        keyring = self.new_passphrase.uses_keyring()
        passphrase = self.new_passphrase.chosen()
        issues = site_issues(role=self.role(), pemda=self.pemda.text(), operator=self.operator.text(),
                             opd_code=self.opd_code.text() if is_opd else None,
                             opd_name=self.opd_name.text() if is_opd else None)
        issues += self.new_passphrase.issues()
        if issues:
            self.fields.show(issues)
            return
        try:
            if self.ctx.vault is None:
                self.ctx.create_install_key(self.operator.text(), passphrase, use_keyring=keyring)
            self.site = initialise(
                self.ctx.db, role=self.role(), pemda=self.pemda.text(), operator=self.operator.text(),
                opd_code=self.opd_code.text() if is_opd else None,
                opd_name=self.opd_name.text() if is_opd else None, training=self.training.isChecked())
        except ValidationError as exc:
            self.fields.show(exc.issues)
            return
        except UserError as exc:
            self.fields.show([Issue("passphrase", str(exc))])
            return
        settings.put(self.ctx.db, "language", self.language.currentData())
        super().accept()
