"""Security dialogs of Settings: adding an operator (name and passphrase) and the personal data log."""

from __future__ import annotations

from rentan_desktop.domain.dates import format_moment
from rentan_desktop.errors import UserError
from rentan_desktop.pdp import access_log
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.passphrase import password_field
from rentan_desktop.ui.common.settings_section import SettingsSection
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class NewOperatorDialog(QDialog):
    """Name and passphrase (twice) of a new operator; the install key is wrapped for them at once."""

    def __init__(self, section: SettingsSection):
        super().__init__(section)
        self.section = section
        self.setWindowTitle(self.tr("Add operator"))
        self.name = QLineEdit()
        self.passphrase = password_field()
        self.again = password_field()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat passphrase"), self.again)
        stack(self, form, self.message, dialog_buttons(self, self.accept, ok_text=self.tr("Add"),
                                                        cancel_text=self.tr("Cancel")))

    def accept(self) -> None:
        from rentan_desktop.security.vault import check_new_passphrase

        ctx = self.section.env.ctx
        vault = ctx.vault
        try:
            check_new_passphrase(self.passphrase.text(), self.again.text())
            vault.add_operator(ctx.session.install_key, self.name.text(), self.passphrase.text())
        except UserError as exc:
            self.message.setText(str(exc))
            return
        vault.save()
        super().accept()


class AccessLogDialog(QDialog):
    """Who exported or printed personal data, newest first."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Personal data log"))
        self.resize(760, 420)
        rows = access_log.entries(env.db)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Operator"), self.tr("What"), self.tr("File")])
        for r, row in enumerate(rows):
            values = (format_moment(row["at"]), row["operator"], access_log.action_label(row["action"]),
                      row["detail"])
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().setVisible(False)  # no row numbers, as the History dialog (QA walk r6, 5)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)  # a log is read, not edited
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
