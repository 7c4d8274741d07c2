"""Headers and rows as the field's exports write them; placeholders, echelons and employment types."""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.roster import columns, importer, rows, service
from tests.sheet_corpus import PPPK_NIP, SPONSOR_NIP, nik, table, worker_row, write_csv, write_xlsx


def run(db, path, kind="workers", **kw):
    return importer.run_import(db, path, kind, operator="Siti", **kw)


@pytest.mark.parametrize("header,field", [
    ("NAMA TK", "name"), ("NAMA PENDUDUK", "name"), ("NAMA ART", "name"), ("Nama_Lgkp", "name"),
    ("IBU", "mother_name"), ("NAMA_LGKP_IBU", "mother_name"), ("ALAMAT JALAN", "street"),
    ("TEMPATLAHIR", "birth_place"), ("TANGGALLAHIR", "birth_date"), ("TGL_LHR", "birth_date"),
    ("NIK (2)", "nik"), ("3. NAMA", "name"), ("JENIS_KLMIN", "gender"), ("No. WA", "phone"),
    ("BLTH AWAL", "start_month"), ("NOMOR PESERTA BPJS", "kpj"), ("Nama Kel", "village"),
])
def test_worker_header_spellings(header, field):
    assert columns.recognise(header, "workers") == field


@pytest.mark.parametrize("header,field", [
    ("NIP BARU", "nip"), ("NIP_BARU", "nip"), ("JABATAN NAMA", "position"), ("ESELON NAMA", "eselon"),
    ("KEDUDUKAN HUKUM", "kind"), ("Nama PTK", "name"), ("Status Kepegawaian", "kind"),
])
def test_sponsor_header_spellings(header, field):
    assert columns.recognise(header, "sponsors") == field


def test_mobile_column_wins_over_landline_wherever_it_stands():
    mapping = columns.map_columns(["NIK", "NAMA", "TELEPON", "NO. HP"], "workers")
    assert mapping[3] == "phone" and 2 not in mapping
    assert columns.map_columns(["NIK", "NAMA", "TELEPON"], "workers")[2] == "phone"


def test_merged_two_line_header_maps_place_and_date(db, tmp_path):
    person = worker_row(1)
    upper = ["NO", "NIK", "NAMA", "TEMPAT/TANGGAL LAHIR", None, "NAMA IBU KANDUNG"]
    lower = [None, None, None, "TEMPAT", "TANGGAL", None]
    data = [1, person["NIK"], person["NAMA"], "Sampit", person["TANGGAL LAHIR"], "Ibu"]
    path = write_xlsx(tmp_path / "two.xlsx", [["DAFTAR PEKERJA RENTAN"], [], upper, lower, data],
                      merges=[(2, 3, 2, 4, "TEMPAT/TANGGAL LAHIR"), (2, 0, 3, 0, "NO"), (2, 1, 3, 1, "NIK")])
    pv = importer.preview(path, "workers")
    assert pv.header.first_row == 3 and pv.header.last_row == 4
    assert pv.mapping[3] == "birth_place" and pv.mapping[4] == "birth_date"
    report = run(db, path)
    assert report.new == 1 and report.skipped == 0
    assert db.execute("SELECT birth_place FROM workers").fetchone() == ("Sampit",)


def test_two_line_header_in_a_csv_carries_the_parent(tmp_path):
    path = write_csv(tmp_path / "two.csv", [["NIK", "NAMA", "AHLI WARIS", ""], ["", "", "NAMA", "HUBUNGAN"],
                                            [nik(15, 8, 1995), "Ahmad", "Sri", "Istri"]])
    pv = importer.preview(path, "workers")
    assert pv.mapping == {0: "nik", 1: "name", 2: "heir_name", 3: "heir_relationship"}


def test_columns_without_header_are_mapped_by_letter(db, tmp_path):
    path = write_csv(tmp_path / "bare.csv", [["x", "Ahmad", nik(15, 8, 1995)], ["y", "Budi", nik(16, 8, 1995, 2)]])
    overrides = columns.parse_overrides(["C=nik", "B=name"], "workers")
    report = run(db, path, overrides=overrides)
    assert report.header_row == 0 and report.new == 2
    assert report.mapping == {"B": "name", "C": "nik"}


def test_non_data_rows_are_skipped_and_counted(db, tmp_path):
    header = list(worker_row(0))
    data = [list(worker_row(i).values()) for i in range(1, 5)]
    numbering = [str(i) for i in range(1, len(header) + 1)]
    bracketed = [f"({i})" for i in range(1, len(header) + 1)]
    kolom = [f"KOLOM {i}" for i in range(1, len(header) + 1)]
    group = ["NO KK: 6271010101010001"] + [None] * (len(header) - 1)
    family = [None, "KEPALA KELUARGA: BUDI"] + [None] * (len(header) - 2)
    sheet = [["DAFTAR PEKERJA RENTAN KELURAHAN LANGKAI"], header, numbering, data[0], bracketed, data[1],
             header, kolom, group, family, data[2], data[3], [None], ["Mengetahui,"], [None, None, "Kepala Dinas"]]
    report = run(db, write_xlsx(tmp_path / "rows.xlsx", sheet))
    assert report.new == 4 and report.skipped == 0
    assert report.not_data == {rows.NUMBERING: 3, rows.REPEATED_HEADER: 1, rows.GROUP: 2}
    assert report.footer_rows == 2
    summary = report.summary()
    assert "column-number rows" in summary and "repeated or second header lines" in summary


