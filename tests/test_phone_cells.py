"""Mobile numbers as clerks' spreadsheets and forms hold them."""

import pytest

from rentan_desktop.domain.phone import normalize_phone


@pytest.mark.parametrize(("typed", "stored"), [
    ("081234567890", "+6281234567890"),
    ("'08129876543", "+628129876543"),  # the spreadsheet's "keep as text" mark
    ("’0812 9876 543", "+628129876543"),
    ("0813 5000 1111", "+6281350001111"),
    ("0813-5000-1111", "+6281350001111"),
    ("+62 813 5000 1111", "+6281350001111"),
    (81350001111.0, "+6281350001111"),  # a number cell that lost its leading zero
    ("'", None),
    ("", None),
])
def test_mobile_numbers_are_read_as_written(typed, stored):
    clean, issues = normalize_phone(typed)
    assert (clean, [i.message for i in issues if i.is_error]) == (stored, [])


@pytest.mark.parametrize("typed", ["'0536 322 1234", "12345", "'abc"])
def test_landlines_and_non_numbers_are_refused_with_the_value(typed):
    clean, issues = normalize_phone(typed)
    assert clean is None and issues and issues[0].is_error
