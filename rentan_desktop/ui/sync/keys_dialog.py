"""Keys and trust: this install's fingerprint and protection, the fingerprint letter, key
backup, passphrase, rotation, enrollment file (OPD), escrow (Disnaker), and the other
side's keys with trust and revoke."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.errors import UserError
from rentan_desktop.sync import keys, provisioning, registry
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.operations import show_error
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.sync import sync_unlock
from rentan_desktop.ui.sync.revoke_dialog import RevokeDialog
from rentan_desktop.ui.sync.sync_models import SyncRowsModel
from rentan_desktop.ui.sync.trust_dialog import TrustDialog


class KeysDialog(QDialog):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setWindowTitle(self.tr("Keys and trust"))
        self.resize(820, 560)
        self.own_label = QLabel()
        self.own_label.setWordWrap(True)
        self.own_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(ERROR_STYLE)

        own_box = QGroupBox(self.tr("This install"))
        grid = QGridLayout(own_box)
        grid.addWidget(self.own_label, 0, 0, 1, 3)
        grid.addWidget(self.warning, 1, 0, 1, 3)
        self.letter_button = QPushButton(self.tr("Print fingerprint letter..."))
        self.backup_button = QPushButton(self.tr("Back up keys..."))
        self.passphrase_button = QPushButton(self.tr("Set passphrase..."))
        self.rotate_button = QPushButton(self.tr("Change keys..."))
        self.enroll_button = QPushButton(self.tr("Write enrollment file..."))
        self.escrow_button = QPushButton(self.tr("Add escrow recipient..."))
        buttons = [self.letter_button, self.backup_button, self.passphrase_button, self.rotate_button,
                   self.enroll_button if not env.is_disnaker else self.escrow_button]
        for i, button in enumerate(buttons):
            grid.addWidget(button, 2 + i // 3, i % 3)
        self.letter_button.clicked.connect(self.print_letter)
        self.backup_button.clicked.connect(self.backup)
        self.passphrase_button.clicked.connect(self.set_passphrase)
        self.rotate_button.clicked.connect(self.rotate)
        self.enroll_button.clicked.connect(self.write_enrollment)
        if env.site.training:  # the core refuses too (store/training.py); say so before a click
            self.enroll_button.setEnabled(False)
            self.enroll_button.setToolTip(self.tr("A training install never writes an enrollment file."))
        self.escrow_button.clicked.connect(self.add_escrow)

        self.model = SyncRowsModel([
            (self.tr("Site"), lambda p: p.peer if p.role == "opd" else self.tr("Province") if p.role == "province"
             else self.tr("Disnaker")),
            (self.tr("Key id"), lambda p: p.key_id),
            (self.tr("Fingerprint"), lambda p: p.fingerprint),
            (self.tr("Status"), lambda p: registry.status_label(p.status)),
            (self.tr("Trusted by"), lambda p: p.trusted_by or ""),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # One line per key, each column as wide as its text; the fingerprint takes the rest ("Menunggu
        # pemeriksaan" wrapped into two cut lines, QA walk r4, 10).
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("Open key file..."))
        self.trust_button = QPushButton(self.tr("Compare and trust..."))
        self.revoke_button = QPushButton(self.tr("Revoke..."))
        self.open_button.clicked.connect(self.open_key_file)
        self.trust_button.clicked.connect(self.trust_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        peers_box = QGroupBox(self.tr("Keys of the other side"))
        peers_layout = QVBoxLayout(peers_box)
        peers_layout.addWidget(self.view)
        row = QHBoxLayout()
        for b in (self.open_button, self.trust_button, self.revoke_button):
            row.addWidget(b)
        row.addStretch(1)
        peers_layout.addLayout(row)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(peers_box, 1)
        layout.addWidget(close)
        env.ops.changed.connect(self.on_changes)
        self.refresh()

    # -- showing ------------------------------------------------------------------------

    def on_changes(self, kinds: frozenset) -> None:
        if kinds & {"keys", "sync", "settings"}:
            self.refresh()

    def refresh(self) -> None:
        db = self.env.db
        own = keys.newest_public(db)
        text = self.tr("Fingerprint: {fp}\nKey id: {key_id}").format(fp=own.fingerprint, key_id=own.key_id)
        if keys.pending_rotation(db) is not None:
            text += "\n" + self.tr("New keys wait for the other side's acknowledgement; bundles are still signed "
                                   "with the old key {key_id}.").format(key_id=keys.own_public(db).key_id)
        self.own_label.setText(text)
        mode = keys.protection(db)
        self.warning.setText(self.tr("The secret keys are not protected by a passphrase: anyone with this PC's "
                                     "files could sign bundles. Set a passphrase.") if mode == "none" else "")
        self.warning.setVisible(mode == "none")
        self.model.set_rows(registry.all_peers(db))

    def selected(self) -> registry.Peer | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- actions --------------------------------------------------------------------------

    def _run(self, fn, done_text: str | None = None) -> None:
        def ok(_result) -> None:
            self.refresh()
            if done_text:
                QMessageBox.information(self, self.windowTitle(), done_text)

        self.env.ops.run(fn, changes={"keys"}, on_success=ok, parent=self)

    def print_letter(self) -> None:
        # Beside the key files (the stick, or the folder the enrollment file went to), never the program's
        # working folder (QA walk r4, 8; r5, 11: it opened in the home folder).
        name = ui_state.save_file_name(self, self.env.ctx.data_dir, "bundles", self.tr("Save the fingerprint letter"),
                                       "surat-sidik-jari.pdf", "PDF (*.pdf)", suffix=".pdf", removable_first=True)
        if not name:
            return
        try:
            from rentan_desktop.printing.fingerprint_letter import render_own

            render_own(name, db=self.env.db)
        except (UserError, ImportError, OSError) as exc:
            show_error(self, exc if isinstance(exc, Exception) else RuntimeError(str(exc)))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The letter was saved to {file}. Print it, have the head of office sign it, and send it to the other "
            "office separately from the USB stick.").format(file=name))

    def backup(self) -> None:
        folder = ui_state.folder_name(self, self.env.ctx.data_dir, "backups", self.tr("Folder for the key backup"),
                                      removable_first=True)
        if not folder or not sync_unlock.ensure_unlocked(self, self.env):
            return
        data_dir = self.env.ctx.data_dir
        passphrase = None
        if keys.protection(self.env.db) == "none":
            passphrase = self._new_passphrase()
            if passphrase is None:
                return
        try:
            written = keys.export_backup(self.env.db, data_dir, Path(folder), passphrase)
        except UserError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Key backup written:\n{files}\nKeep it away from this PC (a safe, another building). It opens only "
            "with the passphrase.").format(files="\n".join(str(p) for p in written)))

    def _new_passphrase(self) -> str | None:
        first, ok = sync_unlock._ask(self, self.tr("New passphrase"), self.tr("New passphrase (at least 8 "
                                                                              "characters):"))
        if not ok:
            return None
        again, ok = sync_unlock._ask(self, self.tr("New passphrase"), self.tr("The same passphrase again:"))
        if not ok:
            return None
        try:
            keys.check_new_passphrase(first, again)
        except UserError as exc:
            show_error(self, exc)
            return None
        return first

    def set_passphrase(self) -> None:
        if not sync_unlock.ensure_unlocked(self, self.env):
            return
        new = self._new_passphrase()
        if new is None:
            return
        data_dir = self.env.ctx.data_dir
        self._run(lambda db: keys.set_passphrase(db, data_dir, new),
                  self.tr("The secret keys are now protected by the passphrase. Write it down and keep it safe: "
                          "without it (or a key backup) no bundle can be opened here."))

    def rotate(self) -> None:
        if QMessageBox.question(self, self.windowTitle(), self.tr(
                "Make new keys? The next bundles announce them, signed with the current key; the other side then "
                "switches over by itself. Print a new fingerprint letter afterwards.")) != \
                QMessageBox.StandardButton.Yes:
            return
        if not sync_unlock.ensure_unlocked(self, self.env):
            return
        data_dir = self.env.ctx.data_dir
        self._run(lambda db: keys.rotate(db, data_dir), self.tr("New keys made."))

    def write_enrollment(self) -> None:
        folder = ui_state.folder_name(self, self.env.ctx.data_dir, "bundles",
                                      self.tr("Folder or drive for the enrollment file"), removable_first=True)
        if not folder or not sync_unlock.ensure_unlocked(self, self.env):
            return
        try:
            path = provisioning.write_enrollment(self.env.db, self.env.ctx.data_dir, Path(folder))
        except UserError as exc:
            show_error(self, exc)
            return
        self.env.ops.run(provisioning.note_enrollment_written, changes={"keys"}, parent=self)
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Enrollment file written: {file}\nTake it to Disnaker with the signed fingerprint letter.").format(
            file=path))

    def add_escrow(self) -> None:
        recipient, ok = QInputDialog.getText(self, self.tr("Escrow recipient"), self.tr(
            "age recipient (age1...) kept by the Pemda's IT office: every OPD bundle will also be readable with "
            "its key."))
        if not ok or not recipient.strip():
            return
        self.env.ops.run(lambda db: provisioning.add_escrow_recipient(db, recipient, "escrow"),
                         changes={"keys", "settings"}, on_success=lambda _r: self.refresh(), parent=self)

    def open_key_file(self) -> None:
        name = ui_state.open_file_name(self, self.env.ctx.data_dir, "bundles",
                                       self.tr("Provisioning or enrollment file"),
                                       self.tr("Rentan key files (*.json)"), removable_first=True)
        if not name:
            return
        self.env.ops.run(lambda db: provisioning.receive_key_file(db, Path(name)), changes={"keys"},
                         on_success=self._ask_trust, parent=self)

    def trust_selected(self) -> None:
        peer = self.selected()
        if peer is not None and peer.status == "pending":
            self._ask_trust(peer)

    def _ask_trust(self, peer: registry.Peer) -> None:
        self.refresh()
        if peer.status == "trusted":
            QMessageBox.information(self, self.windowTitle(), self.tr("This key is already trusted."))
            return
        dialog = TrustDialog(peer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            operator = self.env.operator
            self._run(lambda db: registry.trust(db, peer.key_id, operator),
                      self.tr("The key is trusted: bundles signed by it can be imported."))

    def revoke_selected(self) -> None:
        peer = self.selected()
        if peer is None or peer.status == "revoked":
            return
        dialog = RevokeDialog(self.env.db, peer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        operator, reason, since = self.env.operator, dialog.reason.text(), dialog.since_value()
        self._run(lambda db: registry.revoke(db, peer.key_id, operator, reason, since))
