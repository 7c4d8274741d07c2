"""Asking for the key passphrase when the secret keys are locked (once per session).

A wrong passphrase is asked again with a line saying it was wrong; after three wrong tries the
clerk is told what else can be done."""

from __future__ import annotations

from rentan_desktop.sync import keys
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QCoreApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

ATTEMPTS = 3
translate = QCoreApplication.translate

# Tests replace this to answer the prompt: (parent, title, label) -> (text, ok).
ask_passphrase = None


def make_prompt(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """The passphrase prompt, with its own translated buttons."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(translate("SyncUnlock", "Unlock"))
    dialog.setCancelButtonText(translate("SyncUnlock", "Cancel"))
    return dialog


def _ask(parent: QWidget | None, title: str, label: str) -> tuple[str, bool]:
    if ask_passphrase is not None:
        return ask_passphrase(parent, title, label)
    dialog = make_prompt(parent, title, label)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), ok


def prompt_text(wrong_attempts: int) -> str:
    """The prompt's text; after a wrong passphrase it says so first."""
    lines = []
    if wrong_attempts:
        lines.append(translate("SyncUnlock", "That passphrase was wrong (attempt {n} of {max}). Type it again; check "
                                             "Caps Lock and the keyboard layout.").format(n=wrong_attempts,
                                                                                        max=ATTEMPTS))
    lines.append(translate("SyncUnlock", "The keys that sign and open bundles are locked. Type the passphrase "
                                         "chosen when this install was set up:"))
    return "\n\n".join(lines)


def ensure_unlocked(parent: QWidget | None, env: UiEnv) -> bool:
    """True when the secret keys can be used now; asks for the passphrase if needed."""
    title = translate("SyncUnlock", "Key passphrase")
    try:
        keys.unlock(env.db, env.ctx.data_dir)
        return True
    except keys.PassphraseNeeded:
        pass
    except Exception as exc:  # noqa: BLE001 - a missing key file: say so plainly
        QMessageBox.warning(parent, title, str(exc))
        return False
    for wrong in range(ATTEMPTS):
        text, ok = _ask(parent, title, prompt_text(wrong))
        if not ok:
            return False
        try:
            keys.unlock(env.db, env.ctx.data_dir, text)
            return True
        except keys.PassphraseNeeded:
            continue
    QMessageBox.warning(parent, title, translate(
        "SyncUnlock", "The passphrase was wrong {max} times, so the keys stay locked. Try again later; if nobody "
                      "knows it any more, restore the keys from the key backup (Keys and trust) or ask "
                      "Disnaker how to enrol a new key.").format(max=ATTEMPTS))
    return False
