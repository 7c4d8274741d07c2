"""The field registry: every stored column of the synced tables, once.

Each entry (fields/model.py `Field`) names the column's owner, its label, its checks, whether a
BPJS registration needs it, its spreadsheet header spellings and how it travels between installs.
The sync (sync/tables.py), the spreadsheet importer (roster/columns.py), the BPJS registration
export and the printed documents read labels and rules from here; tests/test_fields_registry.py
walks it against the real schema.
"""

from __future__ import annotations

from functools import cache

from rentan_desktop.fields import decisions, holidays, opds, payments, rates, sponsors, workers
from rentan_desktop.fields.model import Field, ImportField, Owner, Travel
from rentan_desktop.i18n import translate

__all__ = ["Field", "ImportField", "Owner", "Travel", "REGISTRY", "TABLES", "field", "fields_of", "label",
           "import_fields", "bpjs_required", "owned_by", "table_label"]

REGISTRY: tuple[Field, ...] = (*opds.FIELDS, *sponsors.FIELDS, *workers.FIELDS, *payments.FIELDS, *rates.TABLES,
                               *rates.BRACKETS, *decisions.FIELDS, *holidays.FIELDS)
TABLES: tuple[str, ...] = tuple(dict.fromkeys(f.table for f in REGISTRY))


@cache
def _index() -> dict[tuple[str, str], Field]:
    found: dict[tuple[str, str], Field] = {}
    for f in REGISTRY:
        if (f.table, f.column) in found:
            raise ValueError(f"{f.table}.{f.column} is registered twice")
        found[(f.table, f.column)] = f
    return found


def field(table: str, column: str) -> Field:
    """The entry of one column; KeyError for a column the registry does not know."""
    return _index()[(table, column)]


@cache
def fields_of(table: str) -> tuple[Field, ...]:
    return tuple(f for f in REGISTRY if f.table == table)


def label(table: str, column: str) -> str:
    """What people call a column (in the current language); the column name when it is unknown."""
    found = _index().get((table, column))
    if found is not None:
        return found.label
    for extra in import_fields(table):
        if extra.name == column:
            return extra.label
    return column


def table_label(table: str) -> str:
    """What people call a table's records (import summaries, refusal lists)."""
    return {
        "opds": translate("fields", "OPD list"),
        "sponsors": translate("fields", "Sponsors"),
        "workers": translate("fields", "Workers"),
        "payments": translate("fields", "Payments"),
        "rate_tables": translate("fields", "Rate tables"),
        "rate_brackets": translate("fields", "Income brackets"),
        "duplicate_decisions": translate("fields", "Duplicate decisions"),
        "holidays": translate("fields", "Holiday calendar"),
        "settings": translate("fields", "Settings"),
        "duplicate_flags": translate("fields", "Also sponsored elsewhere"),
    }.get(table, table)


def import_fields(table: str) -> tuple[ImportField, ...]:
    return tuple(f for f in workers.IMPORT_ONLY if f.table == table)


def bpjs_required(table: str = "workers") -> tuple[str, ...]:
    """The columns a BPU registration cannot go without, in the registry's order."""
    return tuple(f.column for f in fields_of(table) if f.bpjs_required)


def owned_by(table: str, owner: Owner) -> tuple[str, ...]:
    return tuple(f.column for f in fields_of(table) if f.owner is owner)


def sent_by(table: str, role: str) -> tuple[Field, ...]:
    """The fields an install of `role` puts in its bundles for `table` (not key, scope or references)."""
    return tuple(f for f in fields_of(table) if f.sent_by(role) and f.travel is not Travel.REFERENCE)


def references(table: str, role: str) -> tuple[Field, ...]:
    return tuple(f for f in fields_of(table) if f.travel is Travel.REFERENCE and f.sent_by(role))
