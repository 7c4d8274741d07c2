"""Spreadsheet header spellings of the roster fields (normalised: upper case, single spaces, no
punctuation; roster/columns.py also matches them with their spaces removed, e.g. TEMPATLAHIR).

Seen in SIMPEG, SIASN, Dapodik, OpenSID, SIAK, DTKS and BPJS branch exports and in hand-made
workbooks. Field entries (fields/workers.py, fields/sponsors.py) take their `headers` from here.
"""

from __future__ import annotations

_MOBILE = ("NO HP", "NOMOR HP", "HP", "MOBILE", "NO WA", "NOMOR WA", "WA", "WHATSAPP", "NO WHATSAPP", "NO HANDPHONE",
           "HANDPHONE", "NOMOR HANDPHONE", "PONSEL", "NO PONSEL", "SELULER", "NO SELULER", "NOMOR SELULER",
           "NO HP WA", "NO HP AKTIF", "NOMOR HP AKTIF", "NOMOR TELEPON SELULER", "TELEPON SELULER", "HP WA",
           "NOMOR PONSEL", "TELP HP", "NO TELP HP", "NO HP TELP")
# A landline column is taken only when no mobile column exists.
_LANDLINE = ("NO TELP", "NO TELEPON", "TELEPON", "TELP", "NOMOR TELEPON", "NOMOR TELP", "NOMOR TELPON",
             "TELPON", "NO TELPON", "TELEPON RUMAH", "TELP RUMAH", "KONTAK", "NO KONTAK")
_GENDER = ("L P", "LP", "JENIS KELAMIN", "JK", "KELAMIN", "SEX", "JNS KELAMIN", "JENIS KLMIN", "JENIS KEL",
           "J K", "GENDER", "JENIS KELAMIN L P", "KELAMIN L P")
_BIRTH_DATE = ("TANGGAL LAHIR", "TGL LAHIR", "TGL LHR", "TANGGAL LHR", "TGL LAHIR DD MM YYYY", "TANGGAL LAHIR DD MM YYYY",
               "TGL LAHIR DD MM YY", "TANGGAL LAHIR TGL BLN THN", "TANGGAL KELAHIRAN", "TGLLAHIR", "TANGGALLAHIR",
               "TGL LHR DD MM YYYY", "LAHIR TANGGAL", "DATE OF BIRTH", "BIRTH DATE",
               # 'Tgl/Bln/Th' under a merged 'Tempat dan Tanggal Lahir' (population registers, BIP)
               "TGL BLN TH LAHIR", "TGL BLN THN LAHIR", "TGL BLN TAHUN LAHIR", "TANGGAL BULAN TAHUN LAHIR")
