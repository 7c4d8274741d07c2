"""Asking for the key passphrase when the secret keys are locked (once per session)."""

from __future__ import annotations

from rentan_desktop.sync import keys
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QInputDialog, QLineEdit, QMessageBox, QWidget

# Tests replace this to answer the prompt: (parent, title, label) -> (text, ok).
ask_passphrase = None


def _ask(parent: QWidget | None, title: str, label: str) -> tuple[str, bool]:
    if ask_passphrase is not None:
        return ask_passphrase(parent, title, label)
    return QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)


def ensure_unlocked(parent: QWidget | None, env: UiEnv) -> bool:
    """True when the secret keys can be used now; asks for the passphrase if needed."""
    title = "Rentan Desktop"
    label = parent.tr("Passphrase of this install's keys:") if parent is not None else "Passphrase:"
    for _attempt in range(3):
        try:
            keys.unlock(env.db, env.ctx.data_dir)
            return True
        except keys.PassphraseNeeded as exc:
            text, ok = _ask(parent, title, f"{exc}\n{label}")
            if not ok:
                return False
            try:
                keys.unlock(env.db, env.ctx.data_dir, text)
                return True
            except keys.PassphraseNeeded:
                continue
        except Exception as exc:  # missing key file: say so plainly
            QMessageBox.warning(parent, title, str(exc))
            return False
    return False
