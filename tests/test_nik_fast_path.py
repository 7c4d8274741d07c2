"""The usual NIK is checked without building lokal's result: the same answer as lokal gives, case by case."""

from __future__ import annotations

import datetime as dt

import pytest

from rentan_desktop.domain import nik

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("value", [
    "6271011708800001",  # a man born 17/08/1980, Pahandut (Palangka Raya)
    "6271015708800002",  # a woman: day + 40
    "6271010101260003",  # born 01/01/2026: this century
    "6271010101270004",  # yy 27 > 26: last century
    "6271 0117.0880-0001",  # separators typed
    "6271991708800001",  # a district code no list knows (warning)
    "6299011708800001",  # a regency code no list knows (error)
    "9901011708800001",  # no such province
    "6200011708800001",  # regency 00
    "6271001708800001",  # district 00
    "6271013102800001",  # 31/02: no real day
    "6271010008800001",  # day 00
    "6271014008800001",  # day 40: no woman's day 0 either
    "6271011708800000",  # serial 0000
    "627101170880000",  # 15 digits
    "６２７１０１１７０８８００００１",  # full-width digits: not the plain path
    "",
])
def test_the_fast_path_answers_as_lokal_does(value, monkeypatch):
    fast = nik.check_nik(value, today=TODAY)
    monkeypatch.setattr(nik, "_plain_nik", lambda *_a: None)
    assert fast == nik.check_nik(value, today=TODAY)


def test_a_plain_nik_takes_the_fast_path(monkeypatch):
    import lokal

    def not_called(*_a, **_k):
        raise AssertionError("lokal.parse_nik was called for a plain NIK")

    monkeypatch.setattr(lokal, "parse_nik", not_called)
    found = nik.check_nik("6271015708800002", today=TODAY)
    assert (found.gender, found.birth_date, found.valid) == ("P", dt.date(1980, 8, 17), True)
    assert found.regency and found.district
