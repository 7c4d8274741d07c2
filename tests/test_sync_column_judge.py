"""A column judged at once (sync/row_shape.values_fine) only when each of its values, judged
alone by the registry (fields.checks.value_problem), has nothing wrong: a bundle is refused for
the same values, with the same per-value reasons, either way."""

from __future__ import annotations

import pytest

from rentan_desktop import fields
from rentan_desktop.fields import checks
from rentan_desktop.sync.row_shape import values_fine

CASES = [
    ("workers", "name", {"Novi Ginting", "Budi"}, True),
    ("workers", "name", {"Novi Ginting", None}, False),  # required
    ("workers", "name", {"Nоvi"}, False),  # a Cyrillic o
    ("workers", "name", {"Novi\tGinting"}, False),
    ("workers", "name", {"   "}, False),
    ("workers", "name", {"x" * 1000}, False),
    ("workers", "name", {"Ésa Ginting"}, False),  # fine, but judged value by value
    ("workers", "street", {"Jl. Merdeka", None}, True),
    ("workers", "street", {"Jl. \u202eMerdeka"}, False),
    ("workers", "street", {5}, False),
    ("workers", "declared_income", {1000000}, False),  # numbers: value by value
    ("workers", "birth_date", {"1980-01-01"}, False),  # a check of its own
    ("payments", "reference", {"KW-1", "TPP-2026-01", None}, True),
    ("payments", "recorded_by", {"Bench", ""}, False),
]


@pytest.mark.parametrize(("table", "column", "values", "at_once"), CASES)
def test_judged_at_once_only_when_every_value_is_fine(table, column, values, at_once):
    fld = fields.field(table, column)
    assert values_fine(fld, values) is at_once
    if at_once:
        assert all(checks.value_problem(fld, v) is None for v in values)


def test_a_refused_value_is_never_judged_fine_at_once():
    for table, column, values, _ in CASES:
        fld = fields.field(table, column)
        if any(checks.value_problem(fld, v) for v in values):
            assert not values_fine(fld, values), (table, column, values)
