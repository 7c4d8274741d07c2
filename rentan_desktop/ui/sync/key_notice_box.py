"""The Sync tab's notice that a peer switched to a new key (sync/key_notices.py): it stays until an
operator says the new fingerprint was compared with the peer's letter (QA walk r3, 37)."""

from __future__ import annotations

from rentan_desktop.sync import key_notices
from rentan_desktop.ui.common.style import ERROR_STYLE
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class KeyNoticeBox(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(ERROR_STYLE)
        self.acknowledge_button = QPushButton(self.tr("Fingerprint compared with the letter"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.setVisible(False)

    def refresh(self) -> None:
        lines = key_notices.lines(self.env.db)
        self.label.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def acknowledge(self) -> None:
        operator = self.env.operator
        self.env.ops.run(lambda db: key_notices.acknowledge(db, operator), changes={"keys"}, parent=self)
