"""Table models of the payment tab: the month (windowed over SQL), arrears and sponsors."""

from __future__ import annotations

from enum import IntEnum

from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.vocab import payment_method_label, position_level_label, worker_status_label
from rentan_desktop.payments.month_view import MonthRow, MonthTotals, rows_for
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.payments.status import ArrearsRow, SponsorSummary
from rentan_desktop.ui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, QPersistentModelIndex, Qt

UID_ROLE = Qt.ItemDataRole.UserRole + 1
PAYMENT_UID_ROLE = Qt.ItemDataRole.UserRole + 2
SPONSOR_UID_ROLE = Qt.ItemDataRole.UserRole + 3
BLOCK = 256
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_UNPAID = QColor("#b00020")
_PAID = QColor("#1b5e20")
_WARN = QColor("#fff3cd")


class MonthColumn(IntEnum):
    WORKER = 0
    NIK = 1
    SPONSOR = 2
    DUE = 3
    STATE = 4
    METHOD = 5
    PAID_ON = 6
    REFERENCE = 7


class MonthModel(QAbstractTableModel):
    """Worker ids of the month in order; rows fetched from SQL in blocks around what is shown."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.month = ""
        self.ids: list[int] = []
        self.totals = MonthTotals(0, 0, 0, 0)
        self._cache: dict[int, MonthRow] = {}
        self._book: RateBook | None = None

    def headers(self) -> list[str]:
        return [self.tr("Worker"), self.tr("NIK"), self.tr("Sponsor"), self.tr("Due"), self.tr("Paid?"),
                self.tr("Method"), self.tr("Paid on"), self.tr("Reference")]

    def load(self, month: str, ids: list[int], totals: MonthTotals) -> None:
        self.beginResetModel()
        self.month, self.ids, self.totals = month, ids, totals
        self._cache = {}
        self._book = RateBook.load(self.db)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MonthColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def row(self, index: int) -> MonthRow:
        wid = self.ids[index]
        found = self._cache.get(wid)
        if found is None:
            start = (index // BLOCK) * BLOCK
            self._cache.update(rows_for(self.db, self.month, self.ids[start:start + BLOCK], self._book))
            found = self._cache[wid]
        return found

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        r = self.row(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            paid = r.payment_uid is not None
            return {
                MonthColumn.WORKER: r.name,
                MonthColumn.NIK: r.nik,
                MonthColumn.SPONSOR: r.sponsor_name or "",
                MonthColumn.DUE: rupiah(r.due),
                MonthColumn.STATE: self.tr("Paid") if paid else (
                    self.tr("Lapsed") if r.status == "lapsed" else self.tr("Unpaid")),
                MonthColumn.METHOD: payment_method_label(r.method) if r.method else "",
                MonthColumn.PAID_ON: format_date(r.paid_on) if r.paid_on else "",
                MonthColumn.REFERENCE: r.reference or "",
            }[MonthColumn(col)]
        if role == Qt.ItemDataRole.ForegroundRole and col == MonthColumn.STATE:
            return QBrush(_PAID if r.payment_uid else _UNPAID)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == MonthColumn.DUE:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == MonthColumn.SPONSOR and r.sponsor_nip:
            return r.sponsor_nip
        if role == UID_ROLE:
            return r.worker_uid
        if role == PAYMENT_UID_ROLE:
            return r.payment_uid
        if role == SPONSOR_UID_ROLE:
            return r.sponsor_uid
        return None


class ArrearsColumn(IntEnum):
    WORKER = 0
    NIK = 1
    SPONSOR = 2
    MONTHS = 3
    COUNT = 4
    AMOUNT = 5
    STATE = 6


class ArrearsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ArrearsRow] = []

    def set_rows(self, rows: list[ArrearsRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ArrearsColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Worker"), self.tr("NIK"), self.tr("Sponsor"), self.tr("Unpaid months"),
                    self.tr("Months"), self.tr("Owed"), self.tr("Situation")][section]
        return None

    def state_label(self, state: str) -> str:
        return {"behind": self.tr("Behind"), "at_risk": self.tr("At risk"),
                "lapsed": self.tr("Lapsed")}[state]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            months = r.unpaid_months
            span = months[0] if len(months) == 1 else f"{months[0]} – {months[-1]}"
            return {
                ArrearsColumn.WORKER: r.name, ArrearsColumn.NIK: r.nik,
                ArrearsColumn.SPONSOR: r.sponsor_name or "", ArrearsColumn.MONTHS: span,
                ArrearsColumn.COUNT: str(r.count), ArrearsColumn.AMOUNT: rupiah(r.amount),
                ArrearsColumn.STATE: self.state_label(r.state),
            }[ArrearsColumn(col)]
        if role == Qt.ItemDataRole.BackgroundRole and r.state in ("at_risk", "lapsed"):
            return QBrush(_WARN)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (ArrearsColumn.COUNT, ArrearsColumn.AMOUNT):
            return _RIGHT
        if role == UID_ROLE:
            return r.worker_uid
        if role == SPONSOR_UID_ROLE:
            return r.sponsor_uid
        return None


class SponsorColumn(IntEnum):
    NIP = 0
    NAME = 1
    LEVEL = 2
    WORKERS = 3
    MONTHS_PAID = 4
    OUTSTANDING = 5
    QUOTA = 6


class SponsorModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SponsorSummary] = []

    def set_rows(self, rows: list[SponsorSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SponsorColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("NIP"), self.tr("Sponsor"), self.tr("Position level"), self.tr("Workers this month"),
                    self.tr("Months paid this year"), self.tr("Outstanding"), self.tr("Quota")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            quota = (self.tr("{members} of {quota}: below quota") if r.below_quota
                     else self.tr("{members} of {quota}")).format(members=r.members, quota=r.quota)
            return {
                SponsorColumn.NIP: r.nip or "", SponsorColumn.NAME: r.name,
                SponsorColumn.LEVEL: position_level_label(r.position_level),
                SponsorColumn.WORKERS: str(r.workers), SponsorColumn.MONTHS_PAID: str(r.months_paid),
                SponsorColumn.OUTSTANDING: rupiah(r.outstanding), SponsorColumn.QUOTA: quota,
            }[SponsorColumn(col)]
        if role == Qt.ItemDataRole.BackgroundRole and r.below_quota:
            return QBrush(_WARN)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                SponsorColumn.WORKERS, SponsorColumn.MONTHS_PAID, SponsorColumn.OUTSTANDING):
            return _RIGHT
        if role == SPONSOR_UID_ROLE:
            return r.sponsor_uid
        return None


def status_text(status: str) -> str:
    return worker_status_label(status)
