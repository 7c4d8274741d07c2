"""A cell placed by its reference far below its row (<c r="XFD1048000"> inside row 3 of a
2 KB file) made calamine ask for 549 GB and abort the process: the safety scan finds any
row or cell reference beyond the rows read so far, and such a sheet is read by the
streaming reader, which never sizes anything by a reference."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import importer, sheet_guard, sheet_read
from tests.sheet_corpus import nik, rewrite_sheet_xml, write_xlsx

ROWS = [["NIK", "NAMA"], [nik(1, 1, 1990), "Ahmad"], [nik(2, 1, 1990), "Budi"]]


@pytest.mark.parametrize("stray", [
    '<c r="XFD1048000" t="inlineStr"><is><t>x</t></is></c>',  # a cell far below its row
    '<c r="A4" t="inlineStr"><is><t>x</t></is></c>',  # just below: still not where its row is
])
def test_a_cell_referenced_beyond_its_row_is_never_read_by_calamine(db, tmp_path, stray):
    path = write_xlsx(tmp_path / "ref.xlsx", ROWS)
    rewrite_sheet_xml(path, lambda xml: xml.replace('<c r="B3"', stray + '<c r="B3"'))
    (extent,) = sheet_guard.inspect_xlsx(path)
    assert extent.stray_reference
    (sheet,) = sheet_read.open_sheets(path)
    assert sheet.reader == "stream"
    assert [n for n, _ in sheet.rows()] == [1, 2, 3]
    done = importer.run_import(db, path, "workers", operator="Siti", dry_run=True)
    assert done.new >= 1 and done.new + done.skipped == 2  # read and reported, the process alive


def test_an_ordinary_workbook_keeps_calamine(tmp_path):
    path = write_xlsx(tmp_path / "biasa.xlsx", ROWS * 400)
    (extent,) = sheet_guard.inspect_xlsx(path)
    assert not extent.stray_reference
    assert sheet_read.open_sheets(path)[0].reader == "calamine"


@pytest.mark.parametrize("row", [1, 9, 10, 99, 200_001, 1_048_576])
def test_a_reference_is_beyond_exactly_when_its_row_is_greater(row):
    found = sheet_guard._beyond(row)
    for n in [*range(max(0, row - 30), row + 30), row * 10, row * 10 + 9, 10 ** len(str(row)) - 1]:
        for ref in (b'<row r="%d"' % n, b'<c r="A%d"' % n, b'<c r="XFD%d"' % n):
            assert bool(found.search(ref)) == (n > row), (row, ref)
