"""NIP of civil servants: PNS (YYYYMMDD YYYYMM S NNN) and PPPK (YYYYMMDD YYYY 2 D S NNN).

Plausibility: a PNS is appointed at 18 or older (PP 11/2017 art. 23), a PPPK at 20 or older
(PP 49/2018) and not before the scheme's first appointments in 2019; never before birth or in
the future; the serial starts at 001. The kind is read from the digits after spaces and dots
are removed. A NIP ending in 000 is what a spreadsheet leaves when it stored the NIP as a
number and lost its last digits (1.98703152009011E+17 -> 198703152009011000).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.issues import Issue
from rentan_desktop.domain.months import month_text
from rentan_desktop.i18n import translate
from rentan_desktop.store import clock


@dataclass
class NipCheck:
    raw: str
    nip: str | None = None
    kind: str | None = None  # "pns" or "pppk"
    birth_date: dt.date | None = None
    gender: str | None = None  # "L" or "P"
    appointed: str | None = None  # YYYY-MM for PNS, YYYY for PPPK
    issues: list[Issue] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not any(i.is_error for i in self.issues)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


PNS_MIN_AGE = 18
PPPK_MIN_AGE = 20
PPPK_FIRST_YEAR = 2019


def _lost_digits(field_name: str) -> Issue:
    return Issue(field_name, translate(
        "domain", "The NIP was saved as a number by a spreadsheet and its last digits are lost (it ends in "
                  "000 or shows E+17); type it again from the SK or the employee card, and format the column "
                  "as text."), "error", "scientific")


def _plausible(result: NipCheck, digits: str, field_name: str, today: dt.date) -> None:
    """Appointment after the minimum age, not before birth, not in the future."""
    birth = result.birth_date
    year = int(digits[8:12])
    if result.kind == "pppk":
        month, min_age = 1, PPPK_MIN_AGE
        if year < PPPK_FIRST_YEAR:
            result.issues.append(Issue(field_name, translate(
                "domain", "The NI PPPK says appointed in {year}, before the first PPPK appointments in 2019.")
                .format(year=year), "error", "appointment"))
            return
        late_enough = birth is None or year - birth.year >= min_age
    else:
        month, min_age = int(digits[12:14]), PNS_MIN_AGE
        late_enough = birth is None or (year, month) >= (birth.year + min_age, birth.month)
    future = year > today.year if result.kind == "pppk" else (year, month) > (today.year, today.month)
    appointed = month_text(result.appointed)  # 'Januari 2020', as every month is shown
    if future:
        result.issues.append(Issue(field_name, translate(
            "domain", "The appointment inside the NIP ({text}) is in the future.").format(text=appointed),
            "error", "appointment"))
    elif birth is not None and (year, month) < (birth.year, birth.month):
        result.issues.append(Issue(field_name, translate(
            "domain", "The appointment inside the NIP ({text}) is before the birth date.").format(
            text=appointed), "error", "appointment"))
    elif not late_enough:
        result.issues.append(Issue(field_name, translate(
            "domain", "The appointment inside the NIP ({text}) is before the person turned {age}.").format(
            text=appointed, age=min_age), "error", "appointment"))


def check_nip(value: object, field_name: str = "nip", expected_kind: str | None = None,
              today: dt.date | None = None) -> NipCheck:
    """Validate an 18-digit NIP; the kind (PNS/PPPK) is read from its digits."""
    today = today or clock.today()
    raw = "" if value is None else str(value)
    result = NipCheck(raw=raw)
    digits = strip_separators(raw)
    if "e" in digits.lower() or "," in digits:
        result.issues.append(_lost_digits(field_name))
        return result
    if len(digits) != 18 or not digits.isdigit():
        result.issues.append(Issue(field_name, translate("domain", "NIP must be exactly 18 digits."), "error", "format"))
        return result
    if digits.endswith("000"):
        result.issues.append(_lost_digits(field_name))
        return result
    result.nip = digits
    birth = _date(digits[:8])
    if birth is None or not (1940 <= birth.year <= today.year - 15):
        result.issues.append(Issue(field_name, translate(
            "domain", "The birth date inside the NIP ({text}) is not a real date.").format(text=digits[:8]),
            "error", "birth_date"))
    result.birth_date = birth
    # PPPK: the 13th digit is 2 (the PNS sex digit position holds the month's tens digit 0/1).
    sex_digit = digits[14]
    if digits[12] == "2" and digits[13] in "123456789" and sex_digit in "12":
        kind = "pppk"
        result.appointed = digits[8:12]
    else:
        kind = "pns"
        sex_digit = digits[14]
        month = int(digits[12:14])
        if not 1 <= month <= 12 or int(digits[8:12]) < 1960:
            result.issues.append(Issue(field_name, translate(
                "domain", "The appointment month inside the NIP ({text}) is not valid.").format(
                text=digits[8:14]), "error", "appointment"))
        result.appointed = f"{digits[8:12]}-{digits[12:14]}"
    result.kind = kind
    if result.valid:
        _plausible(result, digits, field_name, today)
    if sex_digit not in "12":
        result.issues.append(Issue(field_name, translate(
            "domain", "The sex digit inside the NIP must be 1 (male) or 2 (female)."), "error", "sex"))
    else:
        result.gender = "L" if sex_digit == "1" else "P"
    if expected_kind and result.valid and expected_kind != kind:
        result.issues.append(Issue(field_name, translate(
            "domain", "This NIP has the {found} format but the employment type is {expected}.").format(
            found=kind.upper(), expected=expected_kind.upper()), "error", "kind"))
    return result


def format_nip(nip: str) -> str:
    """'196608011988031001' -> '19660801 198803 1 001' (PNS grouping)."""
    if len(nip) != 18:
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
