"""The one door for roster writes: validate, store, stamp the change sequence, audit.

Callers run these inside whatever thread owns the connection; each call is atomic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from rentan_desktop.domain.dates import parse_date
from rentan_desktop.domain.issues import Issue, ValidationError
from rentan_desktop.i18n import translate
from rentan_desktop.roster.validate import validate_sponsor, validate_worker
from rentan_desktop.store import audit, clock
from rentan_desktop.store.clock import new_uid, now_iso
from rentan_desktop.store.site import own_opd_id


@dataclass
class SaveResult:
    uid: str
    id: int
    warnings: list[Issue] = field(default_factory=list)


def _row(db: sqlite_utils.Database, table: str, uid: str) -> dict[str, Any]:
    rows = list(db[table].rows_where("uid = ?", [uid]))
    if not rows:
        raise ValidationError([Issue("uid", translate("roster", "The record no longer exists."))])
    return rows[0]


def get_sponsor(db: sqlite_utils.Database, uid: str) -> dict[str, Any]:
    return _row(db, "sponsors", uid)


def get_worker(db: sqlite_utils.Database, uid: str) -> dict[str, Any]:
    return _row(db, "workers", uid)


def _blocking(issues: list[Issue], override_reason: str | None) -> list[Issue]:
    """Errors always block; the age warning blocks until the operator gives a reason."""
    return [i for i in issues if i.is_error or (i.code == "age" and not override_reason)]


def save_sponsor(db: sqlite_utils.Database, operator: str, data: dict[str, Any],
                 uid: str | None = None, opd_id: int | None = None) -> SaveResult:
    clean, findings = validate_sponsor(data)
    blocking = _blocking(findings.issues, None)
    opd_id = opd_id or own_opd_id(db)
    if clean.get("nip") and not blocking:
        other = db.execute(
            "SELECT uid, name FROM sponsors WHERE opd_id = ? AND nip = ? AND uid IS NOT ?",
            [opd_id, clean["nip"], uid]).fetchone()
        if other:
            blocking.append(Issue("nip", translate("roster", "This NIP is already registered for {name}.").format(
                name=other[1]), "error", "duplicate"))
    if blocking:
        raise ValidationError(blocking)
    with db.atomic():
        uid = _write(db, operator, "sponsors", uid, clean, opd_id, "active")
    row = _row(db, "sponsors", uid)
    return SaveResult(uid, row["id"], findings.warnings)


def end_sponsor(db: sqlite_utils.Database, operator: str, uid: str, ended_on: dt.date | str,
                reason: str) -> None:
    _end(db, operator, "sponsors", uid, ended_on, reason)


def age_bounds(db: sqlite_utils.Database, start_month: object) -> tuple[int, int]:
    """Disnaker's age rule in force for the start month (payments/rules.py)."""
    from rentan_desktop.domain.months import is_month
    from rentan_desktop.payments.rules import rules_for

    month = start_month if isinstance(start_month, str) and is_month(start_month) else None
    rule = rules_for(db, month)
    return rule.min_age, rule.max_age_exclusive


def save_worker(db: sqlite_utils.Database, operator: str, data: dict[str, Any],
                uid: str | None = None, opd_id: int | None = None) -> SaveResult:
    clean, findings = validate_worker(data, age_bounds=age_bounds(db, data.get("start_month")))
    blocking = _blocking(findings.issues, clean.get("age_override_reason"))
    opd_id = opd_id or own_opd_id(db)
    if clean.get("nik"):
        other = db.execute(
            "SELECT name FROM workers WHERE opd_id = ? AND nik = ? AND uid IS NOT ?",
            [opd_id, clean["nik"], uid]).fetchone()
        if other:
            blocking.append(Issue("nik", translate(
                "roster", "This NIK is already registered in this install for {name}.").format(name=other[0]),
                "error", "duplicate"))
    if clean.get("sponsor_id"):
        sponsor = db.execute("SELECT status FROM sponsors WHERE id = ?", [clean["sponsor_id"]]).fetchone()
        if sponsor is None:
            blocking.append(Issue("sponsor_id", translate("roster", "The chosen sponsor does not exist.")))
        elif sponsor[0] == "ended" and uid is None:
            blocking.append(Issue("sponsor_id", translate("roster", "The chosen sponsor has ended sponsorship.")))
    if blocking:
        raise ValidationError(blocking)
    warnings = [i for i in findings.warnings if i.code != "age"]
    with db.atomic():
        uid = _write(db, operator, "workers", uid, clean, opd_id, "draft")
        _refresh_paid_through(db, uid)
    row = _row(db, "workers", uid)
    return SaveResult(uid, row["id"], warnings)


