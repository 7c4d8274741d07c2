"""The field registry against the real schema: one entry per stored column, no entry without one."""

from __future__ import annotations

import pytest

from rentan_desktop import fields, i18n
from rentan_desktop.fields import checks
from rentan_desktop.fields.model import Owner, Travel
from rentan_desktop.roster import columns
from rentan_desktop.store import db as store_db


def _stored_columns(table: str) -> set[str]:
    database = store_db.memory()  # every migration applied
    return {r[1] for r in database.execute(f"PRAGMA table_info({table})").fetchall()}


@pytest.mark.parametrize("table", fields.TABLES)
def test_every_stored_column_has_exactly_one_entry(table):
    stored = _stored_columns(table)
    registered = [f.column for f in fields.fields_of(table)]
    assert len(registered) == len(set(registered)), "a column is registered twice"
    assert sorted(stored - set(registered)) == [], f"stored columns of {table} missing from the registry"
    assert sorted(set(registered) - stored) == [], f"registry entries of {table} without a stored column"


def test_every_synced_table_is_registered():
    from rentan_desktop.sync.tables import REGISTRY as SYNCED

    synced = {t.name for t in SYNCED} | {c.table for t in SYNCED for c in t.children}
    assert synced <= set(fields.TABLES)


def test_references_and_owners_are_consistent():
    for f in fields.REGISTRY:
        assert (f.parent is not None) == (f.travel is Travel.REFERENCE), f"{f.table}.{f.column}"
        if f.travel in (Travel.LOCAL, Travel.KEY, Travel.SCOPE):
            assert f.owner is Owner.SYSTEM, f"{f.table}.{f.column}"
        if f.parent:
            assert f.parent[0] in fields.TABLES


def test_labels_are_indonesian_and_never_column_names():
    i18n.set_language("id")
    try:
        for f in fields.REGISTRY:
            if f.travel in (Travel.LOCAL, Travel.KEY) and f.column != "uid":
                continue
            assert f.label and f.label != f.column, f"{f.table}.{f.column}"
        assert fields.label("workers", "mother_name") == "Nama ibu kandung"
        assert fields.label("opds", "asn_count") == "Jumlah ASN"
    finally:
        i18n.set_language("en")


def test_importer_headers_come_from_the_registry():
    assert columns.recognise("No. KTP", "workers") == "nik"
    assert columns.WORKER_HEADERS["kpj"] == fields.field("workers", "kpj").headers
    assert columns.field_label("workers", "birth_place_date") == "Birth place and date"
    assert columns.field_label("workers", "heir_name") == fields.field("workers", "heir_name").label


def test_bpjs_registration_needs_what_the_registry_says():
    from rentan_desktop.disnaker import bpjs_export

    assert set(bpjs_export.REQUIRED) == {"sponsor_id", "nik", "name", "birth_place", "birth_date", "gender",
                                         "mother_name", "street", "village", "district", "regency", "occupation",
                                         "heir_name", "heir_relationship", "start_month"}


@pytest.mark.parametrize(("column", "value", "refused"), [
    ("name", "x" * 10_000_000, True),
    ("name", "Budi\x1b[31m", True),
    ("name", "Budi Hartono", False),
    ("declared_income", -5, True),
    ("declared_income", 1_000_000, False),
    ("start_month", "9999-99", True),
    ("start_month", "9999-12", True),
    ("start_month", "2026-11", False),
    ("gender", "X", True),
    ("rt", "001", False),
    ("rt", "1", True),
    ("kpj", "23110000001", False),
    ("kpj", "KPJ-1", True),
    ("nik", "1234", True),
    ("jht", 2, True),
])
def test_worker_value_checks(column, value, refused):
    problem = checks.value_problem(fields.field("workers", column), value)
    assert (problem is not None) == refused, problem


def test_personal_values_are_masked():
    assert checks.mask("3271014101900001", True) == "3271********0001"
    assert checks.mask("Budi Hartono", True) == "B***"
    assert len(checks.mask("x" * 10_000, False)) == 40


@pytest.mark.parametrize(("typed", "stored", "refused"), [
    ("2311 0000 777", "23110000777", False), ("23.110.000.777", "23110000777", False), ("KPJ-1", None, True)])
def test_the_worker_form_checks_kpj_by_the_registry_rule(typed, stored, refused):
    from rentan_desktop.roster.validate import validate_worker
    from tests.disnaker_data import worker_data

    clean, findings = validate_worker(worker_data(1, None, "Budi Hartono", kpj=typed))
    assert bool(findings.for_field("kpj")) == refused
    if not refused:
        assert clean["kpj"] == stored and checks.value_problem(fields.field("workers", "kpj"), stored) is None


@pytest.mark.parametrize(("field", "value", "code"), [
    ("name", "A" * 151, "length"), ("street", "Jl. Merdeka " * 25, "length"), ("occupation", "Petani\x1b[2J", "control")])
def test_the_worker_form_refuses_what_a_bundle_may_not_carry(field, value, code):
    from rentan_desktop.roster.validate import validate_worker
    from tests.disnaker_data import worker_data

    _, findings = validate_worker({**worker_data(1, None, "Budi Hartono"), field: value})
    assert [i.code for i in findings.for_field(field)] == [code]
