"""The workers check, column by column: a shortcut for the rows that are plainly fine.

Checking a 200,000-row list row by row costs some forty small Python steps a row. Most rows
of a real list are plain: a 16-digit NIK of a known region, a name, places and dates that
repeat, a mobile number. This module judges a block of rows a column at a time -- a pattern
over a whole column, each distinct value of a repeated column (places, dates, codes) judged
once -- and gives, for each row it can vouch for, exactly the values the worker form's
validator (roster/validate.py) would keep and the fields BPJS registration still lacks.

It never refuses or warns: a row it cannot vouch for (any cell not plainly fine, a NIK already
here or twice in the file, anything the row-by-row rules would say a word about) is left to
the importer's row-by-row path, so every message stays the row-by-row rules' own. Built once
per import (today, the install's sponsors and Pemda, the field registry's lengths).
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Sequence
from itertools import zip_longest
from typing import Any

from rentan_desktop import fields
from rentan_desktop.domain import nik as nik_rules
from rentan_desktop.domain import regions
from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.months import first_day, is_month
from rentan_desktop.domain.policy import DEFAULT_DECLARED_INCOME, age_now_warning, check_age, check_child
from rentan_desktop.roster import convert, readiness
from rentan_desktop.roster.column_values import (
    MOBILES,
    NIKS,
    NOT_PLAIN,
    ONE_NIK,
    UNIQUE_TEXTS,
    Distinct,
    cell_judges,
    joined_texts,
    plain_column,
    plain_text,
    refusing,
    safe,
)
from rentan_desktop.roster.row_data import RowContext
from rentan_desktop.roster.validate import START_MONTHS_AHEAD, WORKER_FIELDS, _text

__all__ = ["BLOCK", "PlainWorkers"]

BLOCK = 5000  # rows judged together
_REGION, _BIRTH, _SERIAL = operator.itemgetter(slice(0, 6)), operator.itemgetter(slice(6, 12)), \
    operator.itemgetter(slice(12, None))
_AFTER_ZERO = operator.itemgetter(slice(1, None))

# The fields this shortcut knows; a mapping with any other column leaves every row to the rules.
_KNOWN = frozenset({"nik", "name", "birth_place", "birth_date", "birth_place_date", "gender", "mother_name", "phone",
                    "street", "rt", "rw", "rt_rw", "village", "district", "regency", "occupation", "work_location",
                    "declared_income", "jht", "heir_name", "heir_relationship", "sponsor_nip", "relationship",
                    "start_month", "kpj"})
_REGISTRATION = tuple((name, WORKER_FIELDS.index(name)) for name in readiness.REGISTRATION_FIELDS)
_INDEX = {name: i for i, name in enumerate(WORKER_FIELDS)}

class PlainWorkers:
    """`rows(block)`: for each row of a block of (number, cells), None (the row-by-row path decides it)
    or (values, missing, regency_filled): the values validate_worker keeps, in WORKER_FIELDS order, the
    registration fields still lacking, and whether the Pemda filled in the regency."""

    def __init__(self, ctx: RowContext, mapping: dict[int, str], age_bounds: tuple[int, int] | None):
        self.ctx, self.today, self.age_bounds = ctx, ctx.today, age_bounds
        self.column_of = {f: c for c, f in mapping.items()}
        self.usable = "nik" in self.column_of and "name" in self.column_of and set(self.column_of) <= _KNOWN
        self.id_col = self.column_of.get("nik", -1)
        # Cells beside the NIK that no field reads: a family card merged over them is not a person.
        self.beside = [c for c in (self.id_col - 1, self.id_col + 1) if c >= 0 and c not in mapping]
        limits = {f.column: f.max_length if f.max_length is not None else float("inf")
                  for f in fields.fields_of("workers") if f.kind == "text"}
        self.limits = limits
        # The judges hold no reference to this object: an import makes no reference cycles (roster.collector).
        last_start = self.today.year * 12 + self.today.month - 1 + START_MONTHS_AHEAD
        self.judges = cell_judges(limits, refusing(functools.partial(_start_month, last_start=last_start)),
                                  refusing(functools.partial(_sponsor, sponsors=ctx.sponsors_by_nip)))
        self.unique = {name: plain_text(int(limits[name])) for name in UNIQUE_TEXTS}
        self.regions = Distinct(_known_region)
        # NIK digits 7-12 -> sex, and -> ISO birth date (NOT_PLAIN for no real date)
        self.sexes = Distinct(functools.partial(_nik_birth, today=self.today, item=0))
        self.births = Distinct(functools.partial(_nik_birth, today=self.today, item=1))
        # (ISO birth date, start month) -> no child, age or age-today finding
        self.ages = Distinct(functools.partial(_age_fits, today=self.today, age_bounds=age_bounds))
        self.fills: dict[Any, bool] = {}
        # The Pemda given to a worker whose district lies in it, cleaned as validate cleans the regency.
        pemda = _text(ctx.pemda) if safe(ctx.pemda) else None
        self.pemda = pemda if pemda is not None and len(pemda) <= limits["regency"] else NOT_PLAIN

    def _district_fills(self, district_cell: Any) -> bool:
        data = convert.number_text(district_cell, "district")
        fills = self.fills[district_cell] = bool(data) and regions.district_in(str(data), self.ctx.pemda_code)
        return fills

    # ---------------------------------------------------------------- a block

    def _texts(self, name: str, cells: Sequence[Any]) -> list[Any]:
        """A column of unique texts: one search over the joined column passes the usual block whole;
        else one pattern per cell decides the usual ones and the rest are judged one by one."""
        risky = plain_column(cells, self.limits[name])
        if risky is not None:
            values = list(cells)
            judged = self.judges[name]
            for i in risky:
                if len(values[i]) <= convert._LONGEST_PLACEHOLDER or not values[i][0].isalnum():
                    values[i] = judged[values[i]]
            return values
        if set(map(type, cells)) == {str}:
            found = list(map(self.unique[name], cells))
            if None not in found:
                return list(cells)
            judge = self.judges[name].once
            return [cell if match is not None else judge(cell) for cell, match in zip(cells, found, strict=True)]
        return self.judges[name].column(cells)

    def _phones(self, cells: Sequence[Any]) -> list[Any]:
        """The usual mobile numbers (08 and 8-11 digits, as text) to +62...; the rest judged one by one."""
        joined = joined_texts(cells)
        if joined is not None and MOBILES.fullmatch(joined):
            return list(map("+62".__add__, map(_AFTER_ZERO, cells)))
        return self.judges["phone"].column(cells)

    def rows(self, block: list[tuple[int, list[Any]]]) -> list[Any]:
        if not self.usable or not block:
            return [None] * len(block)
        rows = _Block(block, self.column_of)
        niks, sexes, births = self._niks(rows)
        values = self._values(rows)
        self._agree(rows, values, sexes, births)
        filled = self._regency(rows, values)
        none = [None] * rows.n
        ordered = {name: values.get(name) or none for name in WORKER_FIELDS}
        ordered.update(nik=niks, birth_date=births, gender=sexes, sponsor_id=values.get("sponsor_nip") or none,
                       declared_income=values.get("declared_income") or [DEFAULT_DECLARED_INCOME] * rows.n,
                       jht=values.get("jht") or [0] * rows.n, kpj=none, age_override_reason=none)
        kept = list(zip(*(ordered[name] for name in WORKER_FIELDS), strict=True))
        return [(row, lacks, fill) if fine else None
                for row, fine, fill, lacks in zip(kept, rows.ok, filled, _missing(ordered, kept, none), strict=True)]

    def _niks(self, rows: _Block) -> tuple[list[str], list[Any], list[Any]]:
        """The NIKs (16 digits of a known region and a real date, serial not 0000, none already here)
        and the sex and ISO birth date each gives."""
        niks = rows.column("nik")
        joined = joined_texts(niks)
        if joined is None or not NIKS.fullmatch(joined):
            niks = [v if type(v) is str else "" for v in niks]
            rows.refuse([None if ONE_NIK.fullmatch(v) else NOT_PLAIN for v in niks])
        known = list(map(self.regions.__getitem__, map(_REGION, niks)))
        if False in known:
            rows.refuse([None if region else NOT_PLAIN for region in known])
        parts = list(map(_BIRTH, niks))
        sexes, births = list(map(self.sexes.__getitem__, parts)), list(map(self.births.__getitem__, parts))
        rows.refuse(sexes)
        serials = list(map(_SERIAL, niks))
        if "0000" in serials:
            rows.refuse([NOT_PLAIN if serial == "0000" else None for serial in serials])
        if self.ctx.lost_column:  # most NIKs of the column end in 0: those that do are refused one by one
            rows.refuse([NOT_PLAIN if nik[-1:] == "0" else None for nik in niks])
        if self.ctx.existing:
            rows.refuse([NOT_PLAIN if nik in self.ctx.existing else None for nik in niks])
        for c in self.beside:  # the row-by-row recognition looks at these rows again
            if c < len(rows.columns):
                rows.refuse([NOT_PLAIN if same else None for same in map(operator.eq, niks, rows.columns[c])])
        return list(niks), sexes, births

    def _values(self, rows: _Block) -> dict[str, list[Any]]:
        """Each mapped column's values as the validator keeps them (NOT_PLAIN where it cannot vouch)."""
        values: dict[str, list[Any]] = {}
        for name, judged in self.judges.items():
            cells = rows.column(name)
            if cells is None:
                continue
            if name in self.unique:
                values[name] = self._texts(name, cells)
            elif name == "phone":
                values[name] = self._phones(cells)
            else:
                values[name] = judged.column(cells)
            if judged.refused:
                rows.refuse(values[name])
        return values

    def _agree(self, rows: _Block, values: dict[str, list[Any]], sexes: list[Any], births: list[Any]) -> None:
        """A sex or birth date given is the NIK's own; the age at the start month (or today) is the
        programme's."""
        for given, own in (("gender", sexes), ("birth_date", births)):
            cells = values.get(given)
            if cells is not None and False in map(operator.eq, cells, own):
                rows.refuse([NOT_PLAIN if v is not None and v != mine else None
                             for v, mine in zip(cells, own, strict=True)])
        starts = values.get("start_month") or [None] * rows.n
        fits = list(map(self.ages.__getitem__, zip(births, starts, strict=True)))
        if False in fits:
            rows.refuse([None if fit else NOT_PLAIN for fit in fits])

    def _regency(self, rows: _Block, values: dict[str, list[Any]]) -> list[bool]:
        """The Pemda as regency where a row names none and its district lies in the Pemda (row_data's rule)."""
        filled = [False] * rows.n
        districts = values.get("district")
        if not self.ctx.pemda_code or districts is None:
            return filled
        regency = values["regency"] = list(values.get("regency") or [None] * rows.n)
        cells = rows.column("district")
        for i in range(rows.n):
            if rows.ok[i] and regency[i] is None and districts[i] is not None:
                fills = self.fills.get(cells[i]) if type(cells[i]) is str else None
                if fills is None:
                    fills = self._district_fills(cells[i])
                if fills and self.pemda is NOT_PLAIN:
                    rows.ok[i] = False
                elif fills:
                    regency[i], filled[i] = self.pemda, True
        return filled


