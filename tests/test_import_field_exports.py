"""Shapes of SIASN/SIMPEG downloads, Dapodik, bansos, posyandu and koperasi lists (second sweep, issue 12).

Every file is synthetic: invented names, NIKs made for their birth dates.
"""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.roster import columns, importer
from tests.sheet_corpus import SPONSOR_NIP, SPONSOR_NIP_2, nik, table, worker_row, write_csv, write_xlsx


def run(db, path, kind="workers", **kw):
    return importer.run_import(db, path, kind, operator="Siti", **kw)


@pytest.mark.parametrize("written,amount", [
    ("Rp. 500,000", 500_000),  # was read as Rp5.000
    ("Rp1,500,000.00", 1_500_000), ("1.500.000,00", 1_500_000), ("Rp. 1.000.000,-", 1_000_000),
    ("2 juta", 2_000_000), ("850rb", 850_000), ("Rp 1.200.000/bulan", 1_200_000),
    # Dapodik's and DTKS's brackets: the lower bound; 'less than' and 'no income' take the default
    ("Rp. 2,000,000 - Rp. 4,999,999", 2_000_000), ("Lebih dari Rp. 20,000,000", 20_000_000),
    ("Kurang dari Rp. 500,000", 1_000_000), ("Tidak Berpenghasilan", 1_000_000),
])
def test_income_as_clerks_and_exports_write_it(db, tmp_path, written, amount):
    path = write_xlsx(tmp_path / "w.xlsx", table([worker_row(1, PENGHASILAN=written)]))
    report = run(db, path)
    assert report.new == 1, report.outcomes
    assert db.execute("SELECT declared_income FROM workers").fetchone() == (amount,)


