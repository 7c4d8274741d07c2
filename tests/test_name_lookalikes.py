"""A name with a letter of another alphabet that looks Latin (Cyrillic 'В', Greek 'Α') is refused by
the form as it is in a bundle (one rule, the field registry's): it would make one person two for
every search, duplicate check and BPJS file. Accented Latin names stay welcome."""

from __future__ import annotations

import pytest

from rentan_desktop.roster.validate import validate_sponsor, validate_worker
from tests.disnaker_data import worker_data


@pytest.mark.parametrize(("field", "value", "refused"), [
    ("name", "\u0412udi Santoso", True),          # Cyrillic Ve
    ("name", "Budi S\u0430ntoso", True),          # Cyrillic a
    ("mother_name", "\u0391minah", True),         # Greek Alpha
    ("heir_name", "Rina W\u0430ti", True),
    ("name", "Jos\u00e9 Ram\u00edrez", False),      # accented Latin
    ("name", "Muh. Syaifuddin", False),
    ("name", "I Gusti Ngurah Ra'i", False),
])
def test_worker_names(field, value, refused):
    _clean, findings = validate_worker({**worker_data(3, 1, "Budi Santoso"), field: value})
    errors = [i for i in findings.issues if i.field == field and i.is_error]
    assert bool(errors) is refused
    if refused:
        assert "Latin" in errors[0].message


def test_a_sponsors_name_too():
    _clean, findings = validate_sponsor({"kind": "apbd", "name": "\u0410gus Salim"})
    assert [i.field for i in findings.issues if i.is_error] == ["name"]
