"""The roster's two tables: column widths, the view's settings (uniform rows, SQL sort on header
click) and which OPD they show."""

from __future__ import annotations

from rentan_desktop.store.site import own_opd_id
from rentan_desktop.ui.common.headers import fit_headers
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import QAbstractItemView, QHeaderView, Qt, QTableView
from rentan_desktop.ui.roster.roster_models import SponsorColumn, WorkerColumn

# Together about 1,235 px so the KPJ column is whole in a window on a 1366x768 laptop; the
# registration column comes last and may be scrolled to. fit_headers widens a column whose header
# text would be cut ("Jenis kelamin" needs about 105 px).
WORKER_WIDTHS = {WorkerColumn.NAME: 185, WorkerColumn.NIK: 135, WorkerColumn.GENDER: 80,
                 WorkerColumn.BIRTH_DATE: 85, WorkerColumn.OCCUPATION: 140, WorkerColumn.VILLAGE: 120,
                 WorkerColumn.SPONSOR: 160, WorkerColumn.START: 110, WorkerColumn.STATUS: 85,
                 WorkerColumn.KPJ: 110, WorkerColumn.OPD: 60, WorkerColumn.READY: 200}
# The order on screen: what a clerk acts on first, so that on a 1366 px screen the KPJ and the BPJS
# registration column ("Data kurang: Kabupaten/kota") are both in view without scrolling (QA walk r4,
# 7); occupation and village follow. The model keeps its own order (the sort and the export use it).
WORKER_ORDER = (WorkerColumn.NAME, WorkerColumn.NIK, WorkerColumn.GENDER, WorkerColumn.BIRTH_DATE,
                WorkerColumn.SPONSOR, WorkerColumn.START, WorkerColumn.STATUS, WorkerColumn.KPJ,
                WorkerColumn.READY, WorkerColumn.OCCUPATION, WorkerColumn.VILLAGE, WorkerColumn.OPD)
SPONSOR_WIDTHS = {SponsorColumn.NAME: 240, SponsorColumn.NIP: 170, SponsorColumn.KIND: 140,
                  SponsorColumn.POSITION: 220, SponsorColumn.LEVEL: 130, SponsorColumn.WORKERS: 100,
                  SponsorColumn.STATUS: 80, SponsorColumn.OPD: 60}


def make_table(model, widths: dict) -> QTableView:
    """A roster table: fixed row heights (the table view's uniform rows), sort by SQL on header click."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    for column, width in widths.items():
        section = model.column_of(column)
        if section >= 0:
            table.setColumnWidth(section, width)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    fit_headers(table)  # before the clerk's own widths are restored over it (ui_state.remember_table)
    return table


def order_sections(table: QTableView, order: tuple) -> None:
    """Show the model's columns in `order` (those the model lacks are passed over)."""
    header, model = table.horizontalHeader(), table.model()
    placed = 0
    for column in order:
        logical = model.column_of(column)
        if logical >= 0:
            header.moveSection(header.visualIndex(logical), placed)
            placed += 1


def roster_opd_id(env: UiEnv) -> int | None:
    """The OPD filter for the tables: none when the install holds only its own OPD, so SQL
    walks the name index straight (a filter on opd_id would visit every row). The roster tab is
    an OPD install's; Disnaker's consolidated roster is ui/disnaker/disnaker_roster_tab.py."""
    own = own_opd_id(env.db)
    others = env.db.execute("SELECT 1 FROM opds WHERE id != ? LIMIT 1", [own]).fetchone()
    return own if others else None
