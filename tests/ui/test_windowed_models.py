"""The one windowed table model (bounded block cache, keyset paging) under the roster, payment-month
and consolidated models, and the one RowsModel under the arrears and sponsor lists."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import consolidated
from rentan_desktop.domain.months import add_months, current_month
from rentan_desktop.payments import month_view, service, status
from rentan_desktop.roster import demo, queries
from rentan_desktop.ui.common.rows_model import ROW_ROLE, Column, RowsModel
from rentan_desktop.ui.common.windowed import BlockCache
from rentan_desktop.ui.disnaker.disnaker_models import ConsolidatedModel
from rentan_desktop.ui.payments.payment_models import (
    SPONSOR_UID_ROLE,
    UID_ROLE,
    ArrearsModel,
    MonthModel,
    SponsorModel,
)
from rentan_desktop.ui.qt import Qt
from rentan_desktop.ui.roster.roster_models import SponsorTableModel, WorkerColumn, WorkerTableModel
from tests.pay_helpers import add_sponsor, add_worker

NOW = current_month()


def test_the_block_cache_keeps_only_the_most_recently_used_blocks():
    cache = BlockCache(max_blocks=2)
    cache.put(0, ["a"])
    cache.put(1, ["b"])
    assert cache.get(0) == ["a"]  # block 0 is now the most recent
    cache.put(2, ["c"])
    assert (cache.get(1), cache.get(0), cache.get(2), len(cache)) == (None, ["a"], ["c"], 2)


class SmallWindow(WorkerTableModel):
    BLOCK = 50
    MAX_BLOCKS = 3


@pytest.fixture
def big_roster(opd_env):
    demo.generate(opd_env.db, sponsors=40, workers=420)
    # Same names on several workers: the keyset must break ties on id, as ORDER BY does.
    for _ in range(30):
        add_worker(opd_env.db, add_months(NOW, -1), name="Sama Namanya")
    return opd_env.db


@pytest.mark.parametrize("sort", [WorkerColumn.NAME, WorkerColumn.NIK, WorkerColumn.START])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_scrolling_through_shows_every_row_in_sql_order_with_a_bounded_cache(big_roster, sort, order):
    model = SmallWindow(big_roster)
    model.refresh()
    model.sort(model.column_of(sort), order)
    expected = queries.worker_ids(big_roster, model.filter, model.sort_key, order == Qt.SortOrder.DescendingOrder)
    seen = []
    for row in range(model.rowCount()):
        seen.append(model.id_at(row))
        assert model.cached_blocks <= SmallWindow.MAX_BLOCKS
    assert seen == expected and len(seen) == 450
    assert model.id_at(0) == expected[0]  # a block dropped from the cache is read again


def test_sequential_blocks_continue_after_the_previous_key(big_roster, monkeypatch):
    calls = []
    real = queries.worker_ids

    def spy(db, flt, sort, descending, offset=0, limit=-1, steer=False, after=None):
        calls.append((offset, after))
        return real(db, flt, sort, descending, offset, limit, steer, after)

    monkeypatch.setattr(queries, "worker_ids", spy)
    model = SmallWindow(big_roster)
    model.refresh()
    for row in range(0, 200):
        model.id_at(row)
    assert calls[0] == (0, None)
    assert all(after is not None for _, after in calls[1:]) and len(calls) == 4
    model.id_at(400)  # a jump (scroll bar dragged): no key before it in memory, so OFFSET
    assert calls[-1] == (400, None)


def test_keyset_pages_match_offset_pages(big_roster):
    for sort in ("name", "nik"):
        for descending in (False, True):
            every = queries.worker_ids(big_roster, sort=sort, descending=descending)
            rows = queries.fetch_workers(big_roster, every[99:100])[every[99]]
            key = (rows[sort], every[99])
            assert queries.worker_ids(big_roster, sort=sort, descending=descending, limit=60,
                                      after=key) == every[100:160]


def test_roster_models_pass_the_model_tester(qtmodeltester, big_roster):
    workers = SmallWindow(big_roster, show_opd=True)
    workers.refresh()
    qtmodeltester.check(workers)
    sponsors = SponsorTableModel(big_roster)
    sponsors.refresh()
    qtmodeltester.check(sponsors)


@pytest.fixture
def paid(opd_env):
    db = opd_env.db
    ani = add_sponsor(db, "Ani Lestari")
    for i in range(5):
        w = add_worker(db, add_months(NOW, -1), sponsor=ani, name=f"Pekerja {i}")
        if i < 3:
            service.record_payments(db, "Siti", w["uid"], [add_months(NOW, -1)], "tpp")
    add_worker(db, add_months(NOW, -9), sponsor=ani, name="Zainal Long Unpaid")
    return db


def test_month_model_reads_its_rows_in_blocks_and_passes_the_model_tester(qtmodeltester, paid):
    model = MonthModel(paid)
    chosen = month_view.select_month(paid, add_months(NOW, -1))
    model.load(add_months(NOW, -1), chosen.ids, chosen.totals)
    qtmodeltester.check(model)
    assert model.rowCount() == 6 and model.cached_blocks == 1
    names = [model.index(r, 0).data() for r in range(6)]
    assert "Zainal Long Unpaid" in names and model.index(0, 0).data(UID_ROLE) == model.row(0).worker_uid


def test_arrears_and_sponsor_lists_are_rows_models(qtmodeltester, paid):
    arrears = ArrearsModel()
    arrears.set_rows(status.arrears(paid, NOW))
    qtmodeltester.check(arrears)
    assert isinstance(arrears, RowsModel)
    zainal = next(i for i, r in enumerate(arrears.rows) if r.name == "Zainal Long Unpaid")
    assert arrears.index(zainal, 0).data(UID_ROLE) == arrears.rows[zainal].worker_uid
    assert arrears.headerData(5, Qt.Orientation.Horizontal) == "Owed"
    sponsors = SponsorModel()
    sponsors.set_rows(status.sponsor_summary(paid, NOW))
    qtmodeltester.check(sponsors)
    assert sponsors.index(0, 0).data(SPONSOR_UID_ROLE) == sponsors.rows[0].sponsor_uid


def test_consolidated_model_is_windowed_and_passes_the_model_tester(qtmodeltester, disnaker_env):
    db = disnaker_env.db
    demo.generate(db, sponsors=60, workers=500, opds=3)
    ids = consolidated.worker_ids(db, consolidated.Filter())
    model = ConsolidatedModel([Column("Name", lambda r: r["name"]), Column("NIK", lambda r: r["nik"])],
                              lambda chunk: consolidated.fetch_workers(db, chunk))
    model.set_ids(ids)
    qtmodeltester.check(model)
    assert [model.row_at(r)["id"] for r in (0, 250, 499)] == [ids[0], ids[250], ids[499]]
    assert model.cached_blocks <= model.MAX_BLOCKS
    assert model.index(3, 0).data(ROW_ROLE)["id"] == ids[3]
