"""The report rollups the loader keeps (step h006) hold exactly what grouping every row gives, after
a first load and after a later bundle changes rows; the step fills them on a hub upgraded with data."""

from __future__ import annotations

import pytest

from rentan_desktop.hub import cities, database, load, rollups
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


# Step h007's rollups, each beside the grouping of every row it stands for.
PEOPLE = {
    "SELECT opd_id, status, workers FROM hub.report_worker_status ORDER BY 1, 2":
        "SELECT opd_id, status, count(*) FROM hub.workers GROUP BY 1, 2 ORDER BY 1, 2",
    "SELECT opd_id, position_level, current_workers, records FROM hub.report_sponsor_levels ORDER BY 1, 2, 3":
        "SELECT s.opd_id, s.position_level, (SELECT count(*) FROM hub.workers w WHERE w.sponsor_id = s.id "
        "AND w.status IN ('draft', 'submitted', 'active')) AS n, count(*) FROM hub.sponsors s "
        "WHERE s.status = 'active' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    "SELECT sponsor_id, nip, pemda_id, opd_id, position_level, current_workers FROM hub.report_shared_nips "
    "ORDER BY 1":
        "SELECT s.id, s.nip, s.pemda_id, s.opd_id, s.position_level, (SELECT count(*) FROM hub.workers w "
        "WHERE w.sponsor_id = s.id AND w.status IN ('draft', 'submitted', 'active')) FROM hub.sponsors s "
        "WHERE s.status = 'active' AND s.nip IN (SELECT nip FROM hub.sponsors WHERE status = 'active' "
        "GROUP BY nip HAVING count(*) > 1) ORDER BY 1",
    "SELECT worker_id, nik, pemda_id, opd_id, status FROM hub.report_shared_niks ORDER BY 1":
        "SELECT id, nik, pemda_id, opd_id, status FROM hub.workers WHERE nik IN (SELECT nik FROM hub.workers "
        "GROUP BY nik HAVING count(*) > 1) ORDER BY 1",
}


def _rollups(conn):
    groups = conn.execute("SELECT * FROM hub.report_worker_groups ORDER BY 1, 2, 3, 4, 5, 6, 7, 8").fetchall()
    paid = conn.execute("SELECT * FROM hub.report_paid_days ORDER BY 1, 2, 3").fetchall()
    return groups, paid, *(conn.execute(sql).fetchall() for sql in PEOPLE)


def _grouped(conn):
    return conn.execute(GROUPS).fetchall(), conn.execute(PAID).fetchall(), *(
        conn.execute(sql).fetchall() for sql in PEOPLE.values())


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
    assert _rollups(conn) == _grouped(conn) and all(_rollups(conn))  # the cities share NIPs and NIKs
    city = stores[0]
    # A later bundle: a payment reversed, a worker ended, a worker moved to another OPD.
    city.execute("UPDATE payments SET reversed_at = '2026-11-20T08:00:00' WHERE id = (SELECT min(id) FROM payments "
                 "WHERE kind = 'payment')")
    city.execute("UPDATE workers SET status = 'ended', ended_on = '2026-10-31' WHERE id = (SELECT min(id) FROM workers "
                 "WHERE status = 'active')")
    city.execute("UPDATE workers SET opd_id = (SELECT max(id) FROM opds) WHERE id = (SELECT max(id) FROM workers)")
    # A civil servant's NIP and a worker's NIK corrected: no longer shared with the other city.
    city.execute("UPDATE sponsors SET nip = '199901012024011001' WHERE id = (SELECT min(id) FROM sponsors "
                 "WHERE status = 'active' AND nip IS NOT NULL)")
    city.execute("UPDATE workers SET nik = '6271010101990001' WHERE id = (SELECT min(id) FROM workers)")
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


