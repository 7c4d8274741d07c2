"""Before a key is revoked: the operator sees every key the revocation touches (the key and
the keys it announced by rotation, from a chosen date) and confirms that exact list.

A reason is required, the keys the revoked key announced can be kept (the other side changed keys
itself, then lost the old laptop), and the dialog says when the other side is left with no trusted
key at all (QA walk r6, 11: both keys revoked without a question, no way back)."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.sync import registry
from rentan_desktop.ui.common.dialogs import dialog_buttons, stack
from rentan_desktop.ui.common.forms import WrappedLabel
from rentan_desktop.ui.common.style import ERROR_STYLE
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

KEEP_ALL_ANNOUNCED = "9999-12-31"  # a `since` no key was received on or after: only the key itself is revoked


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
        self.only_this = QCheckBox(self.tr("Keep every key it announced (revoke only this one)"))
        self.only_this.setToolTip(self.tr("When {peer} changed its keys itself and then lost the old ones (a stolen "
                                          "laptop), its new key stays trusted.").format(peer=peer.peer))
        self.only_this.setVisible(len(registry.revocation_plan(db, peer.key_id)) > 1)
        self.use_since = QCheckBox(self.tr("Keep the keys it announced before this date"))
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd/MM/yyyy")
        self.since.setDate(QDate.currentDate())
        self.since.setEnabled(False)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. laptop stolen on 01/12/2026"))
        self.reason_error = WrappedLabel()
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.setVisible(False)
        self.consequence = WrappedLabel()
        self.consequence.setStyleSheet(ERROR_STYLE)
        self.touched = QListWidget()
        self.touched.setWordWrap(True)  # a key's line is long: fingerprint, origin and date
        self.touched.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form = QFormLayout()
        form.addRow(self.only_this)
        form.addRow(self.use_since, self.since)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.reason_error)
        self.buttons = dialog_buttons(self, self.accept, ok_text=self.tr("Revoke these keys"))
        stack(self, intro, form, QLabel(self.tr("Keys this revokes:")), self.touched, self.consequence, self.buttons)
        self.only_this.toggled.connect(self._only_this_toggled)
        self.reason.textEdited.connect(lambda _: self.reason_error.setVisible(False))
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.refresh()
        self.resize(640, 380)

    def _only_this_toggled(self, checked: bool) -> None:
        self.use_since.setEnabled(not checked)
        self.since.setEnabled(not checked and self.use_since.isChecked())
        self.refresh()

    def since_value(self) -> str | None:
        if self.only_this.isChecked():  # every announced key was received before this date: all kept
            return KEEP_ALL_ANNOUNCED
        return self.since.date().toString("yyyy-MM-dd") if self.use_since.isChecked() else None

    def plan(self) -> list[registry.Peer]:
        return registry.revocation_plan(self.db, self.peer.key_id, self.since_value())

    def refresh(self) -> None:
        self.touched.clear()
        plan = self.plan()
        for peer in plan:
            self.touched.addItem(registry.describe_key(peer))
        revoked = {p.key_id for p in plan}
        left = [k for k in registry.trusted_keys(self.db, self.peer.peer) if k.key_id not in revoked]
        self.consequence.setText("" if left else self.tr(
            "After this {peer} has no trusted key: none of its bundles can be imported and no bundle can be written "
            "for it until you trust a new enrollment file from it (with a new key) under Keys and trust.").format(
            peer=self.peer.peer))
        self.consequence.setVisible(not left)

    def accept(self) -> None:
        """A revocation is for good: its reason is kept with the key and shown when a bundle is refused."""
        if not self.reason.text().strip():
            self.reason_error.setText(self.tr("Give the reason (for example: laptop stolen, key file lost); it is "
                                              "kept with the key."))
            self.reason_error.setVisible(True)
            self.reason.setFocus()
            return
        super().accept()
