"""Table models of the payment tab: the month (windowed over SQL), arrears and sponsors."""

from __future__ import annotations

from enum import IntEnum

from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import month_label
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.domain.vocab import payment_method_label, position_level_label
from rentan_desktop.i18n import language
from rentan_desktop.payments.month_view import MonthRow, MonthTotals, rows_for
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.payments.status import ArrearsRow, SponsorSummary
from rentan_desktop.ui.common.rows_model import RIGHT, Column, RowsModel
from rentan_desktop.ui.common.style import ERROR_COLOUR
from rentan_desktop.ui.common.windowed import IdWindowedModel
from rentan_desktop.ui.qt import QBrush, QColor, QModelIndex, QPersistentModelIndex, Qt

UID_ROLE = Qt.ItemDataRole.UserRole + 1
PAYMENT_UID_ROLE = Qt.ItemDataRole.UserRole + 2
SPONSOR_UID_ROLE = Qt.ItemDataRole.UserRole + 3
_UNPAID = QColor(ERROR_COLOUR)
_PAID = QColor("#1b5e20")
WARN_COLOUR = "#fff3cd"  # rows that need attention (at risk, below quota)


class MonthColumn(IntEnum):
    WORKER = 0
    NIK = 1
    SPONSOR = 2
    DUE = 3
    STATE = 4
    METHOD = 5
    PAID_ON = 6
    REFERENCE = 7
    OPD = 8  # shown at Disnaker only


class MonthModel(IdWindowedModel):
    """Worker ids of the month in order; rows fetched from SQL in blocks around what is shown."""

    def __init__(self, db, parent=None):
        super().__init__(parent=parent)
        self.db = db
        self.month = ""
        self.totals = MonthTotals(0, 0, 0, 0)
        self._book: RateBook | None = None
        # At Disnaker a payment shows once the OPD's bundle carried it: "not received", not "unpaid".
        self.from_bundles = False

    def headers(self) -> list[str]:
        return [self.tr("Worker"), self.tr("NIK"), self.tr("Sponsor"), self.tr("Due"), self.tr("Paid?"),
                self.tr("Method"), self.tr("Paid on"), self.tr("Reference"), self.tr("OPD")]

    def load(self, month: str, ids: list[int], totals: MonthTotals) -> None:
        self.beginResetModel()
        self.month, self.ids, self.totals = month, list(ids), totals
        self._book = RateBook.load(self.db)
        self.reset_count(len(self.ids))
        self.endResetModel()

    def fetch(self, ids) -> dict[int, MonthRow]:
        return rows_for(self.db, self.month, list(ids), self._book)

    def _column_count(self) -> int:
        return len(MonthColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def row(self, index: int) -> MonthRow:
        return self.row_data(index)

    def _display(self, r: MonthRow, col: int) -> str:
        paid = r.payment_uid is not None
        return {
            MonthColumn.WORKER: r.name,
            MonthColumn.NIK: r.nik,
            MonthColumn.SPONSOR: r.sponsor_name or "",
            MonthColumn.DUE: rupiah(r.due),
            MonthColumn.STATE: self.tr("Paid") if paid else (
                self.tr("Lapsed") if r.status == "lapsed" else self._unpaid_label()),
            MonthColumn.METHOD: payment_method_label(r.method) if r.method else "",
            MonthColumn.PAID_ON: format_date(r.paid_on) if r.paid_on else "",
            MonthColumn.REFERENCE: r.reference or "",
            MonthColumn.OPD: r.opd_code or "",
        }[MonthColumn(col)]

    def _unpaid_label(self) -> str:
        return self.tr("Not received yet") if self.from_bundles else self.tr("Unpaid")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.safe_row_data(index.row())
        col = index.column()
        if r is None or not 0 <= col < len(MonthColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == MonthColumn.STATE:
            return QBrush(_PAID if r.payment_uid else _UNPAID)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == MonthColumn.DUE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == MonthColumn.SPONSOR and r.sponsor_nip:
            return format_nip(r.sponsor_nip)
        return {UID_ROLE: r.worker_uid, PAYMENT_UID_ROLE: r.payment_uid, SPONSOR_UID_ROLE: r.sponsor_uid}.get(role)


class ArrearsModel(RowsModel):
    """Workers behind with their contributions: one row each, amber when the membership is at risk."""

    def __init__(self, parent=None):
        super().__init__([
            Column(lambda: self.tr("Worker"), lambda r: r.name),
            Column(lambda: self.tr("NIK"), lambda r: r.nik),
            Column(lambda: self.tr("Sponsor"), lambda r: r.sponsor_name or ""),
            Column(lambda: self.tr("Unpaid months"), _month_span),
            Column(lambda: self.tr("Months"), lambda r: str(r.count), right=True),
            Column(lambda: self.tr("Owed"), lambda r: rupiah(r.amount), right=True),
            Column(lambda: self.tr("Situation"), lambda r: self.state_label(r.state)),
        ], parent, roles={UID_ROLE: lambda r: r.worker_uid, SPONSOR_UID_ROLE: lambda r: r.sponsor_uid})
        self.highlight = lambda r: WARN_COLOUR if r.state in ("at_risk", "lapsed") else None

    def state_label(self, state: str) -> str:
        return {"behind": self.tr("Behind"), "at_risk": self.tr("At risk"),
                "lapsed": self.tr("Lapsed")}[state]


def _month_span(r: ArrearsRow) -> str:
    """'Januari 2027' or 'Desember 2026 – Januari 2027', as months read everywhere (QA walk r5, 22)."""
    months = [month_label(m, language()) for m in r.unpaid_months]
    if not months:
        return ""
    return months[0] if len(months) == 1 else f"{months[0]} – {months[-1]}"


class SponsorModel(RowsModel):
    """Sponsors with their workers, months paid this year, outstanding amount and quota."""

    def __init__(self, parent=None):
        super().__init__([
            Column(lambda: self.tr("NIP"), lambda r: format_nip(r.nip) if r.nip else ""),
            Column(lambda: self.tr("Sponsor"), lambda r: r.name),
            Column(lambda: self.tr("Position level"), lambda r: position_level_label(r.position_level)),
            Column(lambda: self.tr("Workers this month"), lambda r: str(r.workers), right=True),
            Column(lambda: self.tr("Months paid this year"), lambda r: str(r.months_paid), right=True),
            Column(lambda: self.tr("Unpaid this month"), lambda r: rupiah(r.unpaid_month), right=True),
            Column(lambda: self.tr("Arrears (past due date)"), lambda r: rupiah(r.outstanding), right=True),
            Column(lambda: self.tr("Quota"), self.quota_text),
        ], parent, roles={SPONSOR_UID_ROLE: lambda r: r.sponsor_uid})
        self.highlight = lambda r: WARN_COLOUR if r.below_quota else None

    def quota_text(self, r: SponsorSummary) -> str:
        return (self.tr("{members} of {quota}: below quota") if r.below_quota
                else self.tr("{members} of {quota}")).format(members=r.members, quota=r.quota)
