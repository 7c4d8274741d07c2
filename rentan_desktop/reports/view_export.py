"""What a list shows on screen, as a spreadsheet: the roster's workers or sponsors, the payment
tab's three pages (the month's contributions, the arrears, the per-sponsor summary).

The same filter and sort the screen uses are asked of SQL again, so the file holds every
matching row (not only the ones painted) in the order the clerk sees. Cells are typed
(dates, months, Rupiah, counts; NIK, NIP and KPJ as text) through reports/xlsx.py.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from rentan_desktop.domain.months import month_label
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.domain.vocab import (
    gender_label,
    payment_method_label,
    position_level_label,
    sponsor_kind_label,
    sponsor_status_label,
    worker_status_label,
)
from rentan_desktop.i18n import language, translate
from rentan_desktop.payments import month_view, status
from rentan_desktop.reports.model import Column, Report, Table
from rentan_desktop.reports.xlsx import write_xlsx
from rentan_desktop.roster import queries
from rentan_desktop.store import settings

CHUNK = 900  # ids per IN (...) query, under SQLite's parameter limit


def _chunks(ids: list[int]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def worker_table(db: sqlite_utils.Database, flt: queries.WorkerFilter, sort: str = "name",
                 descending: bool = False) -> Table:
    ids = queries.worker_ids(db, flt, sort, descending)
    columns = [Column("name", translate("view_export", "Name")), Column("nik", translate("view_export", "NIK")), Column("sex", translate("view_export", "Sex")),
               Column("birth_date", translate("view_export", "Date of birth"), "date"), Column("occupation", translate("view_export", "Occupation")),
               Column("village", translate("view_export", "Village")), Column("sponsor", translate("view_export", "Sponsor")),
               Column("sponsor_nip", translate("view_export", "Sponsor NIP")), Column("start_month", translate("view_export", "First month"), "month"),
               Column("status", translate("view_export", "Status")), Column("kpj", translate("view_export", "KPJ")), Column("opd", translate("view_export", "OPD"))]
    rows = []
    for chunk in _chunks(ids):
        found = queries.fetch_workers(db, chunk)
        for wid in chunk:
            r = found[wid]
            rows.append((r["name"], r["nik"], gender_label(r["gender"]) if r["gender"] else None, r["birth_date"],
                         r["occupation"], r["village"], r["sponsor_name"], _nip(r["sponsor_nip"]), r["start_month"],
                         worker_status_label(r["status"]), r["kpj"], r["opd_code"]))
    return Table("workers", translate("view_export", "Workers"), columns, rows)


def sponsor_table(db: sqlite_utils.Database, flt: queries.SponsorFilter, sort: str = "name",
                  descending: bool = False) -> Table:
    ids = queries.sponsor_ids(db, flt, sort, descending)
    quotas = queries.quotas(db)
    columns = [Column("name", translate("view_export", "Name")), Column("nip", translate("view_export", "NIP")), Column("kind", translate("view_export", "Type")),
               Column("position", translate("view_export", "Position")), Column("level", translate("view_export", "Level")),
               Column("workers", translate("view_export", "Current workers"), "int"), Column("quota", translate("view_export", "Quota"), "int"),
               Column("status", translate("view_export", "Status")), Column("opd", translate("view_export", "OPD"))]
    rows = []
    for chunk in _chunks(ids):
        found = queries.fetch_sponsors(db, chunk, quotas)
        for sid in chunk:
            r = found[sid]
            rows.append((r["name"], _nip(r["nip"]), sponsor_kind_label(r["kind"]), r["position"],
                         position_level_label(r["position_level"]), r["workers"], r["quota"],
                         sponsor_status_label(r["status"]), r["opd_code"]))
    return Table("sponsors", translate("view_export", "Sponsors"), columns, rows)


def payment_table(db: sqlite_utils.Database, month: str, show: str = month_view.SHOW_ALL,
                  search: str = "", opd_id: int | None = None, with_opd: bool = False) -> Table:
    """The month page as shown; at Disnaker (`with_opd`) with each worker's OPD, of one OPD when given."""
    ids = month_view.select_month(db, month, show, search, opd_id=opd_id).ids
    columns = [Column("name", translate("view_export", "Worker")), Column("nik", translate("view_export", "NIK")), Column("sponsor", translate("view_export", "Sponsor")),
               Column("sponsor_nip", translate("view_export", "Sponsor NIP")), Column("due", translate("view_export", "Due"), "money"),
               Column("paid", translate("view_export", "Paid"), "money"), Column("method", translate("view_export", "Method")),
               Column("paid_on", translate("view_export", "Paid on"), "date"), Column("reference", translate("view_export", "Reference"))]
    if with_opd:
        columns.append(Column("opd", translate("view_export", "OPD")))
    rows = []
    for chunk in _chunks(ids):
        found = month_view.rows_for(db, month, chunk)
        for wid in chunk:
            r = found[wid]
            rows.append((r.name, r.nik, r.sponsor_name, _nip(r.sponsor_nip), r.due, r.paid,
                         payment_method_label(r.method) if r.method else None, r.paid_on, r.reference)
                        + ((r.opd_code,) if with_opd else ()))
    totals = (translate("view_export", "Total"), None, None, None, sum(r[4] for r in rows), sum(r[5] or 0 for r in rows),
              None, None, None) + ((None,) if with_opd else ())
    return Table("payments", translate("view_export", "Contributions {month}").format(month=month_label(month, language())),
                 columns, rows, totals)


