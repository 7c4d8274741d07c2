"""Shapes of the population registers and personnel lists clerks bring (synthetic people).

Reproduces what real village registers (BIP, e-KTP BIP exports of SIAK), BDT/DTKS lists and
company-style personnel sheets do: a merged 'Tempat dan Tanggal Lahir' over 'Tempat Lahir' |
'Tgl/Bln/Th', column numbers typed as (1) (2) that Excel stores as -1 -2, a family card block
('No. KK :' labels, the KK number, the head of family's name) above each family, 'PROVINSI :'
page headers repeated down the sheet, a title merged over the whole header and headers that
carry a note in brackets.
"""

from __future__ import annotations

import pytest

from rentan_desktop.roster import columns, importer, rows
from tests.sheet_corpus import SPONSOR_NIP, nik, write_xlsx

KK = "6271010101100001"


def run(db, path, kind="workers", **kw):
    return importer.run_import(db, path, kind, operator="Siti", **kw)


def _person(no, day, month, year, female=False, serial=1):
    gender = "Pr" if female else "Lk"
    return [no, f"Warga Contoh {chr(64 + no)}", nik(day, month, year, serial, female), "Palangka Raya",
            f"{day:02d}/{month:02d}/{year}", gender, "Petani", f"Ibu Contoh {no}"]


def ektp_register(path):
    """An e-KTP population register (BIP) with two families: three people, non-data lines between."""
    upper = ["NO", "Nama Lengkap", "NIK", "Tempat dan Tanggal Lahir", None, "JK", "Pekerjaan", "Nama Ibu"]
    lower = [None, None, None, "Tempat Lahir", "Tgl/Bln/Th", None, None, None]
    numbers = [-float(i) for i in range(1, 9)]  # '(1)' ... '(8)' as Excel stores them
    label_line = ["No. KK :", None, "Nama Kepala Keluarga :", None, None, None, "Alamat :", None]
    people = [_person(1, 12, 5, 1970), _person(2, 3, 4, 1974, female=True, serial=2),
              _person(3, 20, 2, 1990, serial=3)]
    sheet = [upper, lower, numbers, label_line, [None] * 8, people[0], people[1],
             numbers, label_line, [None] * 8, people[2]]
    merges = [(0, 3, 0, 4, "Tempat dan Tanggal Lahir"),
              # the family line: KK number over NO and Nama, the head's name over NIK .. JK
              (4, 0, 4, 1, KK), (4, 2, 4, 5, "WARGA CONTOH A"), (4, 6, 4, 7, "Alamat : Jl. Contoh RT 001"),
              (9, 0, 9, 1, KK.replace("0001", "0002")), (9, 2, 9, 5, "WARGA CONTOH C")]
    return write_xlsx(path, sheet, merges=merges)


def test_ektp_register_with_family_blocks_imports_every_person(db, tmp_path):
    path = ektp_register(tmp_path / "bip_ektp.xlsx")
    pv = importer.preview(path, "workers")
    assert (pv.header.first_row, pv.header.last_row) == (1, 2)
    assert pv.mapping[3] == "birth_place" and pv.mapping[4] == "birth_date"
    report = run(db, path)
    assert report.new == 3 and report.skipped == 0, "\n".join(report.lines())
    assert report.not_data == {rows.NUMBERING: 2, rows.GROUP: 4}
    assert db.execute("SELECT birth_place, gender FROM workers ORDER BY nik").fetchall() == [
        ("Palangka Raya", "L"), ("Palangka Raya", "L"), ("Palangka Raya", "P")]


def test_register_with_a_kk_block_above_each_family_reads_the_column_header(db, tmp_path):
    """BIP 2012: 'NO.KK | NAMA.KK | ALAMAT', the KK line (no NIK), then the column header again."""
    kk_head = [None, "NO.KK", None, "NAMA.KK", None, None, "ALAMAT"]
    header = [None, "NO", "NIK", "NAMA", "JK", "TMPT LHR", "TGL LHR"]

    def family(kk, no, day, serial):
        person = [None, no, nik(day, 7, 1985, serial), f"Kepala Contoh {no}", "L", "Sampit", f"{day:02d}/07/1985"]
        return [kk_head, [None, kk, None, f"KEPALA CONTOH {no}", None, None, "DUSUN CONTOH, RT:001"], header, person]

    sheet = [[None, "BUKU INDUK KEPENDUDUKAN"], [], ["PROVINSI :", None, None, "KALIMANTAN TENGAH"], []]
    sheet += family("6271010101100011", 1, 10, 1) + family("6271010101100012", 2, 11, 2)
    report = run(db, write_xlsx(tmp_path / "bip2012.xlsx", sheet))
    assert report.header_row == 7, report.lines()  # the column header, not the KK number line above it
    assert report.mapping.get("NIK") == "nik"
    assert report.new == 2 and report.skipped == 0, report.lines()


