"""NIK and NIP rules, one row per edge case."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.domain.nik import check_nik
from rentan_desktop.domain.nip import check_nip, format_nip


@pytest.mark.parametrize("value,valid,gender,birth,code", [
    ("6271011508950001", True, "L", dt.date(1995, 8, 15), None),
    ("6271 0155.0895-0001", True, "P", dt.date(1995, 8, 15), None),   # spaces, dots, day+40
    ("627101150895000", False, None, None, "format"),                 # 15 digits
    ("3.27401E+15", False, None, None, "scientific"),                 # spreadsheet lost digits
    ("9901011508950001", False, None, None, "province"),              # unknown province
    ("6299011508950001", False, None, None, "regency"),               # unknown regency
    ("6200011508950001", False, None, None, "wilayah"),               # 00 regency
    ("6271013202950001", False, None, None, "birth_date"),            # 32 Feb
    ("6271017202950001", False, None, None, "birth_date"),            # women: 72 = day 32
    ("6271014102950001", True, "P", dt.date(1995, 2, 1), None),       # women: 41 = day 1
    ("6271010000950001", False, None, None, "birth_date"),            # day 00
    ("6271011508950000", False, None, None, "serial"),                # serial 0000
])
def test_nik(value, valid, gender, birth, code):
    result = check_nik(value, today=dt.date(2026, 11, 23))
    assert result.valid is valid
    if valid:
        assert result.gender == gender
        assert result.birth_date == birth
        assert result.nik == "".join(ch for ch in value if ch.isdigit())
    else:
        assert code in {i.code for i in result.issues}
        assert all(i.field == "nik" for i in result.issues)


@pytest.mark.parametrize("value,valid,kind,gender,birth", [
    ("19660801 198803 1 001", True, "pns", "L", dt.date(1966, 8, 1)),
    ("198505152010012003", True, "pns", "P", dt.date(1985, 5, 15)),
    ("199001012023211005", True, "pppk", "L", dt.date(1990, 1, 1)),   # PPPK: year + 2 + digit + sex
    ("199001012023292005", True, "pppk", "P", dt.date(1990, 1, 1)),
    ("19660801198803100", False, None, None, None),                   # 17 digits
    ("19661301198803 1 001", False, None, None, None),                # month 13 in birth date
    ("196608011988131001", False, None, None, None),                  # appointment month 13
    ("196608011988033001", False, None, None, None),                  # sex digit 3
])
def test_nip(value, valid, kind, gender, birth):
    result = check_nip(value)
    assert result.valid is valid, result.issues
    if valid:
        assert (result.kind, result.gender, result.birth_date) == (kind, gender, birth)


def test_nip_kind_must_match_employment_type():
    result = check_nip("199001012023211005", expected_kind="pns")
    assert not result.valid
    assert "PPPK" in result.issues[0].message


def test_format_nip():
    assert format_nip("196608011988031001") == "19660801 198803 1 001"
