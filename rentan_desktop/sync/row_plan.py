"""Planning one table section of a bundle without writing: shape, match, scope, validation,
field-level changes. The dry run shows this plan; the import writes it (sync/row_write.py).

Rows of an OPD's bundle may create or change only that OPD's records and refer only to that
OPD's records (or rows of the same bundle, which become that OPD's): anything else refuses the
bundle. Every value is checked as the forms check it (fields registry + sync/row_rules.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import sqlite_utils

from rentan_desktop import fields
from rentan_desktop.fields import checks, display
from rentan_desktop.i18n import translate
from rentan_desktop.sync import row_bulk, row_children, row_payments, row_rules, row_shape
from rentan_desktop.sync.export import table_columns
from rentan_desktop.sync.payment_edits import edits as stored_payment_edits
from rentan_desktop.sync.payment_twice import twice as paid_twice
from rentan_desktop.sync.plan import MAX_LISTED, ImportSummary, TableSummary
from rentan_desktop.sync.row_bulk import Ref
from rentan_desktop.sync.row_canonical import CanonicalSponsors, CanonicalWorkers
from rentan_desktop.sync.tables import Child, Parent, SyncTable

_SCOPED = ("sponsors", "workers", "payments")  # tables whose rows belong to one OPD
# Columns of an OPD's rows whose value check the forms' record validator repeats (same domain
# function): judged once, there.
_JUDGED_BY_THE_FORM = {("workers", "nik"), ("workers", "phone"), ("sponsors", "nip"), ("sponsors", "phone")}


@dataclass
class BundleContext:
    """What the sections of one bundle share while they are planned."""
    opd_id: int | None  # the OPD the rows belong to here
    summary: ImportSummary
    scoped: bool  # an OPD's bundle at Disnaker: rows must stay within that OPD
    planned: dict[str, set[str]] = field(default_factory=dict)  # table -> uids this bundle inserts
    workers: dict[str, tuple[int, int]] = field(default_factory=dict)  # uid -> (declared_income, jht) after it
    money: row_rules.Money | None = None
    members: dict[str, dict[str, Any]] = field(default_factory=dict)  # uid -> the worker as sent (payment rules)
    names: dict[str, str] = field(default_factory=dict)  # worker uid -> name (how payment rows are named)
    # The roster rows already as the form writes them, vouched for without the full validator.
    canonical: CanonicalWorkers = field(default_factory=CanonicalWorkers)
    canonical_sponsors: CanonicalSponsors = field(default_factory=CanonicalSponsors)


@dataclass
class TablePlan:
    spec: SyncTable
    cols: list[str]
    parents: list[Parent]
    children: list[Child]
    opd_id: int | None
    has_opd_column: bool
    inserts: list[list[Any]] = field(default_factory=list)  # [uid, *cols, *parent ids or Refs] (insert_columns)
    updates: list[tuple[int, str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # id, uid, new, old
    child_writes: list[tuple[int | str, list]] = field(default_factory=list)
    # Records this install keeps otherwise than the sender sent them (a status only Disnaker
    # gives): written with a new change number so the return bundle tells the sender.
    echo: list[str] = field(default_factory=list)

    @property
    def insert_columns(self) -> list[str]:
        return ["uid", *self.cols, *[p.column for p in self.parents]]


def chunks(items: list, size: int = 500) -> Iterator[list]:
    """Keys to look up `size` at a time, in key order: neighbouring keys share index pages, so a
    province's 2.4 million uids read each page of a large index once rather than once per chunk."""
    try:
        items = sorted(items)
    except TypeError:  # mixed types (a malformed bundle): looked up as they came
        pass
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _show(table: str, column: str, value: Any) -> str:
    return display.show(table, column, value)


