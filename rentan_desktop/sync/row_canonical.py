"""A shortcut for the roster rows of a bundle that are already as the worker form writes them.

An OPD's bundle carries what its own form stored: clean texts, the NIK's sex and birth date, a
phone in E.164, RT/RW as three digits. For such a row the form's validator (roster/validate.py)
finds nothing, and the sync's record rule (row_rules.worker_problems) refuses nothing. This
module proves that with the few checks that can still fail there -- the NIK, the phone, the
vocabularies, the start month, the age, the registry's lengths -- compiled once per bundle from
the field registry; any row it cannot vouch for goes through the full validator, so every
message stays the validator's own. It never refuses anything itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rentan_desktop import fields
from rentan_desktop.domain.months import is_month
from rentan_desktop.domain.nik import check_nik
from rentan_desktop.domain.phone import normalize_phone
from rentan_desktop.domain.policy import check_age
from rentan_desktop.domain.vocab import HEIR_RELATIONSHIPS, RELATIONSHIPS
from rentan_desktop.roster.validate import START_MONTHS_AHEAD, WORKER_FIELDS
from rentan_desktop.store import clock

# Fields the form stores as typed text (cleaned of extra spaces); numbers, flags and the sponsor
# are not texts, and the KPJ is Disnaker's (BPJS's) to judge, never the OPD's record rule.
_NOT_TEXT = frozenset({"sponsor_id", "declared_income", "jht", "kpj"})
_TEXTS = tuple(f for f in WORKER_FIELDS if f not in _NOT_TEXT)


class CanonicalWorkers:
    """`fine(record)`: True only when the worker form would store the record exactly as sent and
    find nothing wrong with it. Built once per bundle (today, the registry's lengths)."""

    def __init__(self, today: dt.date | None = None):
        self.today = today or clock.today()
        now = self.today.year * 12 + self.today.month - 1
        self.last_start = now + START_MONTHS_AHEAD  # a start month further ahead is refused
        self.limits = tuple((f.column, f.max_length) for f in fields.fields_of("workers")
                            if f.kind == "text" and f.max_length is not None and f.column in _TEXTS)
        self.months: dict[Any, bool] = {}
        self.ages: dict[tuple[str, str], bool] = {}
        self.vocab = {"relationship": frozenset(RELATIONSHIPS), "heir_relationship": frozenset(HEIR_RELATIONSHIPS)}

    def fine(self, record: dict[str, Any]) -> bool:
        get = record.get
        texts = [v for v in map(get, _TEXTS) if v is not None]
        try:
            joined = "|".join(texts)
        except TypeError:  # a number where the form stores text
            return False
        # Every text as the form stores it: printable ASCII, no blank value, no space at either
        # end or twice (a "|" in a value can only send it the long way, never hide such a space).
        if not (joined.isascii() and joined.isprintable()) or "  " in joined or " |" in joined or \
                "| " in joined or "||" in joined or joined[:1] in (" ", "|") or joined[-1:] in (" ", "|"):
            return False
        for name, limit in self.limits:
            value = get(name)
            if value is not None and len(value) > limit:
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
