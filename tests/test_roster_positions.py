"""A record's row in an index-sorted roster (where the table jumps after a save) is its place in
the ids SQL lists, in both directions, NULL NIPs and equal names included."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import demo, queries


@pytest.fixture
def filled(db):
    demo.generate(db, sponsors=80, workers=120, seed=11)
    db.execute("UPDATE workers SET name = 'Sama Namanya' WHERE id % 7 = 0")
    assert db.execute("SELECT count(*) FROM sponsors WHERE nip IS NULL").fetchone()[0] > 0
    return db


@pytest.mark.parametrize("sort", sorted(queries.INDEXED_WORKER_SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_worker_position_is_its_place_in_the_list(filled, sort, descending):
    flt = queries.WorkerFilter()
    ids = queries.worker_ids(filled, flt, sort, descending)
    assert [queries.worker_position(filled, flt, sort, descending, i) for i in ids] == list(range(len(ids)))


@pytest.mark.parametrize("sort", sorted(queries.INDEXED_SPONSOR_SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_sponsor_position_is_its_place_in_the_list(filled, sort, descending):
    flt = queries.SponsorFilter()
    ids = queries.sponsor_ids(filled, flt, sort, descending)
    assert [queries.sponsor_position(filled, flt, sort, descending, i) for i in ids] == list(range(len(ids)))


def test_a_record_outside_the_filter_has_no_position(filled):
    flt = queries.WorkerFilter(search="zzz")
    some = queries.worker_ids(filled)[0]
    assert queries.worker_position(filled, flt, "name", False, some) == -1
