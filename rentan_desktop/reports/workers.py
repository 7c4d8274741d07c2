"""Workers: by membership status, occupation, gender, age band and place; new and ended."""

from __future__ import annotations

import sqlite_utils

from rentan_desktop.domain.vocab import WORKER_STATUSES, gender_label, worker_status_label
from rentan_desktop.i18n import translate
from rentan_desktop.reports.common import CURRENT, opd_rows, scope, today_of
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table
from rentan_desktop.reports.params import ReportParams

# Age in whole years on `today`, computed in SQL from the ISO birth date.
AGE_SQL = ("(CAST(substr(:today, 1, 4) AS INTEGER) - CAST(substr(birth_date, 1, 4) AS INTEGER)"
           " - (substr(:today, 6, 5) < substr(birth_date, 6, 5)))")
BANDS = ((0, 18, "Under 18"), (18, 25, "18-24"), (25, 35, "25-34"), (35, 45, "35-44"), (45, 55, "45-54"),
         (55, 65, "55-64"), (65, 999, "65 and over"))


def band_label(key: str) -> str:
    return {"Under 18": translate("reports", "Under 18"), "65 and over": translate("reports", "65 and over"),
            "": translate("reports", "Unknown")}.get(key, key)


def _count_col() -> Column:
    return Column("workers", translate("reports", "Workers"), "int")


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    statuses = tuple(p.statuses) or CURRENT
    cond, args = scope("", p.opd_id)
    marks = ",".join("?" * len(statuses))
    chosen = f"status IN ({marks}){cond}"
    chosen_args = [*statuses, *args]
    tables: list[Table] = []

    per_status = dict(db.execute(f"SELECT status, count(*) FROM workers WHERE 1{cond} GROUP BY status", args))
    columns = [Column("status", translate("reports", "Membership status")), _count_col()]
    rows = [(worker_status_label(s), per_status.get(s, 0)) for s in WORKER_STATUSES]
    totals = (translate("reports", "Total"), sum(per_status.values()))
    note = ""
    if p.opd_id is None:
        people = dict(db.execute(f"SELECT status, count(DISTINCT nik) FROM workers WHERE 1{cond} "
                                 "GROUP BY status", args))
        columns.append(Column("people", translate("reports", "Persons (distinct NIK)"), "int"))
        rows = [(*r, people.get(s, 0)) for r, s in zip(rows, WORKER_STATUSES, strict=True)]
        totals = (*totals, db.execute("SELECT count(DISTINCT nik) FROM workers").fetchone()[0])
        note = translate("reports", "The same NIK entered by two OPDs is one person.")
    tables.append(Table("by_status", translate("reports", "Workers by membership status"), columns, rows,
                        totals, note))

    def grouped(key: str, title: str, expr: str, label_title: str, label=str) -> Table:
        found = db.execute(f"SELECT {expr} AS k, count(*) FROM workers WHERE {chosen} "
                           "GROUP BY k ORDER BY count(*) DESC, k", chosen_args).fetchall()
        rows = [(label(k or ""), n) for k, n in found]
        return Table(key, title, [Column("group", label_title), _count_col()], rows,
                     (translate("reports", "Total"), sum(n for _k, n in found)))

    tables.append(grouped("by_occupation", translate("reports", "Workers by occupation"), "occupation",
                          translate("reports", "Occupation"),
                          lambda k: k or translate("reports", "Unknown")))
    tables.append(grouped("by_gender", translate("reports", "Workers by gender"), "gender",
                          translate("reports", "Gender"),
                          lambda k: gender_label(k) or translate("reports", "Unknown")))

    found = dict(_age_rows(db, statuses, p))
    order = [b[2] for b in BANDS] + [""]
    age_rows = [(band_label(k), found.get(k, 0)) for k in order if found.get(k, 0)]
    tables.append(Table("by_age", translate("reports", "Workers by age band"),
                        [Column("group", translate("reports", "Age band")), _count_col()], age_rows,
                        (translate("reports", "Total"), sum(found.values()))))

    place = db.execute(f"SELECT district, village, count(*) FROM workers WHERE {chosen} "
                       "GROUP BY district, village ORDER BY district, village", chosen_args).fetchall()
    tables.append(Table("by_place", translate("reports", "Workers by district and village"), [
        Column("district", translate("reports", "District")), Column("village", translate("reports", "Village")),
        _count_col()], [(d or "", v or "", n) for d, v, n in place],
        (translate("reports", "Total"), None, sum(r[2] for r in place))))

    month = p.month
    code = {o[0]: o[1] for o in opd_rows(db)}
    if p.opd_id is None:
        new = db.execute("SELECT opd_id, count(*) FROM workers WHERE created_at >= ? AND created_at < ? "
                         "GROUP BY opd_id", [month, month + "~"]).fetchall()
        names = {o[0]: o[2] for o in opd_rows(db)}
        rows = sorted((code.get(o, ""), names.get(o, ""), n) for o, n in new)
        tables.append(Table("new", translate("reports", "New workers this month, by OPD"), [
            Column("code", translate("reports", "Code")), Column("opd", translate("reports", "OPD")),
            _count_col()], rows, (translate("reports", "Total"), None, sum(r[2] for r in rows))))
    else:
        new = db.execute("SELECT w.name, w.occupation, s.name, w.start_month, w.status FROM workers w "
                         "LEFT JOIN sponsors s ON s.id = w.sponsor_id "
                         "WHERE w.created_at >= ? AND w.created_at < ? AND w.opd_id = ? ORDER BY w.name",
                         [month, month + "~", p.opd_id]).fetchall()
        tables.append(Table("new", translate("reports", "New workers this month"), [
            Column("name", translate("reports", "Name")), Column("occupation", translate("reports", "Occupation")),
            Column("sponsor", translate("reports", "Sponsor")),
            Column("start", translate("reports", "First month covered"), "month"),
            Column("status", translate("reports", "Membership status"))],
            [(n, o or "", s or "", m, worker_status_label(st)) for n, o, s, m, st in new]))

    ended = db.execute(f"SELECT coalesce(nullif(end_reason, ''), ?), count(*) FROM workers "
                       f"WHERE status = 'ended' AND ended_on >= ? AND ended_on < ?{cond} "
                       "GROUP BY 1 ORDER BY 2 DESC, 1",
                       [translate("reports", "No reason given"), p.from_month, p.to_month + "~", *args]).fetchall()
    tables.append(Table("ended", translate("reports", "Workers ended in the period, by reason"), [
        Column("reason", translate("reports", "Reason")), _count_col()], [tuple(r) for r in ended],
        (translate("reports", "Total"), sum(r[1] for r in ended))))
    if p.opd_id is not None:
        listed = db.execute("SELECT name, ended_on, end_reason FROM workers WHERE status = 'ended' "
                            "AND ended_on >= ? AND ended_on < ? AND opd_id = ? ORDER BY ended_on, name",
                            [p.from_month, p.to_month + "~", p.opd_id]).fetchall()
        tables.append(Table("ended_list", translate("reports", "Workers ended in the period"), [
            Column("name", translate("reports", "Name")), Column("ended_on", translate("reports", "Ended on"), "date"),
            Column("reason", translate("reports", "Reason"))], [(n, d, r or "") for n, d, r in listed]))
    else:
        per = db.execute("SELECT opd_id, status, count(*) FROM workers GROUP BY opd_id, status").fetchall()
        counts: dict[int, dict[str, int]] = {}
        for o, s, n in per:
            counts.setdefault(o, {})[s] = n
        rows = []
        for opd_id, opd_code, name, _asn in opd_rows(db):
            c = counts.get(opd_id, {})
            rows.append((opd_code, name, *(c.get(s, 0) for s in WORKER_STATUSES), sum(c.values())))
        tables.append(Table("by_opd", translate("reports", "Workers by OPD and status"), [
            Column("code", translate("reports", "Code")), Column("opd", translate("reports", "OPD")),
            *(Column(s, worker_status_label(s), "int") for s in WORKER_STATUSES),
            Column("total", translate("reports", "Total"), "int")], rows))

    status_table = tables[0]
    charts = [
        Chart("donut", translate("reports", "Workers by membership status"), [r[0] for r in status_table.rows],
              [Series(translate("reports", "Workers"), [r[1] for r in status_table.rows])]),
        Chart("bar", translate("reports", "Workers by age band"), [r[0] for r in age_rows],
              [Series(translate("reports", "Workers"), [r[1] for r in age_rows])]),
    ]
    return Report("workers", translate("reports", "Workers"), "", "", tables, charts)


def _age_rows(db: sqlite_utils.Database, statuses: tuple[str, ...], p: ReportParams) -> list[tuple[str, int]]:
    named = {f"s{i}": s for i, s in enumerate(statuses)}
    named["today"] = today_of(p.today).isoformat()
    cond = ""
    if p.opd_id is not None:
        named["opd"] = p.opd_id
        cond = " AND opd_id = :opd"
    case = " ".join(f"WHEN {AGE_SQL} < {hi} THEN '{label}'" for _lo, hi, label in BANDS)
    marks = ",".join(f":s{i}" for i in range(len(statuses)))
    return db.execute(
        f"SELECT CASE WHEN coalesce(birth_date, '') = '' THEN '' {case} END AS k, count(*) "
        f"FROM workers WHERE status IN ({marks}){cond} GROUP BY k", named).fetchall()