def end_worker(db: sqlite_utils.Database, operator: str, uid: str, ended_on: dt.date | str,
               reason: str) -> None:
    _end(db, operator, "workers", uid, ended_on, reason)


def _write(db: sqlite_utils.Database, operator: str, table: str, uid: str | None, clean: dict[str, Any],
           opd_id: int, initial_status: str) -> str:
    """Insert a new record or update an existing one, stamp its rev and audit it; returns the uid."""
    stamp = now_iso()
    rev = audit.next_rev(db)
    if uid is None:
        uid = new_uid()
        record = {**clean, "uid": uid, "opd_id": opd_id, "status": initial_status,
                  "created_at": stamp, "updated_at": stamp, "rev": rev}
        db[table].insert(record)
        audit.record(db, operator=operator, table=table, uid=uid, action="create", after=record)
    else:
        before = _row(db, table, uid)
        db[table].update(before["id"], {**clean, "updated_at": stamp, "rev": rev})
        audit.record(db, operator=operator, table=table, uid=uid, action="update",
                     before=before, after={**before, **clean})
    return uid


def set_worker_status(db: sqlite_utils.Database, operator: str, uid: str, status: str,
                      note: str | None = None, extra: dict[str, Any] | None = None) -> None:
    """Status changes that are not an ending (submitted, active, lapsed, re-registered)."""
    with db.atomic():
        before = _row(db, "workers", uid)
        changes = {"status": status, "status_changed_on": clock.today().isoformat(), **(extra or {})}
        db["workers"].update(before["id"], {**changes, "updated_at": now_iso(), "rev": audit.next_rev(db)})
        audit.record(db, operator=operator, table="workers", uid=uid, action="status",
                     before=before, after={**before, **changes}, note=note)
        _refresh_paid_through(db, uid)


def _end(db: sqlite_utils.Database, operator: str, table: str, uid: str, ended_on: dt.date | str,
         reason: str) -> None:
    day = parse_date(ended_on)
    issues = []
    if day is None:
        issues.append(Issue("ended_on", translate("roster", "The end date is not a valid date.")))
    if not (reason or "").strip():
        issues.append(Issue("end_reason", translate("roster", "Give the reason for ending.")))
    if issues:
        raise ValidationError(issues)
    with db.atomic():
        before = _row(db, table, uid)
        if before["status"] == "ended":
            raise ValidationError([Issue("status", translate("roster", "This record has already ended."))])
        changes = {"status": "ended", "ended_on": day.isoformat(), "end_reason": reason.strip()}
        if table == "workers":
            changes["status_changed_on"] = day.isoformat()
        db[table].update(before["id"], {**changes, "updated_at": now_iso(), "rev": audit.next_rev(db)})
        audit.record(db, operator=operator, table=table, uid=uid, action="end", before=before,
                     after={**before, **changes}, note=reason.strip())
        if table == "workers":
            _refresh_paid_through(db, uid)


def _refresh_paid_through(db: sqlite_utils.Database, uid: str) -> None:
    """The start month or status decides which months are owed: keep the payments cache current."""
    from rentan_desktop.payments import lifecycle

    lifecycle.refresh_workers(db, [_row(db, "workers", uid)["id"]], cause=translate("roster", "roster change"))


def reactivate_worker(db: sqlite_utils.Database, operator: str, uid: str, reason: str) -> str:
    """Undo an ending: the worker takes back the status it had before it was ended (from the audit
    trail; 'draft' when unknown), the end date and reason are cleared, and the trail says why.
    Returns the status restored."""
    if not (reason or "").strip():
        raise ValidationError([Issue("reason", translate("roster", "Give the reason for reactivating."))])
    with db.atomic():
        before = _row(db, "workers", uid)
        if before["status"] != "ended":
            raise ValidationError([Issue("status", translate("roster", "Only an ended worker can be reactivated."))])
        endings = [h for h in audit.history(db, uid) if h["action"] == "end"]
        previous = endings[-1]["before"].get("status") if endings else None
        status = previous if previous in ("draft", "submitted", "active") else "draft"
        changes = {"status": status, "ended_on": None, "end_reason": None,
                   "status_changed_on": clock.today().isoformat()}
        db["workers"].update(before["id"], {**changes, "updated_at": now_iso(), "rev": audit.next_rev(db)})
        audit.record(db, operator=operator, table="workers", uid=uid, action="reactivate", before=before,
                     after={**before, **changes}, note=reason.strip())
        _refresh_paid_through(db, uid)
    return status
