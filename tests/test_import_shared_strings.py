"""Workbooks saved by Excel keep their texts in a shared-strings table: the streaming reader
(previews, sparse sheets) parses that table only as far as the rows it reads need, and reads
every cell as calamine does, rich text included."""

from __future__ import annotations

import xlsxwriter

from rentan_desktop.roster import importer, sheet_read
from tests.sheet_corpus import rewrite_sheet_xml


def shared_strings_workbook(path, rows: int):
    book = xlsxwriter.Workbook(path, {"strings_to_numbers": False})  # not constant_memory: shared strings
    sheet = book.add_worksheet("Pekerja")
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, ["NIK", "NAMA", "ALAMAT"])
    for r in range(1, rows + 1):
        sheet.write_row(r, 0, [f"62710101019{r:05d}", f"Pekerja {r}", "Jl. Kenanga"])
        if r == 3:  # numbered in the order written, as Excel numbers them in the order met
            sheet.write_rich_string(3, 2, "Jl. ", bold, "Mawar", " No. 3")  # a text in runs
    book.close()
    return path


def test_the_streamed_rows_read_every_shared_string_as_calamine_does(tmp_path):
    path = shared_strings_workbook(tmp_path / "shared.xlsx", 300)
    (calamine,) = sheet_read.open_sheets(path)
    assert calamine.reader == "calamine"
    expected = list(calamine.rows())
    rewrite_sheet_xml(path, lambda xml: xml.replace(  # a stray cell far below: the sheet is streamed
        "</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))
    (streamed,) = sheet_read.open_sheets(path)
    assert streamed.reader == "stream"
    got = [row for row in streamed.rows() if row[0] < 1048576]
    assert got == expected
    assert got[3][1][2] == "Jl. Mawar No. 3"


def test_a_preview_parses_only_the_strings_of_its_first_rows(tmp_path, monkeypatch):
    path = shared_strings_workbook(tmp_path / "shared.xlsx", 3000)
    parsed = []
    original = sheet_read._SharedStrings._next

    def counting(self):
        parsed.append(1)
        return original(self)

    monkeypatch.setattr(sheet_read._SharedStrings, "_next", counting)
    pv = importer.preview(path, "workers")
    assert pv.mapping == {0: "nik", 1: "name", 2: "street"}
    assert pv.data_rows()[0][1][:2] == ["6271010101900001", "Pekerja 1"]
    assert 0 < len(parsed) < 300  # of the 6,000 strings the sheet holds


def test_a_workbook_saved_again_is_previewed_afresh(tmp_path):
    """The header found is kept per file content: the same file saved with other columns is read again."""
    from tests.sheet_corpus import write_xlsx

    path = write_xlsx(tmp_path / "daftar.xlsx", [["NIK", "NAMA"], ["6271010101900001", "Ahmad"]])
    first = importer.preview(path, "workers")
    first.header.labels.append("changed by the caller")  # a copy: what is kept stays as found
    assert importer.preview(path, "workers").headers == ["NIK", "NAMA"]
    write_xlsx(path, [["NAMA", "NIK", "ALAMAT"], ["Ahmad", "6271010101900001", "Jl. Kenanga"]])
    again = importer.preview(path, "workers")
    assert again.mapping == {0: "name", 1: "nik", 2: "street"}
    assert again.headers == ["NAMA", "NIK", "ALAMAT"]
