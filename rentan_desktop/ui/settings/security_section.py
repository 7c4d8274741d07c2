"""Settings ▸ Security and personal data: app lock, operators, retention, the personal data log."""

from __future__ import annotations

from rentan_desktop.errors import UserError
from rentan_desktop.pdp import pseudonymise
from rentan_desktop.store import audit, settings
from rentan_desktop.ui.common.settings_section import SettingsSection, wrapped_note
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QCoreApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.settings.security_dialogs import AccessLogDialog, NewOperatorDialog
from rentan_desktop.ui.shell.app_lock import DEFAULT_MINUTES, SETTING, lock_minutes


class SecuritySection(SettingsSection):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(env, QCoreApplication.translate("SecuritySection", "Security and personal data"), parent)
        self.lock_after = QSpinBox()
        self.lock_after.setRange(0, 240)
        self.lock_after.setSuffix(self.tr(" minutes"))
        self.lock_after.setSpecialValueText(self.tr("never"))
        self.retention = QSpinBox()
        self.retention.setRange(0, 50)
        self.retention.setSuffix(self.tr(" years"))
        self.retention.setSpecialValueText(self.tr("keep"))
        self.retention.setEnabled(self.editable)
        self.retention_note = wrapped_note(self.tr("Disnaker sets this for every OPD.") if not self.editable else
                                           self.tr("Ended workers' identifying fields are replaced after this time; "
                                                   "OPDs receive it in the next bundle."))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Lock after no activity for"), self.lock_after)
        form.addRow(self.tr("Keep ended workers' personal data for"), self.retention)
        form.addRow("", self.retention_note)

        self.operators = QListWidget()
        self.operators.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add operator…"))
        self.add_button.clicked.connect(self.add_operator)
        self.remove_button = QPushButton(self.tr("Remove operator"))
        self.remove_button.clicked.connect(self.remove_operator)
        self.log_button = QPushButton(self.tr("Personal data log…"))
        self.log_button.clicked.connect(self.show_log)
        self.pseudonymise_button = QPushButton()
        self.pseudonymise_button.clicked.connect(self.pseudonymise_now)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.log_button, self.pseudonymise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(QLabel(self.tr("Operators (each unlocks with their own passphrase):")))
        layout.addWidget(self.operators)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        db = self.env.db
        self.lock_after.setValue(lock_minutes(db))
        self.retention.setValue(pseudonymise.retention_years(db))
        self.operators.clear()
        vault = self.env.ctx.vault
        self.operators.addItems(vault.operators() if vault is not None else [])
        due = len(pseudonymise.due(db))
        self.pseudonymise_button.setText(self.tr("Pseudonymise now ({count} due)").format(count=due))
        self.pseudonymise_button.setEnabled(due > 0 and not self.env.is_disnaker)

    def save(self) -> None:
        minutes, years = self.lock_after.value(), self.retention.value()
        is_disnaker = self.env.is_disnaker

        def work(db):
            settings.put(db, SETTING, minutes)
            if is_disnaker:
                settings.put(db, pseudonymise.SETTING, years)

        self.env.ops.run(work, changes={"settings"}, parent=self)

    def add_operator(self) -> None:
        dialog = NewOperatorDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._audit("operator_add", dialog.name.text().strip())

    def remove_operator(self) -> None:
        item = self.operators.currentItem()
        if item is None:
            QMessageBox.information(self, self.tr("Operators"), self.tr("Select the operator to remove."))
            return
        name = item.text()
        if QMessageBox.question(self, self.tr("Operators"), self.tr("Remove {name}? They can no longer open this "
                                                                    "install.").format(name=name)) \
                != QMessageBox.StandardButton.Yes:
            return
        vault = self.env.ctx.vault
        try:
            vault.remove_operator(name, working=self.env.ctx.session.operator)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Operators"), str(exc))
            return
        vault.save()
        self._audit("operator_remove", name)

    def _audit(self, action: str, name: str) -> None:
        operator = self.env.operator
        self.env.ops.run(lambda db: audit.record(db, operator=operator, table="operators", uid=name, action=action),
                         changes={"operators"}, parent=self)

    def show_log(self) -> None:
        AccessLogDialog(self.env, self).exec()

    def pseudonymise_now(self) -> None:
        operator = self.env.operator
        self.env.ops.run(lambda db: pseudonymise.pseudonymise(db, operator), changes={"workers", "pdp"}, parent=self)

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"settings", "operators", "workers", "pdp"}:
            self.load()


__all__ = ["SecuritySection", "NewOperatorDialog", "DEFAULT_MINUTES"]
