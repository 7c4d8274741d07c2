"""Is a worker ready to be registered with BPJS? One list of what a BPU registration needs.

The roster (a "ready / data missing" column and filter), the importer (drafts that list
what is missing) and the BPJS registration export (who is held back and why) all read the
field registry's bpjs_required fields, so a worker shown as ready really goes into the export.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rentan_desktop import fields

# What the branch needs to register a BPU worker: the registry's bpjs_required fields.
REGISTRATION_FIELDS = fields.bpjs_required("workers")


def missing_fields(worker: Mapping[str, Any]) -> list[str]:
    """The registration fields a worker record (or a clean import row) still lacks."""
    missing = [f for f in REGISTRATION_FIELDS if worker.get(f) in (None, "")]
    if worker.get("sponsor_status") == "ended" and "sponsor_id" not in missing:
        missing.append("sponsor_id")  # the export holds back a worker whose sponsor has ended
    return missing


def field_label(name: str) -> str:
    return fields.label("workers", name)


def describe_missing(names: list[str]) -> str:
    return ", ".join(field_label(f) for f in names)


def incomplete_sql(alias: str = "w") -> str:
    """SQL true for a worker lacking any registration field (the roster's 'data missing' filter)."""
    blanks = " OR ".join(f"{alias}.{f} IS NULL OR {alias}.{f} = ''" for f in REGISTRATION_FIELDS)
    return f"({blanks} OR {alias}.sponsor_id IN (SELECT id FROM sponsors WHERE status = 'ended'))"


def ready_sql(alias: str = "w") -> str:
    """SQL true for a draft the BPJS registration file would take: complete and without a KPJ.

    A worker who already has a KPJ is a BPJS member: the registration export
    (disnaker/bpjs_export.py) never takes him, so he is never "ready to register" either."""
    return f"({alias}.status = 'draft' AND coalesce({alias}.kpj, '') = '' AND NOT {incomplete_sql(alias)})"


def has_kpj(worker: Mapping[str, Any]) -> bool:
    return bool((worker.get("kpj") or "").strip())


def pending_incomplete_sql(alias: str = "w") -> str:
    """SQL true for a worker still to be registered (current, no KPJ, not yet sent to BPJS) who
    lacks a registration field: what the home screen counts and its roster filter shows."""
    return (f"{alias}.status IN ('draft', 'submitted', 'active') AND coalesce({alias}.kpj, '') = '' "
            f"AND {alias}.bpjs_status IS NULL AND {incomplete_sql(alias)}")
