"""Backups in the GUI: the restore dialog (list, back up now, restore) and the settings section.

A restore closes every connection of this window, backs the current file up, copies the
chosen backup in its place and opens a fresh main window on it.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path

from rentan_desktop.domain.dates import format_date
from rentan_desktop.maintenance.backup import (
    BackupInfo,
    backup_dir,
    create_backup,
    list_backups,
    read_info,
    reason_label,
    restore_backup,
)
from rentan_desktop.maintenance.backup_copy import backup_to
from rentan_desktop.store import settings
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.operations import show_error
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QApplication,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QModelIndex,
    QPushButton,
    QSpinBox,
    Qt,
    QTableView,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)
# Main windows opened after a restore: kept alive here (top-level widgets need an owner).
_reopened: list[QWidget] = []
_ROOT = QModelIndex()


def when(info: BackupInfo) -> str:
    return f"{format_date(info.created.date())} {info.created.strftime('%H:%M')}"


class BackupsModel(QAbstractTableModel):
    # The schema version is for a developer: it stays in the tooltip with the path, not in a column.
    COLUMNS = ("date", "reason", "sponsors", "workers", "payments", "size")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def load(self, folder: Path) -> None:
        self.beginResetModel()
        self.rows = list_backups(folder)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        labels = {
            "date": self.tr("Date"), "reason": self.tr("Reason"), "sponsors": self.tr("Sponsors"),
            "workers": self.tr("Workers"), "payments": self.tr("Payments"),
            "size": self.tr("Size"),
        }
        return labels[self.COLUMNS[section]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        info = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "date":
                return when(info)
            if column == "reason":
                return reason_label(info.reason)
            if column in ("sponsors", "workers", "payments"):
                value = info.counts.get(column)
                return "-" if value is None else f"{value:,}".replace(",", ".")
            if column == "size":
                return f"{info.size / 1e6:.1f} MB"
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("date", "reason"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{path} (database version {version})").format(path=info.path, version=info.schema_version)
        return None


class BackupDialog(QDialog):
    """File ▸ Backups and restore…: every backup with its date, reason and record counts."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None,
                 reopen: Callable[[UiEnv], object] | None = None):
        super().__init__(parent)
        self.env = env
        self.reopen = reopen
        self.setWindowTitle(self.tr("Backups and restore"))
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.info = QLabel()
        self.info.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from…"))
        self.file_button.setToolTip(self.tr("Restore a backup kept on a USB stick or in another folder"))
        self.file_button.clicked.connect(lambda: self.restore_from_file())
        self.to_button = QPushButton(self.tr("Back up to…"))
        self.to_button.setToolTip(self.tr("Put a verified backup on a USB stick or in another folder"))
        self.to_button.clicked.connect(lambda: self.backup_to_folder())
        self.folder_button = QPushButton(self.tr("Open backup folder"))
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        for button in (self.backup_button, self.to_button, self.restore_button, self.file_button,
                       self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.model.load(self.env.ctx.data_dir)
        keep = settings.get(self.env.db, "backup_keep", 10)
        self.info.setText(self.tr(
            "Backups are made automatically every day, before every upgrade and before every bundle "
            "import; the newest {keep} are kept in {folder}.").format(
                keep=keep, folder=backup_dir(self.env.ctx.db_path)))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def backup_now(self) -> None:
        path = self.env.ctx.db_path
        self.backup_button.setEnabled(False)

        def done(result: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()

        def failed(error: Exception) -> bool:
            self.backup_button.setEnabled(True)
            return False

        key = self.env.ctx.db_key()
        self.env.ops.run(lambda _db: create_backup(path, "manual", key=key), changes={"backups"},
                         on_success=done, on_error=failed, parent=self)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.confirm_restore(info)

    def restore_from_file(self, name: str | None = None) -> None:
        if name is None:
            name = ui_state.open_file_name(self, self.env.ctx.data_dir, "backups", self.tr("Restore a backup file"),
                                           self.tr("Rentan database (*.sqlite3 *.db)"), removable_first=True)
        if name:
            self.confirm_restore(read_info(name))

    def backup_to_folder(self, folder: str | None = None) -> None:
        """Back up onto a USB stick (offered first) or another folder; the copy is verified."""
        if folder is None:
            folder = ui_state.folder_name(self, self.env.ctx.data_dir, "backups",
                                          self.tr("Where should the backup go?"), removable_first=True)
        if not folder:
            return
        path = self.env.ctx.db_path
        self.to_button.setEnabled(False)

        def done(result: Path) -> None:
            self.to_button.setEnabled(True)
            self.last_copy = result
            self.refresh()
            QMessageBox.information(self, self.tr("Back up to…"), self.tr(
                "The backup was written to {path} and checked: it matches the data. Keep the stick in a "
                "safe place; it holds personal data.").format(path=result))

        def failed(error: Exception) -> bool:
            self.to_button.setEnabled(True)
            return False

        key = self.env.ctx.db_key()
        self.env.ops.run(lambda _db: backup_to(path, folder, key=key), changes={"backups"},
                         on_success=done, on_error=failed, parent=self)

    def confirm_restore(self, info: BackupInfo) -> bool:
        counts = self.tr("{sponsors} sponsors, {workers} workers, {payments} payments").format(
            sponsors=info.counts.get("sponsors", 0), workers=info.counts.get("workers", 0),
            payments=info.counts.get("payments", 0))
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Restore the backup of {date} ({counts})?\n\nThe current data is backed up first, "
                    "then replaced by this backup; changes made after {date} are no longer shown. "
                    "The window reopens.").format(date=when(info), counts=counts) + self.chain_warning(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.accept()
        chosen = info.path
        env, reopen, owner = self.env, self.reopen, self.parentWidget()
        # After this dialog has closed: the window that owns it is replaced.
        QTimer.singleShot(0, lambda: restore_and_reopen(env, chosen, owner, reopen))
        return True

    def chain_warning(self, info: BackupInfo) -> str:
        """Bundles written after the backup: the receiver will refuse the next one unless all is sent again."""
        from rentan_desktop.sync import registry

        peers = [] if self.env.is_disnaker else registry.sent_after(self.env.db, info.created)
        if not peers:
            return ""
        whom = ", ".join("Disnaker" if p == registry.DISNAKER else f"OPD {p}" for p in peers)
        return "\n\n" + self.tr(
            "Bundles were written to {whom} after {date}. After the restore, {whom} will refuse the next bundle "
            "as not following the last one: write it with 'Send everything again (only when Disnaker asks)' "
            "ticked under Synchronisation.").format(whom=whom, date=when(info))

    def open_folder(self) -> None:
        folder = backup_dir(self.env.ctx.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def restore_and_reopen(env: UiEnv, backup: Path, window: QWidget | None,
                       reopen: Callable[[UiEnv], object] | None = None) -> object | None:
    """Close this install's window and connections, restore `backup`, open a new main window on it."""
    ctx = env.ctx
    app = QApplication.instance()
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the old window and the new one
    error = None
    try:
        env.ops.run(lambda db: db.close())  # the writer thread's own connection
        if window is not None:
            window.close()  # its tabs stop reading; closeEvent waits for the writer
            window.deleteLater()
        env.ops.shutdown()
        ctx.close()
        gc.collect()  # cursors of closed models may still pin the file (Windows cannot replace it)
        try:
            safety = restore_backup(ctx.db_path, backup, key=ctx.db_key())
            log.info("restored backup %s (current data kept as %s)", Path(backup).name, safety)
        except Exception as exc:  # shown below; the current file is still in place
            error = exc
            log.exception("restore failed")
        new_window = reopen(env) if reopen else _default_reopen(env, window)
    finally:
        app.setQuitOnLastWindowClosed(quit_on_last)
    if new_window is None and window is not None:
        app.quit()  # the user left the set-up of a restored, not yet set-up file
        return None
    if error is not None:
        show_error(new_window if isinstance(new_window, QWidget) else None, error)
    return new_window


def _default_reopen(env: UiEnv, window: QWidget | None) -> object | None:
    """The main window that owned the dialog opens its replacement (this module imports no shell)."""
    owner = window.window() if window is not None else None
    opener = getattr(owner, "open_replacement", None)
    new_window = opener(env) if opener is not None else None
    if new_window is not None:
        _reopened.append(new_window)
    return new_window


class BackupSection(QGroupBox):
    """Settings ▸ Backups: how many to keep, back up now, open the restore dialog."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setTitle(self.tr("Backups"))
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setSuffix(self.tr(" backups"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.open_dialog)
        form = QFormLayout()
        form.addRow(self.tr("Keep the newest"), self.keep)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        self.keep.setValue(int(settings.get(self.env.db, "backup_keep", 10)))
        backups = list_backups(self.env.ctx.data_dir)
        if backups:
            self.status.setText(self.tr("{count} backup(s); the latest from {date}.").format(
                count=len(backups), date=when(backups[0])))
        else:
            self.status.setText(self.tr("No backup yet."))

    def save(self) -> None:
        keep = self.keep.value()
        path = self.env.ctx.db_path

        def work(db):
            settings.put(db, "backup_keep", keep)
            from rentan_desktop.maintenance.backup import rotate

            rotate(backup_dir(path), keep)

        self.env.ops.run(work, changes={"settings", "backups"}, parent=self)

    def backup_now(self) -> None:
        path = self.env.ctx.db_path
        key = self.env.ctx.db_key()
        self.env.ops.run(lambda _db: create_backup(path, "manual", key=key), changes={"backups"}, parent=self)

    def open_dialog(self) -> None:
        BackupDialog(self.env, self.window()).exec()

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"settings", "backups"}:
            self.load()
