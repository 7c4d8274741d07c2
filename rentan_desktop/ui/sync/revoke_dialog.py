"""Before a key is revoked: the operator sees every key the revocation touches (the key and
the keys it announced by rotation, from a chosen date) and confirms that exact list."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.sync import registry
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.qt import (
    QCheckBox,
    QDate,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    Qt,
    QWidget,
)


class RevokeDialog(QDialog):
    def __init__(self, db: sqlite_utils.Database, peer: registry.Peer, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.peer = peer
        self.setWindowTitle(self.tr("Revoke key"))
        intro = QLabel(self.tr("Every bundle signed by key {key_id} of {peer} will be refused from now on, and so will "
                               "bundles signed by the keys it announced when it was changed.").format(
            key_id=peer.key_id, peer=peer.peer))
        intro.setWordWrap(True)
        self.use_since = QCheckBox(self.tr("Keep the keys it announced before this date"))
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd/MM/yyyy")
        self.since.setDate(QDate.currentDate())
        self.since.setEnabled(False)
        self.reason = QLineEdit()
        self.touched = QListWidget()
        self.touched.setWordWrap(True)  # a key's line is long: fingerprint, origin and date
        self.touched.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form = QFormLayout()
        form.addRow(self.use_since, self.since)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = dialog_buttons(self, self.accept, ok_text=self.tr("Revoke these keys"))
        stack(self, intro, form, QLabel(self.tr("Keys this revokes:")), self.touched, self.buttons)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.refresh()
        self.resize(640, 380)

    def since_value(self) -> str | None:
        return self.since.date().toString("yyyy-MM-dd") if self.use_since.isChecked() else None

    def plan(self) -> list[registry.Peer]:
        return registry.revocation_plan(self.db, self.peer.key_id, self.since_value())

    def refresh(self) -> None:
        self.touched.clear()
        for peer in self.plan():
            self.touched.addItem(registry.describe_key(peer))
