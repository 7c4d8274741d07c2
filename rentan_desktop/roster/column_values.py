"""One column's cells judged as the workers check's row-by-row rules would keep them (roster.column_check).

Each judge converts one cell the way roster.row_data does and cleans it the way roster.validate
does, and gives the value the record would keep, or NOT_PLAIN when the rules would have anything
to say about it (a refusal, a note, a warning, or a case this shortcut leaves to them). A column's
distinct texts and dates are judged once (Judged); texts that are nearly all different (names,
streets) are passed whole by a few searches over the joined column (plain_column).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
import string
from collections.abc import Callable, Sequence
from typing import Any

from rentan_desktop.domain import vocab
from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.phone import normalize_phone
from rentan_desktop.domain.policy import DEFAULT_DECLARED_INCOME
from rentan_desktop.roster import convert
from rentan_desktop.roster.validate import _text

NOT_PLAIN = object()  # a value the shortcut cannot vouch for: the row goes the row-by-row way

# A text the row-by-row conversion keeps exactly as written: printable ASCII, single spaces, none at
# either end, starting with a letter or digit no placeholder starts with (or too long to be one).
_SAFE_FIRST = "".join(c for c in string.ascii_letters + string.digits
                      if c.upper() not in convert._PLACEHOLDER_STARTS)
_PLAIN_TEXT = r"(?:[{first}]|(?=[A-Za-z0-9][ -~]{{{longest}}}))[!-~]*(?: [!-~]+)*"
ONE_NIK = re.compile(r"[0-9]{16}")


@functools.cache
def plain_text(limit: int) -> Callable[[str], Any]:
    shape = _PLAIN_TEXT.format(first=_SAFE_FIRST, longest=convert._LONGEST_PLACEHOLDER)
    return re.compile(rf"(?=[ -~]{{1,{limit}}}\Z){shape}").fullmatch


_SEP = "\x1f"  # joins a column's texts: never in a plain text
_FIRST = operator.itemgetter(0)
_SAFE_FIRSTS = frozenset(_SAFE_FIRST)
_RISKY_FIRSTS = frozenset(c for c in map(chr, range(128)) if c not in _SAFE_FIRSTS)


def plain_column(cells: Sequence[Any], limit: float) -> list[int] | None:
    """None unless every cell is printable ASCII with single inner spaces, none at either end, no cell
    empty or longer than `limit` (a few passes over the whole column); then the rows whose text starts
    as a placeholder may ("Nihil", "Tidak ada", but also "Budi"), to be judged one by one."""
    joined = joined_texts(cells)
    if joined is None or not joined.isascii() or not joined.replace(_SEP, "a").isprintable():
        return None
    if "  " in joined or f" {_SEP}" in joined or f"{_SEP} " in joined or joined[:1] == " " or joined[-1:] == " ":
        return None
    if min(map(len, cells)) == 0 or max(map(len, cells)) > limit:
        return None
    firsts = list(map(_FIRST, cells))
    if set(firsts) <= _SAFE_FIRSTS:
        return []
    return list(itertools.compress(range(len(cells)), map(_RISKY_FIRSTS.__contains__, firsts)))


NIKS = re.compile(rf"[0-9]{{16}}(?:{_SEP}[0-9]{{16}})*")
MOBILES = re.compile(rf"08[0-9]{{8,11}}(?:{_SEP}08[0-9]{{8,11}})*")


def joined_texts(cells: Sequence[Any]) -> str | None:
    """The column's cells joined by \x1f, None when one is not a text (or holds the separator)."""
    try:
        joined = _SEP.join(cells)
    except TypeError:
        return None
    return joined if joined.count(_SEP) == len(cells) - 1 else None


class Distinct(dict):
    """key -> fn(key), computed once per distinct key."""

    def __init__(self, fn: Callable[[Any], Any]):
        super().__init__()
        self.fn = fn

    def __missing__(self, key: Any) -> Any:
        result = self[key] = self.fn(key)
        return result


class Judged(dict):
    """value -> what the row-by-row rules keep of it (or NOT_PLAIN), judged once per distinct value.

    Texts, dates and None are remembered; numbers are judged each time (1, 1.0 and True are equal
    keys of a dict but different cells)."""

    _KEYED = frozenset({str, dt.date, dt.datetime, type(None)})

    def __init__(self, judge: Callable[[Any], Any]):
        super().__init__()
        self.judge = judge
        self.refused = False  # whether any value was ever NOT_PLAIN: until then no column needs a look

    def once(self, value: Any) -> Any:
        result = self.judge(value)
        if result is NOT_PLAIN:
            self.refused = True
        return result

    def __missing__(self, value: Any) -> Any:
        result = self[value] = self.once(value)
        return result

    def column(self, cells: Sequence[Any]) -> Sequence[Any]:
        """What the rules keep of each cell; the cells themselves when each is kept as it is written."""
        if len(self) > 200_000:
            self.clear()
        if set(map(type, cells)) <= self._KEYED:
            distinct = set(cells)
            if len(distinct) <= 256 and all(v is None and self[v] is None or type(v) is str and self[v] == v
                                             for v in distinct):
                return cells  # a column of places or RTs as the rules would write them: nothing to map
            return list(map(self.__getitem__, cells))
        keyed, once = self._KEYED, self.once
        return [self[v] if type(v) in keyed else once(v) for v in cells]


def safe(data: Any) -> bool:
    """A converted value the validator sees as typed: printable ASCII (no control, direction or
    look-alike characters, nothing for the registry's checks to say)."""
    return type(data) is str and data.isascii() and data.isprintable()


