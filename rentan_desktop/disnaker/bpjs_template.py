"""The column layout of the registration file sent to the BPJS branch, kept in settings.

Branches differ in what their collective-registration sheet looks like, so Disnaker edits
the order and header text of the columns and how dates and phone numbers are written. The
default follows the branch forms seen for government-sponsored BPU registration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.vocab import heir_relationship_label, relationship_label, sponsor_kind_label
from rentan_desktop.i18n import translate
from rentan_desktop.store import settings

SETTING = "bpjs_registration_template"

DATE_FORMATS = {"dd/mm/yyyy": "%d/%m/%Y", "dd-mm-yyyy": "%d-%m-%Y", "yyyy-mm-dd": "%Y-%m-%d",
                "excel": ""}  # "excel": a real date cell shown as dd/mm/yyyy
PHONE_FORMATS = ("08", "62", "+62")


def _address(w: dict[str, Any]) -> str:
    parts = [w.get("street") or ""]
    if w.get("rt") or w.get("rw"):
        parts.append(f"RT {w.get('rt') or '-'}/RW {w.get('rw') or '-'}")
    parts += [w.get("village") or "", w.get("district") or "", w.get("regency") or ""]
    return ", ".join(p for p in parts if p)


def _programmes(w: dict[str, Any]) -> str:
    return "JKK, JKM, JHT" if w.get("jht") else "JKK, JKM"


# field -> (label for the editor, value from a worker row joined with sponsor and OPD)
FIELDS: dict[str, tuple[Callable[[], str], Callable[[dict[str, Any]], Any]]] = {
    "no": (lambda: translate("bpjs_template", "Row number"), lambda w: w["_no"]),
    "nik": (lambda: translate("bpjs_template", "NIK"), lambda w: w["nik"]),
    "name": (lambda: translate("bpjs_template", "Full name"), lambda w: w["name"]),
    "birth_place": (lambda: translate("bpjs_template", "Place of birth"), lambda w: w["birth_place"]),
    "birth_date": (lambda: translate("bpjs_template", "Date of birth"), lambda w: ("date", w["birth_date"])),
    "gender": (lambda: translate("bpjs_template", "Sex (L/P)"), lambda w: w["gender"]),
    "mother_name": (lambda: translate("bpjs_template", "Mother's maiden name"), lambda w: w["mother_name"]),
    "phone": (lambda: translate("bpjs_template", "Mobile phone"), lambda w: ("phone", w["phone"])),
    "address": (lambda: translate("bpjs_template", "Address (one cell)"), _address),
    "street": (lambda: translate("bpjs_template", "Street"), lambda w: w["street"]),
    "rt": (lambda: translate("bpjs_template", "RT"), lambda w: w["rt"]),
    "rw": (lambda: translate("bpjs_template", "RW"), lambda w: w["rw"]),
    "village": (lambda: translate("bpjs_template", "Village (kelurahan/desa)"), lambda w: w["village"]),
    "district": (lambda: translate("bpjs_template", "District (kecamatan)"), lambda w: w["district"]),
    "regency": (lambda: translate("bpjs_template", "Regency/city"), lambda w: w["regency"]),
    "occupation": (lambda: translate("bpjs_template", "Occupation"), lambda w: w["occupation"]),
    "work_location": (lambda: translate("bpjs_template", "Work location"), lambda w: w["work_location"]),
    "declared_income": (lambda: translate("bpjs_template", "Declared income"), lambda w: w["declared_income"]),
    "programmes": (lambda: translate("bpjs_template", "Programmes"), _programmes),
    "start_month": (lambda: translate("bpjs_template", "First month covered"),
                    lambda w: ("date", f"{w['start_month']}-01") if w.get("start_month") else None),
    "heir_name": (lambda: translate("bpjs_template", "Heir name"), lambda w: w["heir_name"]),
    "heir_relationship": (lambda: translate("bpjs_template", "Heir relationship"),
                          lambda w: heir_relationship_label(w["heir_relationship"]) if w["heir_relationship"] else ""),
    "sponsor_name": (lambda: translate("bpjs_template", "Sponsor name"), lambda w: w["sponsor_name"]),
    "sponsor_nip": (lambda: translate("bpjs_template", "Sponsor NIP"), lambda w: w["sponsor_nip"]),
    "sponsor_kind": (lambda: translate("bpjs_template", "Sponsor type"),
                     lambda w: sponsor_kind_label(w["sponsor_kind"]) if w["sponsor_kind"] else ""),
    "sponsor_position": (lambda: translate("bpjs_template", "Sponsor position"), lambda w: w["sponsor_position"]),
    "relationship": (lambda: translate("bpjs_template", "Relation to sponsor"),
                     lambda w: relationship_label(w["relationship"]) if w["relationship"] else ""),
    "opd_code": (lambda: translate("bpjs_template", "OPD code"), lambda w: w["opd_code"]),
    "opd_name": (lambda: translate("bpjs_template", "OPD name"), lambda w: w["opd_name"]),
    "worker_uid": (lambda: translate("bpjs_template", "Rentan reference"), lambda w: w["uid"]),
}

DEFAULT_COLUMNS = [
    ("no", "No"), ("nik", "NIK"), ("name", "Nama Lengkap"), ("birth_place", "Tempat Lahir"),
    ("birth_date", "Tanggal Lahir"), ("gender", "Jenis Kelamin"), ("mother_name", "Nama Ibu Kandung"),
    ("phone", "No. HP"), ("street", "Alamat"), ("rt", "RT"), ("rw", "RW"), ("village", "Kelurahan/Desa"),
    ("district", "Kecamatan"), ("regency", "Kabupaten/Kota"), ("occupation", "Jenis Pekerjaan"),
    ("work_location", "Lokasi Kerja"), ("declared_income", "Penghasilan"), ("programmes", "Program"),
    ("start_month", "Tanggal Mulai Kepesertaan"), ("heir_name", "Nama Ahli Waris"),
    ("heir_relationship", "Hubungan Ahli Waris"), ("sponsor_name", "Nama Pemberi Bantuan Iuran"),
    ("sponsor_nip", "NIP Pemberi Bantuan Iuran"), ("opd_name", "Perangkat Daerah"),
    ("relationship", "Hubungan dengan Pemberi"),
]


def default_template() -> dict[str, Any]:
    return {"columns": [{"field": f, "header": h} for f, h in DEFAULT_COLUMNS],
            "date_format": "dd/mm/yyyy", "phone_format": "08", "sheet_name": "Pendaftaran BPU"}


def validate_template(template: dict[str, Any]) -> dict[str, Any]:
    issues = []
    columns = template.get("columns") or []
    clean_columns = []
    seen = set()
    for col in columns:
        fld = col.get("field")
        header = " ".join(str(col.get("header") or "").split())
        if fld not in FIELDS:
            issues.append(Issue("columns", translate("bpjs_template", "Unknown column '{field}'.").format(field=fld)))
            continue
        if fld in seen:
            issues.append(Issue("columns", translate("bpjs_template", "The column '{header}' appears twice.").format(
                header=header or fld)))
        seen.add(fld)
        if not header:
            issues.append(Issue("columns", translate("bpjs_template", "Every column needs a header text.")))
        clean_columns.append({"field": fld, "header": header})
    if "nik" not in seen:
        issues.append(Issue("columns", translate("bpjs_template", "The NIK column is required: BPJS matches on it.")))
    if template.get("date_format") not in DATE_FORMATS:
        issues.append(Issue("date_format", translate("bpjs_template", "Unknown date format.")))
    if template.get("phone_format") not in PHONE_FORMATS:
        issues.append(Issue("phone_format", translate("bpjs_template", "Unknown phone format.")))
    sheet_name = " ".join(str(template.get("sheet_name") or "").split())[:31] or "Pendaftaran BPU"
    if any(c in sheet_name for c in "[]:*?/\\"):
        issues.append(Issue("sheet_name", translate("bpjs_template", "A sheet name cannot contain [ ] : * ? / \\")))
    if issues:
        raise ValidationError(issues)
    return {"columns": clean_columns, "date_format": template["date_format"],
            "phone_format": template["phone_format"], "sheet_name": sheet_name}


def load(db: sqlite_utils.Database) -> dict[str, Any]:
    stored = settings.get(db, SETTING, {}) or {}
    return {**default_template(), **stored} if stored else default_template()


def save(db: sqlite_utils.Database, operator: str, template: dict[str, Any]) -> dict[str, Any]:
    from rentan_desktop.store import audit

    clean = validate_template(template)
    with db.atomic():
        before = load(db)
        settings.put(db, SETTING, clean)
        audit.record(db, operator=operator, table="settings", uid=SETTING, action="update",
                     before={"template": before}, after={"template": clean})
    return clean


def format_phone(e164: str | None, style: str) -> str:
    if not e164:
        return ""
    digits = e164.lstrip("+")
    if digits.startswith("62"):
        local = digits[2:]
    else:
        local = digits.lstrip("0")
    return {"08": "0" + local, "62": "62" + local, "+62": "+62" + local}.get(style, "0" + local)


def format_date_text(iso: str | None, style: str) -> str:
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso[:10])
    return day.strftime(DATE_FORMATS.get(style) or "%d/%m/%Y")
