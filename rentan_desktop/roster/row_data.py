"""One spreadsheet row (field -> cell) to the field values of a sponsor or worker record.

The cells are read by roster.convert (placeholders blank, echelons and employment types as
written, identifiers never repaired); a sponsor named by NIP is looked up among this OPD's
sponsors. Each function also says which fields the row itself gave, so a re-import updates
only those. `rentan roster edit-*` reads its --set values through the same functions.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from rentan_desktop.domain import regions
from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.i18n import translate
from rentan_desktop.roster import convert
from rentan_desktop.roster.convert import Refused
from rentan_desktop.roster.memo import Memo

_WORKER_TEXTS = ("name", "birth_place", "mother_name", "street", "village", "district", "regency",
                 "occupation", "work_location", "heir_name", "kpj", "rt", "rw")
# Texts a list repeats (places, occupations, RT/RW): each distinct one converted once (roster.memo).
# Names and streets are nearly all different: remembering them would only cost.
REPEATED_TEXTS = frozenset({"birth_place", "village", "district", "regency", "occupation", "work_location",
                            "rt", "rw"})
_RELATIONSHIP_CODES = ("family", "neighbour", "household_helper", "driver", "other")
_HEIR_CODES = ("spouse", "child", "parent", "sibling", "other")
_REPEATED_TEXT_OF = {name: Memo(functools.partial(convert.number_text, field_name=name)) for name in REPEATED_TEXTS}
_REPEATED_TEXT_OF.update({name: Memo(functools.partial(convert.rt_or_rw, field_name=name)) for name in ("rt", "rw")})
# Each text field with its memo (None: converted as it comes), in the order the record lists them.
_TEXT_PLAN = tuple((name, _REPEATED_TEXT_OF.get(name)) for name in _WORKER_TEXTS)
_BIRTH_DATE = Memo(functools.partial(convert.date_cell, field_name="birth_date"))
_START_MONTH = Memo(functools.partial(convert.month_cell, field_name="start_month"))
_GENDER = Memo(convert.gender)
_RELATIONSHIP = Memo(functools.partial(convert.code, table=convert.RELATIONSHIPS, codes=_RELATIONSHIP_CODES))
_HEIR = Memo(functools.partial(convert.code, table=convert.HEIRS, codes=_HEIR_CODES))


@dataclass
class RowContext:
    kind: str
    opd_id: int
    sponsors_by_nip: dict[str, tuple[int, str]]
    existing: dict[str, int]  # identifier -> id already in the install
    today: dt.date
    lost_column: bool = False
    # The install's Pemda and its regency code: the regency of a new worker whose row names a district
    # of it but no regency (DTKS and SIAK lists carry KECAMATAN only; QA walk r4, 5).
    pemda: str = ""
    pemda_code: str | None = None
    regency_filled: int = 0


def sponsor_data(cells: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Field values of a sponsor row and the fields the file itself gave."""
    data: dict[str, Any] = {}
    data["nip"] = convert.identifier(cells.get("nip"), "nip", "NIP")
    data["name"] = convert.number_text(cells.get("name"))
    data["position"] = convert.number_text(cells.get("position"))
    eselon, level = convert.echelon(cells.get("eselon"), cells.get("position"))
    if eselon or "position" in cells and data["position"]:
        data["eselon"], data["position_level"] = eselon, level
    data["kind"] = convert.sponsor_kind(cells.get("kind"))
    data["gender"] = convert.gender(cells.get("gender"))
    data["birth_date"] = convert.date_cell(cells.get("birth_date"), "birth_date")
    data["phone"] = convert.phone(cells.get("phone"))
    given = {k for k, v in data.items() if v not in (None, "")}
    if data["kind"] is None:
        digits = strip_separators(data["nip"] or "")
        data["kind"] = ("pppk" if len(digits) > 13 and digits[12] == "2" and digits[13] != "0" else "pns") \
            if digits else "non_asn"
    return data, given


