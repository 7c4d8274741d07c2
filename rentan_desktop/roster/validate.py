"""Turning a form or a spreadsheet row into a clean record, with findings per field."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from rentan_desktop import fields
from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.digits import strip_separators
from rentan_desktop.domain.issues import Findings
from rentan_desktop.domain.months import first_day, is_month, month_text
from rentan_desktop.domain.nik import check_nik
from rentan_desktop.domain.nip import check_nip
from rentan_desktop.domain.phone import normalize_phone
from rentan_desktop.domain.policy import DEFAULT_DECLARED_INCOME, check_age, check_child
from rentan_desktop.domain.vocab import (
    GENDERS,
    HEIR_RELATIONSHIPS,
    POSITION_LEVELS,
    RELATIONSHIPS,
    SPONSOR_KINDS,
)
from rentan_desktop.fields.checks import latin_letters, printable, value_problem
from rentan_desktop.i18n import translate
from rentan_desktop.roster.convert import all_safe, placeholder, unsafe_text, without_invisible
from rentan_desktop.roster.memo import Memo
from rentan_desktop.store import clock

SPONSOR_FIELDS = ("kind", "nip", "name", "position", "position_level", "eselon", "gender",
                  "birth_date", "phone")
WORKER_FIELDS = ("sponsor_id", "relationship", "nik", "name", "birth_place", "birth_date", "gender",
                 "mother_name", "phone", "street", "rt", "rw", "village", "district", "regency",
                 "occupation", "work_location", "declared_income", "jht", "heir_name",
                 "heir_relationship", "start_month", "kpj", "age_override_reason")


# A start month further ahead than this is a typing mistake (a year typed wrong), not a plan.
START_MONTHS_AHEAD = 12


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = value if type(value) is str else str(value)
    if not text.isascii():
        text = without_invisible(text)
    return " ".join(text.split()) or None


# Texts a list repeats (places, dates, codes): each distinct one cleaned once. Names, streets,
# identifiers and phone numbers are nearly all different, so they are cleaned as they come.
_UNIQUE_TEXTS = frozenset({"nip", "nik", "name", "mother_name", "street", "heir_name", "phone", "kpj",
                           "position", "age_override_reason"})
_TEXTS = Memo(_text, limit=50_000)  # birth dates alone: up to ~15,000 distinct
_DATES = Memo(parse_date, limit=50_000)


def _clean_texts(data: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    texts, unique = _TEXTS, _UNIQUE_TEXTS
    return {k: texts[value] if type(value := data.get(k)) is str and k not in unique
            else None if value is None else _text(value) for k in names}


def _check_texts(findings: Findings, data: dict[str, Any], clean: dict[str, Any]) -> None:
    """Refuse direction overrides and control characters as typed, naming which one."""
    if all_safe([raw for raw in data.values() if type(raw) is str]):
        return  # the usual row: one search over every text typed (those checked below are among them)
    typed = [(name, raw) for name, value in clean.items()
             if isinstance(value, str) and isinstance(raw := data.get(name), str)]
    for name, raw in typed:
        problem = unsafe_text(raw)
        if problem:
            findings.error(name, problem, "control")


@functools.cache
def _text_fields(table: str) -> dict[str, fields.Field]:
    return {f.column: f for f in fields.fields_of(table) if f.kind == "text"}


@functools.cache
def _length_limits(table: str) -> dict[str, float]:
    return {name: fld.max_length if fld.max_length is not None else float("inf")
            for name, fld in _text_fields(table).items()}


@functools.cache
def _limit_items(table: str) -> tuple[tuple[str, float], ...]:
    return tuple(_length_limits(table).items())


def _registry_limits(findings: Findings, clean: dict[str, Any], table: str) -> bool:
    """Lengths and control characters as the field registry has them: what a bundle may carry.

    Returns whether every registered text is ASCII (then no letter of another alphabet can hide in it)."""
    values, too_long = [], False
    for name, limit in _limit_items(table):  # in the registry's order, as the checks below go
        value = clean.get(name)
        if type(value) is str or isinstance(value, str):
            values.append(value)
            too_long = too_long or len(value) > limit
    joined = " ".join(values)
    if not too_long and joined.isprintable():
        return joined.isascii()  # the usual row: nothing too long, nothing unprintable
    limits = _length_limits(table)
    texts = [(name, value) for name, value in clean.items() if name in limits and isinstance(value, str)]
    registered = _text_fields(table)
    # One message per problem: a field whose value is already refused (a NIP with a wrong
    # appointment month, an RT of letters) is not also "too long" because it could not be cleaned.
    flagged = {i.field for i in findings.issues if i.code == "control" or i.is_error}
    for name, value in texts:
        fld = registered[name]
        if name in flagged:
            continue
        if fld.max_length is not None and len(value) > fld.max_length:
            findings.error(name, translate("validate", "{label} is longer than {limit} characters.").format(
                label=fld.label, limit=fld.max_length), "length")
        elif printable(value):
            findings.error(name, translate("validate", "{label} contains control characters.").format(
                label=fld.label), "control")
    return joined.isascii()


def _look_alikes(findings: Findings, clean: dict[str, Any], table: str) -> None:
    """Names with a letter of another alphabet that looks Latin: the registry's check, as bundles get it."""
    if all(value.isascii() for value in clean.values() if type(value) is str):
        return  # the usual row: no letter of another alphabet anywhere
    for name, fld in _text_fields(table).items():
        value = clean.get(name)
        if isinstance(value, str) and not value.isascii() and latin_letters in fld.checks:
            problem = latin_letters(value)
            if problem:
                findings.error(name, f"{fld.label}: {problem}", "script")


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _swap_hint(given: dt.date | None, expected: dt.date | None) -> str:
    """When swapping day and month of the given date gives the NIK's date, say so."""
    if not given or not expected or given.day > 12:
        return ""
    try:
        swapped = given.replace(day=given.month, month=given.day)
    except ValueError:
        return ""
    if swapped != expected:
        return ""
    return " " + translate("validate", "Day and month look swapped ({given} read as day/month); check the "
                                       "spreadsheet's date format.").format(given=given.strftime("%d/%m/%Y"))


