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


NIP_TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(("value", "code", "why"), [
    ("19660801 198803 1 001", None, "PNS appointed at 21"),
    ("200001012018011001", None, "PNS appointed the month they turned 18"),
    ("200006012018051001", "appointment", "PNS appointed at 17 (PP 11/2017: 18 or older)"),
    ("199001011989031001", "appointment", "appointed before birth"),
    ("199001012027011001", "appointment", "appointment month in the future"),
    ("199001012026121001", None, "appointed this month"),
    ("198505152010012000", "scientific", "serial 000: last digits lost by a spreadsheet"),
    ("1.98703152009011E+17", "scientific", "scientific notation"),
    ("198703152009011000", "scientific", "the same number written out: trailing 000"),
    ("199001012023211005", None, "PPPK appointed at 33"),
    ("200501012024211005", "appointment", "PPPK at 19 (PP 49/2018: 20 or older)"),
    ("199001012018211005", "appointment", "PPPK before the scheme's first appointments in 2019"),
    ("199001012027211005", "appointment", "PPPK year in the future"),
    ("19900101 2023 2 1 1 005", None, "PPPK typed with spaces: the kind comes from the digits"),
])
def test_nip_plausibility(value, code, why):
    result = check_nip(value, today=NIP_TODAY)
    codes = {i.code for i in result.issues if i.is_error}
    assert (code in codes) if code else not codes, (why, result.issues)


def test_nip_typed_with_spaces_is_read_as_its_digits():
    assert check_nip("19900101 2023 2 1 1 005", today=NIP_TODAY).kind == "pppk"
    assert check_nip("19660801 198803 1 001", today=NIP_TODAY).kind == "pns"


def test_nip_with_lost_digits_gives_the_same_advice_as_a_nik():
    nip = check_nip("198703152009011000", today=NIP_TODAY).issues[0].message
    nik = check_nik("3274010101900000").issues[0].message
    assert "spreadsheet" in nip and "spreadsheet" in nik and "as text" in nip and "as text" in nik


@pytest.mark.parametrize(("nik", "regency"), [
    ("9101014101900001", "Kabupaten Merauke"),      # Papua 91.01 before the 2022 split (now 93.01)
    ("9102010101850002", "Kabupaten Jayawijaya"),   # now 95.xx
    ("9271014101900001", "Kota Sorong"),            # Papua Barat 92.71 (now Papua Barat Daya 96.71)
    ("9104010101850002", "Kabupaten Nabire"),       # now Papua Tengah
    ("9109010101850002", "Kabupaten Mimika"),
    ("9301014101900001", "Kabupaten Merauke"),      # the same regency's current code
])
def test_nik_keeps_the_region_code_it_was_issued_with(nik, regency):
    result = check_nik(nik)
    assert result.valid, result.issues
    assert result.regency == regency


def test_a_region_code_never_issued_is_refused():
    assert "regency" in {i.code for i in check_nik("9199014101900001").issues}


@pytest.mark.parametrize(("nik", "birth"), [
    ("3201010101300001", dt.date(1930, 1, 1)),   # 30 would be 2030: in the future, so 1930
    ("3201010101260001", dt.date(2026, 1, 1)),
    ("3201010101270001", dt.date(1927, 1, 1)),
])
def test_two_digit_birth_year_in_the_future_is_the_previous_century(nik, birth):
    assert check_nik(nik, today=dt.date(2026, 12, 1)).birth_date == birth
