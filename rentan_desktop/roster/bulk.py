"""Changes to many roster records at once: end, change sponsor, set the first month covered.

Each runs in one transaction (all or nothing) and audits every record it changes like a
single edit, with a note saying it was part of a group change. Records a change does not
apply to (already ended, already registered with BPJS) are skipped and counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.domain.months import first_day, is_month
from rentan_desktop.domain.policy import check_age, check_child
from rentan_desktop.i18n import translate
from rentan_desktop.payments import lifecycle
from rentan_desktop.roster import service
from rentan_desktop.store import audit
from rentan_desktop.store.clock import now_iso

MAX_RECORDS = 5000  # one confirmation should not change more than a whole OPD


@dataclass(frozen=True)
class BulkResult:
    changed: int
    skipped: int
    reasons: list[str] = field(default_factory=list)  # why a record was left as it was, when it matters


def _note(count: int) -> str:
    return translate("bulk", "Group change of {count} records").format(count=count)


def _check_count(uids: Sequence[str]) -> None:
    if not uids:
        raise ValidationError([Issue("selection", translate("bulk", "Select one or more rows first."))])
    if len(uids) > MAX_RECORDS:
        raise ValidationError([Issue("selection", translate(
            "bulk", "At most {limit} records can be changed at once; narrow the list first.").format(
            limit=MAX_RECORDS))])


def end_many(db: sqlite_utils.Database, operator: str, table: str, uids: Sequence[str], ended_on: dt.date | str,
             reason: str) -> BulkResult:
    _check_count(uids)
    changed = skipped = 0
    with db.atomic():
        for uid in uids:
            if service._row(db, table, uid)["status"] == "ended":
                skipped += 1
                continue
            (service.end_worker if table == "workers" else service.end_sponsor)(db, operator, uid, ended_on, reason)
            changed += 1
    return BulkResult(changed, skipped)


def _update(db: sqlite_utils.Database, operator: str, uid: str, changes: dict, note: str) -> None:
    before = service.get_worker(db, uid)
    db["workers"].update(before["id"], {**changes, "updated_at": now_iso(), "rev": audit.next_rev(db)})
    audit.record(db, operator=operator, table="workers", uid=uid, action="update", before=before,
                 after={**before, **changes}, note=note)


def set_sponsor_many(db: sqlite_utils.Database, operator: str, uids: Sequence[str], sponsor_id: int) -> BulkResult:
    """Give the selected workers (not ended) another sponsor, an active one of this install."""
    _check_count(uids)
    sponsor = db.execute("SELECT status FROM sponsors WHERE id = ?", [sponsor_id]).fetchone()
    if sponsor is None or sponsor[0] != "active":
        raise ValidationError([Issue("sponsor_id", translate("bulk", "Choose an active sponsor."))])
    changed = skipped = 0
    with db.atomic():
        for uid in uids:
            worker = service.get_worker(db, uid)
            if worker["status"] == "ended" or worker["sponsor_id"] == sponsor_id:
                skipped += 1
                continue
            _update(db, operator, uid, {"sponsor_id": sponsor_id}, _note(len(uids)))
            changed += 1
    return BulkResult(changed, skipped)


def set_start_month_many(db: sqlite_utils.Database, operator: str, uids: Sequence[str], month: str) -> BulkResult:
    """Set the first month covered of workers not yet registered with BPJS (draft or submitted)."""
    _check_count(uids)
    if not is_month(month):
        raise ValidationError([Issue("start_month", translate("bulk", "The month must look like 2026-11."))])
    changed = skipped = 0
    reasons: list[str] = []
    with db.atomic():
        ids = []
        for uid in uids:
            worker = service.get_worker(db, uid)
            if worker["status"] not in ("draft", "submitted") or worker["start_month"] == month:
                skipped += 1
                continue
            refused = _age_refusal(db, worker, month)
            if refused:  # the worker form refuses this start month too: the same rule here
                skipped += 1
                reasons.append(refused)
                continue
            _update(db, operator, uid, {"start_month": month}, _note(len(uids)))
            ids.append(worker["id"])
            changed += 1
        lifecycle.refresh_workers(db, ids, operator=operator, cause=_note(len(uids)))
    return BulkResult(changed, skipped, reasons)


def _age_refusal(db: sqlite_utils.Database, worker: dict, month: str) -> str | None:
    """The age rule of the worker form (Disnaker's bounds for that month): a worker outside them
    needs a reason for the exception, written in the worker's own form."""
    if not worker.get("birth_date"):
        return None
    born = dt.date.fromisoformat(worker["birth_date"][:10])
    child = check_child(born, first_day(month))
    if child:  # no reason for an exception reaches below 15
        return translate("bulk", "{name}: {reason}").format(name=worker["name"], reason=child[0].message)
    if worker.get("age_override_reason"):
        return None
    issues = check_age(born, month, bounds=service.age_bounds(db, month))
    if not issues:
        return None
    return translate("bulk", "{name}: {reason} Open the worker's form to give it.").format(
        name=worker["name"], reason=issues[0].message)
