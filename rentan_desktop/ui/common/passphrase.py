"""Passphrase rows: a hidden-text field, and the choice of a new passphrase (twice, or the key store).

First run, protecting a 0.1 install and adding an operator all ask the same way, so the
checks (new_passphrase_problems) and the key-store alternative behave the same everywhere.
"""

from __future__ import annotations

from rentan_desktop.domain.issues import Issue
from rentan_desktop.security.vault import keyring_backend, new_passphrase_problems
from rentan_desktop.ui.common.forms import FieldMessages
from rentan_desktop.ui.qt import QCheckBox, QCoreApplication, QLineEdit


def password_field(placeholder: str = "") -> QLineEdit:
    """A line edit that hides what is typed."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


class NewPassphrase:
    """A new passphrase typed twice, or (where the system has one) the key store instead."""

    def __init__(self, placeholder: str = ""):
        translate = QCoreApplication.translate
        self.passphrase = password_field(placeholder)
        self.passphrase_again = password_field()
        self.use_keyring = QCheckBox(translate(
            "NewPassphrase", "Keep the key in this computer's key store instead (no passphrase)"))
        self.use_keyring.setVisible(keyring_backend() is not None)

    def add_rows(self, fields: FieldMessages) -> None:
        """The passphrase, its repetition and the key-store box; the key store disables both fields."""
        translate = QCoreApplication.translate
        fields.add_row(translate("NewPassphrase", "Passphrase"), "passphrase", self.passphrase)
        fields.add_row(translate("NewPassphrase", "Repeat passphrase"), "passphrase_again", self.passphrase_again)
        fields.add_row("", "keyring", self.use_keyring)
        self.use_keyring.toggled.connect(
            lambda on: [fields.set_row_enabled(name, not on) for name in ("passphrase", "passphrase_again")])

    def retranslate(self, fields: FieldMessages, placeholder: str = "") -> None:
        """The rows' texts again in the current language (a form whose language is chosen on it)."""
        translate = QCoreApplication.translate
        fields.field_label("passphrase").setText(translate("NewPassphrase", "Passphrase"))
        fields.field_label("passphrase_again").setText(translate("NewPassphrase", "Repeat passphrase"))
        self.use_keyring.setText(translate(
            "NewPassphrase", "Keep the key in this computer's key store instead (no passphrase)"))
        self.passphrase.setPlaceholderText(placeholder)

    def uses_keyring(self) -> bool:
        return self.use_keyring.isChecked()

    def chosen(self) -> str | None:
        """The passphrase to protect the install key with; None when the key store keeps it."""
        return None if self.uses_keyring() else self.passphrase.text()

    def issues(self) -> list[Issue]:
        """What is wrong with the passphrase (too short, the two differ); none with the key store."""
        if self.uses_keyring():
            return []
        return [Issue(name, message) for name, message in
                new_passphrase_problems(self.passphrase.text(), self.passphrase_again.text())]
