"""Writing a planned table section (sync/row_plan.py) inside the import's transaction, audited.

Parents named by uid are resolved to local ids now, after the sections before this one were
written. Updates go first (a live payment may be reversed before its replacement arrives).
Every changed record gets an audit entry with the fields before and after; new roster records
one each (who, which bundle); new payments one entry per bundle and table (the import log lists them).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from rentan_desktop.store import audit
from rentan_desktop.store.clock import now_iso
from rentan_desktop.sync.row_plan import Ref, TablePlan, chunks

_AUDIT_SQL = ("INSERT INTO audit_log(at, operator, table_name, record_uid, action, before, after, note) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_BULK_TABLES = ("payments",)  # one audit entry per bundle rather than per row


def _resolve(db: sqlite_utils.Database, refs: set[Ref]) -> dict[Ref, int]:
    by_table: dict[str, list[str]] = {}
    for ref in refs:
        by_table.setdefault(ref.table, []).append(ref.uid)
    out: dict[Ref, int] = {}
    for table, uids in by_table.items():
        for chunk in chunks(uids):
            marks = ",".join("?" * len(chunk))
            for uid, rid in db.execute(f"SELECT uid, id FROM {table} WHERE uid IN ({marks})", chunk):
                out[Ref(table, uid)] = rid
    return out


def _refs_in(values: dict[str, Any]) -> set[Ref]:
    return {v for v in values.values() if isinstance(v, Ref)}


def _province_mark(db: sqlite_utils.Database, plan: TablePlan) -> Iterator[int] | None:
    """At Disnaker, rows received from an OPD carry a change number of their own (`hub_rev`), so
    the city's next province bundle sends them and can split them into parts anywhere
    (sync/province.py); `rev` stays, so they never echo back to the OPD."""
    count = len(plan.inserts) + len(plan.updates)
    if plan.spec.direction != "up" or not count:
        return None
    return itertools.count(audit.next_rev(db, count) - count + 1)


def write_table(db: sqlite_utils.Database, plan: TablePlan, operator: str, note: str) -> None:
    name = plan.spec.name
    mark = _province_mark(db, plan)
    stamp = now_iso()
    trail: list[tuple] = []
    # Updates whose parent is a row this section inserts wait until after the inserts.
    ids = _resolve(db, set().union(*(_refs_in(c) for _, _, c, _ in plan.updates)) if plan.updates else set())
    now, later = [], []
    for item in plan.updates:
        (later if any(r not in ids for r in _refs_in(item[2])) else now).append(item)
    _update(db, name, now, ids, mark)
    _insert(db, plan, mark)
    if later:
        _update(db, name, later, _resolve(db, set().union(*(_refs_in(c) for _, _, c, _ in later))), mark)
    for _, uid, changes, old in plan.updates:
        after = {k: (v.uid if isinstance(v, Ref) else v) for k, v in changes.items()}
        trail.append((stamp, operator, name, uid, "sync_update", json.dumps(old, ensure_ascii=False, default=str),
                      json.dumps(after, ensure_ascii=False, default=str), note))
    if plan.inserts and name in _BULK_TABLES:
        trail.append((stamp, operator, name, plan.inserts[0][0], "sync_create", None,
                      json.dumps({"count": len(plan.inserts), "last": plan.inserts[-1][0]}), note))
    elif plan.inserts:  # who and which bundle; the values are the record itself and the archived bundle
        trail.extend((stamp, operator, name, row[0], "sync_create", None, None, note) for row in plan.inserts)
    _write_children(db, plan)
    if trail:
        db.conn.executemany(_AUDIT_SQL, trail)
    if plan.echo:
        _echo(db, name, plan.echo)


def _echo(db: sqlite_utils.Database, table: str, uids: list[str]) -> None:
    """New change numbers for records kept otherwise than sent, so the next return bundle carries them."""
    from rentan_desktop.store import audit

    ids = [r[0] for r in db.execute(f"SELECT t.id FROM json_each(?) j JOIN {table} t ON t.uid = j.value",
                                    [json.dumps(uids)])]
    if ids:
        last = audit.next_rev(db, len(ids))
        db.conn.executemany(f"UPDATE {table} SET rev = ? WHERE id = ?",
                            [(last - len(ids) + 1 + i, rid) for i, rid in enumerate(ids)])


def _update(db: sqlite_utils.Database, table: str, items: list, ids: dict[Ref, int],
            mark: Iterator[int] | None) -> None:
    groups: dict[tuple[str, ...], list[list[Any]]] = {}
    for rid, _, changes, _ in items:
        if mark is not None:
            changes = {**changes, "hub_rev": next(mark)}
        keys = tuple(sorted(changes))
        groups.setdefault(keys, []).append([ids[v] if isinstance(v, Ref) else v for v in
                                            (changes[k] for k in keys)] + [rid])
    for keys, batch in groups.items():
        assigns = ", ".join(f"{c} = ?" for c in keys)
        db.conn.executemany(f"UPDATE {table} SET {assigns} WHERE id = ?", batch)


def _insert(db: sqlite_utils.Database, plan: TablePlan, mark: Iterator[int] | None) -> None:
    if not plan.inserts:
        return
    name = plan.spec.name
    cols = plan.insert_columns
    first_parent = len(cols) - len(plan.parents)
    marks = ["?"] * len(cols)
    if plan.has_opd_column:  # one OPD for the whole section: a literal, not a value per row
        cols = [*cols, plan.spec.opd_column]
        marks.append(str(int(plan.opd_id)) if plan.opd_id is not None else "NULL")
    if mark is not None:  # the province hub: each row received gets its change number (hub_rev)
        cols = [*cols, "hub_rev"]
        marks.append("?")
    sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join(marks)})"
    pending = plan.inserts
    while pending:
        # Parents inserted by earlier sections resolve at once; parents in this section, in waves.
        ids = _resolve(db, {v for r in pending for v in r[first_parent:] if type(v) is Ref})
        tails: dict[tuple, list | None] = {}  # the parents a row names -> their ids (payments repeat them)
        ready, later = [], []
        for r in pending:
            named = tuple(r[first_parent:])
            tail = tails.get(named, False)
            if tail is False:
                tail = tails[named] = None if any(type(v) is Ref and v not in ids for v in named) else \
                    [ids[v] if type(v) is Ref else v for v in named]
            if tail is None:
                later.append(r)
            else:  # a new list: the plan stays as planned (its rows name their parents by uid)
                ready.append(r[:first_parent] + tail if mark is None else [*r[:first_parent], *tail, next(mark)])
        if not ready:  # the plan only keeps rows whose parents exist or arrive: a cycle cannot happen
            raise RuntimeError(f"unresolvable parents in {name}")
        db.conn.executemany(sql, ready)
        pending = later


def _write_children(db: sqlite_utils.Database, plan: TablePlan) -> None:
    for owner, child_rows in plan.child_writes:
        owner_id = owner if isinstance(owner, int) else db.execute(
            f"SELECT id FROM {plan.spec.name} WHERE uid = ?", [owner]).fetchone()[0]
        for c in plan.children:
            db.execute(f"DELETE FROM {c.table} WHERE {c.fk} = ?", [owner_id])
            db.conn.executemany(
                f"INSERT INTO {c.table} ({c.fk}, {', '.join(c.columns)}) VALUES (?, {', '.join('?' * len(c.columns))})",
                [[owner_id, *r] for r in child_rows])