def _typed_date(findings: Findings, data: dict[str, Any], field: str) -> None:
    """A date typed or imported that is no real day (31/02/1960) is said, whatever else is wrong."""
    text = data.get(field)
    if isinstance(text, str) and text.strip() and parse_date(text) is None:
        findings.error(field, translate("validate", "{text} is not a real date: type the day, month and year as "
                                                    "on the KTP, like 17/08/1980.").format(text=text.strip()),
                       "date")


def _required(findings: Findings, clean: dict, field: str, label: str) -> None:
    if not clean.get(field):
        findings.error(field, translate("validate", "{label} is required.").format(label=label), "required")


def validate_sponsor(data: dict[str, Any]) -> tuple[dict[str, Any], Findings]:
    findings = Findings()
    clean = _clean_texts(data, SPONSOR_FIELDS)
    _check_texts(findings, data, clean)
    _placeholders_blank(clean, ("phone",))
    kind = clean["kind"] or "pns"
    clean["kind"] = kind
    if kind not in SPONSOR_KINDS:
        findings.error("kind", translate("validate", "Unknown sponsor type '{value}'.").format(value=kind))
    _required(findings, clean, "name", translate("validate", "Name"))
    level = clean["position_level"] or "staff"
    clean["position_level"] = level
    if level not in POSITION_LEVELS:
        findings.error("position_level", translate("validate", "Unknown position level '{value}'.").format(value=level))
    if kind in ("pns", "pppk"):
        _civil_servant_nip(findings, data, clean, kind)
    else:
        _other_sponsor_nip(findings, data, clean)
    if clean["gender"] and clean["gender"] not in GENDERS:
        findings.error("gender", translate("validate", "Sex must be L or P."))
    _typed_date(findings, data, "birth_date")
    _phone(findings, clean)
    if not _registry_limits(findings, clean, "sponsors"):
        _look_alikes(findings, clean, "sponsors")
    return clean, findings


