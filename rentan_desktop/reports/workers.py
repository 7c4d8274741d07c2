"""Workers: by membership status, occupation, gender, age band and place; new and ended.

Few passes over the workers table: one grouped by OPD and status (also counting this month's
new records), one grouped by every distribution column at once (folded in Python), and an
indexed look-up of the ended ones.
"""

from __future__ import annotations

from collections import Counter

import sqlite_utils

from rentan_desktop.domain.vocab import WORKER_STATUSES, gender_label, worker_status_label
from rentan_desktop.i18n import translate
from rentan_desktop.reports.common import CURRENT, opd_rows, today_of, workers_scope
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table
from rentan_desktop.reports.params import ReportParams

# Age in whole years on :today, computed in SQL from the ISO birth date.
AGE_SQL = ("(CAST(substr(:today, 1, 4) AS INTEGER) - CAST(substr(birth_date, 1, 4) AS INTEGER)"
           " - CASE WHEN substr(:today, 6, 5) < substr(birth_date, 6, 5) THEN 1 ELSE 0 END)")
BANDS = ((18, "Under 18"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54"), (65, "55-64"),
         (999, "65 and over"))
BAND_SQL = ("CASE WHEN coalesce(birth_date, '') = '' THEN '' "
            + " ".join(f"WHEN {AGE_SQL} < {hi} THEN '{label}'" for hi, label in BANDS) + " END")


def band_label(key: str) -> str:
    return {"Under 18": translate("reports", "Under 18"), "65 and over": translate("reports", "65 and over"),
            "": translate("reports", "Unknown")}.get(key, key)


def _count_col() -> Column:
    return Column("workers", translate("reports", "Workers"), "int")


def _total() -> str:
    return translate("reports", "Total")


def build(db: sqlite_utils.Database, p: ReportParams) -> Report:
    statuses = tuple(p.statuses) or CURRENT
    named: dict[str, object] = {"today": today_of(p.today).isoformat(), "m0": p.month, "m1": p.month + "~",
                                "from": p.from_month, "to": p.to_month + "~"}
    cond = ""
    if p.opd_id is not None:
        named["opd"] = p.opd_id
        cond = " AND opd_id = :opd"
    named.update({f"s{i}": s for i, s in enumerate(statuses)})
    # Index-only on workers_profile (schema step m013): no worker row is read. That index has no OPD:
    # the OPD term stays only where it filters something (Disnaker), not on an OPD's own install.
    chosen = "status IN (" + ",".join(f":s{i}" for i in range(len(statuses))) + ")"
    profile_cond = cond if workers_scope(db, "", p.opd_id)[0] else ""
    opds = opd_rows(db)
    code = {o[0]: o[1] for o in opds}
    name_of = {o[0]: o[2] for o in opds}
    tables: list[Table] = []

    per_opd_status: dict[int, Counter] = {}
    new_per_opd: Counter = Counter()
    for opd, status, n, new in db.execute(
            "SELECT opd_id, status, count(*), sum(CASE WHEN created_at >= :m0 AND created_at < :m1 THEN 1 ELSE 0 END) "
            f"FROM workers WHERE TRUE{cond} GROUP BY 1, 2", named):  # index-only: workers_opd_status_created
        per_opd_status.setdefault(opd, Counter())[status] += n
        new_per_opd[opd] += new or 0
    per_status: Counter = Counter()
    for c in per_opd_status.values():
        per_status.update(c)
    columns = [Column("status", translate("reports", "Membership status")), _count_col()]
    rows: list[tuple] = [(worker_status_label(s), per_status.get(s, 0)) for s in WORKER_STATUSES]
    totals: tuple = (_total(), sum(per_status.values()))
    note = ""
    if p.opd_id is None:
        # Persons = records less the extra records of a NIK held more than once. The NIKs held
        # twice come from the NIK index alone (no sort of 200,000 rows), and they are few.
        extra_in_status: Counter = Counter()
        per_nik: Counter = Counter()
        for nik, status, n in db.execute(
                "SELECT nik, status, count(*) FROM workers WHERE nik IN "
                "(SELECT nik FROM workers GROUP BY nik HAVING count(*) > 1) GROUP BY nik, status"):
            extra_in_status[status] += n - 1
            per_nik[nik] += n
        extra = sum(n - 1 for n in per_nik.values())
        columns.append(Column("people", translate("reports", "Persons (distinct NIK)"), "int"))
        rows = [(*r, per_status.get(s, 0) - extra_in_status[s]) for r, s in zip(rows, WORKER_STATUSES, strict=True)]
        totals = (*totals, sum(per_status.values()) - extra)
        note = translate("reports", "The same NIK entered by two OPDs is one person.")
    tables.append(Table("by_status", translate("reports", "Workers by membership status"), columns, rows,
                        totals, note))

    occupation, gender, band, place = Counter(), Counter(), Counter(), Counter()
    for occ, sex, age, district, village, n in db.execute(
            f"SELECT occupation, gender, {BAND_SQL}, district, village, count(*) FROM workers "
            f"WHERE {chosen}{profile_cond} GROUP BY 1, 2, 3, 4, 5", named):
        occupation[occ or ""] += n
        gender[sex or ""] += n
        band[age or ""] += n
        place[(district or "", village or "")] += n
    chosen_total = sum(occupation.values())

    def ranked(counts: Counter, label) -> list[tuple[str, int]]:
        return sorted(((label(k), n) for k, n in counts.items()), key=lambda r: (-r[1], r[0]))

    unknown = translate("reports", "Unknown")
    tables.append(Table("by_occupation", translate("reports", "Workers by occupation"),
                        [Column("group", translate("reports", "Occupation")), _count_col()],
                        ranked(occupation, lambda k: k or unknown), (_total(), chosen_total)))
    tables.append(Table("by_gender", translate("reports", "Workers by gender"),
                        [Column("group", translate("reports", "Gender")), _count_col()],
                        ranked(gender, lambda k: gender_label(k) or unknown), (_total(), chosen_total)))
    age_rows = [(band_label(k), band[k]) for k in [b[1] for b in BANDS] + [""] if band.get(k)]
    tables.append(Table("by_age", translate("reports", "Workers by age band"),
                        [Column("group", translate("reports", "Age band")), _count_col()], age_rows,
                        (_total(), chosen_total)))
    tables.append(Table("by_place", translate("reports", "Workers by district and village"), [
        Column("district", translate("reports", "District")), Column("village", translate("reports", "Village")),
        _count_col()], [(d, v, n) for (d, v), n in sorted(place.items())], (_total(), None, chosen_total)))

    if p.opd_id is None:
        new_rows = [(code.get(o, ""), name_of.get(o, ""), n) for o, n in new_per_opd.items() if n]
        new_rows.sort()
        tables.append(Table("new", translate("reports", "New workers this month, by OPD"), [
            Column("code", translate("reports", "Code")), Column("opd", translate("reports", "OPD")),
            _count_col()], new_rows, (_total(), None, sum(r[2] for r in new_rows))))
    else:
        new = db.execute("SELECT w.name, w.occupation, s.name, w.start_month, w.status FROM workers w "
                         "LEFT JOIN sponsors s ON s.id = w.sponsor_id WHERE w.opd_id = :opd "
                         "AND w.created_at >= :m0 AND w.created_at < :m1 ORDER BY w.name", named).fetchall()
        tables.append(Table("new", translate("reports", "New workers this month"), [
            Column("name", translate("reports", "Name")), Column("occupation", translate("reports", "Occupation")),
            Column("sponsor", translate("reports", "Sponsor")),
            Column("start", translate("reports", "First month covered"), "month"),
            Column("status", translate("reports", "Membership status"))],
            [(n, o or "", s or "", m, worker_status_label(st)) for n, o, s, m, st in new]))

    ended = db.execute("SELECT name, ended_on, end_reason FROM workers WHERE status = 'ended' "
                       f"AND ended_on >= :from AND ended_on < :to{cond} ORDER BY ended_on, name", named).fetchall()
    no_reason = translate("reports", "No reason given")
    reasons = Counter((r or "").strip() or no_reason for _n, _d, r in ended)
    tables.append(Table("ended", translate("reports", "Workers ended in the period, by reason"), [
        Column("reason", translate("reports", "Reason")), _count_col()],
        sorted(reasons.items(), key=lambda r: (-r[1], r[0])), (_total(), len(ended))))
    if p.opd_id is not None:
        tables.append(Table("ended_list", translate("reports", "Workers ended in the period"), [
            Column("name", translate("reports", "Name")), Column("ended_on", translate("reports", "Ended on"), "date"),
            Column("reason", translate("reports", "Reason"))], [(n, d, r or "") for n, d, r in ended]))
    else:
        opd_table = []
        for opd_id, opd_code, name, _asn in opds:
            c = per_opd_status.get(opd_id, Counter())
            opd_table.append((opd_code, name, *(c.get(s, 0) for s in WORKER_STATUSES), sum(c.values())))
        tables.append(Table("by_opd", translate("reports", "Workers by OPD and status"), [
            Column("code", translate("reports", "Code")), Column("opd", translate("reports", "OPD")),
            *(Column(s, worker_status_label(s), "int") for s in WORKER_STATUSES),
            Column("total", _total(), "int")], opd_table))

    status_table = tables[0]
    charts = [
        Chart("donut", translate("reports", "Workers by membership status"), [r[0] for r in status_table.rows],
              [Series(translate("reports", "Workers"), [r[1] for r in status_table.rows])]),
        Chart("bar", translate("reports", "Workers by age band"), [r[0] for r in age_rows],
              [Series(translate("reports", "Workers"), [r[1] for r in age_rows])]),
    ]
    return Report("workers", translate("reports", "Workers"), "", "", tables, charts)
