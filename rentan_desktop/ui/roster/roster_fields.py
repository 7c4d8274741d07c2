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


def field_label(key: str) -> str:
    labels = {
        "name": QCoreApplication.translate("RosterFields", "Name"), "nik": QCoreApplication.translate("RosterFields", "NIK"), "nip": QCoreApplication.translate("RosterFields", "NIP"), "kind": QCoreApplication.translate("RosterFields", "Employment type"),
        "position": QCoreApplication.translate("RosterFields", "Position"), "position_level": QCoreApplication.translate("RosterFields", "Position level"), "eselon": QCoreApplication.translate("RosterFields", "Echelon"),
        "gender": QCoreApplication.translate("RosterFields", "Sex"), "birth_place": QCoreApplication.translate("RosterFields", "Birth place"), "birth_date": QCoreApplication.translate("RosterFields", "Birth date"),
        "mother_name": QCoreApplication.translate("RosterFields", "Mother's maiden name"), "phone": QCoreApplication.translate("RosterFields", "Phone"), "street": QCoreApplication.translate("RosterFields", "Address"),
        "rt": QCoreApplication.translate("RosterFields", "RT"), "rw": QCoreApplication.translate("RosterFields", "RW"), "village": QCoreApplication.translate("RosterFields", "Village"), "district": QCoreApplication.translate("RosterFields", "District"),
        "regency": QCoreApplication.translate("RosterFields", "Regency/city"), "occupation": QCoreApplication.translate("RosterFields", "Occupation"), "work_location": QCoreApplication.translate("RosterFields", "Work location"),
        "declared_income": QCoreApplication.translate("RosterFields", "Declared income"), "jht": QCoreApplication.translate("RosterFields", "JHT"), "heir_name": QCoreApplication.translate("RosterFields", "Heir"),
        "heir_relationship": QCoreApplication.translate("RosterFields", "Heir relationship"), "sponsor_id": QCoreApplication.translate("RosterFields", "Sponsor"),
        "relationship": QCoreApplication.translate("RosterFields", "Relationship to sponsor"), "start_month": QCoreApplication.translate("RosterFields", "Start month"), "kpj": QCoreApplication.translate("RosterFields", "KPJ"),
        "status": QCoreApplication.translate("RosterFields", "Status"), "status_changed_on": QCoreApplication.translate("RosterFields", "Status since"), "ended_on": QCoreApplication.translate("RosterFields", "End date"),
        "end_reason": QCoreApplication.translate("RosterFields", "End reason"), "age_override_reason": QCoreApplication.translate("RosterFields", "Reason for age exception"),
        "submitted_on": QCoreApplication.translate("RosterFields", "Submitted on"), "bpjs_status": QCoreApplication.translate("RosterFields", "BPJS answer"), "bpjs_reason": QCoreApplication.translate("RosterFields", "BPJS reason"),
        "bpjs_start_date": QCoreApplication.translate("RosterFields", "BPJS start date"), "paid_through": QCoreApplication.translate("RosterFields", "Paid through"),
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
        return QCoreApplication.translate("RosterFields", "Yes") if value in (1, True, "1") else QCoreApplication.translate("RosterFields", "No")
    return str(value)
