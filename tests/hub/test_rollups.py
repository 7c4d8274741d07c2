"""The report rollups the loader keeps (step h006) hold exactly what grouping every row gives, after
a first load and after a later bundle changes rows; the step fills them on a hub upgraded with data."""

from __future__ import annotations

import pytest

from rentan_desktop.hub import cities, database, load
from rentan_desktop.store import db as store_db
from rentan_desktop.store.site import initialise
from tests import report_data
from tests.conftest import DISNAKER
from tests.hub.support import rows_from_store

# The grouping views of steps h003/h004 over every row: what the rollups must always equal.
GROUPS = ("SELECT opd_id, status, start_month, "
          "CASE WHEN status IN ('ended', 'lapsed') THEN coalesce(substr(ended_on, 1, 7), '') ELSE '' END, "
          "coalesce(paid_through, ''), declared_income, jht, "
          "CASE WHEN status = 'lapsed' THEN coalesce(status_changed_on, '') ELSE '' END, count(*) "
          "FROM hub.workers WHERE status IN ('submitted', 'active', 'ended', 'lapsed') AND start_month IS NOT NULL "
          "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8")
PAID = ("SELECT month, opd_id, substr(paid_on, 1, 10), count(*), sum(amount) FROM hub.payments "
        "WHERE kind = 'payment' AND reversed_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")


def _rollups(conn):
    groups = conn.execute("SELECT * FROM hub.report_worker_groups ORDER BY 1, 2, 3, 4, 5, 6, 7, 8").fetchall()
    paid = conn.execute("SELECT * FROM hub.report_paid_days ORDER BY 1, 2, 3").fetchall()
    return groups, paid


def _grouped(conn):
    return conn.execute(GROUPS).fetchall(), conn.execute(PAID).fetchall()


@pytest.fixture
def hub(hub_dsn):
    conn = database.connect(hub_dsn)
    database.migrate(conn)
    stores = []
    for n, name in enumerate(("Kota Palangka Raya", "Kabupaten Kapuas")):
        city = store_db.memory()
        initialise(city, **{**DISNAKER, "pemda": name})
        report_data.load(city)
        with conn.transaction():
            load.load_city(conn, cities.register(conn, f"city-{n}", name), rows_from_store(city))
        stores.append(city)
    yield conn, stores
    conn.close()


def test_rollups_equal_grouping_every_row_after_loads_and_changes(hub):
    conn, stores = hub
    assert _rollups(conn) == _grouped(conn) and _rollups(conn)[1]
    city = stores[0]
    # A later bundle: a payment reversed, a worker ended, a worker moved to another OPD.
    city.execute("UPDATE payments SET reversed_at = '2026-11-20T08:00:00' WHERE id = (SELECT min(id) FROM payments "
                 "WHERE kind = 'payment')")
    city.execute("UPDATE workers SET status = 'ended', ended_on = '2026-10-31' WHERE id = (SELECT min(id) FROM workers "
                 "WHERE status = 'active')")
    city.execute("UPDATE workers SET opd_id = (SELECT max(id) FROM opds) WHERE id = (SELECT max(id) FROM workers)")
    before = _rollups(conn)
    with conn.transaction():
        pemda = next(pid for pid, name in cities.all_cities(conn) if name == "Kota Palangka Raya")
        changed = load.load_city(conn, pemda, rows_from_store(city))
    assert changed.updated["payments"] and changed.updated["workers"]
    assert _rollups(conn) == _grouped(conn) and _rollups(conn) != before


def test_the_step_fills_the_rollups_of_a_hub_that_held_data(hub):
    conn, _stores = hub
    loaded = _rollups(conn)
    with conn.transaction():  # back to a hub before step h006, its data in place
        conn.execute("DROP TABLE hub.report_groups, hub.report_paid")
        conn.execute(f"DELETE FROM {database.MIGRATIONS_TABLE} WHERE name = 'h006_report_rollups'")
    assert database.migrate(conn) == ["h006_report_rollups"]
    assert _rollups(conn) == loaded
