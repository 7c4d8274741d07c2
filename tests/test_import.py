"""Importing spreadsheets: header found below titles, every row reported, digits never repaired."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter

from rentan_desktop.errors import UserError
from rentan_desktop.roster import columns, importer, service
from rentan_desktop.store import audit

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def run(db, name, kind, **kw):
    return importer.run_import(db, SAMPLES / name if isinstance(name, str) else name, kind, operator="Siti", **kw)


def skipped(report):
    return {o.row: o for o in report.outcomes if o.skipped}


def write_xlsx(path: Path, rows: list[list]) -> Path:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet()
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if isinstance(value, float | int):
                sheet.write_number(r, c, value)
            elif value is not None:
                sheet.write_string(r, c, value)
    book.close()
    return path


def test_personnel_export_header_found_below_title_rows(db):
    report = run(db, "sponsors_simpeg.xlsx", "sponsors")
    assert report.header_row == 5
    assert report.mapping["NIP"] == "nip" and report.mapping["ESELON"] == "eselon"
    assert (report.imported, report.skipped, report.footer_rows) == (10, 2, 2)
    assert db["sponsors"].count == 10
    levels = dict(db.execute("SELECT name, position_level FROM sponsors").fetchall())
    assert levels["Dr. Hj. Siti Aminah, M.Pd."] == "head_opd"  # eselon II.b
    assert levels["Drs. Bambang Sutrisno"] == "head_division"  # eselon III.a
    assert levels["Yuni Lestari"] == "staff"
    kinds = dict(db.execute("SELECT name, kind FROM sponsors").fetchall())
    assert kinds["Dewi Anggraini, S.Pd."] == "pppk"


def test_nip_kept_as_a_number_is_refused_with_the_reason(db):
    report = run(db, "sponsors_simpeg.xlsx", "sponsors", dry_run=True)
    lost = skipped(report)[16]
    assert lost.column == "NIP" and lost.value == "1.98102142006041E+17"
    assert "15" in lost.reason and "Text" in lost.reason
    assert "1.98102142006041E+17" in lost.reason and str(int(1.98102142006041e17)) not in lost.reason
    assert "sponsors_simpeg.xlsx, row 16, column NIP, value '1.98102142006041E+17'" in lost.describe(
        "sponsors_simpeg.xlsx")
    assert skipped(report)[17].column == "NIP"


def test_workers_sample_reports_each_bad_row(db):
    run(db, "sponsors_simpeg.xlsx", "sponsors")
    report = run(db, "workers_opd.xlsx", "workers")
    bad = skipped(report)
    assert report.imported == 8 and db["workers"].count == 8
    assert report.blank_rows == 2
    assert bad[12].column == "NIK" and "last digits are lost" in bad[12].reason  # numeric, 16th digit 0
    assert bad[13].value == "6.27103E+15" and "scientific" in bad[13].reason
    assert (bad[14].column, bad[14].value) == ("TGL LAHIR", "31/02/1979")
    assert "row 5" in bad[17].reason  # the same NIK twice in the file
    assert bad[19].column == "NIP PENANGGUNG" and "No sponsor" in bad[19].reason
    assert set(bad) == {12, 13, 14, 17, 19}


def test_identifiers_phones_and_links_cleaned_not_repaired(db):
    run(db, "sponsors_simpeg.xlsx", "sponsors")
    run(db, "workers_opd.xlsx", "workers")
    rows = {r["name"]: r for r in db.query(
        "SELECT w.*, s.name AS sponsor FROM workers w LEFT JOIN sponsors s ON s.id = w.sponsor_id")}
    assert rows["Sulastri Wati"]["nik"] == "6271034302840027"  # typed with spaces
    assert rows["Yohanes Nahan"]["nik"] == "6271023010750005"  # typed with dots
    assert rows["Rahmat Hidayat"]["nik"] == "6271011104920033"  # numeric cell, digits intact
    assert rows["Rahmat Hidayat"]["phone"] == "+6281351234567"  # numeric cell lost its 0
    assert rows["Agus Salim"]["sponsor"] == "Dr. Hj. Siti Aminah, M.Pd."
    assert rows["Agus Salim"]["relationship"] == "neighbour"
    assert rows["Sulastri Wati"]["relationship"] == "household_helper"
    assert rows["Agus Salim"]["heir_relationship"] == "spouse"
    assert rows["Agus Salim"]["start_month"] == "2026-01"
    assert rows["Agus Salim"]["rt"] == "002"


def test_csv_duplicates_against_the_install_and_missing_fields(db):
    run(db, "sponsors_simpeg.xlsx", "sponsors")
    run(db, "workers_opd.xlsx", "workers")
    report = run(db, "workers_tambahan.csv", "workers")
    bad = skipped(report)
    # Issue 12: a worker without the mother's maiden name comes in as a draft listing it, and a row
    # identical to a worker already here is reported as unchanged instead of refused.
    assert report.imported == 4 and report.unchanged == 1
    fajar = next(o for o in report.outcomes if o.row == 7)
    assert fajar.status == "imported" and "mother_name" in fajar.missing
    assert set(bad) == {8} and bad[8].value == "6,27104E+15"


def test_dry_run_stores_nothing(db):
    report = run(db, "sponsors_simpeg.xlsx", "sponsors", dry_run=True)
    assert report.imported == 10 and {o.status for o in report.outcomes if not o.skipped} == {"ready"}
    assert db["sponsors"].count == 0
    assert "Dry run" in report.summary()


def test_a_failed_import_changes_nothing(db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        run(db, "sponsors_simpeg.xlsx", "sponsors")
    assert db["sponsors"].count == 0
    assert db["audit_log"].count == 0


def test_one_audit_entry_for_the_import_stands_for_each_record_it_created(db):
    run(db, "sponsors_simpeg.xlsx", "sponsors")
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log")]
    assert actions == ["import"]
    for (uid,) in db.execute("SELECT uid FROM sponsors").fetchall():
        entry = audit.history(db, uid)[0]
        assert entry["action"] == "create" and entry["operator"] == "Siti"
        assert "sponsors_simpeg.xlsx" in entry["note"]


def test_map_option_names_unknown_headers(db, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["Nomor identitas", "NAMA PEKERJA", "NAMA IBU", "CATATAN"],
                                            ["6271011508950001", "Ahmad", "Sri", "Petani"]])
    with pytest.raises(UserError, match="NIK"):
        run(db, path, "workers")
    overrides = columns.parse_overrides(["NOMOR IDENTITAS=nik", "catatan=occupation"], "workers")
    report = run(db, path, "workers", overrides=overrides)
    assert report.imported == 1
    assert db.execute("SELECT nik, occupation FROM workers").fetchone() == ("6271011508950001", "Petani")
    with pytest.raises(ValueError, match="Unknown field"):
        columns.parse_overrides(["IBU=mother"], "workers")


def test_no_header_row_is_a_clear_refusal(db, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["apa", "ini"], [1, 2]])
    with pytest.raises(UserError, match="no header row"):
        run(db, path, "workers")
    with pytest.raises(UserError, match="not a spreadsheet"):
        run(db, tmp_path / "x.pdf" if (tmp_path / "x.pdf").write_text("x") else None, "workers")


def test_text_nik_column_that_lost_its_digits_is_refused(db, tmp_path):
    niks = ["6271011508950000", "6271011508960000", "6271011508970000", "6271011508980000",
            "6271011508990000", "6271011508940001"]
    path = tmp_path / "l.csv"
    path.write_text("NIK,NAMA,NAMA IBU KANDUNG\n" + "".join(f"{n},Orang {i},Ibu\n" for i, n in enumerate(niks)))
    report = run(db, path, "workers")
    assert report.imported == 1 and report.skipped == 5
    assert "end in 0" in report.outcomes[0].reason


def test_excel_serial_dates_and_age_warning(db, tmp_path):
    serial = (dt.date(1995, 8, 15) - dt.date(1899, 12, 30)).days
    path = write_xlsx(tmp_path / "d.xlsx", [
        ["NIK", "NAMA", "NAMA IBU KANDUNG", "TANGGAL LAHIR", "BULAN MULAI"],
        ["6271011508950001", "Ahmad", "Sri", serial, "2026-01"],
        ["6271011508100002", "Anak", "Sri", None, "2026-01"],  # 15 at the start month
    ])
    report = run(db, path, "workers")
    assert report.imported == 1
    young = skipped(report)[3]
    assert "18" in young.reason and "form" in young.reason


def test_duplicate_nip_against_the_install(db):
    service.save_sponsor(db, "Siti", {"kind": "pns", "nip": "197003141995032001", "name": "Siti Aminah"})
    report = run(db, "sponsors_simpeg.xlsx", "sponsors")
    assert report.imported == 9
    assert any("Siti Aminah" in o.reason for o in report.outcomes if o.skipped)


def test_header_recognition_variants():
    assert columns.recognise("Nama Lengkap", "workers") == "name"
    assert columns.recognise("L/P", "sponsors") == "gender"
    assert columns.recognise("Tgl. Lahir", "workers") == "birth_date"
    assert columns.recognise("NO. HP", "workers") == "phone"
    assert columns.recognise("NIP Penanggung", "workers") == "sponsor_nip"
    assert columns.recognise("STATUS PEGAWAI", "sponsors") == "kind"
    assert columns.recognise("Jenis Kelamin", "workers") == "gender"
    assert columns.recognise("keterangan", "workers") is None


def test_worker_of_an_ended_sponsor_is_refused(db, tmp_path):
    sponsor = service.save_sponsor(db, "Siti", {"kind": "pns", "nip": "197003141995032001", "name": "Siti Aminah"})
    service.end_sponsor(db, "Siti", sponsor.uid, "2026-10-01", "Pensiun")
    path = tmp_path / "w.csv"
    path.write_text("NIK;NAMA;NAMA IBU KANDUNG;NIP PENANGGUNG\n6271011508950001;Ahmad;Sri;19700314 199503 2 001\n")
    report = run(db, path, "workers")
    assert report.skipped == 1 and "ended" in report.outcomes[0].reason
    assert report.outcomes[0].column == "NIP PENANGGUNG"


def test_headers_named_by_map_also_find_the_header_row(db, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", [["Daftar pekerja binaan"], [],
                                            ["No. Identitas", "Nama", "Ibu"],
                                            ["6271011508950001", "Ahmad", "Sri"]])
    overrides = columns.parse_overrides(["no. identitas=nik", "ibu=mother_name"], "workers")
    report = run(db, path, "workers", overrides=overrides)
    assert report.header_row == 3 and report.imported == 1


def test_place_and_date_of_birth_in_one_column(db, tmp_path):
    path = tmp_path / "ttl.csv"
    path.write_text("NIK,NAMA,TEMPAT/TGL LAHIR,NAMA IBU KANDUNG\n"
                    "6271011508950001,Ahmad,\"Palangka Raya, 15-08-1995\",Sri\n"
                    "6271011608950002,Budi,Kasongan 16 Agustus 1995,Sri\n"
                    "6271011708950003,Candra,\"Sampit, 17 Agustus 1995\",Sri\n")
    report = run(db, path, "workers")
    assert report.imported == 2
    assert skipped(report)[3].column == "TEMPAT/TGL LAHIR"
    row = db.execute("SELECT birth_place, birth_date FROM workers WHERE name = 'Ahmad'").fetchone()
    assert row == ("Palangka Raya", "1995-08-15")
    assert db.execute("SELECT birth_place FROM workers WHERE name = 'Candra'").fetchone() == ("Sampit",)
