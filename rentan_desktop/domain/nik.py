"""NIK (Nomor Induk Kependudukan): 16 digits PP KK CC DDMMYY SSSS, +40 on the day for women."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.issues import Issue
from rentan_desktop.domain.regions import region_name
from rentan_desktop.i18n import translate
from rentan_desktop.store import clock


@dataclass
class NikCheck:
    raw: str
    nik: str | None = None
    gender: str | None = None  # "L" or "P"
    birth_date: dt.date | None = None
    province: str | None = None
    regency: str | None = None
    district: str | None = None
    issues: list[Issue] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not any(i.is_error for i in self.issues)


def _message(code: str, nik_digits: str) -> str:
    if code == "format":
        return translate("domain", "NIK must be exactly 16 digits.")
    if code == "province":
        return translate("domain", "NIK region code {code} is not a known province.").format(code=nik_digits[:2])
    if code == "wilayah":
        return translate("domain", "NIK regency and district codes cannot be 00.")
    if code == "birth_date":
        return translate("domain", "The birth date inside the NIK is not a real date.")
    if code == "serial":
        return translate("domain", "The NIK ends in 0000: a spreadsheet probably stored it as a number and lost its "
                                   "last digits; type it again from the KTP and format the column as text.")
    return translate("domain", "The NIK is not valid.")


@functools.lru_cache(maxsize=1 << 14)  # a list of 200,000 NIKs names a few hundred districts
def _known_region(code: str) -> tuple[str, str, str] | None:
    """(province, regency, district) of a NIK's first six digits when all three are known and no
    code is 00: the only case the fast path below takes (lokal.parse_nik decides every other)."""
    from lokal.provinces import PROVINCES

    province = PROVINCES.get(code[:2])
    if not province or code[2:4] == "00" or code[4:6] == "00":
        return None
    regency, district = region_name(f"{code[:2]}.{code[2:4]}"), region_name(f"{code[:2]}.{code[2:4]}.{code[4:6]}")
    return (province, regency, district) if regency and district else None


def _plain_nik(raw: str, digits: str, today: dt.date | None) -> NikCheck | None:
    """The usual NIK (16 digits, known region, real date, serial not 0000) checked without building
    lokal's result: the same fields lokal.parse_nik gives it; None for anything else."""
    if len(digits) != 16 or not digits.isascii() or not digits.isdigit() or digits[12:] == "0000":
        return None
    region = _known_region(digits[:6])
    if region is None:
        return None
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    gender = "L"
    if day > 40:
        gender, day = "P", day - 40
    if day < 1:
        return None
    ref = today or clock.today()
    try:
        born = dt.date(2000 + yy if yy <= ref.year % 100 else 1900 + yy, month, day)
    except ValueError:
        return None
    return NikCheck(raw, digits, gender, born, *region)


def check_nik(value: object, field_name: str = "nik", today: dt.date | None = None) -> NikCheck:
    """Validate a NIK as typed; never 'repairs' digits, only removes spaces and dots."""
    raw = "" if value is None else str(value)
    digits = strip_separators(raw)
    plain = _plain_nik(raw, digits, today)
    if plain is not None:
        return plain
    result = NikCheck(raw=raw)
    if not digits:
        result.issues.append(Issue(field_name, translate(
            "domain", "The NIK is empty: write the 16-digit NIK from the KTP or family card (KK)."), "error",
            "format"))
        return result
    if "e" in digits.lower() or "," in digits:
        result.issues.append(Issue(field_name, translate(
            "domain", "The NIK was saved as a number in scientific notation and its last digits are lost; "
                      "type it again from the KTP."), "error", "scientific"))
        return result
    import lokal  # when first needed: importing lokal costs 0.5 s or more (Samaran's regexes)

    info = lokal.parse_nik(digits, lookup_wilayah=region_name, reference_date=today or clock.today())
    for err in info.errors:
        result.issues.append(Issue(field_name, _message(err.code, digits), "error", err.code))
    if info.nik and info.province and not any(e.code == "wilayah" for e in info.errors):
        if not info.regency:
            result.issues.append(Issue(field_name, translate(
                "domain", "NIK regency code {code} is not a known regency or city.").format(
                code=info.regency_code), "error", "regency"))
        elif not info.district:
            result.issues.append(Issue(field_name, translate(
                "domain", "NIK district code {code} is not in the current region list (it may predate a "
                          "split); check it against the KTP.").format(code=info.district_code),
                "warning", "district"))
    result.nik = info.nik
    result.gender = info.gender
    result.birth_date = dt.date.fromisoformat(info.birth_date) if info.birth_date else None
    result.province, result.regency, result.district = info.province, info.regency, info.district
    return result


# What UU PDP pseudonymisation writes over an ended worker's NIK (rentan_desktop.pdp): not a NIK,
# and accepted only on a record marked pseudonymised.
PSEUDONYM_PREFIX = "PSEUDO"


def is_pseudonym(value: object) -> bool:
    text = value if isinstance(value, str) else ""
    tag = text[len(PSEUDONYM_PREFIX):]
    return text.startswith(PSEUDONYM_PREFIX) and len(tag) == 10 and all(c in "0123456789ABCDEF" for c in tag)
