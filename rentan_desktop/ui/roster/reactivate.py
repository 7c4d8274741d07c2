"""Bringing an ended worker back (moved away and returned, ended by mistake): asks the reason,
which the audit trail keeps, and writes through the op runner."""

from __future__ import annotations

from rentan_desktop.roster import service
from rentan_desktop.ui.qt import QCoreApplication, QInputDialog, QLineEdit, QWidget

translate = QCoreApplication.translate


def ask_reason(parent: QWidget, name: str) -> tuple[str, bool]:
    """The reason for reactivating (tests replace this)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("Reactivate", "Reactivate worker"))
    dialog.setLabelText(translate("Reactivate", "{name} was ended. Why is this worker active again? (kept in the "
                                                "history)").format(name=name))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(translate("Reactivate", "Reactivate"))
    dialog.setCancelButtonText(translate("Reactivate", "Cancel"))
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), ok


def reactivate(env, parent: QWidget, uid: str, name: str, on_done=None) -> None:
    reason, ok = ask_reason(parent, name)
    if not ok:
        return
    operator = env.operator
    env.ops.run(lambda db: service.reactivate_worker(db, operator, uid, reason), changes={"workers"},
                parent=parent, on_success=on_done, short=True)