def test_an_empty_personnel_template_imports_nobody(db, tmp_path):
    """'NAMA' over 'NIP' in one column, then nothing: no sponsor named NIP."""
    sheet = [["NO", "NAMA", "JABATAN", "ESELON"], [None, "NIP", None, None], ["1", "2", "3", "4"]]
    report = run(db, write_xlsx(tmp_path / "template.xlsx", sheet), "sponsors")
    assert report.imported == 0 and db["sponsors"].count == 0


@pytest.mark.parametrize("placeholder", ["-", "—", "0", "n/a", "tidak ada", "--", "N/A", "."])
def test_placeholders_are_blank_for_optional_fields(db, tmp_path, placeholder):
    row = worker_row(1, **{"NO HP": placeholder, "RW": placeholder if placeholder != "0" else "-",
                           "PEKERJAAN": placeholder if placeholder != "0" else "-"})
    report = run(db, write_csv(tmp_path / "p.csv", table([row])))
    assert report.new == 1 and report.skipped == 0, report.lines()
    assert db.execute("SELECT phone, rw, occupation FROM workers").fetchone() == (None, None, None)
    assert "occupation" in report.outcomes[0].missing and "phone" not in report.outcomes[0].missing


@pytest.mark.parametrize("eselon,position,level", [
    ("ll.b", "Kepala Dinas", "head_opd"), ("lll.b", "Kepala Bidang", "head_division"),
    ("IIb", "", "head_opd"), ("II b", "", "head_opd"), ("IIIa", "", "head_division"),
    ("III A", "", "head_division"), ("Ess. III", "", "head_division"), ("JPT Pratama", "", "head_opd"),
    ("Administrator", "", "head_division"), ("Pengawas", "", "staff"), ("IV.a", "", "staff"),
    ("", "Kepala Dinas Pendidikan", "head_opd"), ("-", "Pengadministrasi Umum", "staff"),
])
def test_echelon_variants_give_the_right_position_level(db, tmp_path, eselon, position, level):
    path = write_csv(tmp_path / "s.csv", [["NIP", "NAMA", "JABATAN", "ESELON"],
                                          [SPONSOR_NIP, "Siti Aminah", position, eselon]])
    report = run(db, path, "sponsors")
    assert report.new == 1, report.lines()
    assert db.execute("SELECT position_level FROM sponsors").fetchone() == (level,)


@pytest.mark.parametrize("written,nip,kind", [
    ("PPPK Paruh Waktu", PPPK_NIP, "pppk"), ("Guru Honor", "", "non_asn"), ("Honor Daerah TK.I", "", "non_asn"),
    ("honorer", "", "non_asn"), ("CPNS", SPONSOR_NIP, "pns"), ("PNS", SPONSOR_NIP, "pns"),
])
def test_employment_types_as_written(db, tmp_path, written, nip, kind):
    path = write_csv(tmp_path / "k.csv", [["NIP", "NAMA", "STATUS PEGAWAI"], [nip, "Rina Wati", written]])
    report = run(db, path, "sponsors")
    assert report.new == 1, report.lines()
    assert db.execute("SELECT kind FROM sponsors").fetchone() == (kind,)


def test_an_unknown_employment_type_is_refused_with_the_choices(db, tmp_path):
    path = write_csv(tmp_path / "k.csv", [["NIP", "NAMA", "STATUS PEGAWAI"], ["", "Rina", "Relawan"]])
    report = run(db, path, "sponsors")
    assert report.skipped == 1 and "PPPK" in report.outcomes[0].reason


def test_day_and_month_swap_is_explained(db, tmp_path):
    row = worker_row(1, NIK=nik(5, 8, 1995), **{"TANGGAL LAHIR": "08/05/1995"})
    report = run(db, write_csv(tmp_path / "d.csv", table([row])))
    assert report.skipped == 1
    assert "swapped" in report.outcomes[0].reason and "05/08/1995" in report.outcomes[0].reason


def test_a_worker_list_chosen_as_sponsors_is_refused(db, tmp_path):
    path = write_csv(tmp_path / "w.csv", table([worker_row(1)]))
    with pytest.raises(UserError, match="list of workers"):
        run(db, path, "sponsors")
    assert db["sponsors"].count == 0


def test_a_sponsor_list_chosen_as_workers_is_refused(db, tmp_path):
    path = write_csv(tmp_path / "s.csv", [["NIP", "NAMA", "JABATAN"], [SPONSOR_NIP, "Siti", "Staf"]])
    with pytest.raises(UserError, match="list of sponsors"):
        run(db, path, "workers")


def test_a_sponsor_nip_merged_over_three_workers_links_all_three(db, tmp_path):
    service.save_sponsor(db, "Siti", {"kind": "pns", "nip": SPONSOR_NIP, "name": "Siti Aminah"})
    people = [worker_row(i) for i in (1, 2, 3)]
    sheet = [["NIK", "NAMA", "NAMA IBU KANDUNG", "NIP PENANGGUNG"]] + [
        [p["NIK"], p["NAMA"], p["NAMA IBU KANDUNG"], None] for p in people]
    path = write_xlsx(tmp_path / "merged.xlsx", sheet, merges=[(1, 3, 3, 3, SPONSOR_NIP)])
    report = run(db, path)
    assert report.new == 3
    assert db.execute("SELECT count(*) FROM workers WHERE sponsor_id IS NOT NULL").fetchone() == (3,)