def _texts(data: dict[str, Any], cells: dict[str, Any]) -> None:
    get, number_text = cells.get, convert.number_text
    for name, memo in _TEXT_PLAN:
        cell = get(name)
        if cell is None:  # an unmapped column (number_text gives None too)
            data[name] = None
        elif memo is not None and type(cell) is str:
            data[name] = memo[cell]
        else:
            data[name] = number_text(cell, name)


def worker_data(cells: dict[str, Any], ctx: RowContext) -> tuple[dict[str, Any], set[str], list[str]]:
    notes: list[str] = []
    data: dict[str, Any] = {}
    nik = convert.identifier(cells.get("nik"), "nik", "NIK")
    if nik and ctx.lost_column and isinstance(cells.get("nik"), str) and strip_separators(nik).endswith("0"):
        raise Refused("nik", translate(
            "importer", "Most NIKs in this column end in 0: the column went through a spreadsheet as numbers "
                        "and lost its last digit. Type this NIK again from the KTP."))
    data["nik"] = nik
    _texts(data, cells)
    data["kpj"] = convert.digits_text(cells.get("kpj"), "kpj", "KPJ")
    data["birth_date"] = _BIRTH_DATE(cells.get("birth_date"))
    if not convert.placeholder(cells.get("birth_place_date")):
        place, day = convert.place_and_date(cells["birth_place_date"])
        data["birth_place"] = data["birth_place"] or place
        data["birth_date"] = data["birth_date"] or day
    _rt_rw_column(cells, data, notes)
    data["gender"] = _GENDER(cells.get("gender"))
    data["phone"] = convert.phone(cells.get("phone"))
    data["declared_income"] = convert.income(cells.get("declared_income"))
    if not convert.placeholder(cells.get("jht")):
        data["jht"] = convert.yes_no(cells.get("jht"))
    data["start_month"] = _START_MONTH(cells.get("start_month"))
    relationship = _RELATIONSHIP(cells.get("relationship"))
    if relationship and relationship not in convert.RELATIONSHIPS.values():
        notes.append(translate("importer", "Relationship '{value}' recorded as Other.").format(value=relationship))
        relationship = "other"
    data["relationship"] = relationship
    heir = _HEIR(cells.get("heir_relationship"))
    if heir and heir not in convert.HEIRS.values():
        notes.append(translate("importer", "Heir relationship '{value}' recorded as Other.").format(value=heir))
        heir = "other"
    data["heir_relationship"] = heir
    sponsor_nip = convert.identifier(cells.get("sponsor_nip"), "sponsor_nip", "NIP")
    if sponsor_nip:
        found = ctx.sponsors_by_nip.get(strip_separators(sponsor_nip))
        if found is None:
            raise Refused("sponsor_nip", translate(
                "importer", "No sponsor with this NIP in this install; import or add the sponsor first."))
        if found[1] == "ended":
            raise Refused("sponsor_nip", translate("importer", "The sponsor with this NIP has ended sponsorship."))
        data["sponsor_id"] = found[0]
    given = {k for k, v in data.items() if v not in (None, "")}
    if not data["regency"] and data["district"] and ctx.pemda_code and strip_separators(nik or "") not in ctx.existing \
            and regions.district_in(str(data["district"]), ctx.pemda_code):
        data["regency"] = ctx.pemda  # filled in, not given: a re-import never overwrites with it
    return data, given, notes


def _rt_rw_column(cells: dict[str, Any], data: dict[str, Any], notes: list[str]) -> None:
    """One RT/RW column ('RT 02 RW 01', '002/001') fills RT and RW the row left empty."""
    if convert.placeholder(cells.get("rt_rw")):
        return
    both = convert.rt_and_rw(cells["rt_rw"])
    if both is None:
        notes.append(translate("importer", "RT/RW '{value}' is not written like 002/001: left empty.").format(
            value=convert.cell_text(cells["rt_rw"])))
    else:
        data["rt"], data["rw"] = data["rt"] or both[0], data["rw"] or both[1]