def test_page_header_labels_repeated_down_the_sheet_are_not_people(db, tmp_path):
    header = ["NO", "NIK", "NAMA", "JK", "TGL LHR"]
    page = [[None, "PROVINSI :", "KALIMANTAN TENGAH"], [None, "KABUPATEN:", "KOTA PALANGKA RAYA"],
            [None, "DESA :", "LANGKAI", None, "NO. KK :"]]
    sheet = [header, [1, nik(4, 4, 1981), "Warga Satu", "L", "04/04/1981"]] + page + [
        header, [2, nik(5, 5, 1982, 2), "Warga Dua", "L", "05/05/1982"]]
    report = run(db, write_xlsx(tmp_path / "pages.xlsx", sheet))
    assert report.new == 2 and report.skipped == 0, report.lines()


def test_a_bare_kolom_numbering_row_is_not_a_person(db, tmp_path):
    """BDT exports number their columns 'KOLOM', 2, 3, ... on the line under the header."""
    sheet = [["ruta (1)", "Nama ART", "NIK", "jenis kelamin"], ["KOLOM", 2, 3, 4],
             ["3GDKWU", "Warga Contoh", nik(27, 8, 1983), 1]]
    report = run(db, write_xlsx(tmp_path / "bdt.xlsx", sheet))
    assert report.new == 1 and report.skipped == 0, report.lines()
    assert report.not_data == {rows.NUMBERING: 1}


def test_a_title_merged_over_the_header_is_not_part_of_it(db, tmp_path):
    """A division's title merged over every column: 'JABATAN\\n(SKD/Kontrak)' is still JABATAN."""
    header = ["NO", "NIP", "NAMA", "STATUS", "TANGGAL LAHIR (DD-MM-YYYY)", "JABATAN\n(SKD/Kontrak)"]
    sheet = [["DATE OF UPDATE :"], [], [None] * 6, header, [1, SPONSOR_NIP, "Siti Aminah", "PNS", "14-03-1970",
                                                        "Kepala Seksi"]]
    path = write_xlsx(tmp_path / "title.xlsx", sheet, merges=[(2, 0, 2, 5, "PEGAWAI DINAS CONTOH")])
    report = run(db, path, "sponsors")
    assert report.header_row == 4, report.lines()
    assert report.mapping == {"NIP": "nip", "NAMA": "name", "STATUS": "kind",
                              "TANGGAL LAHIR (DD-MM-YYYY)": "birth_date", "JABATAN (SKD/Kontrak)": "position"}
    assert report.new == 1, report.lines()
    assert db.execute("SELECT position FROM sponsors").fetchone() == ("Kepala Seksi",)


@pytest.mark.parametrize("header,kind,field", [
    ("JABATAN\n(SKD/Kontrak)", "sponsors", "position"), ("NIP (Wajib)", "sponsors", "nip"),
    ("Nama Lengkap (Wajib)", "sponsors", "name"), ("Tanggal Lahir (YYYY-MM-DD)", "workers", "birth_date"),
    ("JK (Laki-laki/Perempuan)", "workers", "gender"), ("Tgl/Bln/Th LAHIR", "workers", "birth_date"),
    ("Kab/Kota (5)", "workers", "regency"),
])
def test_headers_with_a_note_in_brackets(header, kind, field):
    assert columns.recognise(header, kind) == field


def test_a_bansos_participant_number_is_not_taken_as_the_kpj(db, tmp_path):
    """OpenSID's 'peserta bantuan' list: 'No. Peserta' is the programme's own number (1, 12, ...)."""
    person = nik(12, 5, 1970)
    sheet = [["Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Alamat"],
             [person, "12", person, "Warga Contoh", "Sampit", "12/05/1970", "RT 004 RW - Dusun Contoh"]]
    report = run(db, write_xlsx(tmp_path / "peserta_bantuan.xlsx", sheet))
    assert "No. Peserta" not in report.mapping
    assert report.new == 1 and report.skipped == 0, "\n".join(report.lines())
    assert db.execute("SELECT kpj FROM workers").fetchone() == (None,)


