"""Which tables replicate, in which direction, and which columns: derived from the field registry.

Ownership decides everything (rentan_desktop/fields): a sender exports only the fields it owns
(plus FILL fields it knows, such as a KPJ an OPD had before Disnaker), and a receiver applies only
those, so it never blanks what it owns itself. `merge` below applies the travel rules: a FILL value
known on one side only reaches the other, a blank never clears a known value, and two different
known values become a conflict for a person.

Each `SyncTable`:
- `name`, `direction`: "up" (OPD -> Disnaker) or "down" (Disnaker -> OPD); rows match by `uid`.
- `columns`: what the sender sends and the receiver may write (from the registry).
- `parents`: REFERENCE fields, sent as the parent's uid (`Parent("sponsor_id", "sponsors", "sponsor_uid")`).
- `opd_column`: SCOPE, set at the receiver to the OPD concerned.
- `export_where`: which rows go; SQL over alias `t` with `:since` and `:opd_id`.
- `update_only`: the receiver never creates rows from it.
- `fill`: FILL columns (blank never clears; two known values conflict).
- `status_rule`: the merge rule of a DERIVED field (a worker's status).
- `match_on`, `children`, `label_fields`: as before (seeded rate tables, nested brackets, names).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rentan_desktop import fields
from rentan_desktop.fields import Travel

Changes = dict[str, Any]
Conflicts = list[tuple[str, Any, Any]]
StatusRule = Callable[[dict[str, Any], Changes, Conflicts], None]


@dataclass(frozen=True)
class Parent:
    column: str
    table: str
    field: str


@dataclass(frozen=True)
class Child:
    table: str
    fk: str
    columns: tuple[str, ...]
    order_by: str


@dataclass(frozen=True)
class SyncTable:
    name: str
    direction: str
    columns: tuple[str, ...]
    parents: tuple[Parent, ...] = ()
    opd_column: str | None = None
    export_where: str = "t.rev > :since"
    update_only: bool = False
    fill: tuple[str, ...] = ()
    status_rule: StatusRule | None = None
    insert_rule: Callable[[dict[str, Any]], None] | None = None
    match_on: tuple[str, ...] = ()
    children: tuple[Child, ...] = ()
    label_fields: tuple[str, ...] = ("name",)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.name}:{self.direction}"

    @property
    def sender_role(self) -> str:
        return "opd" if self.direction == "up" else "disnaker"

    def merge(self, local: dict[str, Any], incoming: dict[str, Any]) -> tuple[Changes, Conflicts]:
        """What of `incoming` to write over `local`, and the conflicts for a person."""
        changes: Changes = {}
        conflicts: Conflicts = []
        for name, value in incoming.items():
            mine = local.get(name)
            if mine == value:
                continue
            if name in self.fill:
                if value in (None, ""):
                    continue  # a blank never clears a known value (a BPJS rejection keeps the OPD's KPJ)
                if mine not in (None, ""):
                    conflicts.append((name, mine, value))
                    continue
            changes[name] = value
        if self.status_rule is not None:
            self.status_rule(local, changes, conflicts)
        return changes, conflicts


# (Disnaker has, OPD sends): an OPD copy that has not yet received Disnaker's BPJS answer.
# An OPD never submits on its own: (draft, submitted) is its copy of a registration BPJS rejected since.
STALE_AT_DISNAKER = {("submitted", "draft"), ("active", "draft"), ("active", "submitted"),
                     ("lapsed", "active"), ("lapsed", "submitted"), ("draft", "submitted")}
# Stages only Disnaker reaches (BPJS's answer, Disnaker's registration export): never raised by an OPD.
_DISNAKER_STAGES = ("active", "submitted")


def status_at_disnaker(local: dict[str, Any], changes: Changes, conflicts: Conflicts) -> None:
    """At Disnaker: the OPD's status follows facts the OPD owns (its ending, its payments' lapse, a
    new registration after a lapse) and applies; never a stage only Disnaker reaches (submitted,
    active), nor a stale stage of the BPJS registration that Disnaker has already moved past; the
    answer reaches the OPD in the next return bundle.

    'active' is BPJS's word, carried by Disnaker: an OPD that reports a worker active with a KPJ
    (a member registered before the programme) has its KPJ recorded as reported by the OPD and the
    worker becomes 'submitted' (payable, awaiting confirmation) until Disnaker records BPJS's
    acceptance of that KPJ; only a KPJ BPJS already accepted here lets the OPD's 'active' stand.
    So a forged or mistaken bundle cannot make anyone a BPJS member."""
    if "status" not in changes:
        return
    pair = (local.get("status"), changes["status"])
    if changes["status"] == "active" and _accepted_here(local, changes):
        if pair not in STALE_AT_DISNAKER:
            return
    elif changes["status"] == "active" and local.get("status") == "draft" and _reported_kpj(local, changes):
        changes["status"] = "submitted"
        return
    elif pair not in STALE_AT_DISNAKER and changes["status"] not in _DISNAKER_STAGES:
        return
    changes.pop("status")
    changes.pop("status_changed_on", None)


def _reported_kpj(local: dict[str, Any], changes: Changes) -> bool:
    return bool(changes.get("kpj") or local.get("kpj"))


def _accepted_here(local: dict[str, Any], changes: Changes) -> bool:
    """BPJS's acceptance of the worker's KPJ is recorded here (bpjs_import), for the KPJ it carries."""
    kpj = changes.get("kpj") or local.get("kpj")
    return local.get("bpjs_status") == "accepted" and bool(kpj) and kpj == local.get("kpj")


def new_worker_at_disnaker(incoming: dict[str, Any]) -> None:
    """A worker new at Disnaker starts as a draft; one the OPD reports active with a KPJ (a member
    registered before the programme) as 'submitted' with the KPJ as reported, until Disnaker
    records BPJS's acceptance: only BPJS's answer makes a worker active."""
    if incoming.get("status") == "active" and incoming.get("kpj"):
        incoming["status"] = "submitted"
    elif incoming.get("status") in _DISNAKER_STAGES:
        incoming["status"] = "draft"


def status_at_opd(local: dict[str, Any], changes: Changes, conflicts: Conflicts) -> None:
    """At an OPD: Disnaker's BPJS answer applies, except that a worker the OPD ended is not
    brought back by it: that is a real conflict, listed for a person."""
    if "status" in changes and local.get("status") == "ended" and changes["status"] != "ended":
        conflicts.append(("status", local.get("status"), changes.pop("status")))
        changes.pop("status_changed_on", None)


def merge_worker_up(local: dict[str, Any], incoming: dict[str, Any]) -> tuple[Changes, Conflicts]:
    return _WORKERS_UP.merge(local, incoming)


def merge_worker_down(local: dict[str, Any], incoming: dict[str, Any]) -> tuple[Changes, Conflicts]:
    return _WORKERS_DOWN.merge(local, incoming)


def _derive(name: str, direction: str, export_where: str, **options: Any) -> SyncTable:
    role = "opd" if direction == "up" else "disnaker"
    columns = tuple(f.column for f in fields.sent_by(name, role))
    parents = tuple(Parent(f.column, *f.parent) for f in fields.references(name, role) if f.parent)
    scope = next((f.column for f in fields.fields_of(name) if f.travel is Travel.SCOPE), None)
    fill = tuple(f.column for f in fields.fields_of(name) if f.travel is Travel.FILL and f.column in columns)
    return SyncTable(name, direction, columns, parents, scope, export_where, fill=fill, **options)


_OWN_ROWS = "t.opd_id = :opd_id AND t.rev > :since"
_BRACKETS = Child("rate_brackets", "rate_table_id",
                  tuple(f.column for f in fields.sent_by("rate_brackets", "disnaker")), "income_from")

_WORKERS_UP = _derive("workers", "up", _OWN_ROWS, status_rule=status_at_disnaker,
                      insert_rule=new_worker_at_disnaker)
_WORKERS_DOWN = _derive("workers", "down", _OWN_ROWS, update_only=True, status_rule=status_at_opd)

REGISTRY: list[SyncTable] = [
    # OPD -> Disnaker: the roster and payments. The OPD list is Disnaker's (fields/opds.py): an
    # OPD's bundle carries no `opds` section, so it can never blank the ASN count or the head.
    _derive("sponsors", "up", _OWN_ROWS),
    _WORKERS_UP,
    _derive("payments", "up", _OWN_ROWS, label_fields=("month", "amount")),
    # Disnaker -> OPD: the OPD list, the rate table, BPJS's answers and the duplicate decisions.
    _derive("opds", "down", "1"),
    _derive("rate_tables", "down", "1", match_on=("effective_from",), children=(_BRACKETS,),
            label_fields=("effective_from",)),
    _WORKERS_DOWN,
    _derive("duplicate_decisions", "down",
            "t.rev > :since AND t.worker_uid IN (SELECT uid FROM workers WHERE opd_id = :opd_id)",
            label_fields=("nik", "outcome")),
]

# Settings Disnaker owns and sends to every OPD in each bundle.
DOWN_SETTINGS = ("quotas", "occupations", "coverage_target", "sync_escrow_recipients", "pdp_retention_years")

# Lifecycle (payments area): the holiday calendar and the programme's effective-dated rules,
# both Disnaker's, reach every OPD so due dates and lapses agree on both sides.
REGISTRY.append(_derive("holidays", "down", "1", label_fields=("day", "name")))
DOWN_SETTINGS = (*DOWN_SETTINGS, "programme_rules")


def register(table: SyncTable) -> None:
    """Add a replicated table (another area's)."""
    if any(t.key == table.key for t in REGISTRY):
        raise ValueError(f"{table.key} is already registered")
    REGISTRY.append(table)


def tables(direction: str) -> list[SyncTable]:
    return [t for t in REGISTRY if t.direction == direction]


def restore_tables() -> list[SyncTable]:
    """A full restore of one OPD: its roster and payments with every column both sides send."""
    down = {t.name: t for t in tables("down")}
    out = []
    for t in tables("up"):
        theirs = down[t.name].columns if t.name in down else ()
        cols = t.columns + tuple(c for c in theirs if c not in t.columns)
        out.append(SyncTable(t.name, "restore", cols, t.parents, t.opd_column, "t.opd_id = :opd_id",
                             label_fields=t.label_fields))
    return out
