"""Labels and display text for roster fields, shared by the dialogs and the history view."""

from __future__ import annotations

from typing import Any

from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.nip import format_nip
from rentan_desktop.domain.phone import display_phone
from rentan_desktop.domain.vocab import (
    gender_label,
    heir_relationship_label,
    position_level_label,
    relationship_label,
    sponsor_kind_label,
    worker_status_label,
)
from rentan_desktop.ui.qt import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterFields", text)


def field_label(key: str) -> str:
    labels = {
        "name": _t("Name"), "nik": _t("NIK"), "nip": _t("NIP"), "kind": _t("Employment type"),
        "position": _t("Position"), "position_level": _t("Position level"), "eselon": _t("Echelon"),
        "gender": _t("Sex"), "birth_place": _t("Birth place"), "birth_date": _t("Birth date"),
        "mother_name": _t("Mother's maiden name"), "phone": _t("Phone"), "street": _t("Address"),
        "rt": _t("RT"), "rw": _t("RW"), "village": _t("Village"), "district": _t("District"),
        "regency": _t("Regency/city"), "occupation": _t("Occupation"), "work_location": _t("Work location"),
        "declared_income": _t("Declared income"), "jht": _t("JHT"), "heir_name": _t("Heir"),
        "heir_relationship": _t("Heir relationship"), "sponsor_id": _t("Sponsor"),
        "relationship": _t("Relationship to sponsor"), "start_month": _t("Start month"), "kpj": _t("KPJ"),
        "status": _t("Status"), "status_changed_on": _t("Status since"), "ended_on": _t("End date"),
        "end_reason": _t("End reason"), "age_override_reason": _t("Reason for age exception"),
        "submitted_on": _t("Submitted on"), "bpjs_status": _t("BPJS answer"), "bpjs_reason": _t("BPJS reason"),
        "bpjs_start_date": _t("BPJS start date"), "paid_through": _t("Paid through"),
    }
    return labels.get(key, key)


def value_text(key: str, value: Any) -> str:
    """A stored value as the operator reads it (dates 29/11/2022, Rp16.800, grouped NIP)."""
    if value is None or value == "":
        return ""
    if key in ("birth_date", "ended_on", "status_changed_on", "submitted_on", "bpjs_start_date"):
        return format_date(str(value))
    if key == "declared_income":
        return rupiah(int(value))
    if key == "nip":
        return format_nip(str(value))
    if key == "phone":
        return display_phone(str(value))
    if key == "gender":
        return gender_label(str(value))
    if key == "kind":
        return sponsor_kind_label(str(value))
    if key == "position_level":
        return position_level_label(str(value))
    if key == "status":
        return worker_status_label(str(value))
    if key == "relationship":
        return relationship_label(str(value))
    if key == "heir_relationship":
        return heir_relationship_label(str(value))
    if key == "jht":
        return _t("Yes") if value in (1, True, "1") else _t("No")
    return str(value)