class _Section:
    """One section being planned: its columns here, its summary, its refusals."""

    def __init__(self, db: sqlite_utils.Database, spec: SyncTable, names: list[str], ctx: BundleContext):
        self.db, self.spec, self.ctx = db, spec, ctx
        self.t: TableSummary = ctx.summary.table(spec.name)
        present = table_columns(db, spec.name)
        self.index = {n: i for i, n in enumerate(names)}
        self.width = len(names)
        self.cols = [c for c in spec.columns if c in self.index and c in present]
        self.parents = [p for p in spec.parents if p.field in self.index and p.column in present]
        self.children = list(spec.children)
        self.child_index = {c.table: next((i for n, i in self.index.items() if n.startswith(c.table + ":")), None)
                            for c in self.children}
        self.label_cols = [c for c in spec.label_fields if c in present]
        self.has_opd = bool(spec.opd_column and spec.opd_column in present)
        self.plan = TablePlan(spec, self.cols, self.parents, self.children, ctx.opd_id, self.has_opd)
        # (column, position, registry entry, verdicts by value) for every registered column sent.
        known = {f.column: f for f in fields.fields_of(spec.name)}
        skip = _JUDGED_BY_THE_FORM if spec.direction == "up" else set()
        self.checked = [(c, self.index[c], known[c], {}) for c in self.cols if c in known and (spec.name, c) not in skip]
        self.bad_columns: list = []
        # The sent columns' values of a row in one C call (itemgetter returns a bare value for one column).
        getter = itemgetter(*[self.index[c] for c in self.cols]) if self.cols else None
        self.values_of = (lambda row: ()) if getter is None else (
            getter if len(self.cols) > 1 else (lambda row: (getter(row),)))

    def label_of(self, row: list[Any], local: dict[str, Any] | None) -> str:
        """How the summary names the record, its values as the clerk reads them (a payment by its worker)."""
        def value(c: str) -> Any:
            return row[self.index[c]] if c in self.index else (local or {}).get(c)
        if self.spec.name == "payments":
            worker = value("worker_uid") if "worker_uid" in self.index else None
            return display.payment_label(self.ctx.names.get(worker) if isinstance(worker, str) else None,
                                         value("month"), value("amount"), value("kind"))
        return " ".join(_show(self.spec.name, c, value(c)) for c in self.label_cols if value(c) is not None)

    def refuse(self, uid: Any, row: list[Any] | None, column: str, value: Any, reason: str,
               show_value: bool = True) -> None:
        """One refusal line: the record by its (masked) name, field label, value (masked when personal), reason.
        A record rule's reason names what is wrong itself (an age at the start month): no masked value then."""
        try:
            fld = fields.field(self.spec.name, column)
            label, personal = fld.label, fld.personal
        except KeyError:
            fld, label, personal = None, fields.label(self.spec.name, column), False
        shown = checks.mask(value, personal)
        if fld is not None and fld.parent is not None and fld.parent[0] == "workers" and \
                self.ctx.names.get(value):  # the worker by name (masked), never a bare record identifier
            shown = checks.mask(self.ctx.names[value], True)
        detail = translate("sync", "{field} = '{value}': {reason}").format(field=label, value=shown, reason=reason) \
            if show_value or not personal else translate("sync", "{field}: {reason}").format(field=label,
                                                                                                reason=reason)
        self.t.add("errors", str(uid)[:64], self.who(uid, row), detail)

    def who(self, uid: Any, row: list[Any] | None) -> str:
        """A refused record as a refusal list names it: the person masked as the house rules require
        (messages may reach logs), a payment by its worker, month and amount."""
        if row is None:
            return str(uid)[:8] if uid else "?"
        def sent(c: str) -> Any:
            return row[self.index[c]] if c in self.index else None
        if self.spec.name == "payments":
            worker = sent("worker_uid")
            name = self.ctx.names.get(worker) if isinstance(worker, str) else None
            return display.payment_label(checks.mask(name, True) if name else None, sent("month"), sent("amount"),
                                         sent("kind"))
        name = sent("name")
        record = checks.mask(name, True) if isinstance(name, str) and name.strip() else str(uid)[:8]
        nik = sent("nik")
        if isinstance(nik, str):
            record += " NIK " + checks.mask(nik, True)
        return record