def test_a_csv_writing_numbers_as_excel_text_formulas_keeps_the_digits(db, tmp_path):
    """Exports write ="197003141995032001" so Excel keeps all 18 digits; that is the NIP itself."""
    path = tmp_path / "pegawai.csv"
    path.write_text('nama,nip,jabatan,no_hp\n"Siti Aminah, S.Pd","=""' + SPONSOR_NIP + '""",Guru,'
                    '="081234567890"\n', encoding="utf-8")
    report = run(db, path, "sponsors")
    assert report.new == 1, "\n".join(report.lines())
    assert db.execute("SELECT nip, phone FROM sponsors").fetchone() == (SPONSOR_NIP, "+6281234567890")


def test_an_asn_list_row_without_nip_says_it_became_non_asn(db, tmp_path):
    """A personnel list with an empty NIP cell: the sponsor is kept, and the report says as what."""
    path = tmp_path / "pegawai.csv"
    path.write_text(f'No.,Nama,NIP,Jabatan\n1,"Siti Aminah, S.Pd",{SPONSOR_NIP},Kepala Seksi\n'
                    '2,"Budi Santoso, S.Sos",,Kepala Seksi\n', encoding="utf-8")
    report = run(db, path, "sponsors")
    assert report.new == 2, "\n".join(report.lines())
    warned = [o for o in report.outcomes if o.warnings]
    assert [o.row for o in warned] == [3] and "Non-ASN" in warned[0].warnings[0]
    assert db.execute("SELECT kind FROM sponsors ORDER BY name").fetchall() == [("non_asn",), ("pns",)]


def test_a_kk_line_merged_over_the_nik_column_is_not_a_person(db, tmp_path):
    """BIP 2012 as exported: the KK number merged over NO and NIK, the head's name over NAMA..TMPT LHR."""
    header = [None, "NO", "NIK", "NAMA", "JK", "TMPT LHR", "TGL LHR", "PEKERJAAN"]
    kk_head = [None, "NO.KK", None, "NAMA.KK", None, None, "ALAMAT", None]
    kk_line = [None] * 8
    person = [None, 1, nik(1, 4, 1965, 3), "Kepala Contoh", "L", "Sampit", "01/04/1965", "Petani"]
    sheet = [header, [None, 9, nik(2, 2, 1972, 4, female=True), "Warga Lain", "P", "Sampit", "02/02/1972", "Petani"],
             kk_head, kk_line, header, person]
    merges = [(2, 1, 2, 2, "NO.KK"), (2, 3, 2, 5, "NAMA.KK"), (2, 6, 2, 7, "ALAMAT"),
              (3, 1, 3, 2, "6271010104190123"), (3, 3, 3, 5, "KEPALA CONTOH"), (3, 6, 3, 7, "Dusun Contoh RT 001")]
    report = run(db, write_xlsx(tmp_path / "bip2012_merged.xlsx", sheet, merges=merges))
    assert report.new == 2 and report.skipped == 0, "\n".join(report.lines())
    assert db.execute("SELECT count(*) FROM workers WHERE nik = '6271010104190123'").fetchone() == (0,)


def test_a_list_whose_columns_are_merged_pairs_still_reads_every_person(db, tmp_path):
    """Hand-made lists widen a column by merging two cells per row: those people are kept."""
    header = ["NO", "NIK", None, "NAMA", None, "TGL LAHIR"]
    people = [[i, nik(10 + i, 6, 1980, i), None, f"Warga {chr(64 + i)}", None, f"{10 + i}/06/1980"] for i in (1, 2)]
    merges = [(0, 1, 0, 2, "NIK"), (0, 3, 0, 4, "NAMA")]
    for r, p in enumerate(people, start=1):
        merges += [(r, 1, r, 2, p[1]), (r, 3, r, 4, p[3])]
    report = run(db, write_xlsx(tmp_path / "wide.xlsx", [header] + people, merges=merges))
    assert report.new == 2 and report.skipped == 0, "\n".join(report.lines())


