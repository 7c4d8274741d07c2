"""Province reports over two cities: the province is the sum of its cities, and the Pemda view."""

from __future__ import annotations

import pytest

from rentan_desktop.hub import cities, database, load
from rentan_desktop.hub import reports as hub_reports
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.store import db as store_db
from rentan_desktop.store.site import initialise
from tests import report_data
from tests.conftest import DISNAKER
from tests.hub.support import copy_reference_data, rows_from_store

P = ReportParams(month="2026-11", from_month="2026-09", to_month="2026-11", today=report_data.TODAY)
CITIES = ("Kota Palangka Raya", "Kabupaten Kapuas")


@pytest.fixture
def province(hub_dsn):
    conn = database.connect(hub_dsn)
    database.migrate(conn)
    stores = {}
    for n, name in enumerate(CITIES):
        city = store_db.memory()
        initialise(city, **{**DISNAKER, "pemda": name})
        report_data.load(city)
        with conn.transaction():
            pemda = cities.register(conn, f"city-{n}", name)
            load.load_city(conn, pemda, rows_from_store(city))
            if n == 0:
                copy_reference_data(city, conn)
            conn.execute("INSERT INTO hub.hub_imports (pemda_id, seq, bundle_sha256, created_at, rows_applied) "
                         "VALUES (%s, 1, %s, %s, 1)", [pemda, f"sha-{n}", f"2026-11-{20 - 15 * n:02d}T08:00:00"])
        stores[pemda] = city
    yield conn, stores
    conn.close()


def _totals(report, key):
    return report.table(key).totals


def test_province_money_is_the_sum_of_its_cities(province):
    conn, stores = province
    whole = hub_reports.build(conn, "summary", P)
    per_city = [hub_reports.build(conn, "summary", P, pemda_id=pid) for pid in stores]
    trend = whole.table("trend")
    for i, column in enumerate(trend.columns):
        if column.kind in ("int", "money"):
            assert [r[i] for r in trend.rows] == [sum(c.table("trend").rows[k][i] for c in per_city)
                                                  for k in range(len(trend.rows))], column.key
    assert whole.scope == "Whole province" and per_city[0].scope in CITIES


def test_pemda_ranking_sums_each_citys_opd_ranking(province):
    conn, stores = province
    ranked = hub_reports.build(conn, "pemda_ranking", P).table("pemda_ranking")
    assert sorted(r[1] for r in ranked.rows) == sorted(CITIES)
    for row in ranked.rows:
        pid = next(p for p, n in cities.all_cities(conn) if n == row[1])
        opds = hub_reports.build(conn, "opd_ranking", P, pemda_id=pid).table("ranking").rows
        assert row[2] == len(opds)
        assert row[4] == sum(r[4] for r in opds)  # active sponsors
        assert row[5] == sum(r[5] for r in opds)  # sponsors with a worker
        assert row[7] == sum(r[7] for r in opds)  # current workers
    assert [r[0] for r in ranked.rows] == [1, 2]


def test_opd_ranking_across_the_province_names_each_city(province):
    conn, _stores = province
    rows = hub_reports.build(conn, "opd_ranking", P).table("ranking").rows
    assert len(rows) == 4 and {r[1].split(" · ")[0] for r in rows} == set(CITIES)


def test_duplicates_across_pemda_only(province):
    conn, stores = province
    report = hub_reports.build(conn, "duplicates", P)
    detail = report.table("duplicates").rows
    city = next(iter(stores.values()))
    held = {r[0] for r in city.execute("SELECT nik FROM workers WHERE status != 'ended'")}
    assert {r[0] for r in detail} == held  # every non-ended NIK is held in both cities
    assert report.table("summary").totals[1] == len(held)
    # Within one city, the same NIK in two OPDs is the city's own duplicate, not a Pemda one.
    one = hub_reports.build(conn, "duplicates", P, pemda_id=next(iter(stores)))
    assert one.table("duplicates").rows == []


def test_freshness_flags_the_late_city(province):
    conn, _stores = province
    rows = hub_reports.build(conn, "freshness", P).table("bundles").rows
    states = {r[0]: (r[4], r[5]) for r in rows}
    assert states["Kota Palangka Raya"] == (3, "Up to date")
    assert states["Kabupaten Kapuas"] == (18, "Up to date")
    late = hub_reports.build(conn, "freshness", ReportParams(today=report_data.TODAY, stale_days=10))
    assert [r[0] for r in late.table("late").rows] == ["Kabupaten Kapuas"]


def test_paritrana_page_has_both_rankings_and_exports(province, tmp_path):
    conn, _stores = province
    report = hub_reports.build(conn, "paritrana", P)
    keys = [t.key for t in report.tables]
    assert keys.index("pemda_ranking") == keys.index("ranking") - 1
    from rentan_desktop.hub.reportdb import ReportDb
    from rentan_desktop.reports.pdf import write_pdf
    from rentan_desktop.reports.xlsx import write_xlsx

    xlsx = write_xlsx(report, tmp_path / "p.xlsx")
    pdf = write_pdf(report, tmp_path / "p.pdf", ReportDb(conn))
    import openpyxl
    from pypdf import PdfReader

    book = openpyxl.load_workbook(xlsx)
    assert "Ranking of Pemda" in book.sheetnames
    cities_in_sheet = {row[1] for row in book["Ranking of Pemda"].iter_rows(values_only=True)}
    assert set(CITIES) <= cities_in_sheet
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Kabupaten Kapuas" in text and "Ranking of Pemda" in text


def test_unknown_report_is_a_clear_message(province):
    conn, _stores = province
    from rentan_desktop.errors import UserError

    with pytest.raises(UserError, match="Unknown province report"):
        hub_reports.build(conn, "nope", P)
