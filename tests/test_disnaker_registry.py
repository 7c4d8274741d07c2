"""The OPD registry at Disnaker: add, edit (audited, rev bumped), import a list, provisioning."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from rentan_desktop.disnaker import registry
from rentan_desktop.domain.issues import ValidationError
from rentan_desktop.errors import UserError
from rentan_desktop.store import audit
from rentan_desktop.sync import keys
from rentan_desktop.sync.registry import site_states


def test_add_and_edit_are_audited_and_bump_rev(disnaker_db):
    db = disnaker_db
    uid = registry.save_opd(db, "rudi", {"code": "1.01", "name": "Dinas Pendidikan", "asn_count": "1.250"})
    first = registry.get_opd(db, uid)
    assert first["asn_count"] == 1250 and first["rev"] > 0
    registry.save_opd(db, "rudi", {**first, "head_name": "Drs. Agus Salim"}, uid)
    second = registry.get_opd(db, uid)
    assert second["head_name"] == "Drs. Agus Salim" and second["rev"] > first["rev"]
    trail = audit.history(db, uid)
    assert [t["action"] for t in trail] == ["create", "update"]
    assert trail[1]["after"] == {"head_name": "Drs. Agus Salim"}


def test_refusals_name_the_field(disnaker_db):
    registry.save_opd(disnaker_db, "rudi", {"code": "1.01", "name": "Dinas Pendidikan"})
    with pytest.raises(ValidationError) as err:
        registry.save_opd(disnaker_db, "rudi", {"code": "1.01", "name": "Dinas Kesehatan"})
    assert err.value.issues[0].field == "code" and "Dinas Pendidikan" in err.value.issues[0].message
    with pytest.raises(ValidationError) as err:
        registry.save_opd(disnaker_db, "rudi", {"code": "", "name": "", "asn_count": "banyak"})
    assert {i.field for i in err.value.issues} == {"code", "name", "asn_count"}


def test_import_list_adds_updates_and_is_all_or_nothing(disnaker_db, tmp_path):
    db = disnaker_db
    registry.save_opd(db, "rudi", {"code": "1.01", "name": "Dinas Pendidikan"})
    good = tmp_path / "opd.csv"
    good.write_text("Kode;Nama OPD;Kepala OPD;Jumlah ASN\n1.01;Dinas Pendidikan;Agus Salim;1200\n"
                    "1.02;Dinas Kesehatan;Dewi Sartika;800\n", encoding="utf-8")
    preview = registry.import_opds(db, "rudi", good, dry_run=True)
    assert (preview.created, preview.updated, preview.applied) == (["1.02"], ["1.01"], False)
    assert len(registry.list_opds(db)) == 1
    report = registry.import_opds(db, "rudi", good)
    assert report.applied
    assert [(o["code"], o["head_name"], o["asn_count"]) for o in registry.list_opds(db)] == [
        ("1.01", "Agus Salim", 1200), ("1.02", "Dewi Sartika", 800)]
    assert registry.import_opds(db, "rudi", good).unchanged == ["1.01", "1.02"]
    bad = tmp_path / "bad.csv"
    bad.write_text("Kode,Nama OPD,Jumlah ASN\n1.03,Dinas Sosial,90\n1.04,,10\n1.03,Dinas Sosial Lagi,x\n",
                   encoding="utf-8")
    report = registry.import_opds(db, "rudi", bad)
    messages = [str(p) for p in report.problems]
    assert not report.applied and len(registry.list_opds(db)) == 2
    assert messages[0].startswith("bad.csv, row 3, column Nama OPD (''): The OPD name is required")
    assert any(m.startswith("bad.csv, row 4, column Jumlah ASN ('x')") for m in messages)
    assert any(m.startswith("bad.csv, row 4, column Kode ('1.03'): The code also appears on row 2") for m in messages)


def test_adding_an_opd_makes_its_provisioning_file_and_letter(disnaker_ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    db = disnaker_ctx.db
    registry.save_opd(db, "rudi", {"code": "1.05", "name": "Dinas Perhubungan"})
    made = registry.issue_provisioning(db, disnaker_ctx.data_dir, "1.05", tmp_path / "usb")
    assert [p.name for p in made.files] == ["rentan-provisioning-1.05.json"]
    text = "".join(page.extract_text() for page in PdfReader(made.letter).pages)
    fingerprint = keys.own_public(db).fingerprint.replace(" ", "")
    assert "Dinas Perhubungan" in text and fingerprint[:4] in text.replace(" ", "")
    state = {s.opd_code: s for s in site_states(db)}["1.05"]
    assert state.key_status == "provisioned"


def test_a_bkd_style_opd_list_imports_with_its_own_headers_totals_and_dashes(disnaker_db, tmp_path):
    # QA walk r3, defect 22: a typical BKD list (title, blank row, NAMA PERANGKAT DAERAH, JUMLAH
    # PEGAWAI, a '-' NIP, a total row) was refused with "the column 'Nama OPD' is missing".
    import openpyxl

    path = tmp_path / "daftar_opd.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (("DAFTAR PERANGKAT DAERAH KOTA PALANGKA RAYA 2026",), (),
                ("NO", "KODE", "NAMA PERANGKAT DAERAH", "KEPALA", "NIP KEPALA", "JUMLAH PEGAWAI"),
                ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
                (1, "1.01", "Dinas Pendidikan", "Siti Aminah", "19700314 199503 2 001", 1250),
                (2, "1.02", "Dinas Kesehatan", "Bambang", "-", "340"),
                (None, "JUMLAH", None, None, None, 1590)):
        sheet.append(row)
    book.save(path)
    report = registry.import_opds(disnaker_db, "rudi", path)
    assert report.applied and report.created == ["1.01", "1.02"] and report.skipped_rows == [4, 7]
    assert "4, 7" in report.skipped_text()
    rows = {o["code"]: o for o in registry.list_opds(disnaker_db)}
    assert rows["1.02"]["head_nip"] is None and rows["1.02"]["asn_count"] == 340
    assert rows["1.01"]["name"] == "Dinas Pendidikan" and rows["1.01"]["asn_count"] == 1250


def test_a_missing_column_names_what_was_found_and_what_is_accepted(disnaker_db, tmp_path):
    path = tmp_path / "opd.csv"
    path.write_text("Kode;Nama Kantor\n1.01;Dinas Pendidikan\n", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        registry.import_opds(disnaker_db, "rudi", path)
    text = str(refused.value)
    assert "Nama OPD" in text and "Columns found on row 1: Kode, Nama Kantor" in text
    assert "Nama Perangkat Daerah" in text and "import the file again" in text
