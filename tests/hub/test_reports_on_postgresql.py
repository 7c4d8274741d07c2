"""The desktop's reports, unchanged, on the hub's PostgreSQL database: the same figures."""

from __future__ import annotations

import pytest

from rentan_desktop.hub import cities, database, load
from rentan_desktop.hub.reportdb import ReportDb, translate_sql
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.registry import REPORTS
from tests import report_data
from tests.hub.support import copy_reference_data, rows_from_store

P = ReportParams(month="2026-11", from_month="2026-09", to_month="2026-11", today=report_data.TODAY)


def test_sqlite_placeholders_become_psycopg_ones():
    assert translate_sql("SELECT a FROM t NOT INDEXED WHERE b = ? AND c LIKE '%x?%'", named=False) == \
        "SELECT a FROM t WHERE b = %s AND c LIKE '%%x?%%'"
    assert translate_sql("WHERE m >= :m0 AND x = 'a:b'", named=True) == "WHERE m >= %(m0)s AND x = 'a:b'"


def test_a_json_list_of_ids_becomes_postgresqls():
    assert translate_sql("SELECT p.x FROM json_each(?) j CROSS JOIN payments p WHERE p.worker_id = j.value "
                         "AND p.month > ?", named=False) == \
        "SELECT p.x FROM (SELECT e.value::bigint AS value FROM json_array_elements_text(%s::json) AS e(value)) j " \
        "CROSS JOIN payments p WHERE p.worker_id = j.value AND p.month > %s"
    assert translate_sql("WHERE id IN (SELECT value FROM json_each(?))", named=False) == \
        "WHERE id IN (SELECT value FROM (SELECT e.value::bigint AS value FROM json_array_elements_text(%s::json) " \
        "AS e(value)) AS ids)"


def _persons_held_twice(db) -> None:
    """Sponsors the hub's grouped facts (reports/sponsors_grouped.py) must fold as the desktop does: a
    head of division also active as staff in the other OPD (one person, the senior level, both
    records' workers), the same staff NIP twice, and a sponsor with no NIP and no worker."""
    a, b = (db.execute("SELECT id FROM opds WHERE code = ?", [c]).fetchone()[0] for c in ("1.01", "1.02"))
    head_div = db.execute("SELECT nip FROM sponsors WHERE position_level = 'head_division'").fetchone()[0]
    staff = db.execute("SELECT nip FROM sponsors WHERE position_level = 'staff' AND status = 'active' "
                       "AND opd_id = ?", [a]).fetchone()[0]
    for n, (opd, nip, level) in enumerate([(a, head_div, "staff"), (b, staff, "staff"), (b, None, "head_opd")]):
        db.execute("INSERT INTO sponsors(uid, opd_id, kind, nip, name, position, position_level, status, created_at, "
                   "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   [f"10000000-0000-0000-0000-00000000000{n}", opd, "pns", nip, f"Extra {n}", "Staf", level, "active",
                    report_data.STAMP, report_data.STAMP])


@pytest.fixture(params=["as_made", "persons_held_twice"])
def both(disnaker_db, hub_dsn, request):
    report_data.load(disnaker_db)
    if request.param == "persons_held_twice":
        _persons_held_twice(disnaker_db)
    conn = database.connect(hub_dsn)
    database.migrate(conn)
    with conn.transaction():
        pemda = cities.register(conn, "city-1", "Kota Palangka Raya")
        load.load_city(conn, pemda, rows_from_store(disnaker_db))
        copy_reference_data(disnaker_db, conn)
    yield disnaker_db, ReportDb(conn, pemda)
    conn.close()


@pytest.mark.parametrize("key", ["compliance", "workers", "money", "ranking", "coverage", "duplicates", "summary",
                                 "paritrana"])
def test_each_city_report_is_the_same_on_postgresql(both, key):
    sqlite_db, pg_db = both
    params = P.resolved()
    ours = REPORTS[key].builder(sqlite_db, params)
    theirs = REPORTS[key].builder(pg_db, params)
    assert [t.key for t in theirs.tables] == [t.key for t in ours.tables]
    for mine, hub in zip(ours.tables, theirs.tables, strict=True):
        assert hub.rows == mine.rows, mine.key
        assert hub.totals == mine.totals, mine.key
