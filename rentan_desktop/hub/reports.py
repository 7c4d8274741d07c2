"""Province reports: the desktop's report code over every city, plus the Pemda dimension.

- coverage, summary, OPD ranking and the Paritrana page are the desktop's own builders run on
  the province scope (every OPD of every city; each OPD code carries its city's name);
- the Pemda ranking folds the province-wide OPD ranking rows by city, so it needs one pass;
- duplicate NIKs keep the desktop's report, restricted to NIKs held in more than one city (a
  worker sponsored twice across Pemda), which no single Disnaker can see;
- freshness says when each city's last bundle was made and imported.
Every report is a `reports.model.Report`, so the desktop's xlsx and PDF writers export it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import psycopg

from rentan_desktop.domain.months import month_label
from rentan_desktop.errors import UserError
from rentan_desktop.hub.reportdb import ReportDb
from rentan_desktop.i18n import language, translate
from rentan_desktop.reports import coverage, duplicates, freshness, ranking, summary
from rentan_desktop.reports.common import today_of
from rentan_desktop.reports.model import Chart, Column, Report, Series, Table, pct
from rentan_desktop.reports.params import ReportParams


def _code_to_city(db: ReportDb) -> dict[str, tuple[int, str]]:
    """Province OPD code ('Kota X · 1.01') -> (city id, city name)."""
    return {code: (pemda, name) for code, pemda, name in db.execute(
        "SELECT o.code, p.id, p.name FROM opds o JOIN pemda p ON p.id = o.pemda_id")}


def pemda_ranking_rows(db: ReportDb, p: ReportParams, opd_rows: list[tuple] | None = None) -> list[tuple]:
    """One row per city, best first, summed from the province-wide OPD ranking rows."""
    rows = opd_rows if opd_rows is not None else ranking.ranking_rows(db, p)
    city_of = _code_to_city(db)
    cells: dict[tuple[int, str], list[int]] = {}
    for _rank, code, _name, asn, active, taking_part, _part, workers, _per, paid, timely, _punct in rows:
        city = city_of.get(code)
        if city is None:
            continue
        cell = cells.setdefault(city, [0, 0, 0, 0, 0, 0, 0])
        cell[0] += 1
        cell[1] += asn or active  # the participation base, as the OPD ranking takes it
        cell[2] += active
        cell[3] += taking_part
        cell[4] += workers
        cell[5] += paid
        cell[6] += timely
    out = []
    for (_id, name), (opds, base, active, taking_part, workers, paid, timely) in cells.items():
        out.append([name, opds, base, active, taking_part, pct(taking_part, base), workers,
                    round(workers / active, 2) if active else 0.0, paid, timely, pct(timely, paid)])
    out.sort(key=lambda r: (-r[5], -r[10], -r[7], r[0]))
    return [(i + 1, *r) for i, r in enumerate(out)]


def pemda_ranking_table(rows: list[tuple]) -> Table:
    return Table("pemda_ranking", translate("hub", "Ranking of Pemda"), [
        Column("rank", translate("hub", "Rank"), "int"),
        Column("pemda", translate("hub", "Pemda")),
        Column("opds", translate("hub", "OPDs"), "int"),
        Column("asn", translate("hub", "ASN"), "int"),
        Column("active", translate("hub", "Active sponsors"), "int"),
        Column("taking_part", translate("hub", "Sponsors with a worker"), "int"),
        Column("participation", translate("hub", "Participation (%)"), "pct"),
        Column("workers", translate("hub", "Current workers"), "int"),
        Column("per_sponsor", translate("hub", "Workers per sponsor"), "float"),
        Column("payments", translate("hub", "Months paid"), "int"),
        Column("on_time", translate("hub", "Paid on time"), "int"),
        Column("punctuality", translate("hub", "Punctuality (%)"), "pct"),
    ], rows, note=translate("hub", "Summed over each Pemda's OPDs as in the OPD ranking: participation = "
                                   "sponsors with a current worker / ASN (active sponsors where an OPD's ASN "
                                   "count is not known)."))


def build_pemda_ranking(db: ReportDb, p: ReportParams) -> Report:
    rows = pemda_ranking_rows(db, p)
    chart = Chart("bar", translate("hub", "Participation and punctuality (%) by Pemda"), [r[1] for r in rows],
                  [Series(translate("hub", "Participation (%)"), [r[6] for r in rows]),
                   Series(translate("hub", "Punctuality (%)"), [r[11] for r in rows])], "%")
    return Report("pemda_ranking", translate("hub", "Ranking of Pemda"), "", "", [pemda_ranking_table(rows)], [chart])


def build_duplicates(db: ReportDb, p: ReportParams) -> Report:
    """Workers whose NIK is held (not ended) in more than one Pemda."""
    report = duplicates.build(db, p)
    city_of = _code_to_city(db)
    detail = report.table("duplicates")
    cities_per_nik: dict[str, set[int]] = {}
    for row in detail.rows:
        cities_per_nik.setdefault(row[0], set()).add(city_of.get(row[2], (0, ""))[0])
    across = {nik for nik, cities in cities_per_nik.items() if len(cities) > 1}
    detail.rows = [r for r in detail.rows if r[0] in across]
    detail.title = translate("hub", "Same NIK in more than one Pemda")
    per_city: dict[str, int] = {}
    for row in detail.rows:
        name = city_of.get(row[2], (0, "?"))[1]
        per_city[name] = per_city.get(name, 0) + 1
    by_city = Table("summary", translate("hub", "Duplicates by Pemda"), [
        Column("pemda", translate("hub", "Pemda")), Column("entries", translate("hub", "Entries"), "int")],
        sorted(per_city.items()), (translate("hub", "Persons"), len(across)))
    charts = [Chart("bar", translate("hub", "Duplicate entries by Pemda"), sorted(per_city),
                    [Series(translate("hub", "Entries"), [per_city[k] for k in sorted(per_city)])])] if across else []
    return Report("duplicates", translate("hub", "Duplicate NIKs across Pemda"), "", "", [by_city, detail], charts)


def build_freshness(db: ReportDb, p: ReportParams) -> Report:
    today = today_of(p.today)
    rows, late = [], []
    for name, made, imported, seq in db.execute(
            "SELECT p.name, max(i.created_at), max(i.imported_at), max(i.seq) FROM pemda p "
            "LEFT JOIN hub_imports i ON i.pemda_id = p.id GROUP BY p.id, p.name ORDER BY p.name"):
        made_on = str(made)[:10] if made else None
        days, state, is_late = freshness.age_and_state(made_on, today, p.stale_days)
        rows.append((name, made_on, imported.date().isoformat() if imported else None, seq, days, state))
        if is_late:
            late.append((name, made_on, days))
    return Report("freshness", translate("hub", "Data freshness by Pemda"), "", "", [
        Table("bundles", translate("hub", "Last bundle of each Pemda"), [
            Column("pemda", translate("hub", "Pemda")),
            Column("made", translate("hub", "Bundle made"), "date"),
            Column("imported", translate("hub", "Imported"), "date"),
            Column("seq", translate("hub", "Sequence"), "int"),
            Column("days", translate("hub", "Days since made"), "int"),
            Column("state", translate("hub", "State"))], rows),
        Table("late", translate("hub", "Pemda with no bundle in the last {n} days").format(n=p.stale_days), [
            Column("pemda", translate("hub", "Pemda")),
            Column("made", translate("hub", "Bundle made"), "date"),
            Column("days", translate("hub", "Days since made"), "int")], late)])


def build_paritrana(db: ReportDb, p: ReportParams) -> Report:
    """The desktop's Paritrana page over the province, with the Pemda ranking beside the OPD one."""
    report = summary.build_paritrana(db, p)
    opd_table = report.table("ranking")
    cities = pemda_ranking_table(pemda_ranking_rows(db, p, opd_table.rows))
    at = report.tables.index(opd_table)
    report.tables.insert(at, cities)
    report.title = translate("hub", "Paritrana Award submission (province)")
    return report


