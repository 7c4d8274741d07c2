"""Is the database healthy? If not, offer the latest good backup.

On start only the header and schema are checked (milliseconds); `PRAGMA quick_check` reads
the whole file, so it runs in a background thread a few seconds after the window is shown
(on a cold start it would otherwise compete with the first screen for the disk; a quit
before then runs it before exiting), then the daily backup (the first start of each day)
follows it. Damage it finds goes to the log, the user
is told, and the next start runs the full check and offers the recovery below. The damaged
file is never written over: it is moved into <data folder>/damaged and kept.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from rentan_desktop.context import AppContext
from rentan_desktop.maintenance.integrity import (
    DAMAGED_DIR,
    Verdict,
    check_file,
    check_header,
    damage_mark,
    forget_damage,
    latest_good_backup,
    recover_from_backup,
    remember_damage,
)
from rentan_desktop.store import cipher
from rentan_desktop.ui.qt import QApplication, QMessageBox, QObject, QTimer, QWidget, Signal

log = logging.getLogger(__name__)

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"
CHECK_DELAY_MS = 5000  # the first screen and the user's first clicks go before reading the whole file


def check_on_start(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """True to go on opening the database; False when the user chose to quit."""
    path = ctx.db_path
    key = ctx.db_key()
    if damage_mark(path).exists():  # the last background check found damage: the full check now
        verdict = check_file(path, key=key)
        if verdict.ok:
            forget_damage(path)
    else:
        verdict = check_header(path, lambda: cipher.open_connection(path, key, readonly=True))
    if verdict.ok:
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
    forget_damage(path)
    log.warning("damaged database set aside as %s; restored from %s", aside, used)
    QMessageBox.information(parent, QApplication.translate("BackupRecovery", "Database restored") if used else QApplication.translate("BackupRecovery", "New database"), (
        QApplication.translate("BackupRecovery", "The backup of {date} is in use. The damaged file is kept as {aside}.").format(
            date=_when(used), aside=aside) if used else
        QApplication.translate("BackupRecovery", "Rentan Desktop starts with an empty database. The damaged file is kept as {aside}.").format(
            aside=aside)))
    return True


class BackgroundCheck(QObject):
    """`PRAGMA quick_check` after start, then the daily backup when it is due (never of a damaged file)."""

    damaged = Signal(object)  # Verdict, delivered on the GUI thread

    def __init__(self, db_path: Path, key: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._key = key  # the install's database key (store.cipher); None for a plain file
        self._thread = threading.Thread(target=self._run, name="rentan-quick-check", daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive() and self._thread.ident is None:
            self._thread.start()

    def wait(self) -> None:
        """Let the check and backup finish, starting them if not yet (on quit: no half-written
        backup, and no start of the day without its check and backup)."""
        self.start()
        self._thread.join()

    def _run(self) -> None:
        verdict = check_file(self.db_path, key=self._key)
        if not verdict.ok:
            log.error("database damaged (background check): %s", verdict.summary)
            remember_damage(self.db_path, verdict)
            self.damaged.emit(verdict)
            return
        log.info("database check (quick_check) ok")
        try:
            # The backup code takes 0.2-0.7 s to import: here, off the start path.
            from rentan_desktop.maintenance.backup import daily_backup_if_due

            made = daily_backup_if_due(self.db_path, key=self._key)
            if made is not None:
                log.info("daily backup %s", made.name)
        except Exception:  # a failed backup must not stop the day's work; it is logged
            log.exception("daily backup failed")


def check_in_background(ctx: AppContext, window: QWidget) -> BackgroundCheck:
    """Start the full check CHECK_DELAY_MS after the window is shown; a damage found is told to the user."""
    check = BackgroundCheck(ctx.db_path, ctx.db_key(), window)
    check.damaged.connect(lambda _verdict: tell_damage_found(window))
    QTimer.singleShot(CHECK_DELAY_MS, check, check.start)
    return check


def tell_restore_cut_short(parent: QWidget | None, leftovers: list[str]) -> bool:
    """After unlock: a restore the clerk asked for and a kill or power cut stopped is said, not only logged."""
    from rentan_desktop.maintenance.faults import restore_notice

    text = restore_notice(leftovers)
    if text:
        QMessageBox.information(parent, QApplication.translate("BackupRecovery", "Restore of a backup"), text)
    return bool(text)


def tell_damage_found(parent: QWidget | None) -> None:
    QMessageBox.critical(parent, QApplication.translate("BackupRecovery", "The database is damaged"),
                         QApplication.translate(
                             "BackupRecovery",
                             "The check of the database file found damage (this can happen after a power cut or "
                             "with a failing disk). Do not enter new work now: close Rentan Desktop and start it "
                             "again, and it will offer to restore the latest good backup."))


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
        from rentan_desktop.maintenance.backup import read_info

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
    from rentan_desktop.maintenance.backup import read_info
    from rentan_desktop.ui.maintenance.backup_dialog import when

    return when(read_info(path))
