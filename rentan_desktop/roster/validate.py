"""Turning a form or a spreadsheet row into a clean record, with findings per field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.issues import Findings
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
from rentan_desktop.i18n import translate

SPONSOR_FIELDS = ("kind", "nip", "name", "position", "position_level", "eselon", "gender",
                  "birth_date", "phone")
WORKER_FIELDS = ("sponsor_id", "relationship", "nik", "name", "birth_place", "birth_date", "gender",
                 "mother_name", "phone", "street", "rt", "rw", "village", "district", "regency",
                 "occupation", "work_location", "declared_income", "jht", "heir_name",
                 "heir_relationship", "start_month", "kpj", "age_override_reason")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _required(findings: Findings, clean: dict, field: str, label: str) -> None:
    if not clean.get(field):
        findings.error(field, translate("validate", "{label} is required.").format(label=label), "required")


def validate_sponsor(data: dict[str, Any]) -> tuple[dict[str, Any], Findings]:
    findings = Findings()
    clean: dict[str, Any] = {k: _text(data.get(k)) for k in SPONSOR_FIELDS}
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
        if not clean["nip"]:
            findings.error("nip", translate("validate", "A civil servant (PNS/PPPK) needs an 18-digit NIP."), "required")
        else:
            nip = check_nip(clean["nip"], expected_kind=kind)
            findings.extend(nip.issues)
            if nip.valid:
                clean["nip"] = nip.nip
                if clean["gender"] and clean["gender"] != nip.gender:
                    findings.error("gender", translate("validate", "Sex does not match the NIP."), "nip_gender")
                clean["gender"] = nip.gender
                given = parse_date(data.get("birth_date"))
                if given and nip.birth_date and given != nip.birth_date:
                    findings.error("birth_date", translate("validate", "Birth date does not match the NIP."), "nip_birth")
                clean["birth_date"] = nip.birth_date.isoformat() if nip.birth_date else None
    else:
        if clean["nip"]:
            nip = check_nip(clean["nip"])
            if nip.valid:
                clean["nip"] = nip.nip
            else:
                findings.extend(nip.issues)
        born = parse_date(data.get("birth_date"))
        clean["birth_date"] = born.isoformat() if born else None
    if clean["gender"] and clean["gender"] not in GENDERS:
        findings.error("gender", translate("validate", "Sex must be L or P."))
    phone, issues = normalize_phone(clean["phone"])
    findings.extend(issues)
    clean["phone"] = phone
    return clean, findings


def validate_worker(data: dict[str, Any], today: dt.date | None = None,
                    age_bounds: tuple[int, int] | None = None) -> tuple[dict[str, Any], Findings]:
    """`age_bounds`: Disnaker's rule for the start month (payments.rules); the shipped 18..<65 if None."""
    findings = Findings()
    clean: dict[str, Any] = {k: _text(data.get(k)) for k in WORKER_FIELDS}
    clean["sponsor_id"] = data.get("sponsor_id") or None
    _required(findings, clean, "name", translate("validate", "Name"))
    nik = check_nik(data.get("nik"), today=today)
    findings.extend(nik.issues)
    clean["nik"] = nik.nik
    if nik.valid:
        given_gender = clean["gender"]
        if given_gender and given_gender != nik.gender:
            findings.error("gender", translate("validate", "Sex does not match the NIK (the NIK says {value}).").format(
                value=nik.gender), "nik_gender")
        clean["gender"] = nik.gender
        given_birth = parse_date(data.get("birth_date"))
        if given_birth and nik.birth_date and given_birth != nik.birth_date:
            findings.error("birth_date", translate(
                "validate", "Birth date does not match the NIK (the NIK says {value}).").format(
                value=nik.birth_date.strftime("%d/%m/%Y")), "nik_birth")
        clean["birth_date"] = nik.birth_date.isoformat() if nik.birth_date else None
    else:
        born = parse_date(data.get("birth_date"))
        clean["birth_date"] = born.isoformat() if born else None
    _required(findings, clean, "mother_name", translate("validate", "Mother's maiden name"))
    phone, issues = normalize_phone(clean["phone"])
    findings.extend(issues)
    clean["phone"] = phone
    income = data.get("declared_income")
    try:
        clean["declared_income"] = int(income) if income not in (None, "") else 1_000_000
    except (TypeError, ValueError):
        findings.error("declared_income", translate("validate", "Declared income must be a whole Rupiah amount."))
        clean["declared_income"] = 1_000_000
    if clean["declared_income"] <= 0:
        findings.error("declared_income", translate("validate", "Declared income must be more than zero."))
    clean["jht"] = 1 if data.get("jht") in (1, True, "1", "ya", "Ya", "YA", "yes") else 0
    if clean["start_month"] and not is_month(clean["start_month"]):
        findings.error("start_month", translate("validate", "Start month must look like 2026-11."))
    if clean["relationship"] and clean["relationship"] not in RELATIONSHIPS:
        findings.error("relationship", translate("validate", "Unknown relationship '{value}'.").format(
            value=clean["relationship"]))
    if clean["heir_relationship"] and clean["heir_relationship"] not in HEIR_RELATIONSHIPS:
        findings.error("heir_relationship", translate("validate", "Unknown heir relationship '{value}'.").format(
            value=clean["heir_relationship"]))
    for rt_rw in ("rt", "rw"):
        if clean[rt_rw]:
            digits = clean[rt_rw].lstrip("0") or "0"
            if not digits.isdigit() or len(digits) > 3:
                findings.error(rt_rw, translate("validate", "RT/RW must be a number of up to 3 digits."))
            else:
                clean[rt_rw] = f"{int(digits):03d}"
    if clean["start_month"] and clean["birth_date"]:
        age_issues = check_age(dt.date.fromisoformat(clean["birth_date"]), clean["start_month"],
                               bounds=age_bounds)
        if age_issues and not clean["age_override_reason"]:
            findings.extend(age_issues)
    return clean, findings
