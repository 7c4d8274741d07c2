"""QA walk r3, defects 20 and 32: one message per problem, length counted on the cleaned value,
an impossible date always said, months in messages as every screen shows them."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.roster.validate import validate_sponsor, validate_worker

WORKER = {"nik": "6271011508950001", "name": "Ahmad Fauzi", "mother_name": "Sri", "start_month": "2026-11"}


def _messages(findings, field: str) -> list[str]:
    return [i.message for i in findings.issues if i.field == field]


def test_a_grouped_nip_with_a_wrong_appointment_gets_one_message():
    _, findings = validate_sponsor({"kind": "pns", "nip": "20050101 202001 1 001", "name": "Orang Kedua"})
    [message] = _messages(findings, "nip")
    assert "January 2020" in message and "longer than" not in message


@pytest.mark.parametrize("field, value, says", [("rt", "abcd", "RT must be"), ("rw", "x", "RW must be"),
                                                ("rt", "12345", "RT must be")])
def test_rt_and_rw_get_one_message_each_under_their_own_field(field, value, says):
    _, findings = validate_worker({**WORKER, field: value})
    [message] = _messages(findings, field)
    assert message.startswith(says)


@pytest.mark.parametrize("nik", ["62710112036000", "6271011508950001", ""])
@pytest.mark.parametrize("validate", [validate_worker, validate_sponsor])
def test_an_impossible_birth_date_is_always_said(nik, validate):
    data = {**WORKER, "nik": nik, "birth_date": "31/02/1960"}
    if validate is validate_sponsor:
        data = {"kind": "non_asn", "name": "Budi", "birth_date": "31/02/1960"}
    _, findings = validate(data)
    assert any("31/02/1960 is not a real date" in m for m in _messages(findings, "birth_date"))


def test_a_start_month_far_ahead_is_named_as_a_month():
    _, findings = validate_worker({**WORKER, "start_month": "2030-01"}, today=dt.date(2026, 12, 1))
    [message] = _messages(findings, "start_month")
    assert "January 2030" in message and "2030-01" not in message