def plan_table(db: sqlite_utils.Database, spec: SyncTable, names: list[str], rows: list[list[Any]],
               ctx: BundleContext) -> TablePlan | None:
    s = _Section(db, spec, names, ctx)
    if names[:1] != ["uid"]:
        s.t.add("errors", "", "", translate("sync", "rows have no uid"))
        return None
    good = row_shape.well_formed(s, rows, _SCOPED)
    if spec.name == "payments" and "worker_uid" in s.index:
        _known_workers(s, good)
    existing = _existing(s, good)
    parents = _parent_owners(s, good)
    ctx.planned.setdefault(spec.name, set()).update(r[0] for r in good if r[0] not in existing)
    _judge_columns(s, good)
    if row_bulk.applies(s):  # new rows in one pass (row_bulk.py), the others one by one
        row_bulk.plan_new(s, [r for r in good if r[0] not in existing], parents, _SCOPED)
        for row in good:
            if row[0] in existing:
                _classify(s, row, existing[row[0]], parents)
    else:
        for row in good:
            _classify(s, row, existing.get(row[0]), parents)
    if spec.name == "workers" and "nik" in s.cols and s.has_opd:
        _one_nik_per_opd(s, good, existing)
    if spec.name == "payments" and spec.direction == "up" and ctx.scoped:
        _payment_rules(s, good, existing)
    return s.plan


_SENT_AS = {"worker_id": "worker_uid", "sponsor_id": "sponsor_uid", "reverses_id": "reverses_uid"}


def _payment_rules(s: _Section, good: list[list[Any]], existing: dict[str, dict[str, Any]]) -> None:
    """The payment form's rules across the section (membership, sponsor, reversals)."""
    names = list(s.index)
    by_uid = {r[0]: r for r in good}
    new = {r[0] for r in good if r[0] not in existing}
    # Stored here already for the same month: judged against the membership when it arrived; a full
    # resend after the worker re-registered (a draft again) does not make it wrong now.
    month_at = s.index.get("month")
    accepted = {uid for uid, here in existing.items()
                if uid in by_uid and month_at is not None and here.get("month") == by_uid[uid][month_at]}
    found = row_payments.problems(s.db, names, good, s.ctx.members, new, accepted=accepted)
    found += stored_payment_edits(s.db, names, good, [uid for uid in by_uid if uid not in new])
    found += paid_twice(s.db, names, good, new)
    for uid, column, value, reason in found:
        sent_as = _SENT_AS.get(column, column)
        sent = by_uid[uid][s.index[sent_as]] if value is None and sent_as in s.index else value
        s.refuse(uid, by_uid.get(uid), column, sent, reason)


def _judge_columns(s: _Section, good: list[list[Any]]) -> None:
    """Judge each distinct value of each column once, before the rows: most values repeat (months,
    amounts, methods), and a section whose values are all fine skips the per-value step per row."""
    s.bad_columns = []
    for c, at, fld, seen in s.checked:
        if s.children:  # nested lists may stand anywhere in such a section: judge row by row
            s.bad_columns.append((c, at, fld, seen))
            continue
        values = set(map(itemgetter(at), good))
        if row_shape.values_fine(fld, values):  # names, identifiers, references: all at once
            continue
        for value in values:
            seen[value] = checks.value_problem(fld, value)
        if any(seen.values()):
            s.bad_columns.append((c, at, fld, seen))


def _one_nik_per_opd(s: _Section, good: list[list[Any]], existing: dict[str, dict[str, Any]]) -> None:
    """As the form refuses it: a NIK held twice in one OPD (the database would refuse it too)."""
    nik_at = s.index["nik"]
    final = {r[0]: r[nik_at] for r in good}
    holders: dict[str, str] = {}
    wanted = list({n for n in final.values() if isinstance(n, str)})
    for chunk in chunks(wanted):
        marks = ",".join("?" * len(chunk))
        for nik, uid in s.db.execute(f"SELECT nik, uid FROM workers WHERE opd_id = ? AND nik IN ({marks})",
                                     [s.ctx.opd_id, *chunk]):
            if final.get(uid, nik) == nik:  # not moving to another NIK in this bundle
                holders[nik] = uid
    for row in good:
        uid, nik = row[0], row[nik_at]
        if not isinstance(nik, str):
            continue
        if holders.setdefault(nik, uid) != uid:
            s.refuse(uid, row, "nik", nik, translate("sync", "another worker of this OPD already has this NIK"))


