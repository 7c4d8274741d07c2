"""Writes the sample spreadsheets an OPD typically has, bad rows included, for trying the import.

    .venv/bin/python resources/samples/make_samples.py

- sponsors_simpeg.xlsx: a personnel-system export (title rows above the header, NIP as
  SIMPEG writes it with spaces, some as bare digits, one stored as a number whose digits
  Excel lost, ESELON and STATUS PEGAWAI columns).
- workers_opd.xlsx: a hand-made list of workers with their sponsor's NIP; bad rows: a NIK
  whose last digit Excel lost, a NIK in scientific notation, an impossible date, the same NIK
  twice, blank rows, spaces and dots inside numbers, a sponsor NIP that is not registered.
- workers_tambahan.csv: a later list (semicolon-separated, as Excel in Indonesian writes
  it) with a NIK already imported from workers_opd.xlsx and a missing mother's name.
Import the sponsors first, then workers_opd.xlsx, then the CSV.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).parent

# name, sex, birth date, NIP appointment (YYYYMM or PPPK year), serial, position, eselon, status
SPONSORS = [
    ("Dr. Hj. Siti Aminah, M.Pd.", "P", dt.date(1970, 3, 14), "199503", 1, "Kepala Dinas", "II.b", "PNS"),
    ("Drs. Bambang Sutrisno", "L", dt.date(1972, 8, 1), "199803", 2, "Sekretaris", "III.a", "PNS"),
    ("Rina Kartika Sari, S.E.", "P", dt.date(1979, 11, 23), "200502", 3, "Kepala Bidang Pembinaan SD", "III.b",
     "PNS"),
    ("Ahmad Fauzi, S.Kom.", "L", dt.date(1985, 2, 9), "201001", 4, "Pranata Komputer Ahli Muda", "-", "PNS"),
    ("Yuni Lestari", "P", dt.date(1988, 6, 30), "201404", 5, "Pengadministrasi Umum", "", "PNS"),
    ("Heru Santoso, S.Pd.", "L", dt.date(1983, 12, 12), "200903", 6, "Guru Ahli Madya", "-", "PNS"),
    ("Dewi Anggraini, S.Pd.", "P", dt.date(1990, 4, 17), "2022", 7, "Guru Ahli Pertama", "", "PPPK"),
    ("Muhammad Rizki", "L", dt.date(1993, 1, 5), "2023", 8, "Operator Layanan Operasional", "", "PPPK"),
    ("Fitri Handayani, A.Md.", "P", dt.date(1987, 9, 21), "201203", 9, "Bendahara Pengeluaran", "IV.a", "PNS"),
    ("Slamet Riyadi", "L", dt.date(1975, 5, 2), "200012", 10, "Pengelola Barang Milik Daerah", "-", "PNS"),
]


def nip(sex: str, born: dt.date, appointed: str, serial: int, status: str) -> str:
    s = "1" if sex == "L" else "2"
    if status == "PPPK":
        return f"{born:%Y%m%d}{appointed}2{serial % 9 + 1}{s}{serial:03d}"
    return f"{born:%Y%m%d}{appointed}{s}{serial:03d}"


def grouped(n: str) -> str:
    return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


def nik(district: str, born: dt.date, sex: str, serial: int) -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"6271{district}{day:02d}{born:%m}{born:%y}{serial:04d}"


SPONSOR_NIPS = [nip(s[1], s[2], s[3], s[4], s[7]) for s in SPONSORS]

# name, sex, born, district, serial, birth place, mother, phone, street, rt, rw, village, district name,
# occupation, heir, heir relationship, sponsor index, relationship
WORKERS = [
    ("Agus Salim", "L", dt.date(1980, 7, 15), "01", 12, "Palangka Raya", "Masnah", "081349112233",
     "Jl. Tjilik Riwut Km 2 No. 14", 2, 4, "Panarung", "Pahandut", "Pengemudi ojek", "Sulastri", "Istri", 0,
     "Tetangga"),
    ("Sulastri Wati", "P", dt.date(1984, 2, 3), "03", 27, "Kuala Kapuas", "Rusmini", "0852 4800 1122",
     "Jl. Rajawali VII No. 3", 5, 1, "Bukit Tunggal", "Jekan Raya", "Asisten rumah tangga", "Andi", "Anak", 1,
     "ART"),
    ("Yohanes Nahan", "L", dt.date(1975, 10, 30), "02", 5, "Tangkiling", "Hana", "+6281255667788",
     "Jl. Tangkiling Km 34", 1, 1, "Banturung", "Bukit Batu", "Petani", "Marta", "Istri", 2, "Keluarga"),
    ("Rahmat Hidayat", "L", dt.date(1992, 4, 11), "01", 33, "Banjarmasin", "Jubaidah", 81351234567,
     "Jl. Seth Adji Gg. Damai", 3, 2, "Langkai", "Pahandut", "Juru parkir", "Nur Aini", "Istri", 3, "Tetangga"),
    ("Siti Maryam", "P", dt.date(1969, 12, 1), "04", 8, "Palangka Raya", "Inah", "0813-5000-4411",
     "Jl. Mahir Mahar Km 5", 6, 2, "Kereng Bangkirai", "Sabangau", "Pedagang kaki lima", "Budi", "Anak", 4,
     "Tetangga"),
    ("Dedi Kurniawan", "L", dt.date(1988, 8, 19), "03", 41, "Sampit", "Salmah", "085249001234",
     "Jl. G. Obos XII No. 7", 4, 3, "Menteng", "Jekan Raya", "Sopir pribadi", "Rina", "Istri", 5, "Sopir"),
    ("Martinus Ipan", "L", dt.date(1979, 1, 25), "05", 2, "Pulang Pisau", "Ester", "082150506060",
     "Jl. Mahir Mahar Km 31", 1, 1, "Petuk Bukit", "Rakumpit", "Nelayan", "Yuliana", "Istri", 6, "Keluarga"),
    ("Nurhayati", "P", dt.date(1995, 3, 8), "01", 19, "Palangka Raya", "Aminah", "081251112222",
     "Jl. Kinibalu No. 22", 2, 5, "Palangka", "Jekan Raya", "Penjahit", "Ahmad", "Suami", 7, "Tetangga"),
    ("Juriansyah", "L", dt.date(1983, 6, 16), "04", 55, "Katingan", "Mariana", "085388776655",
     "Jl. Kalimantan No. 1", 7, 2, "Kalampangan", "Sabangau", "Buruh tani", "Nurul", "Istri", 8, "Keluarga"),
    ("Ani Rahmawati", "P", dt.date(1990, 9, 9), "03", 73, "Palangka Raya", "Sumiati", "082255443322",
     "Jl. Beliang No. 40", 3, 3, "Bukit Tunggal", "Jekan Raya", "Guru ngaji", "Ujang", "Suami", 9, "Tetangga"),
]


def worker_row(w: tuple, nik_cell: object = None, date_cell: object = None) -> list:
    (name, sex, born, district, serial, place, mother, phone, street, rt, rw, village, district_name,
     occupation, heir, heir_rel, sponsor, relationship) = w
    return [None, nik_cell if nik_cell is not None else nik(district, born, sex, serial), name,
            "Laki-laki" if sex == "L" else "Perempuan", place, date_cell if date_cell is not None else born,
            mother, phone, street, rt, rw, village, district_name, occupation, heir, heir_rel,
            SPONSOR_NIPS[sponsor], relationship, "2026-01"]


def sponsors_xlsx(path: Path) -> None:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Nominatif")
    bold = book.add_format({"bold": True, "align": "center"})
    head = book.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True})
    date = book.add_format({"num_format": "dd-mm-yyyy", "border": 1})
    cell = book.add_format({"border": 1})
    sheet.merge_range("A1:I1", "DAFTAR NOMINATIF PEGAWAI", bold)
    sheet.merge_range("A2:I2", "DINAS PENDIDIKAN KOTA PALANGKA RAYA", bold)
    sheet.merge_range("A3:I3", "Keadaan per 31 Oktober 2026", bold)
    header = ["NO", "NIP", "NAMA LENGKAP", "L/P", "TANGGAL LAHIR", "JABATAN", "ESELON", "STATUS PEGAWAI",
              "NO. HP"]
    sheet.write_row(4, 0, header, head)
    row = 5
    for i, (name, sex, born, _, _, position, eselon, status) in enumerate(SPONSORS):
        number = SPONSOR_NIPS[i]
        sheet.write_number(row, 0, i + 1, cell)
        # SIMPEG writes NIP grouped with spaces; some operators retype it as bare digits.
        sheet.write_string(row, 1, grouped(number) if i % 3 != 2 else number, cell)
        sheet.write_string(row, 2, name, cell)
        sheet.write_string(row, 3, sex, cell)
        sheet.write_datetime(row, 4, dt.datetime.combine(born, dt.time()), date)
        sheet.write_string(row, 5, position, cell)
        sheet.write_string(row, 6, eselon, cell)
        sheet.write_string(row, 7, status, cell)
        sheet.write_string(row, 8, f"0812{5000000 + i * 1111:07d}", cell)
        row += 1
    # A NIP kept as a number: Excel shows 1.98102E+17 and the last digits are gone.
    sheet.write_row(row, 0, [len(SPONSORS) + 1, 198102142006041011.0, "Tono Sugiarto", "L",
                             dt.datetime(1981, 2, 14), "Penyusun Program", "-", "PNS", "081255001100"], cell)
    row += 1
    # A NIP with a digit missing.
    sheet.write_row(row, 0, [len(SPONSORS) + 2, "19840307 200904 2 01", "Wahyuni", "P", "07-03-1984",
                             "Arsiparis", "-", "PNS", ""], cell)
    row += 2
    sheet.write_string(row, 5, "Palangka Raya, 31 Oktober 2026")
    sheet.write_string(row + 1, 5, "Kepala Dinas Pendidikan")
    sheet.set_column(1, 1, 24)
    sheet.set_column(2, 2, 30)
    sheet.set_column(5, 5, 30)
    book.close()


def workers_xlsx(path: Path) -> None:
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Pekerja Rentan")
    date = book.add_format({"num_format": "dd/mm/yyyy"})
    title = book.add_format({"bold": True})
    sheet.write_string(0, 0, "DATA PEKERJA RENTAN - PROGRAM SATU ASN SATU PEKERJA RENTAN", title)
    sheet.write_string(1, 0, "OPD: Dinas Pendidikan", title)
    header = ["NO", "NIK", "NAMA", "JENIS KELAMIN", "TEMPAT LAHIR", "TGL LAHIR", "NAMA IBU KANDUNG", "NO HP",
              "ALAMAT", "RT", "RW", "KELURAHAN", "KECAMATAN", "PEKERJAAN", "AHLI WARIS",
              "HUBUNGAN AHLI WARIS", "NIP PENANGGUNG", "HUBUNGAN", "BULAN MULAI"]
    sheet.write_row(3, 0, header, title)
    rows: list[list] = []
    w = WORKERS
    rows.append(worker_row(w[0]))
    # spaces and dots inside the NIK, as people type them
    n1 = nik(w[1][3], w[1][2], w[1][1], w[1][4])
    rows.append(worker_row(w[1], f"{n1[:4]} {n1[4:8]} {n1[8:12]} {n1[12:]}"))
    n2 = nik(w[2][3], w[2][2], w[2][1], w[2][4])
    rows.append(worker_row(w[2], f"{n2[:2]}.{n2[2:4]}.{n2[4:6]}.{n2[6:12]}.{n2[12:]}"))
    rows.append(worker_row(w[3], float(nik(w[3][3], w[3][2], w[3][1], w[3][4]))))  # a number, digits intact
    rows.append([None] * len(header))  # blank row
    rows.append(worker_row(w[4], date_cell="01/12/1969"))  # date typed as text
    rows.append(worker_row(w[5]))
    # a NIK typed as a number in Excel: the 16th digit became 0
    lost = nik("01", dt.date(1990, 8, 5), "P", 17)
    rows.append(worker_row(("Lina Marlina", "P", dt.date(1990, 8, 5), "01", 17, "Palangka Raya", "Sarinah",
                            "081299887766", "Jl. Diponegoro No. 9", 1, 1, "Pahandut", "Pahandut", "Pemulung",
                            "Joko", "Suami", 0, "Tetangga"), float(lost[:15] + "0")))
    # a NIK shown in scientific notation and saved as text
    rows.append(worker_row(("Sarifah", "P", dt.date(1986, 5, 20), "03", 3, "Palangka Raya", "Norma",
                            "081311223344", "Jl. Yos Sudarso No. 2", 2, 2, "Menteng", "Jekan Raya",
                            "Pedagang keliling", "Ilham", "Anak", 1, "Tetangga"), "6.27103E+15"))
    # an impossible date
    rows.append(worker_row(w[6], date_cell="31/02/1979"))
    rows.append(worker_row(w[7]))
    rows.append([None] * len(header))
    rows.append(worker_row(w[0]))  # the same person twice in the file
    rows.append(worker_row(w[8]))
    bad_sponsor = worker_row(w[9])
    bad_sponsor[16] = "19991231 202201 1 999"  # no such sponsor
    rows.append(bad_sponsor)
    for r, values in enumerate(rows, start=4):
        values[0] = None if all(v is None for v in values[1:]) else r - 3
        for c, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date)
            elif isinstance(value, int | float):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, value)
    sheet.set_column(1, 2, 22)
    book.close()


def workers_csv(path: Path) -> None:
    header = "NIK;NAMA LENGKAP;L/P;TEMPAT LAHIR;TANGGAL LAHIR;NAMA IBU;NO HP;ALAMAT;DESA;KECAMATAN;PEKERJAAN;" \
             "NIP PENANGGUNG;HUBUNGAN"
    extra = [
        ("Samsul Bahri", "L", dt.date(1977, 3, 3), "02", 61, "Kapuas", "Saodah", "0852-1111-2222",
         "Jl. Tangkiling Km 29", "Tangkiling", "Bukit Batu", "Tukang bangunan", 2, "Tetangga"),
        ("Eva Susanti", "P", dt.date(1994, 7, 27), "03", 14, "Palangka Raya", "Mulyani", "081377788899",
         "Jl. RTA Milono Km 3", "Menteng", "Jekan Raya", "Kader posyandu", 4, "Keluarga"),
        ("Usup", "L", dt.date(1966, 11, 11), "05", 9, "Palangka Raya", "Itah", "082199990000",
         "Jl. Mahir Mahar Km 40", "Mungku Baru", "Rakumpit", "Marbot masjid", 5, "Tetangga"),
    ]
    lines = [header]
    for name, sex, born, district, serial, place, mother, phone, street, village, dname, occ, sponsor, rel in extra:
        n = nik(district, born, sex, serial)
        lines.append(";".join([f"{n[:6]} {n[6:12]} {n[12:]}", name, sex, place, born.strftime("%d/%m/%Y"), mother,
                               phone, street, village, dname, occ, SPONSOR_NIPS[sponsor], rel]))
    lines.append(";;;;;;;;;;;;")
    # already imported from workers_opd.xlsx
    w = WORKERS[5]
    lines.append(";".join([nik(w[3], w[2], w[1], w[4]), w[0], "L", w[5], w[2].strftime("%d/%m/%Y"), w[6], w[7],
                           w[8], w[11], w[12], w[13], SPONSOR_NIPS[w[16]], "Sopir"]))
    # the mother's maiden name is missing
    n = nik("01", dt.date(1991, 10, 2), "L", 88)
    lines.append(";".join([n, "Fajar Nugroho", "L", "Palangka Raya", "02/10/1991", "", "085200001111",
                           "Jl. Diponegoro No. 30", "Pahandut", "Pahandut", "Buruh harian lepas",
                           SPONSOR_NIPS[6], "Tetangga"]))
    # scientific notation left by Excel
    lines.append(";".join(["6,27104E+15", "Ratna Sari", "P", "Palangka Raya", "14/02/1989", "Siti", "",
                           "Jl. Kalimantan No. 5", "Kalampangan", "Sabangau", "Petani", SPONSOR_NIPS[7], ""]))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


def main() -> None:
    sponsors_xlsx(HERE / "sponsors_simpeg.xlsx")
    workers_xlsx(HERE / "workers_opd.xlsx")
    workers_csv(HERE / "workers_tambahan.csv")


if __name__ == "__main__":
    main()
