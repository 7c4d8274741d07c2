"""Which tables replicate, in which direction, and which side owns which columns.

Each `SyncTable` says:
- `name`: the table; rows are matched by their global `uid` (never by local integer ids).
- `direction`: "up" (OPD -> Disnaker) or "down" (Disnaker -> OPD). A table may appear once
  per direction with different columns: the sender owns exactly the columns it sends, so
  ordinary sync never has two sides writing the same field.
- `columns`: the owned columns sent and written. Columns missing from either database
  (an older schema) are skipped, so adding a column later needs no format change.
- `parents`: integer references sent as the parent's uid (`Parent("sponsor_id", "sponsors",
  "sponsor_uid")`); the receiver maps the uid back to its own id. A parent may be the table
  itself (a reversal naming the payment it reverses).
- `opd_column`: set at the receiver to the OPD concerned (up: the sending OPD's row at
  Disnaker; down: the OPD install's own row), so Disnaker keeps every OPD's rows in the same
  tables as an OPD keeps its own.
- `export_where`: which rows go; SQL over alias `t` with `:since` (the change sequence the
  peer acknowledged) and `:opd_id` (the OPD concerned).
- `update_only`: the receiver never creates rows from it (Disnaker's answer about an OPD's
  worker the OPD must already have).
- `merge`: optional `(local_row, incoming_row) -> (changes, conflicts)` for a column both
  sides may touch; conflicts are listed for a person, never resolved silently.
- `match_on`: columns that identify a row when its uid is unknown here (a seeded rate table).
- `children`: rows owned by this row without their own uid (a rate table's brackets), sent
  as a nested list and replaced as a whole when they differ.
- `label_fields`: the columns naming a row for people in import summaries.

Adding a table is a few lines, e.g. Disnaker's duplicate decisions going back to the OPDs
whose workers they name:

    register(SyncTable("duplicate_decisions", "down",
        columns=("case_uid", "nik", "worker_uid", "outcome", ..., "created_at", "updated_at"),
        export_where="t.rev > :since AND t.worker_uid IN (SELECT uid FROM workers WHERE opd_id = :opd_id)",
        label_fields=("nik", "outcome")))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Merge = Callable[[dict[str, Any], dict[str, Any]], tuple[dict[str, Any], list[tuple[str, Any, Any]]]]


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
    merge: Merge | None = None
    match_on: tuple[str, ...] = ()
    children: tuple[Child, ...] = ()
    label_fields: tuple[str, ...] = ("name",)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.name}:{self.direction}"


WORKER_DISNAKER = ("kpj", "submitted_on", "bpjs_status", "bpjs_reason", "bpjs_start_date", "status",
                   "status_changed_on")
WORKER_OPD = ("relationship", "nik", "name", "birth_place", "birth_date", "gender", "mother_name", "phone", "street",
              "rt", "rw", "village", "district", "regency", "occupation", "work_location", "declared_income", "jht",
              "heir_name", "heir_relationship", "start_month", "status", "status_changed_on", "ended_on",
              "end_reason", "age_override_reason", "paid_through", "created_at", "updated_at")
SPONSOR_OPD = ("kind", "nip", "name", "position", "position_level", "eselon", "gender", "birth_date", "phone",
               "status", "ended_on", "end_reason", "created_at", "updated_at")
PAYMENT_OPD = ("month", "amount", "jkk", "jkm", "jht", "method", "reference", "paid_on", "kind", "reason",
               "reversed_at", "batch", "recorded_by", "recorded_at")
DISNAKER_STATUSES = ("submitted", "active", "lapsed")


def merge_worker_up(local: dict[str, Any], incoming: dict[str, Any]) -> tuple[dict[str, Any], list]:
    """At Disnaker: the OPD owns the roster and the ending of a worker, but a status from an
    OPD copy that has not yet received Disnaker's BPJS answer never undoes that answer
    (submitted, active, lapsed); the answer reaches the OPD in the next return bundle."""
    changes = {k: v for k, v in incoming.items() if local.get(k) != v}
    if "status" in changes and changes["status"] != "ended" and local.get("status") in DISNAKER_STATUSES:
        changes.pop("status")
        changes.pop("status_changed_on", None)
    return changes, []


def merge_worker_down(local: dict[str, Any], incoming: dict[str, Any]) -> tuple[dict[str, Any], list]:
    """At an OPD: Disnaker's BPJS answer applies, except that a worker the OPD ended is not
    brought back by it: that is a real conflict, listed for a person."""
    changes = {k: v for k, v in incoming.items() if local.get(k) != v}
    conflicts = []
    if "status" in changes and local.get("status") == "ended" and changes["status"] != "ended":
        conflicts.append(("status", local.get("status"), changes.pop("status")))
        changes.pop("status_changed_on", None)
    return changes, conflicts


REGISTRY: list[SyncTable] = [
    # OPD -> Disnaker: the OPD's own record, roster and payments.
    SyncTable("opds", "up", ("head_name", "head_nip", "contact", "address", "asn_count"),
              export_where="t.id = :opd_id", update_only=True, extra={"self_row": True}),
    SyncTable("sponsors", "up", SPONSOR_OPD, opd_column="opd_id",
              export_where="t.opd_id = :opd_id AND t.rev > :since"),
    SyncTable("workers", "up", WORKER_OPD, (Parent("sponsor_id", "sponsors", "sponsor_uid"),), opd_column="opd_id",
              export_where="t.opd_id = :opd_id AND t.rev > :since", merge=merge_worker_up),
    SyncTable("payments", "up", PAYMENT_OPD,
              (Parent("worker_id", "workers", "worker_uid"), Parent("sponsor_id", "sponsors", "sponsor_uid"),
               Parent("reverses_id", "payments", "reverses_uid")),
              opd_column="opd_id", export_where="t.opd_id = :opd_id AND t.rev > :since",
              label_fields=("month", "amount")),
    # Disnaker -> OPD: master data, the rate table and Disnaker's answers about the OPD's workers.
    SyncTable("opds", "down", ("code", "name", "active", "created_at", "updated_at"), export_where="1",
              ),
    SyncTable("rate_tables", "down", ("effective_from", "jkm_flat", "jkk_permille", "jht_permille", "note",
                                      "created_at"),
              export_where="1", match_on=("effective_from",),
              children=(Child("rate_brackets", "rate_table_id", ("income_from", "income_to", "base_income"),
                              "income_from"),),
              label_fields=("effective_from",)),
    SyncTable("workers", "down", WORKER_DISNAKER, export_where="t.opd_id = :opd_id AND t.rev > :since",
              update_only=True, merge=merge_worker_down),
    # Disnaker's duplicate decisions about the OPD's workers (disnaker area; superseded rows resend).
    SyncTable("duplicate_decisions", "down",
              ("case_uid", "nik", "worker_uid", "outcome", "kept_worker_uid", "kept_opd", "note", "decided_by",
               "decided_at", "superseded", "created_at", "updated_at"),
              export_where="t.rev > :since AND t.worker_uid IN (SELECT uid FROM workers WHERE opd_id = :opd_id)",
              label_fields=("nik", "outcome")),
]

# Settings Disnaker owns and sends to every OPD in each bundle.
DOWN_SETTINGS = ("quotas", "occupations", "coverage_target", "sync_escrow_recipients")

# Lifecycle (payments area): the holiday calendar and the programme's effective-dated rules,
# both Disnaker's, reach every OPD so due dates and lapses agree on both sides.
REGISTRY.append(SyncTable("holidays", "down", ("day", "name", "kind", "provisional", "active", "created_at",
                                                "updated_at"),
                          export_where="1", label_fields=("day", "name")))
DOWN_SETTINGS = (*DOWN_SETTINGS, "programme_rules")


def register(table: SyncTable) -> None:
    """Add a replicated table (another area's, e.g. Disnaker's duplicate decisions)."""
    if any(t.key == table.key for t in REGISTRY):
        raise ValueError(f"{table.key} is already registered")
    REGISTRY.append(table)


def tables(direction: str) -> list[SyncTable]:
    return [t for t in REGISTRY if t.direction == direction]


def restore_tables() -> list[SyncTable]:
    """A full restore of one OPD: its roster and payments with every column, both sides'."""
    down = {t.name: t for t in tables("down")}
    out = []
    for t in tables("up"):
        if t.name == "opds":
            continue
        cols = t.columns + tuple(c for c in (down[t.name].columns if t.name in down else ()) if c not in t.columns)
        out.append(SyncTable(t.name, "restore", cols, t.parents, t.opd_column,
                             "t.opd_id = :opd_id", label_fields=t.label_fields))
    return out