def arrears_state_label(state: str) -> str:
    return {"behind": translate("view_export", "Behind"), "at_risk": translate("view_export", "At risk"),
            "lapsed": translate("view_export", "Lapsed")}.get(state, state)


def arrears_table(db: sqlite_utils.Database, month: str, state: str | None = None) -> Table:
    """The arrears page as shown: workers owing months up to `month`, filtered to one state if given."""
    rows = [r for r in status.arrears(db, month) if state is None or r.state == state]
    lang = language()
    columns = [Column("name", translate("view_export", "Worker")), Column("nik", translate("view_export", "NIK")),
               Column("sponsor", translate("view_export", "Sponsor")),
               Column("sponsor_nip", translate("view_export", "Sponsor NIP")),
               Column("first", translate("view_export", "First unpaid month")),
               Column("last", translate("view_export", "Last unpaid month")),
               Column("months", translate("view_export", "Months behind"), "int"),
               Column("owed", translate("view_export", "Owed"), "money"),
               Column("state", translate("view_export", "Situation"))]
    table_rows = [(r.name, r.nik, r.sponsor_name, _nip(r.sponsor_nip), month_label(r.unpaid_months[0], lang),
                   month_label(r.unpaid_months[-1], lang), r.count, r.amount, arrears_state_label(r.state))
                  for r in rows if r.unpaid_months]
    owed = sum(r.amount for r in rows if r.state != "lapsed")  # what the page's summary calls owed
    totals = (translate("view_export", "Total"), None, None, None, None, None, None, owed, None)
    return Table("arrears", translate("view_export", "Arrears up to {month}").format(month=month_label(month, lang)),
                 columns, table_rows, totals)


def _nip(nip: str | None) -> str:
    """NIPs grouped as every screen shows them (19660801 198803 1 001)."""
    return format_nip(nip) if nip else ""


def sponsor_summary_table(db: sqlite_utils.Database, month: str) -> Table:
    """The per-sponsor page as shown: workers, months paid this year, outstanding and quota."""
    columns = [Column("nip", translate("view_export", "NIP")), Column("name", translate("view_export", "Sponsor")),
               Column("level", translate("view_export", "Level")),
               Column("workers", translate("view_export", "Workers this month"), "int"),
               Column("months_paid", translate("view_export", "Months paid this year"), "int"),
               Column("unpaid_month", translate("view_export", "Unpaid this month"), "money"),
               Column("outstanding", translate("view_export", "Arrears (past due date)"), "money"),
               Column("members", translate("view_export", "Current workers"), "int"),
               Column("quota", translate("view_export", "Quota"), "int"),
               Column("below", translate("view_export", "Below quota"))]
    yes, no = translate("view_export", "Yes"), translate("view_export", "No")
    rows = [(_nip(r.nip), r.name, position_level_label(r.position_level), r.workers,
             r.months_paid, r.unpaid_month, r.outstanding, r.members, r.quota, yes if r.below_quota else no)
            for r in status.sponsor_summary(db, month)]
    totals = (translate("view_export", "Total"), None, None, sum(r[3] for r in rows), sum(r[4] for r in rows),
              sum(r[5] for r in rows), sum(r[6] for r in rows), None, None, None)
    return Table("sponsor_summary", translate("view_export", "Per sponsor {month}").format(
        month=month_label(month, language())), columns, rows, totals)


def file_month(month: str) -> str:
    """A month as a file name part in the clerk's words: 'Desember-2026', never '2026-12'."""
    return month_label(month, language()).replace(" ", "-")


def write_view(db: sqlite_utils.Database, table: Table, out: Path | str, *, description: str = "") -> Path:
    """Write one table as a workbook; `description` (the filter in words) goes under the title."""
    place = settings.get(db, "opd_name", "") or translate("view_export", "Disnaker")
    report = Report(key=table.key, title=place, period=description, scope="", tables=[table],
                    pemda=settings.get(db, "pemda", "") or "")
    return write_xlsx(report, out)
