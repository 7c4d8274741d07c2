"""Disnaker's consolidated roster: all sponsors and workers of all OPDs, read-only except for
the BPJS answer (KPJ, start date, accepted/rejected), which Disnaker owns."""

from __future__ import annotations

from typing import Any

from rentan_desktop import i18n
from rentan_desktop.disnaker import consolidated
from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.months import add_months, current_month, month_label
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.domain.vocab import (
    SPONSOR_STATUSES,
    WORKER_STATUSES,
    position_level_label,
    sponsor_kind_label,
    sponsor_status_label,
    worker_status_label,
)
from rentan_desktop.ui.common.headers import fit_headers
from rentan_desktop.ui.common.lazy import ReloadWhenShown
from rentan_desktop.ui.disnaker.bpjs_answer_dialog import BpjsAnswerDialog
from rentan_desktop.ui.disnaker.disnaker_models import Column, ConsolidatedModel
from rentan_desktop.ui.env import UiEnv
from rentan_desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)


def bpjs_label(row: dict[str, Any]) -> str:
    from rentan_desktop.i18n import translate

    status = row.get("bpjs_status")
    if status == "accepted":
        return translate("consolidated", "accepted")
    if status == "submitted":
        return translate("consolidated", "sent {day}").format(day=format_date(row.get("submitted_on")))
    if status == "rejected":
        return translate("consolidated", "rejected: {reason}").format(reason=row.get("bpjs_reason") or "")
    return ""


