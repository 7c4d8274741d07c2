"""On start, before anything writes: is the database healthy? If not, offer the latest good backup.

The damaged file is never written over: it is moved into <data folder>/damaged and kept. A
healthy file gets its daily backup here (the first start of each day).
"""

from __future__ import annotations

import logging
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.maintenance.backup import daily_backup_if_due, read_info
from rentan_desktop.maintenance.integrity import (
    DAMAGED_DIR,
    Verdict,
    check_file,
    latest_good_backup,
    recover_from_backup,
)
from rentan_desktop.ui.qt import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


def check_on_start(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """True to go on opening the database; False when the user chose to quit."""
    path = ctx.db_path
    key = ctx.db_key()
    verdict = check_file(path, key=key)
    if verdict.ok:
        try:
            made = daily_backup_if_due(path, key=key)
            if made is not None:
                log.info("daily backup %s", made.name)
        except Exception:  # a failed backup must not stop the day's work; it is logged
            log.exception("daily backup failed")
        return True
    log.error("database damaged: %s", verdict.summary)
    # The language setting is inside the damaged file: speak the default language (Indonesian).
    from rentan_desktop import i18n
    from rentan_desktop.ui.common.i18n import install_translators

    if QApplication.instance() is not None and i18n.language() != "en":
        install_translators(QApplication.instance(), i18n.DEFAULT_LANGUAGE)
    good = latest_good_backup(path, key=key)
    choice = ask_recovery(parent, path, verdict, good)
    if choice == QUIT:
        return False
    aside, used = recover_from_backup(path, good if choice == RESTORE else None, key=key)
    log.warning("damaged database set aside as %s; restored from %s", aside, used)
    QMessageBox.information(parent, QApplication.translate("BackupRecovery", "Database restored") if used else QApplication.translate("BackupRecovery", "New database"), (
        QApplication.translate("BackupRecovery", "The backup of {date} is in use. The damaged file is kept as {aside}.").format(
            date=_when(used), aside=aside) if used else
        QApplication.translate("BackupRecovery", "Rentan Desktop starts with an empty database. The damaged file is kept as {aside}.").format(
            aside=aside)))
    return True


def ask_recovery(parent: QWidget | None, path: Path, verdict: Verdict, good: Path | None) -> str:
    """Tell the user and let them choose: restore the latest good backup, start empty, or quit.

    SQLite's own findings (`verdict`) go to the log, which Copy diagnostics includes.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("BackupRecovery", "The database is damaged"))
    box.setText(QApplication.translate("BackupRecovery", "The database file {file} is damaged (this can happen after a power cut or with a failing "
                   "disk). It will not be changed: it is moved to the '{folder}' folder and kept.").format(
        file=path.name, folder=DAMAGED_DIR))
    restore = empty = None
    if good is not None:
        info = read_info(good)
        box.setInformativeText(QApplication.translate("BackupRecovery",
            "Restore the latest good backup, from {date} ({workers} workers)? Work entered after it must be "
            "entered again.").format(date=_when(good), workers=info.counts.get("workers", 0)))
        restore = box.addButton(QApplication.translate("BackupRecovery", "Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(QApplication.translate("BackupRecovery", "There is no good backup. Start with an empty database, or quit and ask "
                                  "for help (keep the damaged file)."))
        empty = box.addButton(QApplication.translate("BackupRecovery", "Start empty"), QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(QApplication.translate("BackupRecovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RESTORE
    if empty is not None and clicked is empty:
        return EMPTY
    return QUIT


def _when(path: Path | None) -> str:
    if path is None:
        return "-"
    from rentan_desktop.ui.maintenance.backup_dialog import when

    return when(read_info(path))
