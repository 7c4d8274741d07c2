"""Words a clerk reads for the database's table and column names in bundle summaries and conflicts.

The field registry (rentan_desktop/fields, being built) will carry labels for every synced field;
until the UI reads them from there, these are the translated names of what bundles carry. An
unknown name is shown with its underscores as spaces rather than hidden."""

from __future__ import annotations

from rentan_desktop.ui.qt import QCoreApplication

translate = QCoreApplication.translate


def _tables() -> dict[str, str]:
    return {
        "opds": translate("SyncLabels", "OPDs"),
        "sponsors": translate("SyncLabels", "Sponsors"),
        "workers": translate("SyncLabels", "Workers"),
        "payments": translate("SyncLabels", "Payments"),
        "rate_tables": translate("SyncLabels", "Contribution rates"),
        "duplicate_decisions": translate("SyncLabels", "Duplicate NIK decisions"),
        "duplicate_flags": translate("SyncLabels", "Duplicate NIK reports"),
        "settings": translate("SyncLabels", "Settings"),
    }


def _fields() -> dict[str, str]:
    return {
        "nik": "NIK", "nip": "NIP", "kpj": "KPJ",
        "name": translate("SyncLabels", "Name"),
        "gender": translate("SyncLabels", "Sex"),
        "birth_place": translate("SyncLabels", "Birth place"),
        "birth_date": translate("SyncLabels", "Birth date"),
        "mother_name": translate("SyncLabels", "Mother's maiden name"),
        "phone": translate("SyncLabels", "Phone"),
        "street": translate("SyncLabels", "Street"),
        "rt": "RT", "rw": "RW",
        "village": translate("SyncLabels", "Village"),
        "district": translate("SyncLabels", "District"),
        "regency": translate("SyncLabels", "Regency/city"),
        "occupation": translate("SyncLabels", "Occupation"),
        "work_location": translate("SyncLabels", "Work location"),
        "declared_income": translate("SyncLabels", "Declared income"),
        "jht": "JHT",
        "start_month": translate("SyncLabels", "Start month"),
        "status": translate("SyncLabels", "Status"),
        "ended_on": translate("SyncLabels", "End date"),
        "end_reason": translate("SyncLabels", "End reason"),
        "sponsor_id": translate("SyncLabels", "Sponsor"),
        "sponsor_uid": translate("SyncLabels", "Sponsor"),
        "relationship": translate("SyncLabels", "Relationship to sponsor"),
        "heir_name": translate("SyncLabels", "Heir"),
        "heir_relationship": translate("SyncLabels", "Heir relationship"),
        "position": translate("SyncLabels", "Position"),
        "position_level": translate("SyncLabels", "Position level"),
        "eselon": translate("SyncLabels", "Echelon"),
        "kind": translate("SyncLabels", "Type"),
        "paid_through": translate("SyncLabels", "Paid through"),
        "bpjs_status": translate("SyncLabels", "BPJS registration"),
        "month": translate("SyncLabels", "Month"),
        "amount": translate("SyncLabels", "Amount"),
        "method": translate("SyncLabels", "Method"),
        "paid_on": translate("SyncLabels", "Paid on"),
        "reference": translate("SyncLabels", "Reference"),
        "head_name": translate("SyncLabels", "Head of the OPD"),
        "head_nip": translate("SyncLabels", "NIP of the head"),
        "contact": translate("SyncLabels", "Contact"),
        "address": translate("SyncLabels", "Address"),
        "asn_count": translate("SyncLabels", "Number of ASN"),
        "age_override_reason": translate("SyncLabels", "Reason for age exception"),
    }


def table_label(name: str) -> str:
    """A synced table in the clerk's words; the core registry's name (the holiday calendar, income
    brackets) for a table this list lacks, never the raw table name (QA walk r5, 16)."""
    from rentan_desktop.fields import table_label as core_label

    return _tables().get(name) or core_label(name).replace("_", " ")


def field_label(name: str) -> str:
    return _fields().get(name, name.replace("_", " "))
