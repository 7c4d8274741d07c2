"""Registration hand-off to the BPJS branch: export, result import, payment list, reconciliation."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
import xlsxwriter
from openpyxl import load_workbook
from pypdf import PdfReader

from rentan_desktop.disnaker import (
    bpjs_export,
    bpjs_import,
    bpjs_template,
    duplicates,
    payment_list,
    reconcile,
)
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.store import audit
from tests.disnaker_data import feed_three_opds, nik, pay


@pytest.fixture
def fed(disnaker_db):
    data = feed_three_opds(disnaker_db)
    w = data["workers"]
    duplicates.decide(disnaker_db, "rudi", nik(1), {w["budi_a"]: "stands", w["budi_b"]: "withdraw"}, "first come")
    return disnaker_db, data


def write_xlsx(path, rows):
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value is not None:
                ws.write(i, j, value)
    wb.close()
    return path


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def worker(db, uid):
    return dict(zip(("kpj", "bpjs_status", "bpjs_reason", "bpjs_start_date", "status", "submitted_on"),
                    db.execute("SELECT kpj, bpjs_status, bpjs_reason, bpjs_start_date, status, submitted_on "
                               "FROM workers WHERE uid = ?", [uid]).fetchone(), strict=True))


def test_readiness_explains_what_is_missing(fed):
    db, data = fed
    r = bpjs_export.readiness(db)
    w = data["workers"]
    assert {x["uid"] for x in r.ready} == {w["budi_a"], w["ani"], w["cahya"], w["dodi"]}
    assert [(x["uid"], missing) for x, missing in r.incomplete] == [(w["eko_no_sponsor"], ["sponsor_id"])]
    assert [x["uid"] for x in r.blocked] == [w["budi_b"]]
    assert r.by_opd()["1.03"] == {"name": "Dinas Sosial", "ready": 1, "incomplete": 1, "blocked": 0}


def test_export_writes_template_layout_and_marks_submitted(fed, tmp_path):
    db, data = fed
    out = tmp_path / "daftar.xlsx"
    result = bpjs_export.export_registration(db, "rudi", out, today=dt.date(2026, 11, 20))
    assert result.count == 4
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["No", "NIK", "Nama Lengkap"]
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {nik(1), nik(2, female=True), nik(3), nik(4)}  # NIK kept as 16-digit text
    budi = rows[nik(1)]
    assert budi[header.index("Tanggal Lahir")] == "12/05/1985"
    assert budi[header.index("No. HP")] == "081234567890"
    assert budi[header.index("Nama Pemberi Bantuan Iuran")] == "Agus Santoso"
    assert budi[header.index("Tanggal Mulai Kepesertaan")] == "01/12/2026"
    state = worker(db, data["workers"]["budi_a"])
    assert state["bpjs_status"] == "submitted" and state["submitted_on"] == "2026-11-20"
    assert audit.history(db, data["workers"]["budi_a"])[-1]["action"] == "bpjs_submit"
    # Sent once: the next export has nobody left.
    with pytest.raises(UserError):
        bpjs_export.export_registration(db, "rudi", tmp_path / "again.xlsx")


def test_edited_template_changes_order_headers_and_formats(fed, tmp_path):
    db, data = fed
    template = bpjs_template.default_template()
    template["columns"] = [{"field": "name", "header": "NAMA"}, {"field": "nik", "header": "NO KTP"},
                           {"field": "phone", "header": "HP"}, {"field": "birth_date", "header": "TGL LAHIR"}]
    template["date_format"] = "yyyy-mm-dd"
    template["phone_format"] = "+62"
    bpjs_template.save(db, "rudi", template)
    out = tmp_path / "custom.xlsx"
    bpjs_export.export_registration(db, "rudi", out)
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == ["NAMA", "NO KTP", "HP", "TGL LAHIR"]
    first = next(ws.iter_rows(min_row=2, values_only=True))
    assert first[2] == "+6281234567890" and first[3] == "1985-05-12"
    bad = {**template, "columns": [{"field": "name", "header": "NAMA"}]}
    with pytest.raises(ValidationError, match="NIK column is required"):
        bpjs_template.save(db, "rudi", bad)


def test_result_file_accepts_and_rejects_in_one_go(fed, tmp_path):
    db, data = fed
    w = data["workers"]
    bpjs_export.export_registration(db, "rudi", tmp_path / "reg.xlsx")
    result = write_xlsx(tmp_path / "hasil.xlsx", [
        ["Hasil pendaftaran BPU", None, None, None, None],
        ["NIK", "No KPJ", "Tanggal Kepesertaan", "Status", "Keterangan"],
        [nik(1), "23091234567", "01/12/2026", "Diterima", None],
        [nik(2, female=True), None, None, "Ditolak", "Nama ibu kandung tidak sesuai"],
        [nik(3), "23091234568", "01/12/2026", "diterima", None],
    ])
    preview = bpjs_import.import_result(db, "rudi", result, dry_run=True)
    assert preview.ok and (preview.accepted, preview.rejected) == (2, 1) and not preview.applied
    assert worker(db, w["budi_a"])["kpj"] is None  # a preview changes nothing
    report = bpjs_import.import_result(db, "rudi", result)
    assert report.applied
    assert worker(db, w["budi_a"]) | {"submitted_on": None} == {
        "kpj": "23091234567", "bpjs_status": "accepted", "bpjs_reason": None, "bpjs_start_date": "2026-12-01",
        "status": "active", "submitted_on": None}
    ani = worker(db, w["ani"])
    assert ani["bpjs_status"] == "rejected" and ani["bpjs_reason"] == "Nama ibu kandung tidak sesuai"
    assert ani["kpj"] is None and ani["status"] == "draft"
    # Importing the same file again changes nothing more.
    again = bpjs_import.import_result(db, "rudi", result)
    assert again.unchanged == 3 and again.accepted == 0
    # A rejected worker, corrected by the OPD, can be sent again.
    assert [x["uid"] for x in bpjs_export.readiness(db, include_rejected=True).ready] == [w["ani"]]


@pytest.mark.parametrize("rows, expected", [
    ([["NIK", "KPJ", "TMT", "Status"], ["3.27401E+15", "1", "01/12/2026", "Diterima"]],
     "row 2, column NIK ('3.27401E+15'): The NIK was turned into a number by Excel"),
    ([["NIK", "KPJ", "TMT", "Status"], [3274010000000000.0, "1", "01/12/2026", "Diterima"]],
     "row 2, column NIK ('3274010000000000'): No worker with this NIK"),
    ([["NIK", "KPJ", "TMT", "Status"], ["62710112058500", "23091234567", "01/12/2026", "Diterima"]],
     "row 2, column NIK ('62710112058500'): A NIK has exactly 16 digits"),
    ([["NIK", "KPJ", "TMT", "Status"], [nik(1), "", "01/12/2026", "Diterima"]],
     "row 2, column KPJ (''): An accepted registration needs its KPJ number"),
    ([["NIK", "KPJ", "TMT", "Status"], [nik(1), "23091234567", "31/02/2026", "Diterima"]],
     "row 2, column TMT ('31/02/2026'): An accepted registration needs its start date"),
    ([["NIK", "KPJ", "TMT", "Status", "Alasan"], [nik(1), "", "", "Ditolak", ""]],
     "row 2, column Alasan (''): A rejected registration needs the branch's reason"),
    ([["NIK", "KPJ", "TMT", "Status"], [nik(1), "23091234567", "01/12/2026", "Mungkin"]],
     "row 2, column Status ('Mungkin'): Say whether"),
    ([["NIK", "KPJ", "TMT", "Status"], [nik(1), "23091234567", "01/12/2026", "Diterima"],
      [nik(3), "23091234567", "01/12/2026", "Diterima"]],
     "row 3, column KPJ ('23091234567'): This KPJ number is also on row 2"),
    ([["NIK", "KPJ", "TMT", "Status"], [nik(5), "23091234569", "01/12/2026", "Diterima"]],
     "row 2, column NIK ('" + nik(5) + "'): No worker with this NIK was sent"),
])
def test_bad_result_rows_are_named_and_nothing_changes(fed, tmp_path, rows, expected):
    db, data = fed
    bpjs_export.export_registration(db, "rudi", tmp_path / "reg.xlsx")
    # A good row first: it must not be applied when another row is wrong.
    good = [nik(4), "23091230000", "01/12/2026", "Diterima"] + [""] * (len(rows[0]) - 4)
    path = write_csv(tmp_path / "hasil.csv", [rows[0], good, *[r for r in rows[1:]]])
    before = db.execute("SELECT (SELECT value FROM counters WHERE name = 'rev'), count(*) FROM audit_log").fetchone()
    report = bpjs_import.import_result(db, "rudi", path)
    assert not report.applied
    messages = [str(p) for p in report.problems]
    shifted = expected.replace("row 3,", "row 4,").replace("row 2,", "row 3,").replace("on row 2", "on row 3")
    assert any(m.startswith("hasil.csv, " + shifted) for m in messages), messages
    assert worker(db, data["workers"]["dodi"])["kpj"] is None
    assert db.execute("SELECT (SELECT value FROM counters WHERE name = 'rev'), count(*) FROM audit_log").fetchone() == before


def test_result_file_without_nik_column_is_refused(fed, tmp_path):
    db, _ = fed
    path = write_csv(tmp_path / "x.csv", [["Nama", "KPJ", "Status"], ["Budi", "1", "Diterima"]])
    with pytest.raises(UserError, match="x.csv"):
        bpjs_import.import_result(db, "rudi", path)


def test_payment_list_groups_by_opd_with_totals(fed, tmp_path):
    db, data = fed
    w = data["workers"]
    for uid in (w["budi_a"], w["ani"], w["cahya"]):
        pay(db, uid, "2026-11")
    pay(db, w["dodi"], "2026-11", reverses=pay(db, w["dodi"], "2026-11"))
    pay(db, w["cahya"], "2026-10")
    plist = payment_list.build(db, "2026-11")
    assert [(g.code, len(g.lines), g.total) for g in plist.groups] == [("1.01", 2, 33_600), ("1.02", 1, 16_800)]
    assert plist.total == 50_400 and plist.count == 3
    payment_list.export(db, "2026-11", tmp_path / "list.xlsx")
    values = [c for row in load_workbook(tmp_path / "list.xlsx").active.iter_rows(values_only=True) for c in row]
    assert "1.01 Dinas Pendidikan" in values and 50_400 in values and 33_600 in values
    payment_list.export(db, "2026-11", tmp_path / "list.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "list.pdf").pages)
    assert "Dinas Kesehatan" in text and "Rp50.400" in text
    with pytest.raises(UserError, match="September 2026"):  # months as every screen names them
        payment_list.export(db, "2026-09", tmp_path / "empty.pdf")


def test_reconciliation_finds_each_kind_of_difference(fed, tmp_path):
    db, data = fed
    w = data["workers"]
    db.execute("UPDATE workers SET kpj = '11111111111' WHERE uid = ?", [w["budi_a"]])
    db.execute("UPDATE workers SET kpj = '22222222222' WHERE uid = ?", [w["ani"]])
    db.execute("UPDATE workers SET kpj = '33333333333' WHERE uid = ?", [w["cahya"]])
    db.execute("UPDATE workers SET kpj = '44444444444' WHERE uid = ?", [w["dodi"]])
    for uid in (w["budi_a"], w["ani"], w["cahya"]):
        pay(db, uid, "2026-11")
    path = write_xlsx(tmp_path / "konfirmasi.xlsx", [
        ["KPJ", "Nama", "Iuran"],
        ["11111111111", "Budi Hartono", 16800],      # matches
        ["33333333333", "Cahya Putra", 10000],       # amount differs
        ["44444444444", "Dodi Saputra", 16800],      # confirmed, not recorded as paid
        ["99999999999", "Orang Lain", 16800],        # unknown to Rentan
    ])                                                # Ani: paid, not confirmed
    report = reconcile.import_confirmation(db, "rudi", path, "2026-11")
    assert report.applied and report.rows == 4 and report.total == 60_400
    result = reconcile.reconcile(db, "2026-11")
    assert result.matched == 1 and result.paid_total == 50_400 and result.confirmed_total == 60_400
    found = {(d.kind, d.opd_code, d.name, d.paid, d.confirmed) for d in result.differences}
    assert found == {
        ("not_confirmed", "1.01", "Ani Rahayu", 16_800, 0),
        ("amount_differs", "1.02", "Cahya Putra", 16_800, 10_000),
        ("not_recorded", "1.03", "Dodi Saputra", 0, 16_800),
        ("not_recorded", "", "Orang Lain", 0, 16_800),
    }
    assert set(result.by_opd()) == {"1.01", "1.02", "1.03", ""}


def test_bad_confirmation_file_stores_nothing(fed, tmp_path):
    db, _ = fed
    path = write_csv(tmp_path / "konf.csv", [["KPJ", "Iuran", "Bulan"], ["11111111111", "16800", "11/2026"],
                                             ["2222x", "abc", "10/2026"]])
    report = reconcile.import_confirmation(db, "rudi", path, "2026-11")
    assert not report.applied
    messages = [str(p) for p in report.problems]
    assert messages[0].startswith("konf.csv, row 3, column KPJ ('2222x')")
    assert any("column Iuran ('abc')" in m for m in messages)
    assert any("column Bulan ('10/2026')" in m for m in messages)
    assert db.execute("SELECT count(*) FROM bpjs_confirmations").fetchone()[0] == 0


def test_confirmation_without_kpj_matches_by_nik_and_sums_split_lines(fed, tmp_path):
    db, data = fed
    w = data["workers"]
    pay(db, w["cahya"], "2026-11")  # Cahya has no KPJ yet: BPJS lists him by NIK, in two lines
    path = write_csv(tmp_path / "konf.csv", [["NIK", "Iuran"], [nik(3), "10000"], [nik(3), "6800"]])
    assert reconcile.import_confirmation(db, "rudi", path, "2026-11").applied
    result = reconcile.reconcile(db, "2026-11")
    assert (result.matched, result.differences) == (1, [])
    # A second file for the month replaces the first.
    path = write_csv(tmp_path / "konf2.csv", [["NIK", "Iuran"], [nik(3), "10000"]])
    reconcile.import_confirmation(db, "rudi", path, "2026-11")
    [diff] = reconcile.reconcile(db, "2026-11").differences
    assert (diff.kind, diff.paid, diff.confirmed) == ("amount_differs", 16_800, 10_000)