def _known_workers(s: _Section, good: list[list[Any]]) -> None:
    """Income and JHT of the workers paid for that this bundle does not carry (the money rule)."""
    at = s.index["worker_uid"]
    wanted = list({r[at] for r in good if isinstance(r[at], str) and r[at] not in s.ctx.workers})
    for chunk in chunks(wanted):
        marks = ",".join("?" * len(chunk))
        for uid, income, jht, name in s.db.execute(
                f"SELECT uid, declared_income, jht, name FROM workers WHERE uid IN ({marks})", chunk):
            s.ctx.workers[uid] = (income, jht)
            s.ctx.names.setdefault(uid, name)


def _existing(s: _Section, good: list[list[Any]]) -> dict[str, dict[str, Any]]:
    spec = s.spec
    select = ["id", "uid", *s.cols, *[p.column for p in s.parents]]
    if s.has_opd:
        select.append(spec.opd_column)
    select += [c for c in s.label_cols if c not in select]
    if spec.name == "workers":
        select += [c for c in ("nik", "name", "birth_date", "gender", "start_month", "declared_income", "jht",
                               "age_override_reason", "kpj", "bpjs_status") if c not in select]
    found: dict[str, dict[str, Any]] = {}
    for chunk in chunks([r[0] for r in good]):
        marks = ",".join("?" * len(chunk))
        for row in s.db.execute(f"SELECT {', '.join(select)} FROM {spec.name} WHERE uid IN ({marks})", chunk):
            found[row[1]] = dict(zip(select, row, strict=True))
    if spec.match_on and all(c in s.index for c in spec.match_on):
        where = " AND ".join(f"{c} = ?" for c in spec.match_on)
        for row in good:
            if row[0] in found:
                continue
            hit = s.db.execute(f"SELECT {', '.join(select)} FROM {spec.name} WHERE {where}",
                               [row[s.index[c]] for c in spec.match_on]).fetchone()
            if hit is not None:
                found[row[0]] = {**dict(zip(select, hit, strict=True)), "_adopt": True}
    return found


def _parent_owners(s: _Section, good: list[list[Any]]) -> dict[str, dict[str, tuple[int, int | None]]]:
    """Parent uid -> (local id, its OPD) for every parent the rows name that is already here."""
    out: dict[str, dict[str, tuple[int, int | None]]] = {}
    for p in s.parents:
        wanted = list({r[s.index[p.field]] for r in good if isinstance(r[s.index[p.field]], str)})
        has_opd = p.table in _SCOPED
        found: dict[str, tuple[int, int | None]] = {}
        for chunk in chunks(wanted):
            marks = ",".join("?" * len(chunk))
            cols = "uid, id, opd_id" if has_opd else "uid, id, NULL"
            for uid, pid, opd in s.db.execute(f"SELECT {cols} FROM {p.table} WHERE uid IN ({marks})", chunk):
                found[uid] = (pid, opd)
        out[p.field] = found
    return out


