"""The workers check's column-wise shortcut (roster.column_check) changes nothing a clerk sees: the
report (every outcome, message, count) and the rows kept for the import are identical with it on and
off, on every file the import tests use, on a bench-like file of several blocks, and on canonical rows
with one cell spoiled in each of the ways real files spoil it (such a row goes the row-by-row way)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter

from rentan_desktop.roster import checked, column_check, importer
from rentan_desktop.roster.import_report import ImportReport
from tests.sheet_corpus import nik, worker_row

TODAY = dt.date(2026, 12, 2)


def write_rows(path: Path, rows: list[dict[str, object]]) -> Path:
    """Workers as an xlsx: texts as text, numbers as numbers, datetimes as Excel dates."""
    book = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    sheet, dated = book.add_worksheet("Data"), book.add_format({"num_format": "dd/mm/yyyy"})
    headers = list(rows[0])
    sheet.write_row(0, 0, headers)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row.get(h) for h in headers):
            if value is None:
                continue
            if isinstance(value, dt.datetime):
                sheet.write_datetime(r, c, value, dated)
            elif isinstance(value, int | float):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, value)
    book.close()
    return path


def check(db, path: Path, fast: bool, monkeypatch, **options) -> tuple[dict, list, set[int]]:
    """The wizard's check of `path` one way: its report, the rows kept for the import, and the rows
    the shortcut vouched for."""
    vouched: set[int] = set()
    add_new = ImportReport.add_new

    def counted(self, row, *args):
        vouched.add(row)
        add_new(self, row, *args)

    monkeypatch.setattr(importer, "COLUMN_CHECK", fast)
    monkeypatch.setattr(ImportReport, "add_new", counted)
    report = importer.run_import(db, path, "workers", operator="Tes", dry_run=True, keep_checked=True,
                                 today=TODAY, **options)
    kept = checked.take(checked._kept.key)
    return dataclasses.asdict(report), [op for block in kept.plan.operations() for op in block], vouched


def both_ways(db, path: Path, monkeypatch, **options) -> tuple[dict, set[int]]:
    fast, fast_plan, vouched = check(db, path, True, monkeypatch, **options)
    slow, slow_plan, _ = check(db, path, False, monkeypatch, **options)
    assert fast == slow
    assert fast_plan == slow_plan
    return fast, vouched


def test_a_file_of_several_blocks_checks_the_same_both_ways(db, tmp_path, monkeypatch):
    rows = [worker_row(i) for i in range(column_check.BLOCK + 1500)]
    rows[10]["NAMA"] = "-"  # refused (no name), among plain rows
    rows[column_check.BLOCK + 3] = dict(rows[7])  # the same NIK again, in the next block
    rows[20]["NAMA IBU KANDUNG"] = ""  # a draft
    report, vouched = both_ways(db, write_rows(tmp_path / "w.xlsx", rows), monkeypatch)
    assert report["new"] == len(rows) - 2 and report["skipped"] == 2 and report["drafts"] == len(rows) - 2
    assert vouched == {i + 2 for i in range(len(rows))} - {10 + 2, column_check.BLOCK + 3 + 2}


SPOILED = [  # (column, value): one cell of a canonical row, as real files spoil it
    *[("NIK", v) for v in ("-", "0", "", 6271010101800001.0, 6271010101800001, "6271 0101 0180 0001",
                            " 6271010101800001 ", "627101010180000", "62710101018000011", "6271010101800000",
                            "9971010101800001", "6271000101800001", "6271013201800001", "6271010113800001",
                            "6271010101800001\u200e", "\u0666271010101800001", "6271010101800001.0",
                            "6271014101800001", "6271010101200001", "62710101018OOO01")],
    *[("NAMA", v) for v in ("-", "0", "", " Budi ", "Budi  Santoso", "Budi\x00", "Budi\u202eX", "B\u00f9di",
                             "\u0392udi", "x" * 151, "x" * 150, "Nihil", "Tidak Ada", "N/A", "Kosong", 123.0,
                             "Budi\tSantoso", "Budi\nSantoso", "Budi\u200b", "(Budi)", "'Budi", "Nur",
                             "--------------------", "Tidak ada keterangan lain", "NA")],
    *[("TEMPAT LAHIR", v) for v in ("-", "x" * 61, "Palangka\u200bRaya", "Palangka Raya\x07", 5.0, "",
                                     " Palangka  Raya ", "K\u00e4songan")],
    *[("TANGGAL LAHIR", v) for v in ("31/02/1981", "-", "", "abc", "01/01/1850", 29221.0, "1981-02-02",
                                      "02/02/1981", "2/2/1981", "03/02/1981", dt.datetime(1981, 2, 2),
                                      dt.datetime(1981, 2, 3), "02-02-1981", "2 Februari 1981")],
    *[("L/P", v) for v in ("P", "Laki-laki", "X", "-", "l", "", "PEREMPUAN", 1.0)],
    *[("NAMA IBU KANDUNG", v) for v in ("-", "", "Tidak Tahu", "x" * 151, "Siti\x1f", "\u0421iti")],
    *[("NO HP", v) for v in ("0", "-", "", "08123", "+6281234567890", "812345678901", 81234567890.0,
                              "0536-3221234", "(0536) 3221234", "0812-3456-7890", "0812345678901234", "62",
                              "0000000000", "'081234567890", "081234567890 ")],
    *[("ALAMAT", v) for v in ("-", "x" * 251, "Jl.  Dua Spasi", "Jl. \u202eX", "Tidak ada")],
    *[("RT", v) for v in ("-", "1", "RT 01", "1234", "A", "0", 1.0, "000", "RT.007", "")],
    *[("RW", v) for v in ("-", "12", "RW 3", "99999", "")],
    *[("KELURAHAN", v) for v in ("-", "x" * 61, "")],
    *[("KECAMATAN", v) for v in ("-", "", "Jekan Raya")],
    *[("KABUPATEN/KOTA", v) for v in ("", "-", "Kota Palangka Raya", "x" * 61)],
    *[("PEKERJAAN", v) for v in ("-", "x" * 61, "Buruh\u00a0Tani", "Nelayan")],
    *[("AHLI WARIS", v) for v in ("-", "Tidak Ada", "")],
    *[("HUBUNGAN AHLI WARIS", v) for v in ("Istri", "ANAK", "Tetangga", "-", "spouse", "", "Sepupu", "SUAMI/ISTRI")],
    *[("BULAN MULAI", v) for v in ("2030-01", "13/2026", "2026-13", "-", "01/2026", dt.datetime(2026, 1, 1),
                                    "Januari 2026", "2026-1", "", "2027-12", "2028-01", "1990-01")],
]


def test_one_spoiled_cell_sends_its_row_the_row_by_row_way_with_the_same_verdict(db, tmp_path, monkeypatch):
    rows = [worker_row(i) for i in range(4)]  # canonical rows around the spoiled ones
    for column, value in SPOILED:
        row = worker_row(len(rows), **{"NIK": nik(2, 2, 1981, serial=len(rows) + 1), "TANGGAL LAHIR": "02/02/1981"})
        row[column] = value
        rows.append(row)
    rows.append(dict(rows[-1]))  # the same NIK twice
    rows.append(worker_row(len(rows), NIK=nik(2, 2, 2015, serial=9000), **{"TANGGAL LAHIR": ""}))  # a child
    rows.append(worker_row(len(rows), NIK=nik(2, 2, 1950, serial=9001), **{"TANGGAL LAHIR": ""}))  # 75 at the start
    report, vouched = both_ways(db, write_rows(tmp_path / "spoiled.xlsx", rows), monkeypatch)
    assert {2, 3, 4, 5} <= vouched  # the canonical rows went the column-wise way
    for outcome in report["outcomes"]:
        if outcome["status"] == "skipped" or outcome["warnings"]:
            assert outcome["row"] not in vouched, outcome
    assert report["skipped"] > 40 and len(vouched) > 40  # both ways were really taken


def test_the_install_and_the_options_count_the_same_both_ways(db, tmp_path, monkeypatch):
    """A NIK already here (an update), a sponsor named by NIP, a Pemda filling in the regency."""
    rows = [worker_row(i) for i in range(30)]
    path = write_rows(tmp_path / "first.xlsx", rows[:5])
    importer.run_import(db, path, "workers", operator="Tes", today=TODAY)
    rows[2]["NAMA"] = "Nama Baru"
    for row in rows[10:20]:
        row["KABUPATEN/KOTA"] = ""
    report, vouched = both_ways(db, write_rows(tmp_path / "again.xlsx", rows), monkeypatch, update=True)
    assert report["updated"] == 1 and report["unchanged"] == 4 and report["regency_filled"] == 10
    assert vouched == {i + 2 for i in range(5, 30)}


def test_the_import_tests_would_see_a_difference(db, tmp_path, monkeypatch):
    """The import and sheet tests make each workers check both ways too (tests/conftest.py): a shortcut
    that kept one value differently would fail them."""
    from tests import column_check_shadow

    rows = column_check.PlainWorkers.rows

    def spoiled(self, block):
        return [(values[:3] + ("Another Name",) + values[4:], missing, fill) if verdict else None
                for verdict in rows(self, block) for values, missing, fill in [verdict or ((), (), False)]]

    monkeypatch.setattr(column_check.PlainWorkers, "rows", spoiled)
    column_check_shadow.compare_both_ways(monkeypatch)
    with pytest.raises(AssertionError, match="changed the check of w.xlsx"):
        importer.run_import(db, write_rows(tmp_path / "w.xlsx", [worker_row(1)]), "workers", operator="Tes",
                            dry_run=True, today=TODAY)
