"""Undo the operator's last edit or ending of a sponsor or worker, through the audit trail.

Safe only when nothing happened to the record since (no later audit entry, its fields still
hold what the edit wrote) and no bundle has carried it yet (its change number is above the
last bundle's). Otherwise `undo_check` says why, in the clerk's words. The undo itself is
audited as action 'undo', so the trail shows both steps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from rentan_desktop.domain.dates import format_date
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.store import audit
from rentan_desktop.store.clock import now_iso

UNDOABLE = ("update", "end")
TABLES = ("sponsors", "workers")


@dataclass(frozen=True)
class UndoPlan:
    entry_id: int
    table: str
    uid: str
    action: str
    at: str
    name: str
    before: dict[str, Any]
    after: dict[str, Any]

    def describe(self) -> str:
        what = (translate("undo", "the ending of {name}") if self.action == "end"
                else translate("undo", "the change to {name}")).format(name=self.name)
        return translate("undo", "{what} ({date} {time})").format(what=what, date=format_date(self.at[:10]),
                                                                 time=self.at[11:16])


def _last_entry(db: sqlite_utils.Database, operator: str) -> tuple | None:
    # Automatic lapses (payments/status.py) are written under the operator's name but are not a step
    # the clerk took: they never hide the clerk's own last change.
    return db.execute("SELECT id, at, table_name, record_uid, action, before, after FROM audit_log "
                      "WHERE operator = ? AND NOT (action = 'status' AND coalesce(json_extract(after, '$.status'), '') "
                      "= 'lapsed') ORDER BY id DESC LIMIT 1", [operator]).fetchone()


def undo_check(db: sqlite_utils.Database, operator: str) -> UndoPlan:
    """The undo of `operator`'s last change, or UserError saying why it cannot be undone."""
    row = _last_entry(db, operator)
    if row is None:
        raise UserError(translate("undo", "There is nothing to undo: you have not changed anything yet."))
    entry_id, at, table, uid, action, before_json, after_json = row
    if action == "undo":
        raise UserError(translate("undo", "Your last change was already undone."))
    if action not in UNDOABLE or table not in TABLES:
        raise UserError(translate("undo", "Your last step cannot be undone here (only an edit or an ending of a "
                                          "sponsor or worker can). Correct it by hand instead."))
    record = db.execute(f"SELECT * FROM {table} WHERE uid = ?", [uid]).fetchone()
    if record is None:
        raise UserError(translate("undo", "The record no longer exists."))
    cursor = db.execute(f"SELECT * FROM {table} WHERE uid = ?", [uid])
    current = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    before, after = json.loads(before_json or "{}"), json.loads(after_json or "{}")
    later = db.execute("SELECT count(*) FROM audit_log WHERE record_uid = ? AND id > ?", [uid, entry_id]).fetchone()[0]
    if later or any(current.get(k) != v for k, v in after.items()):
        raise UserError(translate("undo", "{name} was changed again since (by a payment, an import or another "
                                          "operator), so the undo could lose that change. Open the record and "
                                          "correct it by hand.").format(name=current["name"]))
    carried = db.execute("SELECT max(rev_to) FROM sync_exports").fetchone()[0]
    if carried is not None and current["rev"] <= carried:
        raise UserError(translate("undo", "A bundle to Disnaker already carried this change; undoing it here would "
                                          "make the two disagree. Open the record and correct it by hand; the "
                                          "next bundle carries the correction."))
    return UndoPlan(entry_id, table, uid, action, at, current["name"], before, after)


def undo_last(db: sqlite_utils.Database, operator: str) -> UndoPlan:
    """Put back the fields the last change wrote (checked again inside the transaction)."""
    with db.atomic():
        plan = undo_check(db, operator)
        current = next(db[plan.table].rows_where("uid = ?", [plan.uid]))
        restored = {k: plan.before.get(k) for k in plan.after if k in current and current[k] != plan.before.get(k)}
        db[plan.table].update(current["id"], {**restored, "updated_at": now_iso(), "rev": audit.next_rev(db)})
        audit.record(db, operator=operator, table=plan.table, uid=plan.uid, action="undo", before=current,
                     after={**current, **restored},
                     note=translate("undo", "Undo of {what}").format(what=plan.describe()))
        if plan.table == "workers":
            from rentan_desktop.payments import lifecycle

            lifecycle.refresh_workers(db, [current["id"]], operator=operator, cause=translate("undo", "undo"))
    return plan