def test_a_workbook_that_leaves_column_a_empty_keeps_values_under_their_headers(db, tmp_path):
    """Printed lists often start in column B: every value stays under its own header."""
    person = nik(1, 4, 1965, 5)
    sheet = [[None, "NIK", "NAMA", "TGL LAHIR", "PEKERJAAN"], [None, person, "Warga Contoh", "01/04/1965", "Petani"]]
    report = run(db, write_xlsx(tmp_path / "from_b.xlsx", sheet))
    assert report.new == 1 and report.skipped == 0, "\n".join(report.lines())
    assert db.execute("SELECT nik, name, occupation FROM workers").fetchone() == (person, "Warga Contoh", "Petani")


@pytest.mark.parametrize("kind,header", [("workers", ["NIK", "NOMOR RUMAH TANGGA", "STATUS"]),
                                         ("sponsors", ["NIP", "GOLONGAN", "TMT"])])
def test_a_list_with_the_identifier_but_no_names_says_what_is_missing(db, tmp_path, kind, header):
    """OpenSID's RTM and vaccination formats carry NIKs only: the refusal names the missing column."""
    sheet = [header, [nik(1, 1, 1990) if kind == "workers" else SPONSOR_NIP, "172956", "1"]]
    with pytest.raises(importer.NoHeaderFound, match=r"row 1 has a NI[KP] column but no column with the names"):
        run(db, write_xlsx(tmp_path / "ids_only.xlsx", sheet), kind)


@pytest.mark.parametrize("written", ["17-08-1975", "17/08/1975", "17.08.1975", "17 Agustus 1975", "1975-08-17",
                                     "1975/08/17", "17-Agu-1975", "17-Aug-1975", "17 Agst 1975", "17 Agt. 1975",
                                     "Minggu, 17 Agustus 1975", "27623"])
def test_birth_dates_as_lists_write_them(db, tmp_path, written):
    """Text dates from CSV exports and hand-made lists; '27623' is the Excel serial a General column keeps."""
    path = tmp_path / "dates.csv"
    path.write_text(f"NIK;NAMA;TANGGAL LAHIR\n{nik(17, 8, 1975)};Warga Contoh;{written}\n", encoding="utf-8")
    report = run(db, path)
    assert report.new == 1 and report.skipped == 0, "\n".join(report.lines())
    assert db.execute("SELECT birth_date FROM workers").fetchone() == ("1975-08-17",)


def test_a_workbook_with_several_sheets_says_which_one_it_read(db, tmp_path):
    """A code list sheet first and the people on the second: the report names the sheet it took."""
    import xlsxwriter

    path = tmp_path / "multi.xlsx"
    book = xlsxwriter.Workbook(path)
    codes = book.add_worksheet("Kode Data")
    for r, row in enumerate([["Jenis Kelamin", "id"], ["LAKI-LAKI", 1], ["PEREMPUAN", 2]]):
        codes.write_row(r, 0, row)
    people = book.add_worksheet("Data Penduduk")
    for r, row in enumerate([["NIK", "NAMA", "JENIS KELAMIN"], [nik(9, 9, 1979), "Warga Contoh", "LAKI-LAKI"]]):
        people.write_row(r, 0, row)
    book.close()
    report = run(db, path)
    assert report.new == 1 and report.sheet == "Data Penduduk"
    assert report.lines()[0].startswith("multi.xlsx, sheet 'Data Penduduk': header on row 1")
    single = run(db, write_xlsx(tmp_path / "one.xlsx", [["NIK", "NAMA"], [nik(8, 8, 1978), "Warga Lain"]]))
    assert single.sheet == "" and single.lines()[0].startswith("one.xlsx: header on row 1")


def test_a_person_without_nik_in_a_list_with_a_kk_column_is_refused_not_hidden(db, tmp_path):
    """DTKS-style: every row has its NO KK; a person whose NIK cell is empty is told about, not skipped."""
    sheet = [["NO", "NO KK", "NIK", "NAMA"], [1, KK, nik(3, 3, 1983), "Warga Contoh"], [2, KK, None, "Warga Tanpa Nik"]]
    report = run(db, write_xlsx(tmp_path / "dtks.xlsx", sheet))
    assert report.new == 1 and report.skipped == 1, "\n".join(report.lines())
    assert report.outcomes[-1].row == 3 and report.outcomes[-1].column == "NIK"
