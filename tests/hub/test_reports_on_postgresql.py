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


@pytest.fixture
def both(disnaker_db, hub_dsn):
    report_data.load(disnaker_db)
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
