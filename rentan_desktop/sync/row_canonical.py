"""A shortcut for the roster rows of a bundle that are already as the forms write them.

An OPD's bundle carries what its own forms stored: clean texts, the NIK's (or NIP's) sex and
birth date, a phone in E.164, RT/RW as three digits. For such a row the forms' validators
(roster/validate.py) find nothing, and the sync's record rules (row_rules.worker_problems,
sponsor_problems) refuse nothing. This module proves that with the few checks that can still
fail there -- the NIK or NIP, the phone, the vocabularies, the start month, the age, the
registry's lengths -- compiled once per bundle from the field registry; any row it cannot vouch
for goes through the full validator, so every message stays the validator's own. It never
refuses anything itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from rentan_desktop import fields
from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.months import is_month
from rentan_desktop.domain.nik import check_nik
from rentan_desktop.domain.nip import check_nip
from rentan_desktop.domain.phone import normalize_phone
from rentan_desktop.domain.policy import check_age
from rentan_desktop.domain.vocab import (
    GENDERS,
    HEIR_RELATIONSHIPS,
    POSITION_LEVELS,
    RELATIONSHIPS,
    SPONSOR_KINDS,
)
from rentan_desktop.roster.validate import SPONSOR_FIELDS, START_MONTHS_AHEAD, WORKER_FIELDS
from rentan_desktop.store import clock

# Fields the form stores as typed text (cleaned of extra spaces); numbers, flags and the sponsor
# are not texts, and the KPJ is Disnaker's (BPJS's) to judge, never the OPD's record rule.
_NOT_TEXT = frozenset({"sponsor_id", "declared_income", "jht", "kpj"})
_TEXTS = tuple(f for f in WORKER_FIELDS if f not in _NOT_TEXT)


def _joined_texts(get: Callable[[str], Any], names: tuple[str, ...]) -> str | None:
    """The record's texts joined by "|" when every one is printable ASCII; None otherwise (a number
    where the form stores text, control or direction characters, letters of other alphabets: the form
    names them)."""
    try:
        joined = "|".join(v for v in map(get, names) if v is not None)
    except TypeError:
        return None
    return joined if joined.isascii() and joined.isprintable() else None


def _within(get: Callable[[str], Any], limits: Iterable[tuple[str, int]]) -> bool:
    """Every text within the registry's length (cleaning an ASCII text never makes it longer)."""
    for name, limit in limits:
        value = get(name)
        if value is not None and len(value) > limit:
            return False
    return True


class CanonicalWorkers:
    """`fine(record)`: True only when the worker form would store the record exactly as sent and
    find nothing wrong with it. Built once per bundle (today, the registry's lengths)."""

    def __init__(self, today: dt.date | None = None):
        self.today = today or clock.today()
        now = self.today.year * 12 + self.today.month - 1
        self.last_start = now + START_MONTHS_AHEAD  # a start month further ahead is refused
        self.limits = _limits("workers", _TEXTS)
        self.months: dict[Any, bool] = {}
        self.ages: dict[tuple[str, str], bool] = {}
        self.vocab = {"relationship": frozenset(RELATIONSHIPS), "heir_relationship": frozenset(HEIR_RELATIONSHIPS)}

    def fine(self, record: dict[str, Any]) -> bool:
        get = record.get
        joined = _joined_texts(get, _TEXTS)
        # Every text as the form stores it: printable ASCII, no blank value, no space at either
        # end or twice (a "|" in a value can only send it the long way, never hide such a space).
        if joined is None or "  " in joined or " |" in joined or \
                "| " in joined or "||" in joined or joined[:1] in (" ", "|") or joined[-1:] in (" ", "|"):
            return False
        if not _within(get, self.limits):
            return False
        if not get("name") or not self._numbers(get("declared_income"), get("jht")):
            return False
        for name, allowed in self.vocab.items():
            value = get(name)
            if value is not None and value not in allowed:
                return False
        for name in ("rt", "rw"):
            value = get(name)
            if value is not None and not (len(value) == 3 and value.isdigit()):
                return False
        phone = get("phone")
        if phone is not None and normalize_phone(phone) != (phone, []):
            return False
        return self._person(get("nik"), get("gender"), get("birth_date"), get("start_month"))

    @staticmethod
    def _numbers(income: Any, jht: Any) -> bool:
        """Income a whole positive number; JHT a number or a flag (a text there is read as typed)."""
        return type(income) is int and income > 0 and type(jht) is not str

    def _person(self, nik: Any, gender: Any, birth_date: Any, start: Any) -> bool:
        """The NIK valid and stored as its digits, the sex and birth date the NIK's, the start month
        a month not too far ahead, the age at it within the programme's bounds."""
        if type(nik) is not str or len(nik) != 16 or not nik.isdigit():
            return False
        found = check_nik(nik, today=self.today)
        if not found.valid or found.nik != nik or found.gender != gender or found.birth_date is None or \
                found.birth_date.isoformat() != birth_date:
            return False
        if start is None:
            return True
        ok = self.months.get(start)
        if ok is None:
            ok = self.months[start] = is_month(start) and \
                int(start[:4]) * 12 + int(start[5:7]) - 1 <= self.last_start
        if not ok:
            return False
        key = (birth_date, start)
        fits = self.ages.get(key)
        if fits is None:
            fits = self.ages[key] = not check_age(found.birth_date, start)
        return fits


def _limits(table: str, names: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """The registry's lengths of the text fields a form cleans."""
    return tuple((f.column, f.max_length) for f in fields.fields_of(table)
                 if f.kind == "text" and f.max_length is not None and f.column in names)


class CanonicalSponsors:
    """`fine(record)`: True only when the sponsor form finds no error in the record (a sponsor's
    record rule refuses errors only; how a value is written is not judged there)."""

    def __init__(self, today: dt.date | None = None):
        self.today = today or clock.today()
        self.limits = _limits("sponsors", SPONSOR_FIELDS)
        self.kinds, self.levels, self.genders = frozenset(SPONSOR_KINDS), frozenset(POSITION_LEVELS), frozenset(GENDERS)
        self.dates: dict[str, bool] = {}

    def fine(self, record: dict[str, Any]) -> bool:
        get = record.get
        if _joined_texts(get, SPONSOR_FIELDS) is None:
            return False
        kind, gender = get("kind"), get("gender")
        if kind not in self.kinds or get("position_level") not in self.levels or \
                (gender is not None and gender not in self.genders):
            return False
        phone = get("phone")
        if phone is not None:
            stored, issues = normalize_phone(phone)
            if issues or (stored is not None and len(stored) > 20):
                return False
        if not _within(get, self.limits):
            return False
        return self._nip(kind, get("nip"), gender, get("birth_date"))

    def _nip(self, kind: str, nip: Any, gender: Any, birth_date: Any) -> bool:
        """A civil servant's NIP valid for the kind, its sex and birth date agreeing with those sent;
        another sponsor's NIP absent or valid, its birth date absent or a real date."""
        if kind in ("pns", "pppk"):
            if type(nip) is not str:
                return False
            found = check_nip(nip, expected_kind=kind, today=self.today)
            if not found.valid or found.birth_date is None or (gender is not None and gender != found.gender):
                return False
            return birth_date is None or birth_date == found.birth_date.isoformat()
        if nip is not None and not check_nip(nip, today=self.today).valid:
            return False
        if birth_date is None:
            return True
        ok = self.dates.get(birth_date)
        if ok is None:
            ok = self.dates[birth_date] = parse_date(birth_date) is not None
        return ok
