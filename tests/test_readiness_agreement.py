"""One rule for "ready for BPJS": the home count, the roster filter and column, and the
registration export's ready and held-back lists name the same workers."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import bpjs_export
from rentan_desktop.reports import home
from rentan_desktop.roster import queries, readiness
from tests.pay_helpers import add_sponsor, add_worker

COMPLETE = {"nik": None, "name": None, "birth_place": "Palangka Raya", "birth_date": "1990-01-01", "gender": "P",
            "mother_name": "Siti", "street": "Jl. Kenanga 1", "village": "Menteng", "district": "Jekan Raya",
            "regency": "Kota Palangka Raya", "occupation": "Pedagang", "heir_name": "Budi",
            "heir_relationship": "Anak", "start_month": "2026-11"}


NOT_NULL = {"nik", "name"}  # the schema refuses NULL there: blank is how they go missing


def _worker(db, sponsor, status="draft", **changes):
    w = add_worker(db, "2026-11", status=status, sponsor=sponsor)
    values = {k: v for k, v in COMPLETE.items() if v is not None} | changes
    db["workers"].update(w["id"], values)
    return w["uid"]


def _roster(db):
    """uid -> what the roster's column shows (registration_state of the rows the model reads)."""
    ids = queries.worker_ids(db)
    return {row["uid"]: readiness.registration_state(row) for row in queries.fetch_workers(db, ids).values()}


def _filtered(db, which):
    ids = queries.worker_ids(db, queries.WorkerFilter(readiness=which))
    return {row["uid"] for row in queries.fetch_workers(db, ids).values()}


def test_home_filter_column_and_export_agree_on_every_kind_of_missing_field(db):
    sponsor = add_sponsor(db)
    ended_sponsor = add_sponsor(db)
    expect_incomplete, expect_ready = set(), set()
    expect_ready.add(_worker(db, sponsor))
    expect_ready.add(_worker(db, sponsor, status="active"))  # no KPJ, never sent: the export takes it
    for field in readiness.REGISTRATION_FIELDS:
        if field not in NOT_NULL:
            expect_incomplete.add(_worker(db, sponsor, **{field: None}))
        if field not in ("sponsor_id", "gender"):  # an id or a checked code is never blank text
            expect_incomplete.add(_worker(db, sponsor, **{field: ""}))
    expect_incomplete.add(_worker(db, ended_sponsor))
    db.execute("UPDATE sponsors SET status = 'ended' WHERE id = ?", [ended_sponsor["id"]])
    # Not awaiting registration, though data is missing: registered, sent, refused, ended.
    _worker(db, sponsor, status="active", kpj="23091234567", mother_name=None)
    _worker(db, sponsor, status="submitted", bpjs_status="submitted", heir_name=None)
    rejected = _worker(db, sponsor, bpjs_status="rejected", bpjs_reason="NIK tidak ditemukan", village=None)
    _worker(db, sponsor, status="ended", ended_on="2026-11-30", street=None)

    found = bpjs_export.readiness(db)
    export_ready = {w["uid"] for w in found.ready}
    export_held = {w["uid"] for w, _ in found.incomplete}
    column = _roster(db)

    assert export_ready == expect_ready and export_held == expect_incomplete
    assert _filtered(db, "ready") == expect_ready
    assert _filtered(db, "incomplete") == expect_incomplete
    assert {uid for uid, state in column.items() if state == "ready"} == expect_ready
    assert {uid for uid, state in column.items() if state == "incomplete"} == expect_incomplete
    assert home.count_incomplete(db) == len(expect_incomplete)
    assert queries.count_workers(db, queries.WorkerFilter(readiness="incomplete")) == len(expect_incomplete)
    assert column[rejected] == "rejected"


@pytest.mark.parametrize("field", readiness.REGISTRATION_FIELDS)
def test_the_export_names_the_field_the_column_names(db, field):
    sponsor = add_sponsor(db)
    uid = _worker(db, sponsor, **{field: "" if field in NOT_NULL else None})
    (held, missing), = bpjs_export.readiness(db).incomplete
    row = next(r for r in queries.fetch_workers(db, queries.worker_ids(db)).values() if r["uid"] == uid)
    assert held["uid"] == uid and missing == row["missing"] == [field]
