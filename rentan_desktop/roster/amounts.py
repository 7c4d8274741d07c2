"""Rupiah amounts as clerks and exports write them: 'Rp. 500,000', '1.500.000,-', '2 juta', and the
income brackets Dapodik and DTKS print ('Rp. 500,000 - Rp. 999,999', 'Kurang dari Rp. 500,000',
'Tidak Berpenghasilan').

A bracket reads as its lower bound (what the person surely earns); 'less than X' and 'no income' read
as not stated, so the install's default declared income (the lowest BPJS bracket) applies.
"""

from __future__ import annotations

import re

_NO_INCOME = re.compile(r"^(TIDAK|BELUM|TDK|BLM)\s*(ADA\s*)?(BERPENGHASILAN|PENGHASILAN|BEKERJA)$")
_BELOW = re.compile(r"^(KURANG\s+DARI|KURANG|DI\s*BAWAH|<=?|MAKS(IMAL)?\.?|MAX\.?|SAMPAI|S/?D)\s*")
_ABOVE = re.compile(r"^(LEBIH\s+DARI|LEBIH|DI\s*ATAS|>=?|MIN(IMAL)?\.?|MULAI)\s*")
# The separator of a bracket: 'X - Y', 'X s/d Y', 'X sampai Y', '500.000-999.999'.
_RANGE = re.compile(r"\s+(?:-|–|—|S/D|SD|SAMPAI|HINGGA)\s+|(?<=\d)\s*[-–—]\s*(?=\d)")
_UNIT = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(JUTA|JT|RIBU|RB|K)$")
_GROUPED = re.compile(r"^\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d{1,2})?$")
_PLAIN = re.compile(r"^\d+(?:[.,]\d{1,2})?$")
_UNITS = {"JUTA": 1_000_000, "JT": 1_000_000, "RIBU": 1_000, "RB": 1_000, "K": 1_000}


class NotAnAmount(ValueError):
    """The text is not a Rupiah amount."""


def _tidy(text: str) -> str:
    text = " ".join(text.upper().replace("\u00a0", " ").split())
    text = re.sub(r"\s*(/|PER\s+)(BULAN|BLN|BL)$|\s*SEBULAN$", "", text)
    text = re.sub(r"(?<![A-Z])RP\.?\s*", "", text)
    return re.sub(r"[.,]-+$", "", text).strip()


def _number(text: str) -> int:
    text = text.strip()
    unit = _UNIT.match(text)
    if unit:
        return round(float(unit.group(1).replace(",", ".")) * _UNITS[unit.group(2)])
    if _GROUPED.match(text):  # a tail of one or two digits is cents ('1.500.000,00')
        return int(re.sub(r"[.,]", "", re.sub(r"[.,]\d{1,2}$", "", text)))
    if _PLAIN.match(text):
        return int(re.split(r"[.,]", text)[0])
    raise NotAnAmount(text)


def rupiah(text: str) -> int | None:
    """The amount a cell states, None when it states none ('Tidak Berpenghasilan', 'Kurang dari X')."""
    tidy = _tidy(text)
    if not tidy or _NO_INCOME.match(tidy):
        return None
    if _BELOW.match(tidy):
        _number(_tidy(_BELOW.sub("", tidy)))  # still an amount, or the cell is not one
        return None
    above = _ABOVE.match(tidy)
    if above:
        return _number(_tidy(tidy[above.end():]))
    parts = _RANGE.split(tidy, maxsplit=1)
    if len(parts) == 2:
        low, high = _number(_tidy(parts[0])), _number(_tidy(parts[1]))
        if high < low:
            raise NotAnAmount(text)
        return low
    return _number(tidy)
