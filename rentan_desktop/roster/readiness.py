"""Is a worker ready to be registered with BPJS? One list of what a BPU registration needs.

The roster (a "ready / data missing" column and filter), the importer (drafts that list
what is missing) and the BPJS registration export (who is held back and why) all read
REGISTRATION_FIELDS here, so a worker shown as ready really goes into the export.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rentan_desktop.i18n import translate

# What the branch needs to register a BPU worker (domain.md: "What a BPU registration holds").
REGISTRATION_FIELDS = ("nik", "name", "birth_place", "birth_date", "gender", "mother_name", "street", "village",
                       "district", "regency", "occupation", "start_month", "heir_name", "heir_relationship",
                       "sponsor_id")


def missing_fields(worker: Mapping[str, Any]) -> list[str]:
    """The registration fields a worker record (or a clean import row) still lacks."""
    return [f for f in REGISTRATION_FIELDS if worker.get(f) in (None, "")]


def field_label(name: str) -> str:
    return {
        "nik": translate("readiness", "NIK"), "name": translate("readiness", "name"),
        "birth_place": translate("readiness", "place of birth"),
        "birth_date": translate("readiness", "date of birth"), "gender": translate("readiness", "sex"),
        "mother_name": translate("readiness", "mother's maiden name"),
        "street": translate("readiness", "street"), "village": translate("readiness", "village"),
        "district": translate("readiness", "district"), "regency": translate("readiness", "regency/city"),
        "occupation": translate("readiness", "occupation"),
        "start_month": translate("readiness", "first month covered"),
        "heir_name": translate("readiness", "heir name"),
        "heir_relationship": translate("readiness", "heir relationship"),
        "sponsor_id": translate("readiness", "sponsor"),
    }.get(name, name)


def describe_missing(fields: list[str]) -> str:
    return ", ".join(field_label(f) for f in fields)


def incomplete_sql(alias: str = "w") -> str:
    """SQL true for a worker lacking any registration field (the roster's 'data missing' filter)."""
    return "(" + " OR ".join(f"{alias}.{f} IS NULL OR {alias}.{f} = ''" for f in REGISTRATION_FIELDS) + ")"
