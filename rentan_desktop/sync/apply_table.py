"""Applying one table section of a bundle: shape, match, resolve parents, classify, write.

Each step is a function over a `_Plan` (what this section's columns mean here) so the
summary of a preview and of an applied import come from the same code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from rentan_desktop.i18n import translate
from rentan_desktop.sync.export import table_columns
from rentan_desktop.sync.plan import ImportSummary, TableSummary
from rentan_desktop.sync.tables import Child, Parent, SyncTable


@dataclass
class ApplyContext:
    opd_id: int | None  # the OPD the rows belong to
    summary: ImportSummary
    conflicts: list = field(default_factory=list)


@dataclass
class _Plan:
    """How the section's columns map onto this install's table."""
    spec: SyncTable
    t: TableSummary
    ctx: ApplyContext
    present: set[str]
    index: dict[str, int]
    cols: list[str]
    parents: list[Parent]
    children: list[Child]
    child_index: dict[str, int | None]
    label_cols: list[str]
    width: int
    col_idx: list[int]

    @property
    def has_opd_column(self) -> bool:
        return bool(self.spec.opd_column and self.spec.opd_column in self.present)

    def label_of(self, row: list[Any], local: dict[str, Any] | None) -> str:
        parts = []
        for c in self.label_cols:
            value = row[self.index[c]] if c in self.index else (local or {}).get(c)
            if value is not None:
                parts.append(str(value))
        return " ".join(parts)


@dataclass
class _Writes:
    inserts: list[list[Any]] = field(default_factory=list)
    deferred: list[list[Any]] = field(default_factory=list)  # rows whose parent is a row of this same bundle and table
    updates: dict[tuple[str, ...], list[list[Any]]] = field(default_factory=dict)
    child_writes: list[tuple[int | str, list]] = field(default_factory=list)


def chunks(items: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int) and not isinstance(value, bool)


def apply_table(db: sqlite_utils.Database, spec: SyncTable, names: list[str], rows: list[list[Any]],
                ctx: ApplyContext) -> None:
    plan = _make_plan(db, spec, names, ctx)
    if plan is None:
        return
    good = _well_formed(plan, rows)
    existing = _existing(db, plan, good)
    parent_maps = _parent_maps(db, plan, good)
    writes = _classify(db, plan, good, existing, parent_maps)
    _write(db, plan, writes)


def _make_plan(db: sqlite_utils.Database, spec: SyncTable, names: list[str], ctx: ApplyContext) -> _Plan | None:
    t = ctx.summary.table(spec.name)
    present = table_columns(db, spec.name)
    index = {n: i for i, n in enumerate(names)}
    if names[:1] != ["uid"]:
        t.add("errors", "", "", translate("sync", "rows have no uid"))
        return None
    cols = [c for c in spec.columns if c in index and c in present]
    parents = [p for p in spec.parents if p.field in index and p.column in present]
    children = list(spec.children)
    child_index = {c.table: next((i for n, i in index.items() if n.startswith(c.table + ":")), None)
                   for c in children}
    label_cols = [c for c in spec.label_fields if c in present]
    return _Plan(spec, t, ctx, set(present), index, cols, parents, children, child_index, label_cols, len(names),
                 [index[c] for c in cols])


def _well_formed(plan: _Plan, rows: list[list[Any]]) -> list[list[Any]]:
    """Step 1: the shape of each row (width, uid, scalar values)."""
    good: list[list[Any]] = []
    for row in rows:
        uid = row[0] if row else None
        if len(row) != plan.width or not isinstance(uid, str) or not uid or len(uid) > 64 or \
                not all(_scalar(row[i]) for i in plan.col_idx):
            plan.t.add("errors", str(uid)[:64], "", translate("sync", "malformed row"))
            continue
        good.append(row)
    return good


def _select_cols(plan: _Plan) -> list[str]:
    select_cols = ["id", "uid", *plan.cols, *[p.column for p in plan.parents]]
    if plan.has_opd_column:
        select_cols.append(plan.spec.opd_column)
    select_cols += [c for c in plan.label_cols if c not in select_cols]
    return select_cols


def _existing(db: sqlite_utils.Database, plan: _Plan, good: list[list[Any]]) -> dict[str, dict[str, Any]]:
    """Step 2: what is here already, by uid (or by the table's natural key, adopting the uid)."""
    spec = plan.spec
    select_cols = _select_cols(plan)
    existing: dict[str, dict[str, Any]] = {}
    if spec.extra.get("self_row"):
        row = db.execute(f"SELECT {', '.join(select_cols)} FROM {spec.name} WHERE id = ?",
                         [plan.ctx.opd_id]).fetchone()
        if row is not None:
            found = dict(zip(select_cols, row, strict=True))
            existing = {r[0]: found for r in good}
        return existing
    for chunk in chunks([r[0] for r in good]):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"SELECT {', '.join(select_cols)} FROM {spec.name} WHERE uid IN ({marks})",
                              chunk).fetchall():
            existing[row[1]] = dict(zip(select_cols, row, strict=True))
    if spec.match_on and all(c in plan.index for c in spec.match_on):
        where = " AND ".join(f"{c} = ?" for c in spec.match_on)
        for row in good:
            if row[0] in existing:
                continue
            found = db.execute(f"SELECT {', '.join(select_cols)} FROM {spec.name} WHERE {where}",
                               [row[plan.index[c]] for c in spec.match_on]).fetchone()
            if found is not None:
                existing[row[0]] = {**dict(zip(select_cols, found, strict=True)), "_adopt": True}
    return existing


