"""Hostile and odd files are read or refused in one translated line, never a traceback or a huge allocation."""

from __future__ import annotations

import codecs
import resource
import shutil
import sqlite3
import tracemalloc

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.roster import importer, sheet_read
from tests.sheet_corpus import (
    encrypted_xlsx,
    lying_dimension_xlsx,
    nik,
    stray_cell_xlsx,
    table,
    worker_row,
    write_csv,
    write_xlsx,
    zip_bomb,
)

ROWS = table([worker_row(1), worker_row(2)])


def run(db, path, kind="workers", **kw):
    return importer.run_import(db, path, kind, operator="Siti", **kw)


def one_line_refusal(db, path, match: str, kind="workers") -> str:
    with pytest.raises(UserError) as info:
        run(db, path, kind, dry_run=True)
    text = str(info.value)
    assert "\n" not in text and "Traceback" not in text and match in text, text
    return text


@pytest.mark.parametrize("name,encoding,bom,newline,delimiter", [
    ("utf8", "utf-8", b"", "\r\n", ","),
    ("utf8-bom", "utf-8", codecs.BOM_UTF8, "\n", ";"),
    ("utf16le-bom", "utf-16-le", codecs.BOM_UTF16_LE, "\r\n", "\t"),
    ("utf16be-bom", "utf-16-be", codecs.BOM_UTF16_BE, "\n", ","),
    ("utf16le-nobom", "utf-16-le", b"", "\n", ";"),
    ("cp1252", "cp1252", b"", "\r\n", ";"),
    ("latin1", "latin-1", b"", "\n", ","),
    ("mac-cr", "utf-8", b"", "\r", ","),
    ("mac-cr-cp1252", "cp1252", b"", "\r", "\t"),
])
def test_every_csv_variant_reads_the_same_rows(db, tmp_path, name, encoding, bom, newline, delimiter):
    rows = table([worker_row(1, NAMA="Ñoman Café"), worker_row(2)])
    path = write_csv(tmp_path / f"{name}.csv", rows, encoding, delimiter, newline, bom)
    report = run(db, path, dry_run=True)
    assert report.skipped == 0 and report.new == 2, report.lines()
    assert report.mapping["NAMA"] == "name"
    first = [o for o in report.outcomes if o.row == 2][0]
    assert first.name == "Ñoman Café"