def test_step_h007_fills_its_rollups_on_a_hub_that_held_data(hub):
    conn, _stores = hub
    loaded = _rollups(conn)
    with conn.transaction():  # back to a hub before step h007, its data in place
        conn.execute("DROP TABLE hub.report_worker_status, hub.report_sponsor_levels, hub.report_shared_nips, "
                     "hub.report_shared_niks CASCADE")
        conn.execute("DROP INDEX hub.workers_sponsor_current")
        conn.execute(f"DELETE FROM {database.MIGRATIONS_TABLE} WHERE name = 'h007_report_rollups_people'")
    assert database.migrate(conn) == ["h007_report_rollups_people"]
    assert _rollups(conn) == loaded
    city = cities.all_cities(conn)[0][0]
    assert conn.execute(f"SELECT count(*) FROM pemda_{city}.report_shared_niks").fetchone()[0] == conn.execute(
        "SELECT count(*) FROM hub.report_shared_niks WHERE pemda_id = %s", [city]).fetchone()[0] > 0


def test_a_city_loaded_in_small_parts_is_whole_and_its_rollups_equal_every_row(hub_dsn, monkeypatch):
    monkeypatch.setattr(load, "CHUNK_ROWS", 2)  # every table of more than two rows in several parts
    conn = database.connect(hub_dsn)
    database.migrate(conn)
    city = store_db.memory()
    initialise(city, **{**DISNAKER, "pemda": "Kota Palangka Raya"})
    report_data.load(city)
    rows = rows_from_store(city)
    with conn.transaction():
        pemda = cities.register(conn, "city-0", "Kota Palangka Raya")
        first = load.load_city(conn, pemda, rows)
    sizes = {table: len(r.rows) for table, r in rows.items()}
    assert first.inserted == sizes and sizes["payments"] > 2 * load.CHUNK_ROWS
    for table in sizes:
        assert conn.execute(f"SELECT count(*), count(DISTINCT uid) FROM hub.{table}").fetchone() == (
            sizes[table], sizes[table])
    assert conn.execute("SELECT sum(amount) FROM hub.payments").fetchone()[0] == city.execute(
        "SELECT sum(amount) FROM payments").fetchone()[0]
    with conn.transaction():  # the same rows again, in parts: all present, nothing new
        again = load.load_city(conn, pemda, rows_from_store(city))
    assert again.updated == sizes and not any(again.inserted.values())
    assert _rollups(conn) == _grouped(conn)
    conn.close()


def test_payments_added_to_months_a_city_already_sent_add_to_its_rollups(hub_dsn, monkeypatch):
    """A later bundle carrying only new payments (the rest of a month, a city's next part): the
    loader adds them to the rollup's groups rather than grouping the months again."""
    conn = database.connect(hub_dsn)
    database.migrate(conn)
    city = store_db.memory()
    initialise(city, **{**DISNAKER, "pemda": "Kota Palangka Raya"})
    report_data.load(city)
    rows = rows_from_store(city)
    payments = rows.pop("payments")
    reversed_at = list(payments.columns).index("reversed_at")
    assert any(r[reversed_at] for r in payments.rows)  # reversed payments count in neither
    with conn.transaction():
        pemda = cities.register(conn, "city-0", "Kota Palangka Raya")
        load.load_city(conn, pemda, {**rows, "payments": load.Rows(payments.columns, payments.rows[::2])})
    assert _rollups(conn) == _grouped(conn)
    added_up = []
    add_paid = rollups._add_paid
    monkeypatch.setattr(rollups, "_add_paid", lambda *a: (added_up.append(a[1]), add_paid(*a)))
    # The rest, and a second payment on a day, OPD and month the first load already counted.
    kind = list(payments.columns).index("kind")
    again = next(list(r) for r in payments.rows[::2] if r[kind] == "payment" and not r[reversed_at])
    again[0] = "00000000-0000-0000-0000-0000000000ff"
    rest = [*payments.rows[1::2], again]
    with conn.transaction():
        added = load.load_city(conn, pemda, {"payments": load.Rows(payments.columns, rest)})
    assert added.inserted["payments"] == len(rest) and not added.updated.get("payments")
    assert added_up == [pemda] and _rollups(conn) == _grouped(conn)
    conn.close()