def _parent_maps(db: sqlite_utils.Database, plan: _Plan, good: list[list[Any]]) -> dict[str, dict[str, int]]:
    """Step 3: parent uids -> local ids (rows arriving in this bundle resolve after their insert)."""
    parent_maps: dict[str, dict[str, int]] = {}
    for p in plan.parents:
        wanted = list({r[plan.index[p.field]] for r in good if isinstance(r[plan.index[p.field]], str)})
        found_map: dict[str, int] = {}
        for chunk in chunks(wanted):
            marks = ",".join("?" * len(chunk))
            found_map.update(db.execute(f"SELECT uid, id FROM {p.table} WHERE uid IN ({marks})", chunk).fetchall())
        parent_maps[p.field] = found_map
    return parent_maps


def _resolve_parents(plan: _Plan, row: list[Any], parent_maps: dict[str, dict[str, int]],
                     incoming_uids: set[str]) -> tuple[dict[str, Any], tuple[Parent, Any] | None, bool]:
    """The local parent ids of one row; the first parent that is missing; whether it waits on this bundle."""
    resolved: dict[str, Any] = {}
    missing = None
    waits = False
    for p in plan.parents:
        ref = row[plan.index[p.field]]
        if ref is None:
            resolved[p.column] = None
        elif ref in parent_maps[p.field]:
            resolved[p.column] = parent_maps[p.field][ref]
        elif p.table == plan.spec.name and ref in incoming_uids:
            waits = True
            resolved[p.column] = ref
        else:
            missing = (p, ref)
    return resolved, missing, waits


def _classify(db: sqlite_utils.Database, plan: _Plan, good: list[list[Any]], existing: dict[str, dict[str, Any]],
              parent_maps: dict[str, dict[str, int]]) -> _Writes:
    """Step 4: new, updated, present, conflict or error for each row; what to write."""
    writes = _Writes()
    incoming_uids = {r[0] for r in good} if any(p.table == plan.spec.name for p in plan.parents) else set()
    for row in good:
        uid = row[0]
        local = existing.get(uid)
        resolved, missing, waits = _resolve_parents(plan, row, parent_maps, incoming_uids)
        if missing is not None:
            plan.t.add("errors", uid, plan.label_of(row, local), translate(
                "sync", "refers to a {table} record this install does not have").format(table=missing[0].table))
            continue
        if local is None:
            _classify_new(plan, row, resolved, waits, writes)
        else:
            _classify_existing(db, plan, row, local, resolved, waits, writes)
    return writes


def _classify_new(plan: _Plan, row: list[Any], resolved: dict[str, Any], waits: bool, writes: _Writes) -> None:
    uid = row[0]
    summary = plan.ctx.summary
    if plan.spec.update_only:
        plan.t.add_conflict(uid, plan.label_of(row, None), "record", None, summary.sender, translate(
            "sync", "this install does not have the record {sender} sent").format(sender=summary.sender))
        return
    values = [uid, *[row[i] for i in plan.col_idx], *[resolved[p.column] for p in plan.parents]]
    if plan.has_opd_column:
        values.append(plan.ctx.opd_id)
    (writes.deferred if waits else writes.inserts).append(values)
    for c in plan.children:
        if plan.child_index[c.table] is not None:
            writes.child_writes.append((uid, row[plan.child_index[c.table]]))
    plan.t.add("new", uid, plan.label_of(row, None))