def _classify(s: _Section, row: list[Any], local: dict[str, Any] | None,
              parents: dict[str, dict[str, tuple[int, int | None]]]) -> None:
    uid = row[0]
    ctx, spec = s.ctx, s.spec
    if local is not None and s.has_opd and local.get(spec.opd_column) != ctx.opd_id:
        s.refuse(uid, row, "uid", uid, translate("sync", "this record belongs to another OPD"))
        return
    if local is None and spec.update_only:
        s.t.add_conflict(uid, s.label_of(row, None), "record", None, ctx.summary.sender, translate(
            "sync", "this install does not have the record {sender} sent").format(sender=ctx.summary.sender))
        return
    incoming = dict(zip(s.cols, s.values_of(row), strict=True))
    refs: dict[str, Any] = {}
    ok = True
    for p in s.parents:
        ref = row[s.index[p.field]]
        if ref is None:
            refs[p.column] = None
            continue
        here = parents[p.field].get(ref) if isinstance(ref, str) else None
        if here is not None:
            if ctx.scoped and p.table in _SCOPED and here[1] != ctx.opd_id:
                s.refuse(uid, row, p.column, ref, translate("sync", "refers to a record of another OPD"))
                ok = False
            refs[p.column] = here[0]
        elif isinstance(ref, str) and ref in ctx.planned.get(p.table, set()):
            refs[p.column] = Ref(p.table, ref)
        else:
            s.refuse(uid, row, p.column, ref, translate("sync", "refers to a {table} record this install does not "
                                                                "have").format(table=fields.table_label(p.table)))
            ok = False
    merged = {**local, **incoming} if local else incoming
    if not _valid(s, uid, row, merged) or not ok:
        return
    if local is None:
        _plan_insert(s, row, incoming, refs)
    else:
        _plan_update(s, row, local, incoming, refs)


def _valid(s: _Section, uid: str, row: list[Any], merged: dict[str, Any]) -> bool:
    """Every sent value as the registry checks it, then the record as the forms check it."""
    before = s.t.errors
    name = s.spec.name
    for c, at, fld, seen in s.bad_columns:  # only columns where _judge_columns found a problem
        value = row[at]
        if isinstance(value, list):  # a nested list where a value belongs
            problem = checks.value_problem(fld, value)
        else:
            problem = seen.get(value, False)
            if problem is False:  # each distinct value of a column is judged once
                problem = seen[value] = checks.value_problem(fld, value)
        if problem:
            s.refuse(uid, row, c, value, problem)
    _judge_children(s, uid, row)
    if s.t.errors != before:
        return False
    problems = _form_problems(s, row, merged) if s.spec.direction == "up" else []
    for column, reason in problems:
        s.refuse(uid, row, column, merged.get(column), reason, show_value=False)
    if name == "workers" and not problems:
        _remember_worker(s, uid, row, merged)
    return not problems


def _judge_children(s: _Section, uid: str, row: list[Any]) -> None:
    """Nested rows (a rate table's brackets), each value and the list as a whole."""
    for c in s.children:
        at = s.child_index[c.table]
        found = row_children.problem(c, row[at]) if at is not None else None
        if found:
            s.refuse(uid, row, c.table, row_shape.printable(row[at])[:40], found)


def _form_problems(s: _Section, row: list[Any], merged: dict[str, Any]) -> row_rules.Problems:
    """An OPD's roster and payments: the forms' own rules (a restore is Disnaker's copy)."""
    name = s.spec.name
    if name == "workers":
        return row_rules.worker_problems(merged, s.ctx.canonical)
    if name == "sponsors":
        return row_rules.sponsor_problems(merged, s.ctx.canonical_sponsors)
    if name == "payments" and s.ctx.money is not None:
        worker_uid = row[s.index["worker_uid"]] if "worker_uid" in s.index else None
        worker = s.ctx.workers.get(worker_uid) if isinstance(worker_uid, str) else None
        return s.ctx.money.problems(merged, worker)
    return []


def _remember_worker(s: _Section, uid: str, row: list[Any], merged: dict[str, Any]) -> None:
    """What the payment rules of this bundle need of a worker, as the bundle leaves it."""
    s.ctx.workers[uid] = (merged.get("declared_income") or 0, merged.get("jht") or 0)
    if merged.get("name"):
        s.ctx.names[uid] = merged["name"]
    if "sponsor_uid" in s.index:
        s.ctx.members[uid] = {k: merged.get(k) for k in ("status", "start_month", "ended_on", "status_changed_on",
                                                         "updated_at")}
        s.ctx.members[uid]["sponsor_uid"] = row[s.index["sponsor_uid"]]


