"""Roster writes: validation at the field, duplicates refused, endings, audit trail."""

from __future__ import annotations

import pytest

from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.roster import service
from rentan_desktop.store import audit

SPONSOR = {"kind": "pns", "nip": "19660801 198803 1 001", "name": "Budi Santoso",
           "position": "Kepala Dinas", "position_level": "head_opd"}
WORKER = {"nik": "6271011508950001", "name": "Ahmad Fauzi", "mother_name": "Sri Wahyuni",
          "phone": "0812 3456 7890", "start_month": "2026-11", "occupation": "Petani"}


def test_sponsor_takes_sex_and_birth_from_nip(db):
    saved = service.save_sponsor(db, "Siti", SPONSOR)
    row = service.get_sponsor(db, saved.uid)
    assert (row["nip"], row["gender"], row["birth_date"]) == ("196608011988031001", "L", "1966-08-01")


def test_worker_fields_filled_from_nik_and_phone_normalised(db):
    saved = service.save_worker(db, "Siti", WORKER)
    row = service.get_worker(db, saved.uid)
    assert row["gender"] == "L" and row["birth_date"] == "1995-08-15"
    assert row["phone"] == "+6281234567890"
    assert row["status"] == "draft"


def test_same_nik_twice_refused_at_the_field(db):
    service.save_worker(db, "Siti", WORKER)
    with pytest.raises(ValidationError) as err:
        service.save_worker(db, "Siti", {**WORKER, "name": "Someone Else"})
    assert err.value.issues[0].field == "nik"
    assert "Ahmad Fauzi" in err.value.issues[0].message


def test_nik_gender_cross_check(db):
    with pytest.raises(ValidationError) as err:
        service.save_worker(db, "Siti", {**WORKER, "gender": "P"})
    assert [i.field for i in err.value.issues] == ["gender"]


def test_age_warning_needs_a_reason(db):
    young = {**WORKER, "nik": "6271011508100001"}  # born 2010: 16 at the start month
    with pytest.raises(ValidationError) as err:
        service.save_worker(db, "Siti", young)
    assert err.value.issues[0].code == "age"
    saved = service.save_worker(db, "Siti", {**young, "age_override_reason": "Sudah bekerja, izin orang tua"})
    assert service.get_worker(db, saved.uid)["age_override_reason"]


def test_ending_keeps_history_and_audit(db):
    saved = service.save_worker(db, "Siti", WORKER)
    service.save_worker(db, "Siti", {**WORKER, "phone": "081299998888"}, uid=saved.uid)
    service.end_worker(db, "Siti", saved.uid, "2026-12-01", "Pindah ke luar kota")
    row = service.get_worker(db, saved.uid)
    assert row["status"] == "ended" and row["end_reason"] == "Pindah ke luar kota"
    trail = audit.history(db, saved.uid)
    assert [t["action"] for t in trail] == ["create", "update", "end"]
    assert trail[1]["before"] == {"phone": "+6281234567890"}
    assert trail[1]["after"] == {"phone": "+6281299998888"}
    assert all(t["operator"] == "Siti" for t in trail)
    with pytest.raises(ValidationError):
        service.end_worker(db, "Siti", saved.uid, "2026-12-02", "again")


def test_end_needs_reason_and_date(db):
    saved = service.save_sponsor(db, "Siti", SPONSOR)
    with pytest.raises(ValidationError) as err:
        service.end_sponsor(db, "Siti", saved.uid, "not a date", "")
    assert {i.field for i in err.value.issues} == {"ended_on", "end_reason"}


def test_every_write_advances_the_change_sequence(db):
    first = service.save_sponsor(db, "Siti", SPONSOR)
    before = audit.current_rev(db)
    service.save_sponsor(db, "Siti", {**SPONSOR, "position": "Sekretaris"}, uid=first.uid)
    assert audit.current_rev(db) == before + 1
    assert service.get_sponsor(db, first.uid)["rev"] == before + 1


def test_moving_the_start_month_keeps_paid_through_current(db):
    from rentan_desktop.domain.months import add_months, current_month
    from rentan_desktop.payments import service as pay

    start = add_months(current_month(), -1)
    saved = service.save_worker(db, "Siti", {**WORKER, "start_month": start})
    service.set_worker_status(db, "Siti", saved.uid, "active")
    pay.record_payments(db, "Siti", saved.uid, [start], method="cash")
    assert service.get_worker(db, saved.uid)["paid_through"] == start
    # Moving the start one month later: the paid month no longer counts toward the run.
    later = current_month()
    service.save_worker(db, "Siti", {**WORKER, "start_month": later}, uid=saved.uid)
    assert service.get_worker(db, saved.uid)["paid_through"] is None


def test_an_ended_worker_can_be_reactivated_with_a_reason(db):
    saved = service.save_worker(db, "Siti", WORKER)
    service.set_worker_status(db, "Siti", saved.uid, "active")
    service.end_worker(db, "Siti", saved.uid, "2026-12-01", "Pindah ke luar kota")
    with pytest.raises(ValidationError):
        service.reactivate_worker(db, "Siti", saved.uid, " ")
    assert service.reactivate_worker(db, "Rudi", saved.uid, "Kembali ke kota") == "active"
    row = service.get_worker(db, saved.uid)
    assert row["status"] == "active" and row["ended_on"] is None and row["end_reason"] is None
    last = audit.history(db, saved.uid)[-1]
    assert last["action"] == "reactivate" and last["note"] == "Kembali ke kota" and last["operator"] == "Rudi"
    assert last["before"]["status"] == "ended" and last["after"]["status"] == "active"
    with pytest.raises(ValidationError, match="Only an ended worker"):
        service.reactivate_worker(db, "Siti", saved.uid, "again")
