"""Disnaker's quarantine: bundles refused for a key not trusted yet, kept for review. Once the key is
trusted, the kept copy opens here like a bundle from the stick (QA walk r4: the list had no way on)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rentan_desktop.ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from rentan_desktop.ui.sync.sync_models import SyncRowsModel
from rentan_desktop.ui.sync.sync_tables import table_view, when


class QuarantinePage(QWidget):
    def __init__(self, open_bundle: Callable[[Path], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.open_bundle = open_bundle
        self.model = SyncRowsModel([
            (self.tr("Received"), lambda q: when(q.get("received_at"))),
            (self.tr("File"), lambda q: q.get("file")),
            (self.tr("Why it was refused"), lambda q: q.get("reason")),
            # The kept copy's name only: its folder (the data folder's sync/quarantine) is the same for every
            # row and made this the widest column, squeezing the reason (QA walk r5, 14).
            (self.tr("Kept as"), lambda q: Path(q["path"]).name if q.get("path") else None),
        ], self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self.tr("Open the selected bundle..."))
        self.open_button.clicked.connect(self.open_selected)
        hint = QLabel(self.tr("Trust the OPD's key first (Keys and trust: its key enrollment file and the signed "
                              "fingerprint letter), then open the kept bundle here. An imported bundle leaves "
                              "the quarantine."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows and self.model.rowCount() == 1:  # one kept bundle: no need to pick it first
            self.open_bundle(Path(self.model.row_at(0)["path"]))
        elif rows:
            self.open_bundle(Path(self.model.row_at(rows[0].row())["path"]))
