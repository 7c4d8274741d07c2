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


def reregistering(worker: Mapping[str, Any]) -> bool:
    """Registered again after a lapse (payments/status.reregister): back to draft while BPJS's answer
    (and the KPJ) still belong to the membership that lapsed; the new registration is still to send."""
    return worker.get("status") == "draft" and worker.get("bpjs_status") == "accepted"


def awaiting_registration(worker: Mapping[str, Any]) -> bool:
    """Still to be registered with BPJS: current, no KPJ yet and not sent (nor answered) yet; or
    registered again after a lapse and not sent again yet."""
    if reregistering(worker):
        return True
    return (worker.get("status") != "ended" and not worker.get("kpj")
            and worker.get("bpjs_status") is None)


def missing_fields(worker: Mapping[str, Any]) -> list[str]:
    """The registration fields a worker record (or a clean import row) still lacks."""
    missing = [f for f in REGISTRATION_FIELDS if worker.get(f) in (None, "")]
    if worker.get("sponsor_status") == "ended" and "sponsor_id" not in missing:
        missing.append("sponsor_id")  # the export holds back a worker whose sponsor has ended
    return missing


def registration_state(worker: Mapping[str, Any]) -> str | None:
    """'ready' or 'incomplete' for a worker still to register (the registration export takes
    exactly the 'ready' ones), 'rejected' when BPJS refused the registration; None otherwise."""
    if worker.get("status") == "ended":
        return None
    if worker.get("bpjs_status") == "rejected" and (not worker.get("kpj") or worker.get("status") == "draft"):
        return "rejected"  # a rejected re-registration keeps the lapsed membership's KPJ
    if not awaiting_registration(worker):
        return None
    return "incomplete" if missing_fields(worker) else "ready"


def field_label(name: str) -> str:
    return fields.label("workers", name)


def describe_missing(names: list[str]) -> str:
    return ", ".join(field_label(f) for f in names)


def reregistering_sql(alias: str = "w") -> str:
    """SQL of reregistering()."""
    return f"({alias}.status = 'draft' AND {alias}.bpjs_status = 'accepted')"


def rejected_again_sql(alias: str = "w") -> str:
    """A draft whose registration BPJS rejected, a KPJ kept from a lapsed membership or not: the OPD
    corrects it and Disnaker sends it again when it sends the rejected ones again."""
    return f"({alias}.status = 'draft' AND {alias}.bpjs_status = 'rejected')"


def _awaiting_sql(alias: str) -> str:
    return (f"(({alias}.status != 'ended' AND coalesce({alias}.kpj, '') = '' AND {alias}.bpjs_status IS NULL) "
            f"OR {reregistering_sql(alias)})")


def _lacking_sql(alias: str) -> str:
    blanks = " OR ".join(f"{alias}.{f} IS NULL OR {alias}.{f} = ''" for f in REGISTRATION_FIELDS)
    return f"({blanks} OR {alias}.sponsor_id IN (SELECT id FROM sponsors WHERE status = 'ended'))"


def incomplete_sql(alias: str = "w") -> str:
    """SQL true for a worker still to register who lacks a registration field: the home screen's
    count, the roster's 'data missing' filter and column, the export's held-back list."""
    return f"({_awaiting_sql(alias)} AND {_lacking_sql(alias)})"


def ready_sql(alias: str = "w") -> str:
    """SQL true for a worker the registration export would take (duplicate cases aside)."""
    return f"({_awaiting_sql(alias)} AND NOT {_lacking_sql(alias)})"


def state_sort_sql(alias: str = "w") -> str:
    """Sort key of registration_state: incomplete first, then ready, then the rest."""
    return f"CASE WHEN {incomplete_sql(alias)} THEN 0 WHEN {ready_sql(alias)} THEN 1 ELSE 2 END"


def has_kpj(worker: Mapping[str, Any]) -> bool:
    return bool((worker.get("kpj") or "").strip())
