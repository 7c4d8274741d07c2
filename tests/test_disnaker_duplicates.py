"""The duplicate review queue: found by NIK, decided with a note, audited, nothing merged."""

from __future__ import annotations

import pytest

from rentan_desktop.disnaker import bpjs_export, duplicates
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.roster import service
from rentan_desktop.store import audit
from tests.disnaker_data import add_worker, feed_three_opds, nik


@pytest.fixture
def fed(disnaker_db):
    return disnaker_db, feed_three_opds(disnaker_db)


def test_same_nik_in_two_opds_is_one_open_case(fed):
    db, data = fed
    cases = duplicates.find_cases(db, "open")
    assert [c.nik for c in cases] == [nik(1)]
    case = cases[0]
    assert case.opd_codes == ["1.01", "1.02"]
    assert {s.sponsor_name for s in case.sides} == {"Agus Santoso", "Dewi Lestari"}
    assert not case.decided
    assert duplicates.counts(db).by_opd == {"1.01": 1, "1.02": 1}


def test_decision_needs_exactly_one_standing_and_a_note(fed):
    db, data = fed
    w = data["workers"]
    with pytest.raises(ValidationError) as err:
        duplicates.decide(db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "stands"}, "x")
    assert "Exactly one" in str(err.value)
    with pytest.raises(ValidationError) as err:
        duplicates.decide(db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "withdraw"}, " ")
    assert err.value.issues[0].field == "note"
    with pytest.raises(ValidationError):
        duplicates.decide(db, "rudi", nik(1), {w["budi_a"]: "stands"}, "missing one side")
    assert duplicates.find_cases(db, "open")  # still open, nothing recorded
    assert db.execute("SELECT count(*) FROM duplicate_decisions").fetchone()[0] == 0


def test_decided_case_is_audited_and_nothing_is_merged(fed):
    db, data = fed
    w = data["workers"]
    before = db.execute("SELECT count(*), sum(status = 'ended') FROM workers").fetchone()
    case_uid = duplicates.decide(db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "withdraw"},
                                 "Registered first by Dinas Pendidikan")
    assert db.execute("SELECT count(*), sum(status = 'ended') FROM workers").fetchone() == before
    case = duplicates.get_case(db, nik(1))
    assert case.decided and case.waiting_for_opd
    assert {s.worker_uid: s.outcome for s in case.sides} == {w["budi_a"]: "stands", w["budi_b"]: "withdraw"}
    assert not duplicates.find_cases(db, "open")
    trail = audit.history(db, case_uid)
    assert trail[0]["operator"] == "rudi" and "Registered first" in trail[0]["note"]
    assert audit.history(db, w["budi_b"])[-1]["after"]["outcome"] == "withdraw"
    # Withdrawn and undecided workers are not sent to BPJS; the standing one is.
    ready = {r["uid"] for r in bpjs_export.readiness(db).ready}
    assert w["budi_a"] in ready and w["budi_b"] not in ready


def test_new_decision_supersedes_and_new_sender_reopens(fed):
    db, data = fed
    w = data["workers"]
    duplicates.decide(db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "withdraw"}, "first")
    duplicates.decide(db, "rudi", nik(1), {w["budi_a"]: "withdraw", w["budi_b"]: "stands"}, "second thoughts")
    rows = db.execute("SELECT superseded, count(*) FROM duplicate_decisions GROUP BY superseded").fetchall()
    assert dict(rows) == {0: 2, 1: 2}
    assert duplicates.worker_outcome(db, w["budi_b"]) == "stands"
    # A third OPD sends the same person: the case opens again.
    add_worker(db, data["opds"]["1.03"], data["sponsors"]["1.03"], 1, "Budi Hartono")
    case = duplicates.get_case(db, nik(1))
    assert len(case.sides) == 3 and not case.decided


def test_case_disappears_when_the_opd_ends_the_withdrawn_record(fed):
    db, data = fed
    w = data["workers"]
    duplicates.decide(db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "withdraw"}, "keep 1.01")
    service.end_worker(db, "opd", w["budi_b"], "2026-11-30", "Sponsored by Dinas Pendidikan")
    assert duplicates.find_cases(db) == []
    assert [d["outcome"] for d in duplicates.decisions_for_workers(db)].count("withdraw") == 1
