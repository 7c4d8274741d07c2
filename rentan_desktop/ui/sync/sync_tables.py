"""The sync screens' tables: one row per line, columns as wide as what they show (a few hundred rows
at most: OPDs, bundles, conflicts, the quarantine), and the stamps they show."""

from __future__ import annotations

from rentan_desktop.domain.dates import format_date
from rentan_desktop.ui.qt import QAbstractItemView, QHeaderView, Qt, QTableView
from rentan_desktop.ui.sync.sync_models import SyncRowsModel

MAX_COLUMN_WIDTH = 400  # a whole fingerprint fits; a longer value is elided, its tooltip shows it whole


def when(stamp: str | None) -> str:
    """'2026-12-02 03:19:44' as the clerk reads it: 02/12/2026 03:19."""
    if not stamp:
        return ""
    day, _, time = stamp.replace("T", " ").partition(" ")
    return f"{format_date(day)} {time[:5]}".strip()


def table_view(model: SyncRowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    fit_columns(view)
    # The columns follow what they show, so no name or fingerprint is cut while a number column takes
    # the width ("Dinas Pendid…", QA walk r4, defect 10).
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its widest cell (at most MAX_COLUMN_WIDTH) and never narrower than its
    header ("Paket terakhir diterima")."""
    model, header = view.model(), view.horizontalHeader()
    view.resizeColumnsToContents()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(text) + 24
        view.setColumnWidth(column, max(needed, min(view.columnWidth(column), MAX_COLUMN_WIDTH)))