def _plan_insert(s: _Section, row: list[Any], incoming: dict[str, Any], refs: dict[str, Any]) -> None:
    uid = row[0]
    if s.spec.insert_rule is not None:
        sent = dict(incoming)
        s.spec.insert_rule(incoming)
        if incoming != sent and s.spec.direction == "up":
            s.plan.echo.append(uid)
    s.plan.inserts.append([uid, *incoming.values(), *(refs[p.column] for p in s.parents)])
    for c in s.children:
        if s.child_index[c.table] is not None:
            s.plan.child_writes.append((uid, row[s.child_index[c.table]]))
    listed = s.t.new < MAX_LISTED  # past the listed ones only the count matters
    s.t.add("new", uid, s.label_of(row, None) if listed else "")


def _plan_update(s: _Section, row: list[Any], local: dict[str, Any], incoming: dict[str, Any],
                 refs: dict[str, Any]) -> None:
    uid = row[0]
    table = s.spec.name
    known = {k: v for k, v in refs.items() if not isinstance(v, Ref)}
    changes, conflicts = s.spec.merge(local, {**incoming, **known})
    if "status" in incoming and changes.get("status", local.get("status")) != incoming["status"] and \
            s.spec.direction == "up":
        s.plan.echo.append(uid)
    changes.update({k: v for k, v in refs.items() if isinstance(v, Ref)})
    changes.pop("created_at", None)  # a record is created once, here as there
    if local.get("_adopt"):
        changes["uid"] = uid
    children_differ = _children_differ(s, row, local)
    # Equal business fields are the same record: its bookkeeping stamps alone are no change.
    business = [k for k in changes if k != "uid" and k not in display.BOOKKEEPING]
    if not business and not children_differ:
        if changes:  # the stamps (or an adopted uid) still follow the owner's copy, unseen
            s.plan.updates.append((local["id"], uid, changes, {k: local.get(k) for k in changes}))
        if conflicts or len(s.t.records.get("present", ())) < MAX_LISTED:
            label = s.label_of(row, local)
        else:
            label = ""  # past the listed ones only the count matters
        _add_conflicts(s, uid, label, conflicts)
        if not conflicts:
            s.t.add("present", uid, label)
        return
    label = s.label_of(row, local)
    _add_conflicts(s, uid, label, conflicts)
    old = {k: local.get(k) for k in changes}
    if changes:
        s.plan.updates.append((local["id"], uid, changes, old))
    shown = [(fields.label(table, k), _show(table, k, old[k]),
              v.uid[:8] if isinstance(v, Ref) else _show(table, k, v)) for k, v in changes.items() if k in business]
    if children_differ:
        shown.append((fields.table_label(s.children[0].table), "", ""))
    s.t.add_change(uid, label, shown)


def _add_conflicts(s: _Section, uid: str, label: str, conflicts: list[tuple[str, Any, Any]]) -> None:
    for name, mine, theirs in conflicts:
        s.t.add_conflict(uid, label, name, mine, theirs, translate("sync", "{field}: here '{mine}', {sender} "
                                                                          "'{theirs}'").format(
            field=fields.label(s.spec.name, name), mine=_show(s.spec.name, name, mine),
            theirs=_show(s.spec.name, name, theirs), sender=s.ctx.summary.sender))


def _children_differ(s: _Section, row: list[Any], local: dict[str, Any]) -> bool:
    differ = False
    for c in s.children:
        rows_in = row[s.child_index[c.table]] if s.child_index[c.table] is not None else None
        if rows_in is not None:
            have = [list(r) for r in s.db.execute(
                f"SELECT {', '.join(c.columns)} FROM {c.table} WHERE {c.fk} = ? ORDER BY {c.order_by}",
                [local["id"]]).fetchall()]
            if have != rows_in:
                s.plan.child_writes.append((local["id"], rows_in))
                differ = True
    return differ