def refusing(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A judge whose conversion refusing the cell (Refused, or anything unexpected) means NOT_PLAIN."""
    @functools.wraps(fn)
    def judge(*args: Any) -> Any:
        try:
            return fn(*args)
        except Exception:  # noqa: BLE001 - Refused or another fault: the row-by-row path reports it
            return NOT_PLAIN
    return judge


def text_judge(name: str, limit: float, required: bool = False) -> Callable[[Any], Any]:
    """A text cell as row_data converts it (placeholders blank) and validate cleans it."""
    @refusing
    def judge(cell: Any) -> Any:
        if required and type(cell) is not str:  # the row's recognition wants a text name
            return NOT_PLAIN
        data = convert.number_text(cell, name)
        if data is None:
            return NOT_PLAIN if required else None
        if not safe(data):
            return NOT_PLAIN
        clean = _text(data)
        if clean is None:
            return NOT_PLAIN if required else None
        return clean if len(clean) <= limit else NOT_PLAIN
    return judge


def rt_rw_judge(name: str) -> Callable[[Any], Any]:
    @refusing
    def judge(cell: Any) -> Any:
        data = convert.rt_or_rw(cell, name)
        if data is None:
            return None
        if not safe(data):
            return NOT_PLAIN
        clean = _text(data)
        if clean is None or convert.placeholder(clean, name):
            return None
        digits = clean.lstrip("0") or "0"
        if not digits.isdigit() or len(digits) > 3:
            return NOT_PLAIN
        return f"{int(digits):03d}"
    return judge


@refusing
def phone(cell: Any) -> Any:
    if convert.landline(cell):  # the row-by-row path leaves it empty with a note
        return NOT_PLAIN
    data = convert.phone(cell)
    if data is None:
        return None
    if not safe(data):
        return NOT_PLAIN
    clean = _text(data)
    if clean is None or convert.placeholder(clean, "phone"):
        return None
    phone, issues = normalize_phone(clean)
    if issues or phone is None or len(phone) > 20 or not safe(phone):
        return NOT_PLAIN
    return phone


def code_judge(memo: Callable[[Any], Any], table: dict[str, str], allowed: tuple[str, ...]) -> Callable[[Any], Any]:
    """A relationship cell: a known code, or blank (anything recorded as Other with a note goes the long way)."""
    @refusing
    def judge(cell: Any) -> Any:
        code = memo(cell)
        if code is None:
            return None
        if code not in table.values() or not safe(code):
            return NOT_PLAIN
        clean = _text(code)
        return clean if clean in allowed else NOT_PLAIN
    return judge


@refusing
def gender(cell: Any) -> Any:
    return convert.gender(cell)


@refusing
def birth_date(cell: Any) -> Any:
    iso = convert.date_cell(cell, "birth_date")
    if iso is not None and parse_date(iso) != dt.date.fromisoformat(iso):
        return NOT_PLAIN
    return iso


@refusing
def income(cell: Any) -> Any:
    data = convert.income(cell)
    clean = int(data) if data not in (None, "") else DEFAULT_DECLARED_INCOME
    return clean if clean > 0 else NOT_PLAIN


@refusing
def jht(cell: Any) -> Any:
    if convert.placeholder(cell):
        return 0
    return 1 if convert.yes_no(cell) in (1, True) else 0


@refusing
def blank_only(cell: Any) -> Any:
    """A column whose filled cells always need the row-by-row path (a KPJ, TTL, RT/RW together)."""
    return None if convert.placeholder(cell) else NOT_PLAIN


@refusing
def kpj(cell: Any) -> Any:
    return None if convert.digits_text(cell, "kpj", "KPJ") is None else NOT_PLAIN


# Texts nearly all different (judged whole by plain_column) and texts a list repeats (each distinct judged once).
UNIQUE_TEXTS = ("name", "mother_name", "street", "heir_name")
REPEATED_TEXTS = ("birth_place", "village", "district", "regency", "occupation", "work_location")


def cell_judges(limits: dict[str, float], start_month: Callable[[Any], Any],
                sponsor: Callable[[Any], Any]) -> dict[str, Judged]:
    """A judge for each column a workers list may have (the start month and the sponsor depend on
    today and on the install: given by the caller)."""
    judges = {name: Judged(text_judge(name, limits[name], name == "name")) for name in UNIQUE_TEXTS}
    judges.update({name: Judged(text_judge(name, limits[name])) for name in REPEATED_TEXTS})
    relationship = functools.partial(convert.code, table=convert.RELATIONSHIPS,
                                     codes=("family", "neighbour", "household_helper", "driver", "other"))
    heir = functools.partial(convert.code, table=convert.HEIRS, codes=("spouse", "child", "parent", "sibling", "other"))
    judges.update({
        "rt": Judged(rt_rw_judge("rt")), "rw": Judged(rt_rw_judge("rw")), "phone": Judged(phone),
        "gender": Judged(gender), "birth_date": Judged(birth_date), "start_month": Judged(start_month),
        "declared_income": Judged(income), "jht": Judged(jht), "sponsor_nip": Judged(sponsor), "kpj": Judged(kpj),
        "relationship": Judged(code_judge(relationship, convert.RELATIONSHIPS, vocab.RELATIONSHIPS)),
        "heir_relationship": Judged(code_judge(heir, convert.HEIRS, vocab.HEIR_RELATIONSHIPS)),
        "birth_place_date": Judged(blank_only), "rt_rw": Judged(blank_only),
    })
    return judges