def test_an_xlsx_renamed_csv_is_read_as_a_workbook(db, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", ROWS)
    renamed = tmp_path / "list.csv"
    shutil.copy(path, renamed)
    report = run(db, renamed, dry_run=True)
    assert report.new == 2 and report.skipped == 0


def test_a_csv_named_xls_is_read_as_text(db, tmp_path):
    path = write_csv(tmp_path / "export.xls", ROWS, delimiter="\t")
    assert run(db, path, dry_run=True).new == 2


def test_stray_cell_at_the_last_row_is_read_without_allocating_the_sheet(db, tmp_path):
    path = stray_cell_xlsx(tmp_path / "stray.xlsx", ROWS)
    assert path.stat().st_size < 10_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = run(db, path, dry_run=True)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert report.new == 2
    assert grown_mb < 200  # calamine would have asked for gigabytes
    assert sheet_read.open_sheets(path)[0].reader == "stream"


def test_a_lying_dimension_is_not_believed(db, tmp_path):
    path = lying_dimension_xlsx(tmp_path / "dim.xlsx", ROWS)
    assert run(db, path, dry_run=True).new == 2


def test_zip_bomb_renamed_xlsx_is_refused_in_one_line(db, tmp_path):
    text = one_line_refusal(db, zip_bomb(tmp_path / "bomb.xlsx"), "zip bomb")
    assert "bomb.xlsx" in text


@pytest.mark.parametrize("content,suffix,match", [
    (b"PK\x03\x04 this is not really a zip", ".xlsx", "damaged"),
    (b"SQLite format 3\x00" + b"\0" * 200, ".csv", "database"),
    (b"%PDF-1.4 hello", ".xlsx", "PDF"),
    (b"<html><body><table><tr><td>NIK</td></tr></table></body></html>", ".xls", "web page"),
    (b"", ".csv", "empty"),
    (b"\x00\x01\x02\x03\x04garbage\x00\x00\xff", ".xlsx", "not a spreadsheet"),
])
def test_files_that_are_not_lists_are_refused_with_advice(db, tmp_path, content, suffix, match):
    path = tmp_path / f"file{suffix}"
    path.write_bytes(content)
    one_line_refusal(db, path, match)


def test_password_protected_workbook_is_refused_with_how_to_remove_it(db, tmp_path):
    text = one_line_refusal(db, encrypted_xlsx(tmp_path / "locked.xlsx"), "password")
    assert "Protect Workbook" in text


def test_header_only_file_imports_nothing(db, tmp_path):
    report = run(db, write_csv(tmp_path / "h.csv", [ROWS[0]]))
    assert report.imported == 0 and db["workers"].count == 0


def test_unterminated_quote_is_a_translated_refusal(db, tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('NIK,NAMA\n6271011508950001,"Ahmad\n' + "x" * (1 << 21) + "\n")
    one_line_refusal(db, path, "row")


@pytest.mark.parametrize("name,match", [
    ("Ahmad\x00Yusuf", "control character"),
    ("Ahmad\u202eFusuy", "direction"),
    ("A" * 10_000, "longer than 150 characters"),
])
def test_control_characters_overrides_and_huge_names_are_refused(db, tmp_path, name, match):
    report = run(db, write_csv(tmp_path / "c.csv", table([worker_row(1, NAMA=name)])))
    assert report.skipped == 1 and match in report.outcomes[0].reason
    assert db["workers"].count == 0


def test_a_start_month_years_ahead_is_refused(db, tmp_path):
    report = run(db, write_csv(tmp_path / "m.csv", table([worker_row(1, **{"BULAN MULAI": "2031-01"})])))
    assert report.skipped == 1 and "ahead" in report.outcomes[0].reason


def test_disk_full_is_a_translated_message_and_nothing_is_stored(db, tmp_path, monkeypatch):
    from rentan_desktop.roster import store_rows

    def full(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_rows.Writer, "flush", full)
    with pytest.raises(UserError, match="disk is full") as info:
        run(db, write_csv(tmp_path / "w.csv", ROWS))
    assert "OperationalError" not in str(info.value)
    assert db["workers"].count == 0


def test_csv_rows_stream_in_bounded_memory(tmp_path):
    """A 200,000-row CSV is read row by row: memory does not grow with the file."""
    path = tmp_path / "big.csv"
    with path.open("w") as f:
        f.write("NIK,NAMA,NAMA IBU KANDUNG\n")
        for i in range(200_000):
            f.write(f"{nik(1 + i % 28, 1 + i % 12, 1990, i % 9999)},Orang {i},Ibu {i}\n")
    sheet = sheet_read.open_sheets(path)[0]
    tracemalloc.start()
    count = sum(1 for _ in sheet.rows())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 200_001
    assert peak < 5 * 2 ** 20  # the whole file as lists would take well over 50 MB


def test_the_report_keeps_every_problem_but_only_the_first_good_rows(tmp_path):
    from rentan_desktop.roster.import_report import GOOD_ROWS_KEPT, NOTICE_ROWS_KEPT, ImportReport, RowOutcome

    report = ImportReport(tmp_path / "x.csv", "workers", True, 1, {})
    for i in range(GOOD_ROWS_KEPT + 500):
        report.add(RowOutcome(i, "ready"))
    report.add(RowOutcome(99999, "skipped", reason="bad"))
    assert report.new == GOOD_ROWS_KEPT + 500 and report.skipped == 1
    assert len(report.outcomes) == GOOD_ROWS_KEPT + 1
    for i in range(NOTICE_ROWS_KEPT + 10):  # drafts: listed up to the limit, then only counted
        report.add(RowOutcome(i, "ready", missing=["mother_name"]))
    assert report.drafts == NOTICE_ROWS_KEPT + 10 and report.not_listed == 10
    assert "10 more rows" in report.summary()


def test_the_streaming_reader_keeps_dates_and_merges(db, tmp_path):
    """The reader used for sparse sheets reads date-formatted cells as dates and fills merges."""
    import datetime as dt

    import xlsxwriter

    from tests.sheet_corpus import SPONSOR_NIP, rewrite_sheet_xml

    path = tmp_path / "dates.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["NIK", "NAMA", "TANGGAL LAHIR", "NIP PENANGGUNG"])
    sheet.write_row(1, 0, [nik(15, 8, 1995), "Ahmad"])
    sheet.write_datetime(1, 2, dt.datetime(1995, 8, 15), book.add_format({"num_format": "dd/mm/yyyy"}))
    sheet.merge_range(1, 3, 2, 3, SPONSOR_NIP)
    sheet.write_row(2, 0, [nik(16, 8, 1995, 2), "Budi"])
    book.close()
    rewrite_sheet_xml(path, lambda xml: xml.replace(
        "</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))
    found = sheet_read.open_sheets(path)[0]
    assert found.reader == "stream"
    rows = dict(found.rows())
    assert rows[2][2] == dt.datetime(1995, 8, 15)
    assert rows[2][3] == rows[3][3] == SPONSOR_NIP


def test_an_old_xls_claiming_a_huge_sheet_is_refused_before_it_is_opened(db, tmp_path):
    dimensions = b"\x00\x02\x0e\x00" + (0).to_bytes(4, "little") + (65536).to_bytes(4, "little") \
        + (0).to_bytes(2, "little") + (256).to_bytes(2, "little") + b"\x00\x00"
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000 + dimensions + b"\0" * 100)
    text = one_line_refusal(db, path, "65536 rows")
    assert ".xlsx" in text