class _Block:
    """A block of rows as columns, and which rows are still plain."""

    def __init__(self, block: list[tuple[int, list[Any]]], column_of: dict[str, int]):
        cells = [cells for _, cells in block]
        self.n, self.column_of = len(cells), column_of
        even = len(set(map(len, cells))) == 1
        self.columns = list(zip(*cells, strict=True) if even else zip_longest(*cells))
        self.ok = [True] * self.n

    def column(self, name: str) -> Sequence[Any] | None:
        """The cells of a field's column (None when no column is mapped to it)."""
        col = self.column_of.get(name)
        if col is None:
            return None
        return self.columns[col] if col < len(self.columns) else (None,) * self.n

    def refuse(self, verdicts: Sequence[Any]) -> None:
        """Rows whose verdict is NOT_PLAIN go the row-by-row way."""
        if NOT_PLAIN in verdicts:
            ok = self.ok
            for i, verdict in enumerate(verdicts):
                if verdict is NOT_PLAIN:
                    ok[i] = False


def _missing(ordered: dict[str, Sequence[Any]], kept: list[tuple], none: list[None]) -> Sequence[tuple[str, ...]]:
    """Per row, the registration fields it lacks: the same for every row unless a column has blanks."""
    if all(ordered[name] is none or None not in ordered[name] for name, _ in _REGISTRATION):
        lacking = tuple(name for name, _ in _REGISTRATION if ordered[name] is none)
        return [lacking] * len(kept)
    return [tuple(name for name, i in _REGISTRATION if values[i] is None or values[i] == "") for values in kept]


