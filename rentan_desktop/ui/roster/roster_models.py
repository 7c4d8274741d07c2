"""Windowed table models over the roster: SQL filters, counts and sorts; rows load in blocks.

One COUNT sizes the table; the shared windowed model (ui/common/windowed.py) loads rows in blocks
of 256 around what the view paints, keeps a bounded number cached and pages by key along the
name/NIK index. Sorting a column asks SQL again. No QSortFilterProxyModel ever walks all rows
(architecture point 5). Disnaker's consolidated roster reuses these with `opd_id=None` and
`show_opd=True`.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

import sqlite_utils

from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.months import month_label
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.domain.vocab import (
    gender_label,
    position_level_label,
    sponsor_kind_label,
    sponsor_status_label,
    worker_status_label,
)
from rentan_desktop.i18n import language
from rentan_desktop.roster import queries, readiness
from rentan_desktop.ui.common.style import ERROR_COLOUR, OK_COLOUR
from rentan_desktop.ui.common.windowed import Index, WindowedTableModel
from rentan_desktop.ui.qt import QBrush, QColor, QFont, Qt

ENDED_COLOUR = QColor("#8a8a8a")
BELOW_QUOTA_COLOUR = QColor(ERROR_COLOUR)
MET_QUOTA_COLOUR = QColor(OK_COLOUR)


class RosterRole(IntEnum):
    """Custom data roles every roster model answers."""
    ID = Qt.ItemDataRole.UserRole + 1
    UID = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    RECORD = Qt.ItemDataRole.UserRole + 4  # the row dict as fetched
    BELOW_QUOTA = Qt.ItemDataRole.UserRole + 5  # sponsors: bool


_SERVED_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole, *RosterRole})


class WorkerColumn(IntEnum):
    NAME = 0
    NIK = 1
    GENDER = 2
    BIRTH_DATE = 3
    OCCUPATION = 4
    VILLAGE = 5
    SPONSOR = 6
    START = 7
    STATUS = 8
    KPJ = 9
    OPD = 10
    READY = 11  # last: the KPJ column stays whole on a 1366x768 screen (issue 13); scroll to see it


class SponsorColumn(IntEnum):
    NAME = 0
    NIP = 1
    KIND = 2
    POSITION = 3
    LEVEL = 4
    WORKERS = 5
    STATUS = 6
    OPD = 7


class _WindowedModel(WindowedTableModel):
    """Roster machinery on the shared windowed model: one COUNT, blocks read around what is
    painted, sort by SQL.

    For index-backed sorts (name, NIK/NIP) a block is a page read along the index: after the last
    row of the block before when that is in memory (keyset), else by LIMIT/OFFSET, so nothing is
    loaded for rows never shown. Other sorts sort every match once in SQL and the model keeps
    those ids; blocks are then fetched by id.
    """

    column_enum: type[IntEnum]
    sort_keys: dict[IntEnum, str]
    indexed_sorts: frozenset[str]
    keyset_sorts: frozenset[str]
    keyset_fields: dict[str, str] = {"name": "name", "nik": "nik", "nip": "nip"}

    def __init__(self, db: sqlite_utils.Database, *, opd_id: int | None = None, show_opd: bool = False,
                 parent=None):
        super().__init__(parent)
        self.db = db
        self.opd_id = opd_id
        self._columns = [c for c in self.column_enum if show_opd or c.name != "OPD"]
        self._ids: list[int] | None = None  # only for sorts no index serves
        self._sort_column: IntEnum = self._columns[0]
        self._descending = False
        self._loaded = False

    # -- what subclasses provide
    def _query_count(self) -> int:
        raise NotImplementedError

    def _query_ids(self, sort: str, descending: bool, offset: int = 0, limit: int = -1,
                   steer: bool = False, after: tuple[Any, int] | None = None) -> list[int]:
        raise NotImplementedError

    def _query_position(self, sort: str, descending: bool, record_id: int) -> int:
        raise NotImplementedError

    def _fetch(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        raise NotImplementedError

    def _display(self, column: IntEnum, row: dict[str, Any]) -> str:
        raise NotImplementedError

    def header_label(self, column: IntEnum) -> str:
        raise NotImplementedError

    @property
    def sort_key(self) -> str:
        return self.sort_keys.get(self._sort_column, "name")

    def _column_count(self) -> int:
        return len(self._columns)

    # -- loading
    def _load(self) -> None:
        count = self._query_count()
        self.reset_count(count)
        if count == 0 or self.sort_key in self.indexed_sorts:
            self._ids = None
        else:
            self._ids = self._query_ids(self.sort_key, self._descending)
        self._loaded = True

    def refresh(self) -> None:
        """Ask SQL again (after a search, a filter or a write) and redraw."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _read_block(self, block: int, offset: int, limit: int, previous: Any | None) -> list[dict[str, Any]]:
        if self._ids is not None:
            ids = self._ids[offset:offset + limit]
        else:
            sort = self.sort_key
            after = None
            if previous is not None and sort in self.keyset_sorts:
                after = (previous[self.keyset_fields[sort]], previous["id"])
            ids = self._query_ids(sort, self._descending, offset, limit,
                                  self._count > queries.STEER_MIN_MATCHES, after)
        found = self._fetch(ids)
        return [found[i] for i in ids if i in found]

    # -- lookups for the tab
    def all_ids(self) -> list[int]:
        """Every matching id in display order (printing, exports): one query."""
        if self._ids is not None:
            return list(self._ids)
        return self._query_ids(self.sort_key, self._descending) if self._count else []

    def id_at(self, row: int) -> int | None:
        data = self.row_data(row)
        return data["id"] if data else None

    def uid_at(self, row: int) -> str | None:
        data = self.row_data(row)
        return data["uid"] if data else None

    def row_of_id(self, record_id: int) -> int:
        if self._ids is not None:
            try:
                return self._ids.index(record_id)
            except ValueError:
                return -1
        return self._query_position(self.sort_key, self._descending, record_id)

    def column_of(self, column: IntEnum) -> int:
        return self._columns.index(column) if column in self._columns else -1

    def column_at(self, section: int) -> IntEnum:
        return self._columns[section]

    # -- Qt model interface
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self.header_label(self._columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks ~7 roles per cell: answer the ones never served before touching the row.
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        row = self.safe_row_data(index.row())
        column = index.column()
        if row is None or column >= len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            shown = row.get("_display")
            if shown is None:  # formatted once per fetched row, not once per paint
                shown = row["_display"] = [self._display(c, row) for c in self._columns]
            return shown[column]
        if role == RosterRole.ID:
            return row["id"]
        if role == RosterRole.UID:
            return row["uid"]
        if role == RosterRole.STATUS:
            return row["status"]
        if role == RosterRole.RECORD:
            return row
        return self._extra(self._columns[column], row, role)

    def _extra(self, column: IntEnum, row: dict[str, Any], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row["status"] == "ended":
            return QBrush(ENDED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and row["status"] == "ended":
            return f"{format_date(row.get('ended_on'))} — {row.get('end_reason') or ''}"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        wanted = self._columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and wanted == self._sort_column and descending == self._descending:
            return
        self._sort_column, self._descending = wanted, descending
        if not self._loaded:  # the view announcing its initial order: refresh() will query
            return
        self.layoutAboutToBeChanged.emit()
        self._load()
        self.layoutChanged.emit()


# Columns shown as stored (text, or nothing when empty).
_PLAIN_WORKER_COLUMNS = {WorkerColumn.NAME: "name", WorkerColumn.NIK: "nik", WorkerColumn.OCCUPATION: "occupation",
                         WorkerColumn.VILLAGE: "village", WorkerColumn.KPJ: "kpj", WorkerColumn.OPD: "opd_code"}


class WorkerTableModel(_WindowedModel):
    column_enum = WorkerColumn
    sort_keys = {
        WorkerColumn.NAME: "name", WorkerColumn.NIK: "nik", WorkerColumn.GENDER: "gender",
        WorkerColumn.BIRTH_DATE: "birth_date", WorkerColumn.OCCUPATION: "occupation",
        WorkerColumn.VILLAGE: "village", WorkerColumn.SPONSOR: "sponsor", WorkerColumn.START: "start_month",
        WorkerColumn.STATUS: "status", WorkerColumn.KPJ: "kpj", WorkerColumn.OPD: "opd",
        WorkerColumn.READY: "readiness",
    }

    def __init__(self, db: sqlite_utils.Database, *, opd_id: int | None = None, show_opd: bool = False,
                 parent=None):
        super().__init__(db, opd_id=opd_id, show_opd=show_opd, parent=parent)
        self.filter = queries.WorkerFilter(opd_id=opd_id)

    def set_filter(self, flt: queries.WorkerFilter) -> None:
        self.filter = queries.WorkerFilter(**{**flt.__dict__, "opd_id": self.opd_id})
        self.refresh()

    indexed_sorts = queries.INDEXED_WORKER_SORTS
    keyset_sorts = queries.KEYSET_WORKER_SORTS

    def _query_count(self) -> int:
        return queries.count_workers(self.db, self.filter)

    def _query_ids(self, sort: str, descending: bool, offset: int = 0, limit: int = -1,
                   steer: bool = False, after: tuple[Any, int] | None = None) -> list[int]:
        return queries.worker_ids(self.db, self.filter, sort, descending, offset, limit, steer, after)

    def _query_position(self, sort: str, descending: bool, record_id: int) -> int:
        return queries.worker_position(self.db, self.filter, sort, descending, record_id)

    def _fetch(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        return queries.fetch_workers(self.db, ids)

    def header_label(self, column: IntEnum) -> str:
        return {
            WorkerColumn.NAME: self.tr("Name"), WorkerColumn.NIK: self.tr("NIK"), WorkerColumn.GENDER: self.tr("Sex"),
            WorkerColumn.BIRTH_DATE: self.tr("Born"), WorkerColumn.OCCUPATION: self.tr("Occupation"),
            WorkerColumn.VILLAGE: self.tr("Village"), WorkerColumn.SPONSOR: self.tr("Sponsor"),
            WorkerColumn.START: self.tr("Start"), WorkerColumn.STATUS: self.tr("Status"),
            WorkerColumn.KPJ: self.tr("KPJ"), WorkerColumn.OPD: self.tr("OPD"),
            WorkerColumn.READY: self.tr("BPJS registration"),
        }[column]

    def _display(self, column: IntEnum, row: dict[str, Any]) -> str:
        if column == WorkerColumn.KPJ and row["kpj"] and readiness.reregistering(row):
            # The lapsed membership's number, not a current one, until BPJS answers the new registration.
            return self.tr("{kpj} (previous membership)").format(kpj=row["kpj"])
        key = _PLAIN_WORKER_COLUMNS.get(column)
        if key is not None:
            return row[key] or ""
        if column == WorkerColumn.GENDER:
            return gender_label(row["gender"])
        if column == WorkerColumn.BIRTH_DATE:
            return format_date(row["birth_date"])
        if column == WorkerColumn.SPONSOR:
            return row["sponsor_name"] or self.tr("— none —")
        if column == WorkerColumn.START:
            month = row["start_month"] or ""
            return month_label(month, language()) if len(month) == 7 else month
        if column == WorkerColumn.STATUS:
            return worker_status_label(row["status"])
        if column == WorkerColumn.READY:
            return self.readiness_text(row)
        return ""

    def readiness_text(self, row: dict[str, Any]) -> str:
        """readiness.registration_state in words: ready (the registration export takes it), what is
        missing, or BPJS's reason for refusing it; nothing for a registered or ended worker."""
        state = readiness.registration_state(row)
        if state == "incomplete":
            return self.tr("Data missing: {fields}").format(fields=readiness.describe_missing(row["missing"]))
        if state == "ready":
            return self.tr("Ready to register")
        if state == "rejected":
            return self.tr("Rejected by BPJS: {reason}. Correct the data and save; it is sent again in the next "
                           "bundle.").format(reason=row.get("bpjs_reason") or "-")
        if row["status"] == "draft" and readiness.has_kpj(row):
            return self.tr("Has a KPJ: Disnaker confirms the membership")  # never registered twice
        return ""

    def _extra(self, column: IntEnum, row: dict[str, Any], role: int) -> Any:
        if column == WorkerColumn.SPONSOR and row["sponsor_id"] is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(BELOW_QUOTA_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("This worker has no sponsor yet.")
        if column == WorkerColumn.READY and row["status"] != "ended" and (
                row["missing"] or readiness.registration_state(row) == "rejected"):  # a rejection is as urgent
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(BELOW_QUOTA_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.readiness_text(row)
        if column == WorkerColumn.SPONSOR and role == Qt.ItemDataRole.ToolTipRole and row["sponsor_nip"]:
            return format_nip(row["sponsor_nip"])
        return super()._extra(column, row, role)


class SponsorTableModel(_WindowedModel):
    column_enum = SponsorColumn
    sort_keys = {
        SponsorColumn.NAME: "name", SponsorColumn.NIP: "nip", SponsorColumn.KIND: "kind",
        SponsorColumn.POSITION: "position", SponsorColumn.LEVEL: "position_level",
        SponsorColumn.WORKERS: "workers", SponsorColumn.STATUS: "status", SponsorColumn.OPD: "opd",
    }

    def __init__(self, db: sqlite_utils.Database, *, opd_id: int | None = None, show_opd: bool = False,
                 parent=None):
        super().__init__(db, opd_id=opd_id, show_opd=show_opd, parent=parent)
        self.filter = queries.SponsorFilter(opd_id=opd_id)
        self._quotas = queries.quotas(db)

    def set_filter(self, flt: queries.SponsorFilter) -> None:
        self.filter = queries.SponsorFilter(**{**flt.__dict__, "opd_id": self.opd_id})
        self.refresh()

    def refresh(self) -> None:
        self._quotas = queries.quotas(self.db)
        super().refresh()

    indexed_sorts = queries.INDEXED_SPONSOR_SORTS
    keyset_sorts = queries.KEYSET_SPONSOR_SORTS

    def _query_count(self) -> int:
        return queries.count_sponsors(self.db, self.filter)

    def _query_ids(self, sort: str, descending: bool, offset: int = 0, limit: int = -1,
                   steer: bool = False, after: tuple[Any, int] | None = None) -> list[int]:
        return queries.sponsor_ids(self.db, self.filter, sort, descending, offset, limit, steer, after)

    def _query_position(self, sort: str, descending: bool, record_id: int) -> int:
        return queries.sponsor_position(self.db, self.filter, sort, descending, record_id)

    def _fetch(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        return queries.fetch_sponsors(self.db, ids, self._quotas)

    def header_label(self, column: IntEnum) -> str:
        return {
            SponsorColumn.NAME: self.tr("Name"), SponsorColumn.NIP: self.tr("NIP"),
            SponsorColumn.KIND: self.tr("Type"), SponsorColumn.POSITION: self.tr("Position"),
            SponsorColumn.LEVEL: self.tr("Level"), SponsorColumn.WORKERS: self.tr("Workers/quota"),
            SponsorColumn.STATUS: self.tr("Status"), SponsorColumn.OPD: self.tr("OPD"),
        }[column]

    def _display(self, column: IntEnum, row: dict[str, Any]) -> str:
        if column == SponsorColumn.NAME:
            return row["name"]
        if column == SponsorColumn.NIP:
            return format_nip(row["nip"]) if row["nip"] else ""
        if column == SponsorColumn.KIND:
            return sponsor_kind_label(row["kind"])
        if column == SponsorColumn.POSITION:
            return row["position"] or ""
        if column == SponsorColumn.LEVEL:
            return position_level_label(row["position_level"])
        if column == SponsorColumn.WORKERS:
            return f"{row['workers']}/{row['quota']}"
        if column == SponsorColumn.STATUS:
            return sponsor_status_label(row["status"])
        if column == SponsorColumn.OPD:
            return row["opd_code"] or ""
        return ""

    @staticmethod
    def _below(row: dict[str, Any]) -> bool:
        return row["status"] == "active" and row["workers"] < row["quota"]

    def _extra(self, column: IntEnum, row: dict[str, Any], role: int) -> Any:
        if role == RosterRole.BELOW_QUOTA:
            return self._below(row)
        if column == SponsorColumn.WORKERS and row["status"] == "active":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(BELOW_QUOTA_COLOUR if self._below(row) else MET_QUOTA_COLOUR)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ToolTipRole and self._below(row):
                return self.tr("Below quota: sponsors {quota} worker(s), has {count}.").format(
                    quota=row["quota"], count=row["workers"])
            if role == Qt.ItemDataRole.FontRole and self._below(row):
                font = QFont()
                font.setBold(True)
                return font
        return super()._extra(column, row, role)
