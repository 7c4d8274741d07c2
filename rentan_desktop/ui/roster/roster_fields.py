"""Labels and display text for roster fields, shared by the dialogs and the history view."""

from __future__ import annotations

from collections.abc import Callable
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


def _yes_no(value: Any) -> str:
    return (QCoreApplication.translate("RosterFields", "Yes") if value in (1, True, "1")
            else QCoreApplication.translate("RosterFields", "No"))


_DATES = ("birth_date", "ended_on", "status_changed_on", "submitted_on", "bpjs_start_date")
_FORMATS: dict[str, Callable[[Any], str]] = {
    **{key: lambda v: format_date(str(v)) for key in _DATES},
    "declared_income": lambda v: rupiah(int(v)),
    "nip": lambda v: format_nip(str(v)),
    "phone": lambda v: display_phone(str(v)),
    "gender": lambda v: gender_label(str(v)),
    "kind": lambda v: sponsor_kind_label(str(v)),
    "position_level": lambda v: position_level_label(str(v)),
    "status": lambda v: worker_status_label(str(v)),
    "relationship": lambda v: relationship_label(str(v)),
    "heir_relationship": lambda v: heir_relationship_label(str(v)),
    "jht": _yes_no,
}


def value_text(key: str, value: Any) -> str:
    """A stored value as the operator reads it (dates 29/11/2022, Rp16.800, grouped NIP)."""
    if value is None or value == "":
        return ""
    return _FORMATS.get(key, str)(value)