SPONSORS: dict[str, tuple[str, ...]] = {
    "nip": ("NIP", "NIP BARU", "NIP PNS", "NIP PPPK", "NIPPPK", "NOMOR INDUK PEGAWAI", "NO NIP", "NIP NIPPPK",
            "NI PPPK", "NOMOR INDUK PPPK", "NIP 18 DIGIT", "NIPBARU", "NIP ASN", "NIP PEGAWAI"),
    "name": ("NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN", "NAMA PNS", "NAMA LENGKAP DAN GELAR",
             "NAMA GELAR", "NAMA DAN GELAR", "NAMA PENANGGUNG", "NAMA PTK", "NAMA GURU", "NAMA PPPK",
             "NAMA LENGKAP BESERTA GELAR", "NAMA PEGAWAI GELAR", "NAMA LGKP", "NAME"),
    "position": ("JABATAN", "NAMA JABATAN", "JABATAN TERAKHIR", "JABATAN SAAT INI", "JABATAN NAMA", "JENIS PTK",
                 "JABATAN PTK", "JABATAN FUNGSIONAL", "JABATAN STRUKTURAL", "NAMA JABATAN TERAKHIR", "POSITION"),
    "eselon": ("ESELON", "ESELON JABATAN", "ESL", "ESELON NAMA", "ESS", "ESELON TERAKHIR", "JENIS JABATAN",
               "TINGKAT ESELON", "ECHELON"),
    "kind": ("STATUS PEGAWAI", "STATUS KEPEGAWAIAN", "JENIS PEGAWAI", "STATUS ASN", "KEDUDUKAN",
             "JENIS KEPEGAWAIAN", "JENIS PEGAWAI NAMA", "STATUS", "STATUS KEPEG", "KEDUDUKAN HUKUM",
             "STATUS CPNS PNS", "JENIS ASN", "EMPLOYMENT TYPE",
             # the roster list the app exports ('Jenis' / 'Type' beside a 'Status' of the sponsorship)
             "JENIS", "TYPE"),
    "gender": _GENDER,
    "birth_date": _BIRTH_DATE,
    "phone": _MOBILE + _LANDLINE,
}
WORKERS: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "NO NIK", "NOMOR NIK", "NIK KTP", "NO KTP", "NOMOR KTP", "NOMOR INDUK KEPENDUDUKAN",
            "NIK PESERTA", "NIK TK", "NIK TENAGA KERJA", "NIK PEKERJA", "NIK ART", "NO INDUK KEPENDUDUKAN",
            "NIK E KTP", "NO E KTP", "NIK 16 DIGIT", "NIK PENDUDUK",
            # bansos (PKH, BPNT, BLT-DD), posyandu and koperasi lists
            "NIK KPM", "NIK PENERIMA", "NIK PENERIMA MANFAAT", "NIK PENGURUS", "NIK KADER", "NIK ANGGOTA",
            "NIK WARGA", "NIK CALON PESERTA"),
    "name": ("NAMA", "NAMA LENGKAP", "NAMA PEKERJA", "NAMA PESERTA", "NAMA SESUAI KTP", "NAMA TENAGA KERJA",
             "NAMA TK", "NAMA PENDUDUK", "NAMA ART", "NAMA ANGGOTA KELUARGA", "NAMA ANGGOTA RUMAH TANGGA",
             "NAMA LGKP", "NAMA LENGKAP SESUAI KTP", "NAMA PENERIMA", "NAMA KPM", "NAMA PEKERJA RENTAN",
             "NAMA CALON PESERTA", "NAMAPESERTA", "NAMALENGKAP",
             # koperasi, posyandu and bansos lists (PKH names the mother managing the card its pengurus)
             "NAMA ANGGOTA", "NAMA ANGGOTA KOPERASI", "NAMA KADER", "NAMA PENGURUS", "NAMA PENERIMA MANFAAT",
             "NAMA PENERIMA BANTUAN", "NAMA WARGA", "NAME"),
    "birth_place": ("TEMPAT LAHIR", "TMP LAHIR", "TEMPAT LHR", "TPT LAHIR", "TMPT LHR", "TMPT LAHIR",
                    "TEMPATLAHIR", "TEMPAT LAHIR NAMA", "KOTA LAHIR", "LAHIR DI", "BIRTH PLACE", "PLACE OF BIRTH"),
    "birth_date": _BIRTH_DATE,
    # One column "Palangka Raya, 12-05-1980", as many hand-made lists write it.
    "birth_place_date": ("TEMPAT TANGGAL LAHIR", "TEMPAT TGL LAHIR", "TTL", "TEMPAT DAN TANGGAL LAHIR",
                         "TEMPAT TGL LHR", "TMP TGL LAHIR", "TEMPAT TANGGAL LHR", "TPT TGL LAHIR", "TMPT TGL LHR"),
    "gender": _GENDER,
    "mother_name": ("NAMA IBU KANDUNG", "IBU KANDUNG", "NAMA IBU", "NAMA GADIS IBU KANDUNG", "IBU",
                    "NAMA LGKP IBU", "NAMA IBU KANDUNG PESERTA", "NAMA IBU KANDUNG TK", "NAMAIBU", "NAMA IBU TK",
                    "NAMA IBU PESERTA", "NAMA GADIS IBU", "MOTHER S MAIDEN NAME"),
    "phone": _MOBILE + _LANDLINE,
    "street": ("ALAMAT", "ALAMAT LENGKAP", "ALAMAT RUMAH", "JALAN", "ALAMAT DOMISILI", "ALAMAT JALAN",
               "ALAMAT KTP", "ALAMAT TINGGAL", "ALAMAT PESERTA", "NAMA JALAN", "ALAMAT SESUAI KTP", "DUSUN",
               "ALAMAT TEMPAT TINGGAL", "JALAN DUSUN", "ADDRESS"),
    "rt": ("RT", "NO RT", "NOMOR RT"),
    "rw": ("RW", "NO RW", "NOMOR RW"),
    "rt_rw": ("RT RW", "NO RT RW", "RT RW NO", "NOMOR RT RW"),
    "village": ("DESA", "KELURAHAN", "DESA KELURAHAN", "KEL DESA", "KEL", "DESA KEL", "NAMA KEL", "NAMA DESA",
                "NAMA KELURAHAN", "KELURAHAN DESA", "DESA KEL NAMA", "KEL NAME", "DESA NAME", "KELURAHAN NAME",
                "VILLAGE"),
    # SIAK/Dukcapil DKB exports write the name after the level too: KEL_NAME, KEC_NAME, KAB_NAME.
    "district": ("KECAMATAN", "KEC", "NAMA KEC", "NAMA KECAMATAN", "KEC NAME", "KECAMATAN NAME", "DISTRICT"),
    "regency": ("KABUPATEN", "KOTA", "KABUPATEN KOTA", "KAB KOTA", "KAB", "NAMA KAB", "NAMA KABUPATEN",
                "KOTA KABUPATEN", "KAB KOT", "KAB NAME", "KABUPATEN NAME", "KOTA NAME", "KAB KOTA NAME",
                "REGENCY CITY"),
    "occupation": ("PEKERJAAN", "JENIS PEKERJAAN", "PROFESI", "MATA PENCAHARIAN", "JENIS PKRJN", "PEKERJAAN TK",
                   "PEKERJAAN UTAMA", "JENIS USAHA PEKERJAAN", "PEKERJAAN SAAT INI", "OCCUPATION"),
    "work_location": ("LOKASI KERJA", "LOKASI PEKERJAAN", "TEMPAT KERJA", "LOKASI", "TEMPAT BEKERJA",
                      "ALAMAT TEMPAT KERJA", "LOKASI TEMPAT KERJA", "WORK LOCATION"),
    "declared_income": ("PENGHASILAN", "PENGHASILAN PER BULAN", "UPAH", "PENDAPATAN", "PENGHASILAN BULANAN",
                        "UPAH DILAPORKAN", "PENGHASILAN RP", "UPAH RP", "PENGHASILAN SEBULAN", "DECLARED INCOME"),
    "jht": ("JHT", "IKUT JHT", "PROGRAM JHT"),
    "heir_name": ("AHLI WARIS", "NAMA AHLI WARIS", "NAMA AW", "HEIR"),
    "heir_relationship": ("HUBUNGAN AHLI WARIS", "HUB AHLI WARIS", "HUBUNGAN KELUARGA AHLI WARIS", "HUB AW",
                          "HUBUNGAN AW", "HUBUNGAN DENGAN AHLI WARIS", "HEIR RELATIONSHIP"),
    "sponsor_nip": ("NIP PENANGGUNG", "NIP ASN", "NIP PENANGGUNG JAWAB", "NIP PEMBERI", "NIP ASN PENANGGUNG",
                    "NIP SPONSOR", "NIP PNS", "NIP ASN PEMBERI BANTUAN", "NIP ORANG TUA ASUH", "NIP DONATUR",
                    "NIP PEMBAYAR", "SPONSOR NIP"),
    "relationship": ("HUBUNGAN", "HUBUNGAN DENGAN ASN", "HUBUNGAN DENGAN PENANGGUNG", "HUBUNGAN PENANGGUNG",
                     "HUB DENGAN ASN", "HUBUNGAN DGN ASN", "RELATIONSHIP TO SPONSOR"),
    "start_month": ("BULAN MULAI", "MULAI", "MULAI BULAN", "MULAI KEPESERTAAN", "BULAN AWAL", "BLTH AWAL",
                    "BLTH", "BULAN KEPESERTAAN", "AWAL KEPESERTAAN", "TMT KEPESERTAAN", "BULAN MULAI IURAN",
                    "BULAN PERTAMA", "FIRST MONTH", "START MONTH"),
    # A bare NO. PESERTA is a bansos programme's own participant number (OpenSID's peserta bantuan
    # format), not the BPJS card: only spellings that name BPJS or KPJ.
    "kpj": ("KPJ", "NO KPJ", "NOMOR KPJ", "NO KARTU KPJ", "NO PESERTA BPJS", "NOMOR PESERTA BPJS", "NO PESERTA BPJS TK",
            "NOMOR PESERTA BPJS TK", "NO PESERTA BPJSTK", "NO PESERTA BPJS KETENAGAKERJAAN",
            "NOMOR PESERTA BPJS KETENAGAKERJAAN", "NO KARTU BPJS", "NO KARTU BPJS TK", "NO BPJS TK", "NO BPJSTK"),
}

# Spellings that yield to a stronger one of the same field (a landline TELEPON column is taken
# only when no HP column exists; a bare STATUS only when no STATUS PEGAWAI).
# A bare NIP beside a NIP BARU is the old 9-digit NIP (SIMPEG's Data Pegawai export).
WEAK = frozenset(_LANDLINE) | {"NIP", "STATUS", "JENIS", "TYPE", "LOKASI", "MULAI", "DUSUN", "IBU", "KOTA", "KAB", "JALAN", "JENIS JABATAN",
                               "BLTH", "KONTAK"}