class DisnakerRosterTab(ReloadWhenShown, QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Workers"), "workers")
        self.kind.addItem(self.tr("Sponsors"), "sponsors")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, NIK or NIP (start of)"))
        self.search.setClearButtonEnabled(True)
        self.opd = QComboBox()
        self.status = QComboBox()
        self.bpjs = QComboBox()
        for label, code in ((self.tr("Any BPJS state"), None), (self.tr("Not sent"), "none"),
                            (self.tr("Sent, waiting"), "submitted"), (self.tr("Accepted"), "accepted"),
                            (self.tr("Rejected"), "rejected")):
            self.bpjs.addItem(label, code)
        self.month_from = QComboBox()
        self.month_to = QComboBox()
        this = current_month()
        for combo, first in ((self.month_from, self.tr("First month: any")),
                             (self.month_to, self.tr("up to: any"))):
            combo.addItem(first, None)
            for i in range(-3, 36):
                month = add_months(this, -i)
                combo.addItem(month_label(month, i18n.language()), month)
        self.answer_button = QPushButton(self.tr("BPJS answer…"))
        self.answer_button.clicked.connect(self.edit_answer)
        self.count_label = QLabel()
        self.worker_columns = [
            Column(self.tr("OPD"), lambda r: r["opd_code"]),
            Column(self.tr("Name"), lambda r: r["name"]),
            Column(self.tr("NIK"), lambda r: r["nik"]),
            Column(self.tr("Born"), lambda r: format_date(r["birth_date"])),
            Column(self.tr("Occupation"), lambda r: r["occupation"]),
            Column(self.tr("Sponsor"), lambda r: r["sponsor_name"]),
            Column(self.tr("First month"), lambda r: month_label(r["start_month"], i18n.language())
                   if r["start_month"] else ""),
            Column(self.tr("Status"), lambda r: worker_status_label(r["status"])),
            Column(self.tr("KPJ"), lambda r: r["kpj"]),
            Column(self.tr("BPJS"), bpjs_label),
        ]
        self.sponsor_columns = [
            Column(self.tr("OPD"), lambda r: r["opd_code"]),
            Column(self.tr("Name"), lambda r: r["name"]),
            Column(self.tr("NIP"), lambda r: format_nip(r["nip"]) if r["nip"] else ""),
            Column(self.tr("Type"), lambda r: sponsor_kind_label(r["kind"])),
            Column(self.tr("Position"), lambda r: r["position"]),
            Column(self.tr("Level"), lambda r: position_level_label(r["position_level"])),
            Column(self.tr("Workers"), lambda r: r["workers"], right=True),
            Column(self.tr("Status"), lambda r: sponsor_status_label(r["status"])),
        ]
        # Sort key of each column (None: the column does not sort).
        self.worker_sorts = ("opd", "name", "nik", "birth_date", None, None, "start_month", "status", "kpj", "bpjs")
        self.sponsor_sorts = ("opd", "name", "nip", "kind", None, "position_level", None, "status")
        self.sort_key = "name"
        self.model = ConsolidatedModel(self.worker_columns, lambda ids: consolidated.fetch_workers(env.db, ids), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_answer())
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().sectionClicked.connect(self.sort_by_column)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        for combo in (self.opd, self.status, self.bpjs, self.month_from, self.month_to):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        self.kind.currentIndexChanged.connect(lambda _: self._switch_kind())
        row1 = QHBoxLayout()
        row1.addWidget(self.kind)
        row1.addWidget(self.search, 1)
        row1.addWidget(self.opd)
        row1.addWidget(self.status)
        row2 = QHBoxLayout()
        row2.addWidget(self.bpjs)
        row2.addWidget(self.month_from)
        row2.addWidget(self.month_to)
        row2.addStretch(1)
        row2.addWidget(self.count_label)
        row2.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.table, 1)
        self._fill_opds()
        self._fill_statuses()
        self._apply_widths()
        self._fit_listed_values()
        self.reload()

    def _apply_widths(self) -> None:
        # Fixed widths: measuring 200,000 rows to fit the contents would freeze the window.
        widths = ((50, 210, 145, 85, 150, 190, 85, 85, 105) if self.kind.currentData() == "workers"
                  else (50, 220, 160, 120, 200, 120, 70))
        for i, width in enumerate(widths):
            self.table.setColumnWidth(i, width)
        fit_headers(self.table)  # "Bulan pertama" is wider than its English header

    def tab_title(self) -> str:
        return self.tr("All OPDs' roster")

    def _fill_opds(self) -> None:
        current = self.opd.currentData()
        self.opd.blockSignals(True)
        self.opd.clear()
        self.opd.addItem(self.tr("All OPDs"), None)
        for opd_id, code, name in self.env.db.execute("SELECT id, code, name FROM opds ORDER BY code"):
            self.opd.addItem(f"{code} {name}", opd_id)
        self.opd.setCurrentIndex(max(0, self.opd.findData(current)))
        self.opd.blockSignals(False)

    def _fill_statuses(self) -> None:
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Current (not ended)"), "current")
        self.status.addItem(self.tr("Any status"), None)
        workers = self.kind.currentData() == "workers"
        for code in WORKER_STATUSES if workers else SPONSOR_STATUSES:
            self.status.addItem(worker_status_label(code) if workers else sponsor_status_label(code), code)
        self.status.blockSignals(False)
        self.bpjs.setEnabled(workers)
        self.answer_button.setEnabled(workers)

    def _switch_kind(self) -> None:
        self._fill_statuses()
        self.sort_key = "name"
        db = self.env.db
        if self.kind.currentData() == "workers":
            self.model = ConsolidatedModel(self.worker_columns, lambda ids: consolidated.fetch_workers(db, ids), self)
        else:
            self.model = ConsolidatedModel(self.sponsor_columns, lambda ids: consolidated.fetch_sponsors(db, ids), self)
        self.table.setModel(self.model)
        self._apply_widths()
        self._fit_listed_values()
        self.reload()

    def sort_by_column(self, column: int) -> None:
        sorts = self.worker_sorts if self.kind.currentData() == "workers" else self.sponsor_sorts
        key = sorts[column] if column < len(sorts) else None
        if key is None:
            return
        self.sort_key = key
        self.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        self.reload()

    def _fit_listed_values(self) -> None:
        """The columns whose values come from a short list (first month, status) are measured on that
        list ("Desember 2026", "Diajukan"), not on 200,000 rows; the others keep their fixed widths."""
        if self.kind.currentData() != "workers":
            return
        year = current_month()[:4]
        lists = {6: [month_label(f"{year}-{m:02d}", i18n.language()) for m in range(1, 13)],
                 7: [worker_status_label(code) for code in WORKER_STATUSES]}
        metrics = self.table.fontMetrics()
        for column, values in lists.items():
            needed = max(metrics.horizontalAdvance(text) for text in values) + 16
            if self.table.columnWidth(column) < needed:
                self.table.setColumnWidth(column, needed)

    def current_filter(self) -> consolidated.Filter:
        return consolidated.Filter(search=self.search.text(), opd_id=self.opd.currentData(),
                                   status=self.status.currentData(), bpjs=self.bpjs.currentData(),
                                   month_from=self.month_from.currentData(), month_to=self.month_to.currentData())

    def reload(self) -> None:
        flt = self.current_filter()
        if self.kind.currentData() == "workers":
            ids = consolidated.worker_ids(self.env.db, flt, self.sort_key)
            text = self.tr("{n} workers")
        else:
            ids = consolidated.sponsor_ids(self.env.db, flt, self.sort_key)
            text = self.tr("{n} sponsors")
        self.model.set_ids(ids)
        self.count_label.setText(text.format(n=f"{len(ids):,}".replace(",", ".")))

    def on_changes(self, kinds: frozenset) -> None:
        if "opds" in kinds:
            self._fill_opds()
        if kinds & {"workers", "sponsors", "opds", "bpjs", "sync", "duplicates"}:
            self.reload_or_mark_stale()

    def selected_row(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def edit_answer(self) -> BpjsAnswerDialog | None:
        if self.kind.currentData() != "workers":
            return None
        row = self.selected_row()
        if row is None:
            return None
        dialog = BpjsAnswerDialog(self.env, row, self)
        dialog.open()
        return dialog