def _start_month(cell: Any, last_start: int) -> Any:
    month = convert.month_cell(cell, "start_month")
    if month is None:
        return None
    clean = _text(month)
    if not is_month(clean) or int(clean[:4]) * 12 + int(clean[5:7]) - 1 > last_start:
        return NOT_PLAIN
    return clean


def _sponsor(cell: Any, sponsors: dict[str, tuple[int, str]]) -> Any:
    nip = convert.identifier(cell, "sponsor_nip", "NIP")
    if not nip:
        return None
    found = sponsors.get(strip_separators(nip))
    if found is None or found[1] == "ended":
        return NOT_PLAIN
    return found[0] or None


def _known_region(code: str) -> bool:
    return len(code) == 6 and nik_rules._known_region(code) is not None


def _nik_birth(part: str, today: dt.date, item: int) -> Any:
    """As domain.nik reads a NIK's digits 7-12: the sex (day + 40 for women, item 0) or the ISO birth
    date (item 1); NOT_PLAIN when they give no real date."""
    if len(part) != 6 or not part.isdigit():
        return NOT_PLAIN
    day, month, yy = int(part[:2]), int(part[2:4]), int(part[4:6])
    sex = "L"
    if day > 40:
        sex, day = "P", day - 40
    if day < 1:
        return NOT_PLAIN
    try:
        born = dt.date(2000 + yy if yy <= today.year % 100 else 1900 + yy, month, day)
    except ValueError:
        return NOT_PLAIN
    return (sex, born.isoformat())[item]


def _age_fits(key: tuple[Any, Any], today: dt.date, age_bounds: tuple[int, int] | None) -> bool:
    iso, start = key
    if iso is NOT_PLAIN or start is NOT_PLAIN:
        return False
    born = dt.date.fromisoformat(iso)
    on = first_day(start) if start else today
    fits = not check_child(born, on) and not (check_age(born, start) if start else [])
    if fits and not start:
        fits = age_now_warning(born, today, age_bounds) is None
    return fits