def _civil_servant_nip(findings: Findings, data: dict[str, Any], clean: dict[str, Any], kind: str) -> None:
    """A PNS/PPPK needs a valid NIP; its sex and birth date come from it (and must agree)."""
    if not clean["nip"]:
        findings.error("nip", translate("validate", "A civil servant (PNS/PPPK) needs an 18-digit NIP."), "required")
        return
    nip = check_nip(clean["nip"], expected_kind=kind)
    findings.extend(nip.issues)
    if not nip.valid:
        return
    clean["nip"] = nip.nip
    if clean["gender"] and clean["gender"] != nip.gender:
        findings.error("gender", translate("validate", "Sex does not match the NIP."), "nip_gender")
    clean["gender"] = nip.gender
    given = parse_date(data.get("birth_date"))
    if given and nip.birth_date and given != nip.birth_date:
        findings.error("birth_date", translate("validate", "Birth date does not match the NIP."), "nip_birth")
    clean["birth_date"] = nip.birth_date.isoformat() if nip.birth_date else None


def _other_sponsor_nip(findings: Findings, data: dict[str, Any], clean: dict[str, Any]) -> None:
    """Non-ASN, APBD and CSR sponsors may have a NIP; when given it must be valid."""
    if clean["nip"]:
        nip = check_nip(clean["nip"])
        if nip.valid:
            clean["nip"] = nip.nip
        else:
            findings.extend(nip.issues)
    born = parse_date(data.get("birth_date"))
    clean["birth_date"] = born.isoformat() if born else None


def _placeholders_blank(clean: dict[str, Any], names: tuple[str, ...]) -> None:
    """An optional field written as 'nothing' ('-', '0' for a phone, 'tidak ada') is blank, in the forms as
    in the import (QA walk r5, 7: the form refused RW '-' and HP '0', which the import took as empty)."""
    for name in names:
        if clean.get(name) and placeholder(clean[name], name):
            clean[name] = None


def _phone(findings: Findings, clean: dict[str, Any]) -> None:
    phone, issues = normalize_phone(clean["phone"])
    findings.extend(issues)
    clean["phone"] = phone


def validate_worker(data: dict[str, Any], today: dt.date | None = None,
                    age_bounds: tuple[int, int] | None = None) -> tuple[dict[str, Any], Findings]:
    """`age_bounds`: Disnaker's rule for the start month (payments.rules); the shipped 18..<65 if None."""
    findings = Findings()
    clean = _clean_texts(data, WORKER_FIELDS)
    _check_texts(findings, data, clean)
    clean["sponsor_id"] = data.get("sponsor_id") or None
    _placeholders_blank(clean, ("phone", "rt", "rw"))
    if not clean["name"]:
        _required(findings, clean, "name", translate("validate", "Name"))
    _worker_nik(findings, data, clean, today)
    _typed_date(findings, data, "birth_date")
    # The mother's maiden name is needed to register with BPJS, not to keep the worker: a worker
    # without it stays a draft and the roster lists it as missing (roster.readiness).
    _phone(findings, clean)
    _declared_income(findings, data, clean)
    clean["jht"] = 1 if data.get("jht") in (1, True, "1", "ya", "Ya", "YA", "yes") else 0
    if clean["kpj"]:  # BPJS's card number, stored as digits: the rule the sync checks too (fields registry)
        clean["kpj"] = strip_separators(clean["kpj"])
        problem = value_problem(fields.field("workers", "kpj"), clean["kpj"])
        if problem:
            findings.error("kpj", translate("validate", "KPJ: {reason}").format(reason=problem))
    _start_month(findings, clean, today)
    _relationships(findings, clean)
    _rt_rw(findings, clean)
    if clean["birth_date"]:
        born = dt.date.fromisoformat(clean["birth_date"])
        on = first_day(clean["start_month"]) if clean["start_month"] else (today or clock.today())
        child = check_child(born, on)
        findings.extend(child)  # no reason for an exception reaches below 15
        age_issues = check_age(born, clean["start_month"], bounds=age_bounds) if clean["start_month"] else []
        if age_issues and not child and not clean["age_override_reason"]:
            findings.extend(age_issues)
    if not _registry_limits(findings, clean, "workers"):
        _look_alikes(findings, clean, "workers")
    return clean, findings


