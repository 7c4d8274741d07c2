"""Roster reads for big tables: prefix search, filters, SQL sorting, pages and positions."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import demo, queries, service
from rentan_desktop.store import settings

SPONSOR = {"kind": "pns", "nip": "19660801 198803 1 001", "name": "Budi Santoso",
           "position": "Kepala Dinas", "position_level": "head_opd"}
WORKER = {"nik": "6271011508950001", "name": "Ahmad Fauzi", "mother_name": "Sri Wahyuni",
          "start_month": "2026-11"}


@pytest.fixture
def filled(db):
    demo.generate(db, sponsors=40, workers=80)
    return db


def names(db, ids):
    found = {r[0]: r[1] for r in db.execute("SELECT id, name FROM workers")}
    return [found[i] for i in ids]


def test_name_search_is_a_case_insensitive_prefix(filled):
    ids = queries.worker_ids(filled, queries.WorkerFilter(search="a"))
    assert ids and all(n.lower().startswith("a") for n in names(filled, ids))
    assert queries.count_workers(filled, queries.WorkerFilter(search="A")) == len(ids)
    expected = {r[0] for r in filled.execute("SELECT id FROM workers WHERE lower(name) LIKE 'a%'")}
    assert set(ids) == expected


def test_nik_search_ignores_spaces_and_dots(db):
    service.save_worker(db, "Siti", WORKER)
    service.save_worker(db, "Siti", {**WORKER, "nik": "6271034508950002", "name": "Sri"})
    assert len(queries.worker_ids(db, queries.WorkerFilter(search="6271 01"))) == 1
    assert len(queries.worker_ids(db, queries.WorkerFilter(search="6271.0"))) == 2
    assert queries.worker_ids(db, queries.WorkerFilter(search="9999")) == []


def test_nip_search_for_sponsors(db):
    service.save_sponsor(db, "Siti", SPONSOR)
    assert queries.count_sponsors(db, queries.SponsorFilter(search="19660801 1988")) == 1
    assert queries.count_sponsors(db, queries.SponsorFilter(search="budi")) == 1
    assert queries.count_sponsors(db, queries.SponsorFilter(search="1970")) == 0


def test_status_and_without_sponsor_filters(filled):
    rows = filled.execute("SELECT id, status, sponsor_id FROM workers").fetchall()
    active = {r[0] for r in rows if r[1] == "active"}
    assert set(queries.worker_ids(filled, queries.WorkerFilter(status="active"))) == active
    current = {r[0] for r in rows if r[1] in ("draft", "submitted", "active")}
    assert set(queries.worker_ids(filled, queries.WorkerFilter(status="current"))) == current
    orphans = {r[0] for r in rows if r[2] is None}
    assert set(queries.worker_ids(filled, queries.WorkerFilter(without_sponsor=True))) == orphans
    sponsor = next(r[2] for r in rows if r[2])
    assert set(queries.worker_ids(filled, queries.WorkerFilter(sponsor_id=sponsor))) == {
        r[0] for r in rows if r[2] == sponsor}


@pytest.mark.parametrize("sort", sorted(queries.WORKER_SORTS))
def test_every_worker_sort_returns_every_row_and_reverses(filled, sort):
    up = queries.worker_ids(filled, sort=sort)
    down = queries.worker_ids(filled, sort=sort, descending=True)
    assert sorted(up) == sorted(down) == sorted(r[0] for r in filled.execute("SELECT id FROM workers"))
    assert up == down[::-1]


def test_name_sort_is_alphabetical_ignoring_case(filled):
    listed = names(filled, queries.worker_ids(filled, sort="name"))
    assert listed == sorted(listed, key=str.lower)


@pytest.mark.parametrize("steer", [False, True])
def test_pages_are_slices_of_the_whole_list(filled, steer):
    flt = queries.WorkerFilter(status="current")
    whole = queries.worker_ids(filled, flt)
    pages = [queries.worker_ids(filled, flt, offset=o, limit=25, steer=steer) for o in range(0, len(whole), 25)]
    assert [i for page in pages for i in page] == whole


@pytest.mark.parametrize("sort,descending", [("name", False), ("name", True), ("nik", False), ("status", True)])
def test_position_of_a_worker_matches_the_list(filled, sort, descending):
    flt = queries.WorkerFilter(search="a")
    ids = queries.worker_ids(filled, flt, sort, descending)
    for i in (0, len(ids) // 2, len(ids) - 1):
        assert queries.worker_position(filled, flt, sort, descending, ids[i]) == i
    outside = filled.execute("SELECT id FROM workers WHERE name NOT LIKE 'a%'").fetchone()[0]
    assert queries.worker_position(filled, flt, sort, descending, outside) == -1


@pytest.mark.parametrize("sort,descending", [("nip", False), ("nip", True), ("name", True), ("workers", False)])
def test_position_of_a_sponsor_with_or_without_nip(filled, sort, descending):
    ids = queries.sponsor_ids(filled, sort=sort, descending=descending)
    no_nip = filled.execute("SELECT id FROM sponsors WHERE nip IS NULL").fetchone()
    probes = [ids[0], ids[len(ids) // 2], ids[-1]] + ([no_nip[0]] if no_nip else [])
    for sid in probes:
        assert queries.sponsor_position(filled, queries.SponsorFilter(), sort, descending, sid) == ids.index(sid)


def test_below_quota_follows_the_quota_setting(db):
    head = service.save_sponsor(db, "Siti", SPONSOR)
    staff = service.save_sponsor(db, "Siti", {"kind": "non_asn", "name": "Rina", "position_level": "staff"})
    service.save_worker(db, "Siti", {**WORKER, "sponsor_id": head.id})
    service.save_worker(db, "Siti", {**WORKER, "nik": "6271034508950002", "name": "Sri", "sponsor_id": staff.id})
    assert queries.sponsor_ids(db, queries.SponsorFilter(below_quota=True)) == []
    settings.put(db, "quotas", {"head_opd": 3, "head_division": 2, "staff": 1})
    assert queries.sponsor_ids(db, queries.SponsorFilter(below_quota=True)) == [head.id]
    status = queries.quota_status(db, head.id)
    assert (status.text(), status.below) == ("1/3", True)
    row = queries.fetch_sponsors(db, [head.id])[head.id]
    assert (row["workers"], row["quota"]) == (1, 3)


def test_ended_workers_do_not_count_toward_the_quota(db):
    sponsor = service.save_sponsor(db, "Siti", SPONSOR)
    worker = service.save_worker(db, "Siti", {**WORKER, "sponsor_id": sponsor.id})
    service.end_worker(db, "Siti", worker.uid, "2026-11-01", "Pindah domisili")
    assert queries.quota_status(db, sponsor.id).workers == 0
    assert queries.sponsor_ids(db, queries.SponsorFilter(below_quota=True)) == [sponsor.id]
    counts = queries.roster_counts(db)
    assert counts == {"sponsors": 1, "workers": 0, "without_sponsor": 0, "below_quota": 1}


def test_opd_filter_at_disnaker(disnaker_db):
    demo.generate(disnaker_db, sponsors=20, workers=30, opds=3)
    opd = disnaker_db.execute("SELECT id FROM opds ORDER BY code").fetchone()[0]
    mine = {r[0] for r in disnaker_db.execute("SELECT id FROM workers WHERE opd_id = ?", [opd])}
    assert set(queries.worker_ids(disnaker_db, queries.WorkerFilter(opd_id=opd))) == mine
    assert queries.count_workers(disnaker_db) == 30
    assert queries.uids_for(disnaker_db, "workers", sorted(mine)[:2]) == [
        r[0] for r in disnaker_db.execute("SELECT uid FROM workers WHERE id IN (?, ?) ORDER BY id",
                                          sorted(mine)[:2])]


def test_search_inside_names_for_a_surname(filled):
    surname = filled.execute("SELECT name FROM workers WHERE name LIKE '% %' LIMIT 1").fetchone()[0].split()[-1]
    inside = queries.worker_ids(filled, queries.WorkerFilter(search=surname.lower()))
    assert inside and all(surname.lower() in n.lower() for n in names(filled, inside))
    assert queries.worker_ids(filled, queries.WorkerFilter(search="10%_x")) == []
    assert not queries.can_search_inside("ab") and not queries.can_search_inside("6271")


def test_a_lapsed_worker_does_not_meet_the_quota(db):
    sponsor = service.save_sponsor(db, "Siti", SPONSOR)
    worker = service.save_worker(db, "Siti", {**WORKER, "sponsor_id": sponsor.id})
    assert not queries.quota_status(db, sponsor.id).below
    service.set_worker_status(db, "Siti", worker.uid, "lapsed", note="4 bulan tidak membayar")
    assert queries.quota_status(db, sponsor.id).below
    assert queries.sponsor_ids(db, queries.SponsorFilter(below_quota=True)) == [sponsor.id]
    assert queries.roster_counts(db)["workers"] == 0


@pytest.mark.parametrize("text", ["lestari", "sit"])
def test_a_search_inside_names_is_counted_from_the_trigram_index_not_the_table(filled, text):
    # At 200,000 workers LIKE reads every name (120-200 ms on a busy PC); the trigram index of
    # step m014 answers in milliseconds. A page in name order still walks the name index.
    where, params = queries._worker_where(queries.WorkerFilter(search=text))
    plan = " ".join(r[3] for r in filled.execute(f"EXPLAIN QUERY PLAN SELECT count(*) FROM workers w{where}",
                                                  params))
    assert "VIRTUAL TABLE" in plan and "SCAN w " not in plan and not plan.startswith("SCAN w")
    where, params = queries._worker_where(queries.WorkerFilter(search=text), by_name=True)
    plan = " ".join(r[3] for r in filled.execute(
        f"EXPLAIN QUERY PLAN SELECT w.id FROM workers w{where} ORDER BY w.name COLLATE NOCASE LIMIT 256", params))
    assert "COVERING INDEX workers_name" in plan


def _containing(db, text: str) -> set[int]:
    """The slow reference: every worker whose name contains the text, case-insensitively."""
    return {r[0] for r in db.execute("SELECT id, name FROM workers") if text.lower() in r[1].lower()}


def test_names_containing_the_text_are_always_found_after_every_kind_of_write(filled):
    import random

    rng = random.Random(15)
    all_names = [r[0] for r in filled.execute("SELECT name FROM workers")]
    texts = {n.lower()[i:i + k] for n in all_names for k in (3, 5) for i in (0, 2) if len(n) >= i + k}
    texts = sorted(t for t in texts if queries.can_search_inside(t))
    ids = [r[0] for r in filled.execute("SELECT id FROM workers ORDER BY id")]
    # Writes on every path the triggers see: a renamed worker, a deleted one, a new one.
    with filled.atomic():
        filled.execute("UPDATE workers SET name = 'Sri Lestari Wulandari' WHERE id = ?", [ids[0]])
        filled.execute("DELETE FROM payments WHERE worker_id = ?", [ids[1]])
        filled.execute("DELETE FROM workers WHERE id = ?", [ids[1]])
    new = service.save_worker(filled, "Siti", {**WORKER, "name": "Dewi Lestari"})
    # A new name waits to move into the index and is found meanwhile (sorts other than by name
    # read the index; the count moves pending names in).
    assert filled.execute("SELECT count(*) FROM workers_name_pending").fetchone()[0] >= 1
    assert new.id in queries.worker_ids(filled, queries.WorkerFilter(search="dewi lest"), "status")
    for text in [*rng.sample(texts, min(40, len(texts))), "lestari", "LESTARI", "wulan", "zzq"]:
        expected = _containing(filled, text)
        flt = queries.WorkerFilter(search=text)
        assert queries.count_workers(filled, flt) == len(expected), text
        for sort in ("name", "status", "nik"):
            assert set(queries.worker_ids(filled, flt, sort)) == expected, (text, sort)
        first = queries.worker_ids(filled, flt, "name", limit=3)
        assert first == queries.worker_ids(filled, flt, "name")[:3]


def test_a_deleted_workers_name_leaves_the_search_index_in_the_same_transaction(filled):
    worker_id, name = filled.execute("SELECT id, name FROM workers ORDER BY id LIMIT 1").fetchone()
    queries.count_workers(filled, queries.WorkerFilter(search=name[:4] + "x"))  # moves pending names in
    assert filled.execute("SELECT count(*) FROM workers_name_pending").fetchone()[0] == 0
    assert filled.execute("SELECT count(*) FROM workers_name_trigram WHERE rowid = ?", [worker_id]).fetchone()[0] == 1
    with filled.atomic():
        filled.execute("DELETE FROM payments WHERE worker_id = ?", [worker_id])
        filled.execute("DELETE FROM workers WHERE id = ?", [worker_id])
    assert filled.execute("SELECT count(*) FROM workers_name_trigram WHERE rowid = ?", [worker_id]).fetchone()[0] == 0
