"""The safety scan finds a sheet's real width (which decides how the sheet is read) with one
search per chunk for anything wider than the columns already seen."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import sheet_guard
from rentan_desktop.roster.sheet_guard import _widest_column, column_number


def refs(*columns: str) -> bytes:
    return b"".join(b'<c r="%s7" t="s"><v>1</v></c>' % c.encode() for c in columns)


@pytest.mark.parametrize(("body", "known", "widest"), [
    (refs("A", "B", "R"), 0, column_number("R")),
    (refs("A", "R"), column_number("R"), 0),  # nothing beyond what was seen: 0, as before
    (refs("A", "Q"), column_number("R"), 0),
    (refs("A", "S"), column_number("R"), column_number("S")),
    (refs("A", "Z"), column_number("Y"), column_number("Z")),
    (refs("A", "AB"), column_number("R"), column_number("AB")),
    (refs("B", "XFD"), column_number("R"), column_number("XFD")),
    (refs("A", "AB"), column_number("Z"), column_number("AB")),
    (b"", column_number("R"), 0),
])
def test_the_widest_column_of_a_chunk(body, known, widest):
    assert _widest_column(body, known) == widest


def test_a_workbook_s_real_width_is_found(tmp_path):
    import xlsxwriter

    path = tmp_path / "w.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Data")
    for r in range(200):
        sheet.write_row(r, 0, [f"v{r}-{c}" for c in range(18)])
    sheet.write(150, 27, "stray")  # column AB, far below the header
    book.close()
    (extent,) = sheet_guard.inspect_xlsx(path)
    assert (extent.columns, extent.rows) == (column_number("AB"), 200)
