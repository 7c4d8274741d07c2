"""The bundle's shortcut for roster rows already as the form writes them (sync/row_canonical.py):
it vouches only for records the form's full check finds nothing wrong with, so a bundle is
refused with the validator's own messages whenever anything is off."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.sync import row_rules
from rentan_desktop.sync.row_canonical import CanonicalSponsors, CanonicalWorkers

TODAY = dt.date(2026, 12, 2)
# As an OPD's worker form stores it (the NIK says P, born 21/12/1976).
STORED = {"relationship": "other", "nik": "6271046112760391", "name": "Novi Ginting", "birth_place": "Palangkaraya",
          "birth_date": "1976-12-21", "gender": "P", "mother_name": "Rina Sihombing", "phone": "+6285040108993",
          "street": "Jl. Diponegoro No. 132", "rt": "001", "rw": "010", "village": "Sabaru", "district": "Sabangau",
          "regency": "Kota Palangkaraya", "occupation": "Pengemudi ojek", "work_location": "Sabangau",
          "declared_income": 1000000, "jht": 0, "heir_name": "Dimas Syahputra", "heir_relationship": "spouse",
          "start_month": "2025-01", "kpj": None, "status": "active", "age_override_reason": None,
          "created_at": "2026-12-02 03:11:16", "updated_at": "2026-12-02 03:11:16"}

# Values the form would store otherwise, or refuse: each must take the full check.
OFF = [("name", " Novi Ginting"), ("name", "Novi  Ginting"), ("name", "Novi Ginting "), ("name", ""), ("name", None),
       ("name", "Nоvi"), ("street", "Jl.\tMerdeka"), ("street", "Jl. \u202eMerdeka"), ("street", "x" * 300),
       ("nik", "6271 0461 1276 0391"), ("nik", "9971046112760391"), ("nik", 6271046112760391),
       ("nik", "PSEUDO0123456789"), ("gender", "L"), ("gender", None), ("birth_date", "21/12/1976"),
       ("birth_date", "1976-12-22"), ("phone", "085040108993"), ("phone", "12345"), ("rt", "1"), ("rt", "abcd"),
       ("rw", 10), ("relationship", "cousin"), ("heir_relationship", "friend"), ("declared_income", 0),
       ("declared_income", -5), ("declared_income", "1000000"), ("declared_income", True), ("jht", "\u202e"),
       ("start_month", "2099-01"), ("start_month", "1980-01"), ("start_month", "2025-1")]


@pytest.mark.parametrize("change", [{}, {"occupation": "Ojek|kurir"}, {"phone": None, "kpj": "12 345"},
                                    {"nik": "6271046112760392"}])
def test_a_stored_record_is_vouched_for_and_the_form_agrees(change):
    record = {**STORED, **change}
    assert CanonicalWorkers(TODAY).fine(record)
    assert row_rules.worker_problems(record) == []


@pytest.mark.parametrize(("column", "value"), OFF)
def test_anything_off_takes_the_full_check_with_its_own_message(column, value):
    record = {**STORED, column: value}
    assert not CanonicalWorkers(TODAY).fine(record)
    # The bundle's answer is the validator's, word for word.
    assert row_rules.worker_problems(record, CanonicalWorkers(TODAY)) == row_rules.worker_problems(record)


def test_a_refused_record_is_refused_the_same_with_the_shortcut():
    record = {**STORED, "start_month": "2099-01", "name": "x" * 300}
    found = row_rules.worker_problems(record, CanonicalWorkers(TODAY))
    assert found and found == row_rules.worker_problems(record)
    assert {column for column, _ in found} >= {"start_month"}


# A PNS head of OPD as the sponsor form stores it (the NIP says L, born 01/01/1980).
SPONSOR = {"kind": "pns", "nip": "198001012005011001", "name": "Budi Santoso", "position": "Kepala Badan",
           "position_level": "head_opd", "eselon": "II.a", "gender": "L", "birth_date": "1980-01-01",
           "phone": "+6285040108993", "status": "active"}
SPONSOR_OFF = [("kind", "guru"), ("kind", None), ("position_level", "boss"), ("gender", "P"), ("gender", "X"),
               ("birth_date", "1981-01-01"), ("birth_date", "1980-02-31"), ("nip", "19800101200501100"),
               ("nip", "198001012005011000"), ("nip", None), ("nip", 198001012005011001), ("phone", "12345"),
               ("name", "Budi\u202eSantoso"), ("name", "Вudi"), ("position", "x" * 201), ("eselon", "\t")]


def test_a_stored_sponsor_is_vouched_for_and_the_form_agrees():
    assert CanonicalSponsors(TODAY).fine(SPONSOR)
    assert row_rules.sponsor_problems(SPONSOR) == []


@pytest.mark.parametrize(("column", "value"), SPONSOR_OFF)
def test_a_sponsor_off_takes_the_full_check(column, value):
    record = {**SPONSOR, column: value}
    assert not CanonicalSponsors(TODAY).fine(record)
    assert row_rules.sponsor_problems(record, CanonicalSponsors(TODAY)) == row_rules.sponsor_problems(record)
