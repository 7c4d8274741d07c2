"""Applying a checked, decrypted bundle in two steps: `plan_sections` reads and decides everything
(the dry run shows it; nothing is written), `write_plan` writes it inside the caller's transaction.

A plan with refusals (a bad value, a row outside the sender's OPD) is never written: the import
refuses the whole bundle with the list. After writing, paid-through is recomputed from the
payments here, so both installs show the same status, paid-through month and arrears.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from rentan_desktop import fields
from rentan_desktop.fields import checks, display
from rentan_desktop.i18n import translate
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.store import audit, cipher, settings
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync import bpjs_readiness, registry, row_rules, row_shape, section_order, settings_shape
from rentan_desktop.sync.bundle import BundleRefused
from rentan_desktop.sync.plan import ImportBlocked, ImportSummary, TableSummary, who_must_act
from rentan_desktop.sync.row_plan import BundleContext, Ref, TablePlan, plan_table
from rentan_desktop.sync.row_write import write_table
from rentan_desktop.sync.tables import DOWN_SETTINGS, SyncTable, restore_tables, tables
from rentan_desktop.sync.verify import Checked, sender_label
from rentan_desktop.tasks import TaskState

MAX_REFUSALS_SHOWN = 20
MAX_FLAG_TEXT = 200  # a worker uid, or the OPD codes that also sponsor one NIK


@dataclass
class BundlePlan:
    opd_id: int | None
    tables: list[TablePlan] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    flags: list[list[Any]] | None = None
    restored_link: dict[str, Any] | None = None


def plan_sections(db: sqlite_utils.Database, checked: Checked, sections: list, summary: ImportSummary,
                  state: TaskState) -> BundlePlan:
    """Everything the bundle would change, decided without writing."""
    header = checked.header
    role = settings.get(db, "role")
    opd_id, expected = _receiving_side(db, checked, role)
    section_order.check(sections, expected, checked.file_name, summary.sender)
    ctx = BundleContext(opd_id, summary, scoped=role == "disnaker", money=row_rules.Money(RateBook.load(db)))
    plan = BundlePlan(opd_id)
    for i, (meta, rows) in enumerate(sections):
        state.check()
        state.progress(i, len(sections), translate("sync", "Checking {table}...").format(
            table=fields.table_label(meta.get("table", meta.get("section")))))
        section = meta.get("section")
        if section == "table":
            spec = expected.get(f"{meta.get('table')}:{meta.get('direction')}")
            if spec is None:
                summary.notes.append(translate("sync", "Skipped rows of {table}: this install does not take them "
                                                       "from {sender}.").format(
                    table=fields.table_label(meta.get("table")), sender=summary.sender))
                continue
            table_plan = plan_table(db, spec, list(meta["columns"]), rows, ctx)
            if table_plan is not None:
                plan.tables.append(table_plan)
        elif section == "settings" and role == "opd":
            plan.settings = _plan_settings(db, meta.get("values") or {}, summary)
        elif section == "duplicate_flags" and role == "opd":
            plan.flags = _plan_flags(db, rows, summary.table("duplicate_flags"))
        elif section == "link" and header["kind"] == "restore" and role == "opd":
            plan.restored_link = meta
    registration = bpjs_readiness.new_workers(db, plan.tables)
    if registration and registration["new"]:  # what Disnaker does next with them: register with BPJS
        summary.table("workers").registration = registration
    return plan


def refusal(summary: ImportSummary) -> ImportBlocked:
    """One bad row refuses the whole bundle: the message lists table, record, field, value, reason."""
    lines = [translate("sync", "{count} rows of {file} cannot be applied; nothing was imported.").format(
        count=summary.total("errors"), file=summary.file_name)]
    shown = 0
    for t in summary.tables:
        for _, record, detail in t.records.get("errors", []):
            if shown < MAX_REFUSALS_SHOWN:
                lines.append(f"  {fields.table_label(t.table)} {record}: {detail}")
            shown += 1
    if summary.total("errors") > shown or shown > MAX_REFUSALS_SHOWN:
        lines.append(translate("sync", "  ... and {count} more (see the summary).").format(
            count=summary.total("errors") - min(shown, MAX_REFUSALS_SHOWN)))
    lines.append(who_must_act(summary))
    return ImportBlocked("\n".join(lines), summary)


def write_plan(db: sqlite_utils.Database, checked: Checked, plan: BundlePlan, operator: str,
               state: TaskState) -> None:
    """Write a plan without refusals, audited, then bring paid-through up to date here."""
    note = translate("sync", "bundle {seq} from {sender}").format(seq=checked.header.get("sequence"),
                                                                  sender=checked.peer)
    try:
        for i, table_plan in enumerate(plan.tables):
            state.check()
            state.progress(i, len(plan.tables), translate("sync", "Applying {table}...").format(
                table=fields.table_label(table_plan.spec.name)))
            write_table(db, table_plan, operator, note)
    except cipher.IntegrityError as exc:  # e.g. two workers with one NIK in one OPD
        summary = ImportSummary(checked.peer, sender_label(checked.header), checked.header.get("kind", ""), 0,
                                checked.file_name, "")
        summary.table(table_plan.spec.name).add("errors", "", "", translate(
            "sync", "two records would hold what only one may (the same NIK twice in one OPD, the same month "
                    "paid twice): ask the sender to correct its data"))
        raise refusal(summary) from exc
    for key, value in plan.settings.items():
        settings.put(db, key, value)
    if plan.flags is not None:
        _write_flags(db, plan.flags)
    if plan.restored_link is not None:
        _apply_restored_link(db, plan.restored_link)
    # Either side: status and paid-through follow the payments, answers and calendar just received,
    # in this same transaction (payments/lifecycle.py, the one rule every path uses).
    if plan.opd_id is not None:
        from rentan_desktop.payments import lifecycle

        lifecycle.refresh_workers(db, _workers_to_refresh(db, plan), cause=translate("sync", "bundle import"))


def _workers_to_refresh(db: sqlite_utils.Database, plan: BundlePlan) -> list[int]:
    """The workers whose lifecycle this plan may move: those it wrote and those whose payments it
    wrote; every worker of the OPD when it changed what every lifecycle reads (the calendar, the
    programme's rules, a restore)."""
    worker_uids: list[str] = []  # workers written, and the workers of new payments named by uid
    worker_ids: set[int] = set()  # the workers of new payments already here (the plan has their ids)
    payment_uids: list[str] = []  # payments changed: their workers are looked up
    everything = bool(plan.settings) or plan.restored_link is not None or plan.flags is not None
    for table_plan in plan.tables:
        name = table_plan.spec.name
        if name == "workers":
            worker_uids += [row[0] for row in table_plan.inserts] + [uid for _, uid, _, _ in table_plan.updates]
        elif name == "payments":
            payment_uids += [uid for _, uid, _, _ in table_plan.updates]
            at = table_plan.insert_columns.index("worker_id") if "worker_id" in table_plan.insert_columns else None
            if at is None:
                payment_uids += [row[0] for row in table_plan.inserts]
            else:
                for worker in {row[at] for row in table_plan.inserts}:
                    if type(worker) is int:
                        worker_ids.add(worker)
                    elif isinstance(worker, Ref):
                        worker_uids.append(worker.uid)
        elif name != "sponsors" and (table_plan.inserts or table_plan.updates or table_plan.child_writes):
            everything = True
    if everything:
        return [r[0] for r in db.execute("SELECT id FROM workers WHERE opd_id = ?", [plan.opd_id])]
    return sorted(worker_ids.union(r[0] for r in db.execute(
        "SELECT w.id FROM json_each(?) j JOIN workers w ON w.uid = j.value "
        "UNION SELECT p.worker_id FROM json_each(?) j JOIN payments p ON p.uid = j.value",
        [json.dumps(worker_uids), json.dumps(payment_uids)])))


def apply_sections(db: sqlite_utils.Database, checked: Checked, sections: list, summary: ImportSummary,
                   state: TaskState, operator: str = "sync") -> BundlePlan:
    """Plan, refuse on any bad row, write. Runs inside the caller's transaction."""
    plan = plan_sections(db, checked, sections, summary, state)
    if summary.total("errors"):
        raise refusal(summary)
    write_plan(db, checked, plan, operator, state)
    return plan


def _receiving_side(db: sqlite_utils.Database, checked: Checked, role: str) -> tuple[int | None, dict[str, SyncTable]]:
    """The OPD the rows belong to here, and the table sections this install takes from the sender."""
    if role == "disnaker" and checked.header.get("sender", {}).get("role") == "province":
        return None, {}  # the hub's acknowledgement: no rows, only the header's `ack`
    if role == "disnaker":
        opd_id = db.execute("SELECT id FROM opds WHERE code = ?", [checked.peer]).fetchone()
        if opd_id is None:
            raise BundleRefused(translate("sync", "OPD {code} is not in the OPD list; add it first.").format(
                code=checked.peer))
        return opd_id[0], {t.key: t for t in tables("up")}
    from rentan_desktop.store.site import own_opd_id

    expected = {t.key: t for t in tables("down")}
    if checked.header["kind"] == "restore":
        expected.update({f"{t.name}:restore": t for t in restore_tables()})
    return own_opd_id(db), expected


def _plan_settings(db: sqlite_utils.Database, values: dict[str, Any], summary: ImportSummary) -> dict[str, Any]:
    t = summary.table("settings")
    out = {}
    for key, value in values.items():
        if key not in DOWN_SETTINGS or value is None:
            continue
        name = display.setting_label(key)
        found = settings_shape.problem(key, value)
        if found:
            t.add("errors", key, name, found)
            continue
        if settings.get(db, key) == value:
            t.add("present", key, name)
        else:
            out[key] = value
            t.add_change(key, name, [(translate("sync", "New value from Disnaker"), "", "")])
    return out


def _plan_flags(db: sqlite_utils.Database, rows: list[list[Any]], t: TableSummary) -> list[list[Any]]:
    good = []
    for row in rows:
        if not isinstance(row, list) or len(row) != 2 or not isinstance(row[0], str) or not isinstance(row[1], str):
            t.add("errors", str(row)[:64], "", translate("sync", "malformed row"))
            continue
        # Shown to the clerk as "also sponsored in OPD ...": a few OPD codes, never control characters
        # (a terminal escape) or a megabyte of text.
        if len(row[0]) > MAX_FLAG_TEXT or len(row[1]) > MAX_FLAG_TEXT or checks.printable(row[0]) or \
                checks.printable(row[1]):
            shown = row_shape.printable(row[0])[:40]
            t.add("errors", shown, shown, translate(
                "sync", "the other OPDs of a duplicate NIK are not a short list of OPD codes"))
            continue
        uid, others = row
        good.append(row)
        name = db.execute("SELECT name FROM workers WHERE uid = ?", [uid]).fetchone()
        label = name[0] if name else uid
        old = db.execute("SELECT other_opds, cleared_at FROM sync_duplicate_flags WHERE worker_uid = ?",
                         [uid]).fetchone()
        if old and old[0] == others and old[1] is None:
            t.add("present", uid, label)
        else:
            t.add("new" if old is None or old[1] else "updated", uid, label,
                  translate("sync", "also sponsored in OPD {codes}").format(codes=others))
    return good


def _write_flags(db: sqlite_utils.Database, rows: list[list[Any]]) -> None:
    stamp = now_iso()
    seen = set()
    for uid, others in rows:
        seen.add(uid)
        old = db.execute("SELECT other_opds, cleared_at FROM sync_duplicate_flags WHERE worker_uid = ?",
                         [uid]).fetchone()
        if old and old[0] == others and old[1] is None:
            continue
        db.execute("INSERT INTO sync_duplicate_flags(worker_uid, other_opds, flagged_at) VALUES (?,?,?) "
                   "ON CONFLICT(worker_uid) DO UPDATE SET other_opds = excluded.other_opds, "
                   "flagged_at = excluded.flagged_at, cleared_at = NULL", [uid, others, stamp])
    # The list is complete each time: a flag Disnaker no longer reports is cleared.
    for (uid,) in db.execute("SELECT worker_uid FROM sync_duplicate_flags WHERE cleared_at IS NULL").fetchall():
        if uid not in seen:
            db.execute("UPDATE sync_duplicate_flags SET cleared_at = ? WHERE worker_uid = ?", [stamp, uid])


def _apply_restored_link(db: sqlite_utils.Database, meta: dict[str, Any]) -> None:
    """A restored OPD continues Disnaker's view of its sequence and change numbers."""
    in_rev = int(meta.get("in_rev") or 0)
    if audit.current_rev(db) < in_rev:
        audit.next_rev(db, in_rev - audit.current_rev(db))
    registry.update_link(db, registry.DISNAKER, out_seq=int(meta.get("in_seq") or 0), out_hash=meta.get("in_hash"),
                         acked_rev=in_rev, acked_at=now_iso())
