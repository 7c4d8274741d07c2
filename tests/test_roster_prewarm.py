"""The roster's hot pages read ahead in small steps (roster/prewarm.py): what is read, in what order, within what budget."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import demo, name_index, prewarm


@pytest.fixture
def roster_ctx(opd_ctx, monkeypatch):
    demo.generate(opd_ctx.db, sponsors=25, workers=35, opds=1, seed=5, operator="t")
    while name_index.fold(opd_ctx.db):
        pass
    monkeypatch.setattr(prewarm, "SLICE_ROWS", 10)
    return opd_ctx


def test_steps_read_the_search_indexes_first_then_the_rows_a_slice_at_a_time(roster_ctx):
    done = list(prewarm.steps(roster_ctx.db))
    first_row_step = done.index("workers")
    assert set(done[:first_row_step]) == {"workers_name_trigram_data", "workers_name_trigram_idx", "workers_name",
                                          "workers_nik_status"}
    assert done.count("workers_name") == 4  # 35 names, 10 a step
    assert done.count("workers_nik_status") == 4
    assert done.count("workers") == 4
    assert done.count("sponsors") == 3
    assert prewarm.warm(roster_ctx.db) == len(done)


def test_rows_are_read_within_half_the_page_cache(roster_ctx, monkeypatch):
    monkeypatch.setattr(prewarm, "cache_pages", lambda db: 4)  # room for 2 pages: 11 workers, 21 sponsors
    done = list(prewarm.steps(roster_ctx.db))
    assert done.count("workers") == 2
    assert done.count("sponsors") == 3
    assert done.count("workers_name") == 4  # the indexes are always read whole


def test_warming_writes_nothing(roster_ctx):
    other = roster_ctx.new_connection()
    try:
        seen = prewarm.data_version(other)
        before = roster_ctx.db.conn.total_changes
        prewarm.warm(roster_ctx.db)
        assert roster_ctx.db.conn.total_changes == before
        assert prewarm.data_version(other) == seen
    finally:
        other.close()


def test_data_version_tells_when_another_connection_wrote(roster_ctx):
    db = roster_ctx.db
    other = roster_ctx.new_connection()
    try:
        start = prewarm.data_version(db)
        db.execute("UPDATE settings SET value = value WHERE key = 'role'")  # its own write: the cache stays
        assert prewarm.data_version(db) == start
        other.execute("UPDATE workers SET phone = '081234567890' WHERE id = 1")
        assert prewarm.data_version(db) != start
    finally:
        other.close()


def test_cache_pages_reads_a_size_given_in_kibibytes_or_pages(roster_ctx):
    db = roster_ctx.db
    assert prewarm.cache_pages(db) == 65536 * 1024 // 4096  # the app's 64 MB
    db.execute("PRAGMA cache_size = 500")
    assert prewarm.cache_pages(db) == 500
