"""Before a key is trusted: show its fingerprint large, ask the operator to compare it with
the printed letter signed by the other office's head, and trust only on a ticked match."""

from __future__ import annotations

from rentan_desktop.fields.display import fingerprint_lines
from rentan_desktop.sync.registry import Peer
from rentan_desktop.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFont,
    QFontDatabase,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class TrustDialog(QDialog):
    def __init__(self, peer: Peer, parent: QWidget | None = None):
        super().__init__(parent)
        self.peer = peer
        who = self.tr("Disnaker") if peer.role == "disnaker" else self.tr("OPD {code} {name}").format(
            code=peer.peer, name=peer.name)
        self.setWindowTitle(self.tr("Compare the key fingerprint"))
        intro = QLabel(self.tr(
            "A key of {who} was read from the file. Take the fingerprint letter signed by the head of that office "
            "and compare it with the fingerprint below, group by group (or scan its QR code). Trust the key only "
            "if every character matches; otherwise call the office.").format(who=who))
        intro.setWordWrap(True)
        self.fingerprint = QLabel("\n".join(fingerprint_lines(peer.fingerprint)))  # as the letter prints it
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) + 6)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint.setFont(font)
        self.fingerprint.setWordWrap(False)  # five groups a line, never re-wrapped
        self.fingerprint.setStyleSheet("padding: 10px; background: #f6f8fb; border: 1px solid #c8d0dc;")
        key_id = QLabel(self.tr("Key id: {key_id}").format(key_id=peer.key_id))
        self.matches = QCheckBox(self.tr("The fingerprint matches the signed letter exactly"))
        self.buttons = QDialogButtonBox()
        self.trust_button = self.buttons.addButton(self.tr("Trust this key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Do not trust"), QDialogButtonBox.ButtonRole.RejectRole)
        self.trust_button.setEnabled(False)
        self.matches.toggled.connect(self.trust_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint)
        layout.addWidget(key_id)
        layout.addWidget(self.matches)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.matches.isChecked():
            super().accept()
