"""Issue 17's loop: three city Disnaker installs, each fed by two OPD installs, export to the hub
through real bundles. The hub's province report is the sum of the cities' own reports, figure for
figure; each city's report on the hub is the city's own; re-import and replay change nothing; a
bundle from an untrusted city is refused and changes nothing; the hub's acknowledgement reaches
the city, whose next bundle then carries only what changed."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.hub import cities as hub_cities
from rentan_desktop.hub import intake
from rentan_desktop.hub.reportdb import ReportDb
from rentan_desktop.reports.params import ReportParams
from rentan_desktop.reports.registry import REPORTS
from rentan_desktop.sync import importer, province, registry
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.province_export import export_to_province
from tests.hub.city_world import hub_rows, make_city, make_province, pair_with_hub, send

M = current_month()
P = ReportParams(month=M, from_month=add_months(M, -4), to_month=M).resolved()
CITY_REPORTS = ("compliance", "workers", "money", "ranking", "coverage", "duplicates", "summary", "paritrana")


@pytest.fixture
def world(tmp_path, hub_dsn):
    world = make_province(tmp_path, hub_dsn)
    yield world
    world.close()


def _pemda_id(conn, name: str) -> int:
    return next(pid for pid, n in hub_cities.all_cities(conn) if n == name)


def _figures(report) -> list:
    return [(t.key, t.rows, t.totals) for t in report.tables]


def _each_city_is_its_own(world) -> None:
    """Each city's report on the hub is the city's own Disnaker report, every figure."""
    for city in world.cities:
        pid = _pemda_id(world.conn, city.name)
        for key in CITY_REPORTS:
            ours = REPORTS[key].builder(city.dis.db, P)
            theirs = REPORTS[key].builder(ReportDb(world.conn, pid), P)
            assert _figures(theirs) == _figures(ours), (city.name, key)


def _province_is_the_sum_of_its_cities(world) -> None:
    """The province's figures are the cities' own, summed."""
    conn = world.conn
    # The province's trend and money are the sum of the cities' own.
    whole = REPORTS["summary"].builder(ReportDb(conn, None), P)
    own = [REPORTS["summary"].builder(c.dis.db, P) for c in world.cities]
    for table in whole.tables:
        for i, column in enumerate(table.columns):
            if column.kind in ("int", "money") and table.key == "trend":
                assert [r[i] for r in table.rows] == [sum(o.table("trend").rows[k][i] for o in own)
                                                      for k in range(len(table.rows))], column.key
    for key in ("compliance", "money", "workers"):  # every summable total of the province = the cities' sum
        province_report = REPORTS[key].builder(ReportDb(conn, None), P)
        cities_reports = [REPORTS[key].builder(c.dis.db, P) for c in world.cities]
        for table in province_report.tables:
            if table.totals is None:
                continue
            for i, column in enumerate(table.columns):
                if column.kind in ("int", "money") and table.totals[i] is not None:
                    assert table.totals[i] == sum(c.table(table.key).totals[i] or 0 for c in cities_reports), \
                        (key, table.key, column.key)
    # Coverage: workers protected, ASN and sponsors taking part (the cities hold no NIK or NIP in common).
    whole = REPORTS["coverage"].builder(ReportDb(conn, None), P)
    own = [REPORTS["coverage"].builder(c.dis.db, P) for c in world.cities]
    for key, columns in (("workers", (0,)), ("asn", (0, 1, 4, 5))):
        for i in columns:
            assert whole.table(key).rows[0][i] == sum(o.table(key).rows[0][i] for o in own), (key, i)
    # Every OPD's ranking row across the province is its city's own, its code carrying the city's name.
    province_rows = REPORTS["ranking"].builder(ReportDb(conn, None), P).table("ranking").rows
    assert sorted(r[1:] for r in province_rows) == sorted(
        (f"{c.name} · {r[1]}", *r[2:]) for c in world.cities for r in REPORTS["ranking"].builder(c.dis.db, P).table(
            "ranking").rows)


def test_province_is_the_sum_of_its_cities_and_replays_change_nothing(world, tmp_path):
    first = {}
    for city in world.cities:
        results = send(world, city)
        assert [r.status for r in results] == ["applied"]
        first[city.name] = results
    conn = world.conn
    _each_city_is_its_own(world)
    _province_is_the_sum_of_its_cities(world)
    workers = conn.execute("SELECT count(*) FROM hub.workers").fetchone()[0]
    assert workers == sum(c.dis.db.execute("SELECT count(*) FROM workers").fetchone()[0] for c in world.cities)

    # Re-import of the same bundle, and of an older one after a newer: nothing changes.
    before = hub_rows(conn)
    city = world.cities[0]
    bundle_1 = world.stick / city.name / first[city.name][0].file_name
    again = intake.import_bundle(conn, world.ks, world.home, bundle_1)
    assert again.status == "nothing" and "nothing changes" in again.notes[0]
    assert hub_rows(conn) == before
    # A later bundle changes rows (a worker ended, a payment reversed): the rollups follow it.
    city.dis.db.execute("UPDATE workers SET status = 'ended', ended_on = ? WHERE id = (SELECT min(id) FROM workers "
                        "WHERE status = 'submitted')", [f"{M}-01"])
    city.dis.db.execute("UPDATE payments SET reversed_at = ? WHERE id = (SELECT min(id) FROM payments "
                        "WHERE kind = 'payment' AND reversed_at IS NULL)", [f"{M}-02T08:00:00"])
    newer = send(world, city)
    assert [r.status for r in newer] == ["applied"] and newer[0].updated.get("workers")
    after_newer = hub_rows(conn)
    replay = intake.import_bundle(conn, world.ks, world.home, bundle_1)
    assert replay.status == "nothing"
    assert hub_rows(conn) == after_newer
    _each_city_is_its_own(world)
    _province_is_the_sum_of_its_cities(world)


def test_dry_run_says_what_would_change_and_changes_nothing(world):
    city = world.cities[1]
    before = hub_rows(world.conn)
    preview = send(world, city, dry_run=True)[0]
    assert preview.status == "preview"
    assert preview.inserted["workers"] == city.dis.db.execute("SELECT count(*) FROM workers").fetchone()[0]
    assert hub_rows(world.conn) == before
    assert registry.link(world.ks, province.CITY_PREFIX + city.dis.site.site_uid)["in_seq"] == 0


def test_each_bundle_is_committed_when_it_is_imported(world, hub_dsn):
    """Another session (an analyst, or the hub after a crash) sees a bundle as soon as it is imported,
    as the keystore records it: a later failure in the same run never takes it back."""
    import psycopg

    send(world, world.cities[0])
    with psycopg.connect(hub_dsn) as other:
        assert other.execute("SELECT count(*) FROM hub.hub_imports").fetchone()[0] == 1
        assert other.execute("SELECT count(*) FROM hub.payments").fetchone()[0] > 0


def test_an_untrusted_city_is_refused_and_changes_nothing(world, tmp_path):
    for city in world.cities:
        send(world, city)
    stranger = make_city(tmp_path / "x", 9, "Kota Stranger", world.stick, seed=91)
    try:
        pair_with_hub(stranger, world.ks, world.home, world.stick, trust_at_hub=False)
        path = export_to_province(stranger.dis.db, stranger.dis.data_dir, world.stick / "x", operator="Rudi")[0].path
        before = hub_rows(world.conn)
        with pytest.raises(BundleRefused, match="unknown key"):
            intake.import_bundle(world.conn, world.ks, world.home, path)
        assert hub_rows(world.conn) == before
    finally:
        for ctx in (stranger.dis, *stranger.opds):
            ctx.close()


@pytest.mark.parametrize("table", ["sponsors", "workers", "payments"])
def test_a_city_may_not_touch_another_citys_rows(world, table):
    """Kapuas re-sends one of Palangka Raya's uids (a payment: of the same month) as its own:
    refused by name, nothing changes."""
    a, b = world.cities[0], world.cities[1]
    send(world, a)
    if table == "payments":
        month = b.dis.db.execute("SELECT month FROM payments WHERE id = (SELECT min(id) FROM payments)").fetchone()[0]
        uid = a.dis.db.execute("SELECT uid FROM payments WHERE month = ? LIMIT 1", [month]).fetchone()[0]
    else:
        uid = a.dis.db.execute(f"SELECT uid FROM {table} LIMIT 1").fetchone()[0]
    b.dis.db.execute(f"UPDATE {table} SET uid = ? WHERE id = (SELECT min(id) FROM {table})", [uid])
    before = hub_rows(world.conn)
    with pytest.raises(BundleRefused, match=rf"another city \({table}\)"):
        send(world, b)
    assert hub_rows(world.conn) == before


def test_the_hubs_acknowledgement_reaches_the_city(world):
    city = world.cities[2]
    sent = send(world, city)
    assert sent[0].status == "applied"
    from rentan_desktop.cli.hub_sync_cmds import _write_acks

    _write_acks(world.ks, world.home, world.stick / "acks", None)
    ack = next((world.stick / "acks").glob(f"*{city.dis.site.site_uid}*"))
    summary = importer.apply(city.dis.db, city.dis.data_dir, ack, "Rudi")
    assert summary.status == "applied"
    link = registry.link(city.dis.db, province.PROVINCE)
    assert link["acked_rev"] > 0
    # Acknowledged: the next bundle carries no roster again.
    again = export_to_province(city.dis.db, city.dis.data_dir, world.stick / "next", operator="Rudi")
    assert again[0].counts.get("workers", 0) == 0
    assert intake.import_bundle(world.conn, world.ks, world.home, again[0].path).status == "applied"


def test_a_first_bundle_over_the_row_budget_comes_in_parts_applied_in_order(world):
    city = world.cities[0]
    parts = export_to_province(city.dis.db, city.dis.data_dir, world.stick / "parts", operator="Rudi",
                               part_rows=16)
    assert len(parts) >= 3 and [p.sequence for p in parts] == list(range(1, len(parts) + 1))
    assert parts[0].counts["workers"] > 0 and all("workers" not in p.counts for p in parts[1:])
    before = hub_rows(world.conn)
    with pytest.raises(BundleRefused, match="Bundle 2 from Disnaker Kota Palangka Raya is missing"):
        intake.import_bundle(world.conn, world.ks, world.home, parts[0].path)
        intake.import_bundle(world.conn, world.ks, world.home, parts[2].path)
    assert hub_rows(world.conn) != before  # part 1 was applied, part 3 was not
    for part in parts[1:]:
        assert intake.import_bundle(world.conn, world.ks, world.home, part.path).status == "applied"
    pid = _pemda_id(world.conn, city.name)
    for key in ("money", "compliance"):
        assert _figures(REPORTS[key].builder(ReportDb(world.conn, pid), P)) == \
            _figures(REPORTS[key].builder(city.dis.db, P)), key


def test_rows_received_before_the_upgrade_reach_the_province(world):
    """A Disnaker install upgraded to m010 holds OPD rows with no change number of its own: its first
    province bundle carries them all the same."""
    from rentan_desktop.store.schema_province import mark_received

    city = world.cities[0]
    for table in ("sponsors", "workers", "payments"):
        city.dis.db.execute(f"UPDATE {table} SET hub_rev = 0 WHERE rev = 0")
    mark_received(city.dis.db)
    assert send(world, city)[0].inserted["payments"] == \
        city.dis.db.execute("SELECT count(*) FROM payments").fetchone()[0]


def test_a_folder_of_parts_unlocks_the_hubs_keys_once(world, monkeypatch):
    from rentan_desktop.sync import keys

    city = world.cities[0]
    parts = export_to_province(city.dis.db, city.dis.data_dir, world.stick / "parts", operator="Rudi",
                               part_rows=16)
    unlocked = []
    real = keys.identities
    monkeypatch.setattr(keys, "identities", lambda *a, **k: unlocked.append(1) or real(*a, **k))
    identities = intake.unlock_once(world.ks, world.home, None)
    results = [intake.import_bundle(world.conn, world.ks, world.home, p.path, identities=identities) for p in parts]
    assert len(parts) >= 3 and [r.status for r in results] == ["applied"] * len(parts)
    assert len(unlocked) == 1
    pid = _pemda_id(world.conn, city.name)
    assert _figures(REPORTS["money"].builder(ReportDb(world.conn, pid), P)) == \
        _figures(REPORTS["money"].builder(city.dis.db, P))
