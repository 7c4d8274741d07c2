"""Unlocking the install at start and after the app lock; protecting a 0.1 install.

An operator picks their name and types their passphrase; a wrong one says so under the field
and the dialog stays. A database from version 0.1 (plain SQLite) first asks who the operator
is and for a passphrase (or the key store), then it is encrypted on opening.
"""

from __future__ import annotations

import os
from pathlib import Path

from rentan_desktop import i18n
from rentan_desktop.context import AppContext
from rentan_desktop.domain.issues import Issue
from rentan_desktop.errors import UserError
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.forms import FieldMessages
from rentan_desktop.ui.common.i18n import install_translators
from rentan_desktop.ui.common.passphrase import NewPassphrase, password_field
from rentan_desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)


def fit_messages(layout: QLayout) -> None:
    """Room for a message under a field: the dialog is wide enough not to make it a narrow
    column, and grows when it appears instead of cutting its last line (what to do)."""
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    margins = layout.contentsMargins()
    layout.itemAt(0).widget().setMinimumWidth(MESSAGE_WIDTH - margins.left() - margins.right())


MESSAGE_WIDTH = 420


class _MessageDialog(QDialog):
    """A dialog whose messages under the fields are always shown whole."""

    fields: FieldMessages

    def _show(self, issues: list[Issue]) -> None:
        self.fields.show(issues)
        self.adjustSize()  # the word-wrapped message's height for this width, not one squeezed line


class UnlockDialog(_MessageDialog):
    """Who works now, with their passphrase. `locked=True`: the app lock (Quit instead of Cancel)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, locked: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Rentan Desktop is locked") if locked else self.tr("Open Rentan Desktop"))
        intro = QLabel(self.tr("The personal data in this install is encrypted. Choose your name and give your "
                               "passphrase."))
        intro.setWordWrap(True)
        self.operator = QComboBox()
        vault = ctx.vault
        self.operator.addItems(vault.operators() if vault is not None else [])
        current = ctx.session.operator
        if current and self.operator.findText(current) >= 0:
            self.operator.setCurrentIndex(self.operator.findText(current))
        self.passphrase = password_field()
        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.fields.add_row(self.tr("Operator"), "operator", self.operator)
        self.fields.add_row(self.tr("Passphrase"), "passphrase", self.passphrase)
        fit_messages(stack(self, intro, form, dialog_buttons(self, self.accept, ok_text=self.tr("Unlock"),
                                                             cancel_text=self.tr("Quit"))))
        self.passphrase.setFocus()

    def accept(self) -> None:
        try:
            self.ctx.unlock(self.passphrase.text(), self.operator.currentText() or None)
        except UserError as exc:
            self.passphrase.clear()
            self._show([Issue("passphrase", str(exc))])
            return
        super().accept()


class ProtectDialog(_MessageDialog):
    """A 0.1 install: name the operator and choose the passphrase that will encrypt the database."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Protect the personal data"))
        intro = QLabel(self.tr("This version encrypts the database and its backups. Name the operator and choose "
                               "a passphrase; a backup is taken before the file is converted."))
        intro.setWordWrap(True)
        self.operator = QLineEdit()
        self.new_passphrase = NewPassphrase()
        self.passphrase = self.new_passphrase.passphrase
        self.passphrase_again = self.new_passphrase.passphrase_again
        self.use_keyring = self.new_passphrase.use_keyring
        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.fields.add_row(self.tr("Operator"), "operator", self.operator)
        self.new_passphrase.add_rows(self.fields)
        fit_messages(stack(self, intro, form, dialog_buttons(self, self.accept, ok_text=self.tr("Encrypt"),
                                                             cancel_text=self.tr("Quit"))))

    def accept(self) -> None:
        issues = []
        if not self.operator.text().strip():
            issues.append(Issue("operator", self.tr("Give the operator's full name.")))
        issues += self.new_passphrase.issues()
        if issues:
            self._show(issues)
            return
        try:
            self.ctx.create_install_key(self.operator.text(), self.new_passphrase.chosen(),
                                        use_keyring=self.new_passphrase.uses_keyring())
            self.ctx.site  # noqa: B018 - opening converts the file, after an encrypted backup
        except UserError as exc:
            self._show([Issue("passphrase", str(exc))])
            return
        super().accept()


def speak_before_unlock(data_dir: Path | str | None = None) -> None:
    """The language of the passphrase prompt at start: the install's setting is inside the
    encrypted database, so the copy kept beside it (ui_state.remember_language, written when the
    main window opens and when the setting changes), else the programme's default (Indonesian)."""
    override = os.environ.get("RENTAN_LANGUAGE")
    remembered = ui_state.remembered_language(data_dir) if data_dir is not None else None
    language = next((c for c in (override, remembered) if c in i18n.LANGUAGES), i18n.DEFAULT_LANGUAGE)
    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app, language)


def unlock_on_start(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """True when the install can be opened (or is new: the first-run dialog follows)."""
    if ctx.is_new():
        return True
    speak_before_unlock(ctx.data_dir)
    if ctx.needs_protection():
        return ProtectDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted
    if ctx.try_unlock():
        return True
    return UnlockDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted
