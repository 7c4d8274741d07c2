"""Choosing a sponsor for a worker among thousands: the same windowed model and prefix search as the tab."""

from __future__ import annotations

from typing import Any

from rentan_desktop.roster import queries
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from rentan_desktop.ui.roster.roster_models import RosterRole, SponsorColumn, SponsorTableModel

PICKER_WIDTHS = {SponsorColumn.NAME: 240, SponsorColumn.NIP: 170, SponsorColumn.LEVEL: 150,
                 SponsorColumn.WORKERS: 110, SponsorColumn.STATUS: 80}


class SponsorPicker(QDialog):
    """Choosing a sponsor among thousands: the same windowed model and prefix search as the tab."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose sponsor"))
        self.resize(820, 480)
        self.chosen: dict[str, Any] | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or NIP…"))
        self.search.setClearButtonEnabled(True)
        self.model = SponsorTableModel(env.db, opd_id=_opd_id(env), parent=self)
        self.model.set_filter(queries.SponsorFilter(status="active"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Who still has room shows without scrolling sideways: name, NIP, level, workers/quota, status.
        for column, width in PICKER_WIDTHS.items():
            self.table.setColumnWidth(self.model.column_of(column), width)
        for column in (SponsorColumn.KIND, SponsorColumn.POSITION, SponsorColumn.OPD):
            if self.model.column_of(column) >= 0:
                self.table.setColumnHidden(self.model.column_of(column), True)
        self.table.doubleClicked.connect(lambda _: self.accept())
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.search.setFocus()

    def apply_search(self) -> None:
        self._timer.stop()  # a search run now must not run again later (after the dialog closed)
        self.model.set_filter(queries.SponsorFilter(search=self.search.text(), status="active"))
        if self.model.rowCount():
            self.table.selectRow(0)

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.model.index(rows[0].row(), SponsorColumn.NAME).data(RosterRole.RECORD)
        super().accept()

    def done(self, result: int) -> None:
        self._timer.stop()  # a search still pending must not run on a closed install
        super().done(result)


def _opd_id(env: UiEnv) -> int | None:
    from rentan_desktop.store.site import own_opd_id

    return None if env.is_disnaker else own_opd_id(env.db)


def _opd_id(env: UiEnv) -> int | None:
    from rentan_desktop.store.site import own_opd_id

    return None if env.is_disnaker else own_opd_id(env.db)
