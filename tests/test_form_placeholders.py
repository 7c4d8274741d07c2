"""QA walk r5, 7: the worker form takes '-' for RW and '0' for the phone as blank, as the import does,
instead of refusing what the clerk copies from the same paper form."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import service
from rentan_desktop.roster.validate import validate_sponsor, validate_worker
from tests.print_support import SPONSOR, WORKER


@pytest.mark.parametrize(("name", "typed"), [
    ("phone", "0"), ("phone", "-"), ("phone", "tidak ada"), ("phone", "08"),
    ("rw", "-"), ("rw", "—"), ("rt", "-"), ("rt", "tidak ada"),
])
def test_a_written_nothing_in_an_optional_field_is_blank(name, typed):
    clean, findings = validate_worker({**WORKER, name: typed})
    assert clean[name] is None
    assert not [i for i in findings.issues if i.field == name]


@pytest.mark.parametrize(("name", "typed", "problem"), [("phone", "12345", True), ("rw", "12a", True),
                                                         ("rw", "5", False)])
def test_real_values_are_still_checked(name, typed, problem):
    _, findings = validate_worker({**WORKER, name: typed})
    assert bool([i for i in findings.issues if i.field == name]) is problem


def test_the_form_saves_a_worker_with_rw_dash_and_phone_zero(db):
    sponsor = service.save_sponsor(db, "Siti", {**SPONSOR, "phone": "-"})
    saved = service.save_worker(db, "Siti", {**WORKER, "sponsor_id": sponsor.id, "phone": "0", "rw": "-"})
    row = service.get_worker(db, saved.uid)
    assert row["phone"] is None and row["rw"] is None
    assert validate_sponsor({**SPONSOR, "phone": "0"})[0]["phone"] is None
