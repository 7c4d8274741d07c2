"""Planning the NEW rows of a section in one pass, without a dict per row.

Most of what a Disnaker sitting reads (2.4 million rows) are payments it does not have yet: the
same decisions as row_plan._classify takes row by row (each parent resolved and kept within the
sender's OPD, the money rule, the insert and its summary line), with the per-row work reduced to
look-ups in dicts built once per section. Used only where nothing else applies to a new row: no
nested rows, no insert rule, no column whose values need judging row by row, and no form rule
but the money rule (the roster's rows go through row_plan._classify).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, NamedTuple

from rentan_desktop import fields
from rentan_desktop.i18n import translate
from rentan_desktop.sync.plan import MAX_LISTED

# `s` below is row_plan's section being planned (row_plan imports this module, not the reverse).
Section = Any


class Ref(NamedTuple):
    """A parent named by uid, resolved to a local id when the plan is written (a tuple: hashed in C)."""
    table: str
    uid: str

_MONEY_COLUMNS = ("month", "amount", "jkk", "jkm", "jht", "kind", "paid_on")


def applies(s: Section) -> bool:
    spec = s.spec
    return (not s.children and not s.bad_columns and spec.insert_rule is None and not spec.update_only
            and (spec.direction != "up" or spec.name not in ("workers", "sponsors")))


def plan_new(s: Section, rows: list[list[Any]], parents: dict[str, dict[str, tuple[int, int | None]]],
             scoped_tables: tuple[str, ...]) -> None:
    ctx, t = s.ctx, s.t
    links = [(p.column, s.index[p.field], parents[p.field], ctx.planned.get(p.table, set()),
              ctx.scoped and p.table in scoped_tables, p.table) for p in s.parents]
    money = _MoneyRule(s) if s.spec.direction == "up" and s.spec.name == "payments" and ctx.money else None
    values_of = s.values_of
    parents_of = itemgetter(*[link[1] for link in links]) if links else (lambda row: ())
    resolved: dict[Any, list[Any]] = {}  # the parents a row names -> their local ids (payments repeat them)
    inserts = s.plan.inserts
    added = 0
    for row in rows:
        named = parents_of(row)
        refs = resolved.get(named)
        if refs is None:
            refs = _refs(s, row, links)  # a refused parent is refused again on every row naming it
            if refs is not None:
                resolved[named] = refs
        if refs is None or (money is not None and not money.ok(row)):
            continue
        inserts.append([row[0], *values_of(row), *refs])
        if t.new + added < MAX_LISTED:
            t.add("new", row[0], s.label_of(row, None))
        else:
            added += 1
    t.new += added


def _refs(s: Section, row: list[Any], links: list) -> list[Any] | None:
    """Each parent as a local id (or a Ref to a row this bundle inserts); None when one is refused."""
    refs: list[Any] = []
    ok = True
    for column, at, here_by_uid, planned, scoped, table in links:
        ref = row[at]
        if ref is None:
            refs.append(None)
            continue
        here = here_by_uid.get(ref)
        if here is not None:
            if scoped and here[1] != s.ctx.opd_id:
                s.refuse(row[0], row, column, ref, translate("sync", "refers to a record of another OPD"))
                ok = False
            refs.append(here[0])
        elif ref in planned:
            refs.append(Ref(table, ref))
        else:
            s.refuse(row[0], row, column, ref, translate("sync", "refers to a {table} record this install does "
                                                                 "not have").format(table=fields.table_label(table)))
            ok = False
    return refs if ok else None


class _MoneyRule:
    """row_rules.Money on a row as sent (no dict per row)."""

    def __init__(self, s: Section):
        self.s = s
        wanted = [s.index.get(c) for c in _MONEY_COLUMNS]
        self.values = itemgetter(*[i if i is not None else 0 for i in wanted])
        self.missing = [k for k, i in enumerate(wanted) if i is None]
        self.worker_at = s.index.get("worker_uid")
        self.seen: dict[tuple, list] = {}

    def ok(self, row: list[Any]) -> bool:
        s = self.s
        worker_uid = row[self.worker_at] if self.worker_at is not None else None
        worker = s.ctx.workers.get(worker_uid) if type(worker_uid) is str else None
        key = (self.values(row), worker)
        problems = self.seen.get(key)
        if problems is None:
            parts = list(key[0])
            for k in self.missing:
                parts[k] = None
            problems = self.seen[key] = s.ctx.money.problems_of(*parts, worker)
        if not problems:
            return True
        for column, reason in problems:
            s.refuse(row[0], row, column, row[s.index[column]] if column in s.index else None, reason)
        return False