def _worker_nik(findings: Findings, data: dict[str, Any], clean: dict[str, Any], today: dt.date | None) -> None:
    """The NIK, and the sex and birth date it carries (a typed value must agree with it)."""
    nik = check_nik(data.get("nik"), today=today)
    findings.extend(nik.issues)
    clean["nik"] = nik.nik
    if not nik.valid:
        born = parse_date(data.get("birth_date"))
        clean["birth_date"] = born.isoformat() if born else None
        return
    given_gender = clean["gender"]
    if given_gender and given_gender != nik.gender:
        findings.error("gender", translate("validate", "Sex does not match the NIK (the NIK says {value}).").format(
            value=nik.gender), "nik_gender")
    clean["gender"] = nik.gender
    given = data.get("birth_date")
    given_birth = _DATES[given] if type(given) is str else parse_date(given)
    if given_birth and nik.birth_date and given_birth != nik.birth_date:
        findings.error("birth_date", translate(
            "validate", "Birth date does not match the NIK (the NIK says {value}).").format(
            value=nik.birth_date.strftime("%d/%m/%Y")) + _swap_hint(given_birth, nik.birth_date), "nik_birth")
    clean["birth_date"] = nik.birth_date.isoformat() if nik.birth_date else None


def _declared_income(findings: Findings, data: dict[str, Any], clean: dict[str, Any]) -> None:
    income = data.get("declared_income")
    try:
        clean["declared_income"] = int(income) if income not in (None, "") else DEFAULT_DECLARED_INCOME
    except (TypeError, ValueError):
        findings.error("declared_income", translate("validate", "Declared income must be a whole Rupiah amount."))
        clean["declared_income"] = DEFAULT_DECLARED_INCOME
    if clean["declared_income"] <= 0:
        findings.error("declared_income", translate("validate", "Declared income must be more than zero."))


def _start_month(findings: Findings, clean: dict[str, Any], today: dt.date | None) -> None:
    if clean["start_month"] and not is_month(clean["start_month"]):
        findings.error("start_month", translate("validate", "Start month must look like 2026-11."))
    elif clean["start_month"]:
        now = today or clock.today()
        if _month_index(clean["start_month"]) - (now.year * 12 + now.month - 1) > START_MONTHS_AHEAD:
            findings.error("start_month", translate(
                "validate", "Start month {month} is more than {n} months ahead; check the year.").format(
                month=month_text(clean["start_month"]), n=START_MONTHS_AHEAD), "start_month_ahead")


def _relationships(findings: Findings, clean: dict[str, Any]) -> None:
    if clean["relationship"] and clean["relationship"] not in RELATIONSHIPS:
        findings.error("relationship", translate("validate", "Unknown relationship '{value}'.").format(
            value=clean["relationship"]))
    if clean["heir_relationship"] and clean["heir_relationship"] not in HEIR_RELATIONSHIPS:
        findings.error("heir_relationship", translate("validate", "Unknown heir relationship '{value}'.").format(
            value=clean["heir_relationship"]))


def _rt_rw(findings: Findings, clean: dict[str, Any]) -> None:
    for rt_rw in ("rt", "rw"):
        if clean[rt_rw]:
            digits = clean[rt_rw].lstrip("0") or "0"
            if not digits.isdigit() or len(digits) > 3:  # each under its own field
                findings.error(rt_rw, translate("validate", "RT must be a number of up to 3 digits.") if rt_rw == "rt"
                               else translate("validate", "RW must be a number of up to 3 digits."))
            else:
                clean[rt_rw] = f"{int(digits):03d}"