def test_an_income_that_is_no_amount_is_refused_with_its_cell(db, tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", table([worker_row(1, PENGHASILAN="cukup")]))
    report = run(db, path)
    assert report.new == 0 and report.outcomes[0].column == "PENGHASILAN" and report.outcomes[0].value == "cukup"


def test_a_nik_written_out_by_pandas_is_read_when_exact(db, tmp_path):
    exact, rounded = nik(18, 12, 1981, 4), "9171012345678910"
    rows = [["NAMA", "NIK", "PENGHASILAN"], ["Ayah Contoh", exact + ".0", "Rp. 500,000 - Rp. 999,999"],
            ["Ibu Contoh", rounded + ".0", "Tidak Berpenghasilan"]]
    report = run(db, write_csv(tmp_path / "pd.csv", rows))
    assert report.new == 1
    assert db.execute("SELECT nik FROM workers").fetchone() == (exact,)
    refused = [r for r in report.outcomes if r.status == "skipped"]
    assert refused[0].value == rounded + ".0" and "15" in refused[0].reason  # Excel keeps 15 digits


def test_an_empty_nik_is_called_empty(db, tmp_path):
    report = run(db, write_csv(tmp_path / "w.csv", [["NAMA", "NIK"], ["Ayah Contoh", ""]]))
    assert report.new == 0 and "empty" in report.outcomes[0].reason


def test_new_nip_wins_over_the_old_nine_digit_nip():
    mapping = columns.map_columns(["No.", "NIP", "NIP Baru", "Nama", "Eselon"], "sponsors")
    assert mapping[2] == "nip" and 1 not in mapping
    assert columns.map_columns(["NIP", "Nama"], "sponsors")[0] == "nip"


@pytest.mark.parametrize("header,field", [
    ("NIK KPM", "nik"), ("NIK Penerima", "nik"), ("NAMA PENGURUS", "name"), ("Nama Anggota Koperasi", "name"),
    ("NAMA KADER", "name"), ("Nama Penerima Manfaat", "name"),
])
def test_bansos_posyandu_and_koperasi_headers(header, field):
    assert columns.recognise(header, "workers") == field


def _siasn_rows(people):
    header = ["PNS_ID", "NIP_BARU", "NIP_LAMA", "NAMA", "TANGGAL_LAHIR", "JENIS_KELAMIN", "NIK", "NOMOR_HP",
              "JENIS_PEGAWAI_NAMA", "KEDUDUKAN_HUKUM_NAMA", "JABATAN_NAMA"]
    return [header] + [[f"A{i}", nip, "", name, born, sex, own_nik, "081234567890", "PNS Daerah", "Aktif", "Analis"]
                       for i, (nip, name, born, sex, own_nik) in enumerate(people)]


SIASN_PEOPLE = [(SPONSOR_NIP, "Dewi Contoh", "14-03-1970", "F", nik(14, 3, 1970, 7, female=True)),
                (SPONSOR_NIP_2, "Eko Contoh", "12-12-1983", "M", nik(12, 12, 1983, 8))]


def test_a_personnel_download_with_each_servants_nik_is_not_a_worker_list(db, tmp_path):
    path = write_csv(tmp_path / "siasn.csv", _siasn_rows(SIASN_PEOPLE), delimiter="|")
    with pytest.raises(UserError, match="NIP"):
        run(db, path, "workers")
    report = run(db, path, "sponsors")
    assert report.new == 2
    assert db.execute("SELECT kind, gender FROM sponsors ORDER BY nip").fetchall() == [("pns", "P"), ("pns", "L")]


def test_a_worker_list_with_its_sponsors_nip_is_still_a_worker_list(db, tmp_path):
    rows = [["NIK", "NAMA", "NIP"], [nik(5, 5, 1990, 3), "Pekerja Contoh", SPONSOR_NIP]]
    report = run(db, write_csv(tmp_path / "w.csv", rows))
    assert report.new == 1


def test_a_duk_with_two_rows_per_person_is_explained(db, tmp_path):
    sheet = [["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL"], [],
             ["No DUK", "Nama Pegawai", "Gol Ruang", "Jabatan", "Tempat &"],
             [None, "NIP", "TMT", "Ess", "Tgl Lahir"],
             [1, "Dewi Contoh", "III/b", "Analis", "Sampit"], [None, SPONSOR_NIP, "01-04-2020", "-", "14-03-1970"]]
    path = write_xlsx(tmp_path / "duk.xlsx", sheet)
    with pytest.raises(UserError, match="DUK"):
        run(db, path, "sponsors")


def test_a_landline_in_a_staff_list_keeps_the_row_without_the_phone(db, tmp_path):
    rows = [["NIP", "NAMA", "TELEPON"], [SPONSOR_NIP, "Dewi Contoh", "0321-123456"],
            [SPONSOR_NIP_2, "Eko Contoh", "0812-3456-7890"]]
    report = run(db, write_csv(tmp_path / "s.csv", rows), "sponsors")
    assert report.new == 2
    assert db.execute("SELECT phone FROM sponsors ORDER BY nip").fetchall() == [(None,), ("+6281234567890",)]
    assert report.outcomes[0].warnings and "0321" not in report.outcomes[0].warnings[0]


def test_landlines_are_told_from_mobiles():
    from rentan_desktop.roster.convert import landline
    assert landline("0321-123456") and landline("(0536) 3221234")
    assert not landline("0812-3456-7890") and not landline("+62 812 3456 7890") and not landline("-")


@pytest.mark.parametrize("rt,rw,rt_rw,stored", [
    ("RT 07", "RW.001", None, ("007", "001")),
    (None, None, "RT 02 RW 01", ("002", "001")), (None, None, "002/001", ("002", "001")),
    (None, None, "Dusun Krajan", (None, None)),  # not RT/RW: the row comes in without them, with a note
])
def test_rt_and_rw_as_bansos_and_rt_lists_write_them(db, tmp_path, rt, rw, rt_rw, stored):
    row = worker_row(1, RT=rt, RW=rw)
    if rt_rw:
        row["RT/RW"] = rt_rw
    report = run(db, write_xlsx(tmp_path / "w.xlsx", table([row])))
    assert report.new == 1
    assert db.execute("SELECT rt, rw FROM workers").fetchone() == stored
    assert bool(report.outcomes[0].warnings) == (stored == (None, None))


def test_the_family_card_relationship_of_a_register_is_not_the_sponsor_relationship(db, tmp_path):
    rows = [["NO. KK", "NIK", "NAMA ANGGOTA KELUARGA", "HUBUNGAN"],
            ["6271010101100001", nik(3, 4, 1981, 9, female=True), "Istri Contoh", "Istri"]]
    pv = importer.preview(write_csv(tmp_path / "kk.csv", rows), "workers")
    assert "relationship" not in pv.mapping.values()
    plain = importer.preview(write_csv(tmp_path / "w.csv", [["NIK", "NAMA", "HUBUNGAN"]]), "workers")
    assert plain.mapping[2] == "relationship"


def test_a_masked_nik_says_so(db, tmp_path):
    report = run(db, write_csv(tmp_path / "w.csv", [["NAMA", "NIK"], ["Warga Contoh", "627101XXXXXX0008"]]))
    assert report.new == 0 and "masked" in report.outcomes[0].reason


def test_a_status_saying_active_is_no_employment_type(db, tmp_path):
    rows = [["NIP", "NAMA", "STATUS"], [SPONSOR_NIP, "Dewi Contoh", "Aktif"]]
    report = run(db, write_csv(tmp_path / "s.csv", rows), "sponsors")
    assert report.new == 1 and db.execute("SELECT kind FROM sponsors").fetchone() == ("pns",)


@pytest.mark.parametrize("headers,expected", [
    (["Name", "NIK", "Sex", "Date of birth", "Village", "Sponsor NIP", "First month"],
     ["name", "nik", "gender", "birth_date", "village", "sponsor_nip", "start_month"]),
    (["Nama", "NIK", "Jenis kelamin", "Tanggal lahir", "Desa/Kelurahan", "NIP penanggung", "Bulan pertama"],
     ["name", "nik", "gender", "birth_date", "village", "sponsor_nip", "start_month"]),
])
def test_the_apps_own_list_headers_in_either_language(headers, expected):
    assert list(columns.map_columns(headers, "workers").values()) == expected


def test_dapodik_parent_columns_are_not_the_pupils_own(db, tmp_path):
    upper = ["No", "Nama", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "NIK", "Data Ayah", None, None,
             "Data Ibu", None, None]
    lower = [None] * 7 + ["Nama", "Pekerjaan", "Penghasilan", "Nama", "Pekerjaan", "Penghasilan"]
    pupil = [1, "Anak Contoh", "L", "0012345678", "Sampit", "01/05/2006", nik(1, 5, 2006, 1), "Ayah Contoh",
             "Petani", "Rp. 1,000,000 - Rp. 1,999,999", "Ibu Contoh", "Tidak bekerja", "Tidak Berpenghasilan"]
    path = write_xlsx(tmp_path / "pd.xlsx", [["Daftar Peserta Didik"], [], upper, lower, pupil],
                      merges=[(2, 7, 2, 9, "Data Ayah"), (2, 10, 2, 12, "Data Ibu")])
    pv = importer.preview(path, "workers")
    assert "occupation" not in pv.mapping.values() and "declared_income" not in pv.mapping.values()
    assert pv.mapping[10] == "mother_name"  # NAMA under DATA IBU
    assert run(db, path).new == 1
    assert db.execute("SELECT name, mother_name, occupation FROM workers").fetchone() == (
        "Anak Contoh", "Ibu Contoh", None)