PROVINCE_REPORTS: dict[str, tuple[Callable[[], str], Callable[[ReportDb, ReportParams], Report], bool]] = {
    # key: (title, builder, uses the period)
    "coverage": (lambda: translate("hub", "Coverage against the target"), coverage.build, True),
    "summary": (lambda: translate("hub", "Programme summary"), summary.build_summary, True),
    "pemda_ranking": (lambda: translate("hub", "Ranking of Pemda"), build_pemda_ranking, True),
    "opd_ranking": (lambda: translate("hub", "Ranking of OPD across the province"), ranking.build, True),
    "freshness": (lambda: translate("hub", "Data freshness by Pemda"), build_freshness, False),
    "duplicates": (lambda: translate("hub", "Duplicate NIKs across Pemda"), build_duplicates, False),
    "paritrana": (lambda: translate("hub", "Paritrana Award submission (province)"), build_paritrana, True),
}


def build(conn: psycopg.Connection, key: str, params: ReportParams | None = None,
          pemda_id: int | None = None) -> Report:
    """Build province report `key` (or, with `pemda_id`, the same report for one city)."""
    if key not in PROVINCE_REPORTS:
        raise UserError(translate("hub", "Unknown province report: {name}. Known: {names}.").format(
            name=key, names=", ".join(PROVINCE_REPORTS)))
    title, builder, uses_period = PROVINCE_REPORTS[key]
    p = replace((params or ReportParams()).resolved(), opd_id=None)
    db = ReportDb(conn, pemda_id)
    report = builder(db, p)
    report.title = title()
    lang = language()
    report.period = (f"{month_label(p.from_month, lang)} – {month_label(p.to_month, lang)}" if uses_period
                     else translate("hub", "as of {date}").format(date=today_of(p.today).strftime("%d/%m/%Y")))
    names = dict(db.execute("SELECT id, name FROM pemda"))
    report.scope = names.get(pemda_id, "?") if pemda_id is not None else translate("hub", "Whole province")
    report.pemda = _province_name(db)
    return report


def _province_name(db: ReportDb) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = 'province'").fetchone()
    if row is None:
        return ""
    import json

    try:
        return str(json.loads(row[0]))
    except ValueError:
        return str(row[0])