def _classify_existing(db: sqlite_utils.Database, plan: _Plan, row: list[Any], local: dict[str, Any],
                       resolved: dict[str, Any], waits: bool, writes: _Writes) -> None:
    uid = row[0]
    spec = plan.spec
    summary = plan.ctx.summary
    if spec.opd_column and spec.opd_column in local and local[spec.opd_column] != plan.ctx.opd_id:
        plan.t.add_conflict(uid, plan.label_of(row, local), "record", "", summary.sender, translate(
            "sync", "the record belongs to another OPD but {sender} sent it").format(sender=summary.sender))
        return
    incoming = {c: row[plan.index[c]] for c in plan.cols}
    incoming.update({p.column: resolved[p.column] for p in plan.parents if not (waits and p.table == spec.name)})
    changes, conflicts = spec.merge(local, incoming) if spec.merge else (
        {k: v for k, v in incoming.items() if local.get(k) != v}, [])
    if local.get("_adopt"):
        changes["uid"] = uid
    if _children_differ(db, plan, row, local, writes):
        changes.setdefault("_children", True)
    label = plan.label_of(row, local)
    for field_name, mine, theirs in conflicts:
        plan.t.add_conflict(uid, label, field_name, mine, theirs, f"{field_name}: {mine} -> {theirs}")
    if changes:
        changes.pop("_children", None)
        if changes:
            writes.updates.setdefault(tuple(sorted(changes)), []).append(
                [*[changes[k] for k in sorted(changes)], local["id"]])
        plan.t.add("updated", uid, label, ", ".join(sorted(k for k in changes if k != "uid")))
    elif not conflicts:
        plan.t.add("present", uid, label)


def _children_differ(db: sqlite_utils.Database, plan: _Plan, row: list[Any], local: dict[str, Any],
                     writes: _Writes) -> bool:
    differ = False
    for c in plan.children:
        rows_in = row[plan.child_index[c.table]] if plan.child_index[c.table] is not None else None
        if rows_in is not None:
            have = [list(r) for r in db.execute(
                f"SELECT {', '.join(c.columns)} FROM {c.table} WHERE {c.fk} = ? ORDER BY {c.order_by}",
                [local["id"]]).fetchall()]
            if have != rows_in:
                writes.child_writes.append((local["id"], rows_in))
                differ = True
    return differ


def _write(db: sqlite_utils.Database, plan: _Plan, writes: _Writes) -> None:
    """Step 5: updates first (a live payment may be reversed before its replacement arrives)."""
    spec = plan.spec
    try:
        for changed, batch in writes.updates.items():
            assigns = ", ".join(f"{c} = ?" for c in changed)
            db.conn.executemany(f"UPDATE {spec.name} SET {assigns} WHERE id = ?", batch)
        insert_cols = ["uid", *plan.cols, *[p.column for p in plan.parents]]
        if plan.has_opd_column:
            insert_cols.append(spec.opd_column)
        sql = f"INSERT INTO {spec.name} ({', '.join(insert_cols)}) VALUES ({', '.join('?' * len(insert_cols))})"
        if writes.inserts:
            db.conn.executemany(sql, writes.inserts)
        _insert_deferred(db, plan, sql, writes.deferred)
        _write_children(db, plan, writes.child_writes)
    except sqlite3.DatabaseError as exc:  # a CHECK, UNIQUE or foreign key the rows break
        plan.t.add("errors", "", "", translate("sync", "the database refused these rows: {reason}").format(reason=exc))


def _insert_deferred(db: sqlite_utils.Database, plan: _Plan, sql: str, deferred: list[list[Any]]) -> None:
    """Rows whose parent is another row of this section: insert in waves, parents first."""
    spec = plan.spec
    offset = 1 + len(plan.cols)
    self_parents = [i for i, p in enumerate(plan.parents) if p.table == spec.name]
    while deferred:
        refs = {v[offset + i] for v in deferred for i in self_parents}
        ids = {}
        for chunk in chunks([r for r in refs if isinstance(r, str)]):
            marks = ",".join("?" * len(chunk))
            ids.update(db.execute(f"SELECT uid, id FROM {spec.name} WHERE uid IN ({marks})", chunk).fetchall())
        ready, later = [], []
        for v in deferred:
            if all(not isinstance(v[offset + i], str) or v[offset + i] in ids for i in self_parents):
                for i in self_parents:
                    ref = v[offset + i]
                    if isinstance(ref, str):
                        v[offset + i] = ids[ref]
                ready.append(v)
            else:
                later.append(v)
        if not ready:
            for v in later:
                plan.t.add("errors", v[0], "", translate("sync", "refers to a {table} record this install does not "
                                                                 "have").format(table=spec.name))
            break
        db.conn.executemany(sql, ready)
        deferred = later


def _write_children(db: sqlite_utils.Database, plan: _Plan, child_writes: list[tuple[int | str, list]]) -> None:
    for owner, child_rows in child_writes:
        owner_id = owner if isinstance(owner, int) else db.execute(
            f"SELECT id FROM {plan.spec.name} WHERE uid = ?", [owner]).fetchone()[0]
        for c in plan.children:
            db.execute(f"DELETE FROM {c.table} WHERE {c.fk} = ?", [owner_id])
            db.conn.executemany(
                f"INSERT INTO {c.table} ({c.fk}, {', '.join(c.columns)}) VALUES (?, {', '.join('?' * len(c.columns))})",
                [[owner_id, *r] for r in child_rows])
