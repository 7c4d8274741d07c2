"""Value checks the registry names. Each returns the reason a stored value is refused (in the
user's language) or None. They call the domain's own validators (NIK, NIP, phone, months,
vocabularies) so a bundle row is judged exactly as the forms judge what a person types."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from rentan_desktop.domain.months import is_month
from rentan_desktop.domain.nik import check_nik, is_pseudonym
from rentan_desktop.domain.nip import check_nip
from rentan_desktop.domain.phone import normalize_phone
from rentan_desktop.fields.model import Check
from rentan_desktop.i18n import translate

# Months before the programme or centuries ahead are typing mistakes (9999-12), not plans.
FIRST_YEAR, LAST_YEAR = 2000, 2099
MAX_MONEY = 100_000_000  # Rp100 million: far above any BPU income bracket or contribution
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?)?$")


def _first_error(issues: Iterable[Any]) -> str | None:
    for issue in issues:
        if issue.is_error:
            return issue.message
    return None


def nik(value: Any) -> str | None:
    if is_pseudonym(value):  # a pseudonymised record (the row rules require its mark)
        return None
    result = check_nik(value)
    if result.valid and result.nik == value:
        return None
    return _first_error(result.issues) or translate("fields", "Not a valid NIK.")


def nip(value: Any) -> str | None:
    result = check_nip(value)
    if result.valid and result.nip == value:
        return None
    return _first_error(result.issues) or translate("fields", "Not a valid NIP.")


def phone(value: Any) -> str | None:
    clean, issues = normalize_phone(value)
    if clean == value and not _first_error(issues):
        return None
    return _first_error(issues) or translate("fields", "Not a phone number as the forms store it.")


def month(value: Any) -> str | None:
    if isinstance(value, str) and is_month(value) and FIRST_YEAR <= int(value[:4]) <= LAST_YEAR:
        return None
    return translate("fields", "Not a month between {first} and {last} written like 2026-11.").format(
        first=FIRST_YEAR, last=LAST_YEAR)


def date(value: Any) -> str | None:
    try:
        day = dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is not None and 1900 <= day.year <= LAST_YEAR:
        return None
    return translate("fields", "Not a date written like 2026-11-29.")


def timestamp(value: Any) -> str | None:
    if isinstance(value, str) and _TIMESTAMP.match(value) and date(value[:10]) is None:
        return None
    return translate("fields", "Not a date and time.")


def flag(value: Any) -> str | None:
    return None if value in (0, 1) else translate("fields", "Must be 0 or 1.")


def choice(allowed: Iterable[str]) -> Check:
    allowed = tuple(allowed)

    def check(value: Any) -> str | None:
        if value in allowed:
            return None
        return translate("fields", "Not one of: {values}.").format(values=", ".join(allowed))
    return check


def digits(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value.isascii() and value.isdigit() and low <= len(value) <= high:
            return None
        return translate("fields", "Must be {low} to {high} digits.").format(low=low, high=high)
    return check


def amount(low: int, high: int) -> Check:
    """A whole number of Rupiah (or a count) within [low, high]."""
    def check(value: Any) -> str | None:
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return None
        return translate("fields", "Must be a whole number from {low} to {high}.").format(low=low, high=high)
    return check


def printable(value: Any) -> str | None:
    """Text as a form stores it: no control characters (tabs, escapes, NUL) and no bidi tricks."""
    if not isinstance(value, str) or value.isprintable():  # the usual case, checked in C
        return None
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co"):
            return translate("fields", "Contains control characters.")
    return None


def latin_letters(value: Any) -> str | None:
    """A person's name as a KTP writes it: Latin letters (accents allowed). A letter of another
    alphabet that looks like a Latin one (Cyrillic 'В', Greek 'Α') would make one person two."""
    if not isinstance(value, str) or value.isascii():
        return None
    for ch in value:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return translate("fields", "Contains a letter of another alphabet ({char}); type it in Latin letters.").format(
                char=f"U+{ord(ch):04X}")
    return None


def value_problem(fld: Any, value: Any) -> str | None:
    """Why one incoming value of `fld` (a registry Field) is refused, or None."""
    if value is None:
        if fld.required:
            return translate("fields", "Required.")
        return None
    if fld.kind in ("int", "flag"):
        if not isinstance(value, int) or isinstance(value, bool):
            return translate("fields", "Must be a whole number.")
    elif not isinstance(value, str):
        return translate("fields", "Must be text.")
    if isinstance(value, str):
        if fld.max_length is not None and len(value) > fld.max_length:
            return translate("fields", "Longer than {limit} characters.").format(limit=fld.max_length)
        if fld.required and not value.strip():
            return translate("fields", "Required.")
        problem = printable(value)
        if problem:
            return problem
    for check in fld.checks:
        problem = check(value)
        if problem:
            return problem
    return None


def mask(value: Any, personal: bool) -> str:
    """A value as a refusal list shows it: personal data partly hidden, long text cut."""
    if value is None:
        return ""
    text = str(value)
    if personal:
        if len(text) >= 12 and text.isdigit():
            return text[:4] + "*" * (len(text) - 8) + text[-4:]
        return (text[:1] + "***") if text else ""
    if len(text) > 40:
        return text[:37] + "..."
    return text
