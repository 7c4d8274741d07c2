"""Recognising the column headers of the spreadsheets OPDs already have.

Personnel-system exports and hand-made lists name the same thing many ways
("NAMA LENGKAP", "Nama Pegawai", "L/P", "Jenis Kelamin", "Tgl. Lahir"...). Headers are
normalised (case, punctuation, spacing) and looked up in a table of known spellings;
`--map HEADER=field` (or the wizard's mapping) covers anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rentan_desktop.i18n import translate

SPONSORS = "sponsors"
WORKERS = "workers"
KINDS = (SPONSORS, WORKERS)

# Field -> header spellings (already normalised: upper case, single spaces, no punctuation).
# Spellings seen in SIMPEG, SIASN, Dapodik, OpenSID, SIAK, DTKS and BPJS branch exports and in
# hand-made workbooks; `compact` spellings (TEMPATLAHIR) are matched with their spaces removed.
_MOBILE = ("NO HP", "NOMOR HP", "HP", "NO WA", "NOMOR WA", "WA", "WHATSAPP", "NO WHATSAPP", "NO HANDPHONE",
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
               "TGL LHR DD MM YYYY", "LAHIR TANGGAL")
SPONSOR_HEADERS: dict[str, tuple[str, ...]] = {
    "nip": ("NIP", "NIP BARU", "NIP PNS", "NIP PPPK", "NIPPPK", "NOMOR INDUK PEGAWAI", "NO NIP", "NIP NIPPPK",
            "NI PPPK", "NOMOR INDUK PPPK", "NIP 18 DIGIT", "NIPBARU", "NIP ASN", "NIP PEGAWAI"),
    "name": ("NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN", "NAMA PNS", "NAMA LENGKAP DAN GELAR",
             "NAMA GELAR", "NAMA DAN GELAR", "NAMA PENANGGUNG", "NAMA PTK", "NAMA GURU", "NAMA PPPK",
             "NAMA LENGKAP BESERTA GELAR", "NAMA PEGAWAI GELAR", "NAMA LGKP"),
    "position": ("JABATAN", "NAMA JABATAN", "JABATAN TERAKHIR", "JABATAN SAAT INI", "JABATAN NAMA", "JENIS PTK",
                 "JABATAN PTK", "JABATAN FUNGSIONAL", "JABATAN STRUKTURAL", "NAMA JABATAN TERAKHIR"),
    "eselon": ("ESELON", "ESELON JABATAN", "ESL", "ESELON NAMA", "ESS", "ESELON TERAKHIR", "JENIS JABATAN",
               "TINGKAT ESELON"),
    "kind": ("STATUS PEGAWAI", "STATUS KEPEGAWAIAN", "JENIS PEGAWAI", "STATUS ASN", "KEDUDUKAN",
             "JENIS KEPEGAWAIAN", "JENIS PEGAWAI NAMA", "STATUS", "STATUS KEPEG", "KEDUDUKAN HUKUM",
             "STATUS CPNS PNS", "JENIS ASN"),
    "gender": _GENDER,
    "birth_date": _BIRTH_DATE,
    "phone": _MOBILE + _LANDLINE,
}
WORKER_HEADERS: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "NO NIK", "NOMOR NIK", "NIK KTP", "NO KTP", "NOMOR KTP", "NOMOR INDUK KEPENDUDUKAN",
            "NIK PESERTA", "NIK TK", "NIK TENAGA KERJA", "NIK PEKERJA", "NIK ART", "NO INDUK KEPENDUDUKAN",
            "NIK E KTP", "NO E KTP", "NIK 16 DIGIT", "NIK PENDUDUK"),
    "name": ("NAMA", "NAMA LENGKAP", "NAMA PEKERJA", "NAMA PESERTA", "NAMA SESUAI KTP", "NAMA TENAGA KERJA",
             "NAMA TK", "NAMA PENDUDUK", "NAMA ART", "NAMA ANGGOTA KELUARGA", "NAMA ANGGOTA RUMAH TANGGA",
             "NAMA LGKP", "NAMA LENGKAP SESUAI KTP", "NAMA PENERIMA", "NAMA KPM", "NAMA PEKERJA RENTAN",
             "NAMA CALON PESERTA", "NAMAPESERTA", "NAMALENGKAP"),
    "birth_place": ("TEMPAT LAHIR", "TMP LAHIR", "TEMPAT LHR", "TPT LAHIR", "TMPT LHR", "TMPT LAHIR",
                    "TEMPATLAHIR", "TEMPAT LAHIR NAMA", "KOTA LAHIR", "LAHIR DI"),
    "birth_date": _BIRTH_DATE,
    # One column "Palangka Raya, 12-05-1980", as many hand-made lists write it.
    "birth_place_date": ("TEMPAT TANGGAL LAHIR", "TEMPAT TGL LAHIR", "TTL", "TEMPAT DAN TANGGAL LAHIR",
                         "TEMPAT TGL LHR", "TMP TGL LAHIR", "TEMPAT TANGGAL LHR", "TPT TGL LAHIR", "TMPT TGL LHR"),
    "gender": _GENDER,
    "mother_name": ("NAMA IBU KANDUNG", "IBU KANDUNG", "NAMA IBU", "NAMA GADIS IBU KANDUNG", "IBU",
                    "NAMA LGKP IBU", "NAMA IBU KANDUNG PESERTA", "NAMA IBU KANDUNG TK", "NAMAIBU", "NAMA IBU TK",
                    "NAMA IBU PESERTA", "NAMA GADIS IBU"),
    "phone": _MOBILE + _LANDLINE,
    "street": ("ALAMAT", "ALAMAT LENGKAP", "ALAMAT RUMAH", "JALAN", "ALAMAT DOMISILI", "ALAMAT JALAN",
               "ALAMAT KTP", "ALAMAT TINGGAL", "ALAMAT PESERTA", "NAMA JALAN", "ALAMAT SESUAI KTP", "DUSUN",
               "ALAMAT TEMPAT TINGGAL", "JALAN DUSUN"),
    "rt": ("RT", "NO RT", "NOMOR RT"),
    "rw": ("RW", "NO RW", "NOMOR RW"),
    "village": ("DESA", "KELURAHAN", "DESA KELURAHAN", "KEL DESA", "KEL", "DESA KEL", "NAMA KEL", "NAMA DESA",
                "NAMA KELURAHAN", "KELURAHAN DESA", "DESA KEL NAMA"),
    "district": ("KECAMATAN", "KEC", "NAMA KEC", "NAMA KECAMATAN"),
    "regency": ("KABUPATEN", "KOTA", "KABUPATEN KOTA", "KAB KOTA", "KAB", "NAMA KAB", "NAMA KABUPATEN",
                "KOTA KABUPATEN", "KAB KOT"),
    "occupation": ("PEKERJAAN", "JENIS PEKERJAAN", "PROFESI", "MATA PENCAHARIAN", "JENIS PKRJN", "PEKERJAAN TK",
                   "PEKERJAAN UTAMA", "JENIS USAHA PEKERJAAN", "PEKERJAAN SAAT INI"),
    "work_location": ("LOKASI KERJA", "LOKASI PEKERJAAN", "TEMPAT KERJA", "LOKASI", "TEMPAT BEKERJA",
                      "ALAMAT TEMPAT KERJA", "LOKASI TEMPAT KERJA"),
    "declared_income": ("PENGHASILAN", "PENGHASILAN PER BULAN", "UPAH", "PENDAPATAN", "PENGHASILAN BULANAN",
                        "UPAH DILAPORKAN", "PENGHASILAN RP", "UPAH RP", "PENGHASILAN SEBULAN"),
    "jht": ("JHT", "IKUT JHT", "PROGRAM JHT"),
    "heir_name": ("AHLI WARIS", "NAMA AHLI WARIS", "NAMA AW"),
    "heir_relationship": ("HUBUNGAN AHLI WARIS", "HUB AHLI WARIS", "HUBUNGAN KELUARGA AHLI WARIS", "HUB AW",
                          "HUBUNGAN AW", "HUBUNGAN DENGAN AHLI WARIS"),
    "sponsor_nip": ("NIP PENANGGUNG", "NIP ASN", "NIP PENANGGUNG JAWAB", "NIP PEMBERI", "NIP ASN PENANGGUNG",
                    "NIP SPONSOR", "NIP PNS", "NIP ASN PEMBERI BANTUAN", "NIP ORANG TUA ASUH", "NIP DONATUR",
                    "NIP PEMBAYAR"),
    "relationship": ("HUBUNGAN", "HUBUNGAN DENGAN ASN", "HUBUNGAN DENGAN PENANGGUNG", "HUBUNGAN PENANGGUNG",
                     "HUB DENGAN ASN", "HUBUNGAN DGN ASN"),
    "start_month": ("BULAN MULAI", "MULAI", "MULAI BULAN", "MULAI KEPESERTAAN", "BULAN AWAL", "BLTH AWAL",
                    "BLTH", "BULAN KEPESERTAAN", "AWAL KEPESERTAAN", "TMT KEPESERTAAN", "BULAN MULAI IURAN"),
    "kpj": ("KPJ", "NO KPJ", "NOMOR KPJ", "NO KARTU", "NOMOR PESERTA", "NO PESERTA", "NO KARTU PESERTA"),
}
WEAK_SPELLINGS = frozenset(_LANDLINE) | {"STATUS", "LOKASI", "MULAI", "DUSUN", "IBU", "KOTA", "KAB", "JALAN",
                                         "JENIS JABATAN", "BLTH", "KONTAK"}


def headers_for(kind: str) -> dict[str, tuple[str, ...]]:
    return SPONSOR_HEADERS if kind == SPONSORS else WORKER_HEADERS


def required_fields(kind: str) -> tuple[str, ...]:
    return ("name",) if kind == SPONSORS else ("nik", "name")


def field_label(kind: str, field: str) -> str:
    """What the wizard and the report call a field."""
    labels = {
        "nip": translate("columns", "NIP"),
        "name": translate("columns", "Name"),
        "position": translate("columns", "Position"),
        "eselon": translate("columns", "Echelon"),
        "kind": translate("columns", "Employment type"),
        "gender": translate("columns", "Sex"),
        "birth_date": translate("columns", "Birth date"),
        "phone": translate("columns", "Phone"),
        "nik": translate("columns", "NIK"),
        "birth_place": translate("columns", "Birth place"),
        "birth_place_date": translate("columns", "Birth place and date"),
        "mother_name": translate("columns", "Mother's maiden name"),
        "street": translate("columns", "Address"),
        "rt": translate("columns", "RT"),
        "rw": translate("columns", "RW"),
        "village": translate("columns", "Village"),
        "district": translate("columns", "District"),
        "regency": translate("columns", "Regency/city"),
        "occupation": translate("columns", "Occupation"),
        "work_location": translate("columns", "Work location"),
        "declared_income": translate("columns", "Declared income"),
        "jht": translate("columns", "JHT"),
        "heir_name": translate("columns", "Heir"),
        "heir_relationship": translate("columns", "Heir relationship"),
        "sponsor_nip": translate("columns", "Sponsor NIP"),
        "relationship": translate("columns", "Relationship to sponsor"),
        "start_month": translate("columns", "Start month"),
        "kpj": translate("columns", "KPJ"),
    }
    return labels.get(field, field)


def normalise(header: object) -> str:
    """'Nama Lengkap ' / 'NAMA_LENGKAP' / 'Tgl. Lahir' -> 'NAMA LENGKAP' / 'TGL LAHIR'."""
    text = str(header or "").upper().replace("\n", " ")
    text = re.sub(r"[^A-Z0-9]+", " ", text)
    return " ".join(text.split())


def _variants(key: str) -> list[str]:
    """The key, without a column number ('NIK (2)', '3. NAMA'), and with its spaces removed."""
    out = [key]
    bare = re.sub(r"^\d+ (?=[A-Z])", "", re.sub(r"(?<=[A-Z]) \d+$", "", key))
    if bare != key:
        out.append(bare)
    return out


_LOOKUP: dict[str, dict[str, str]] = {}


def _lookup(kind: str) -> dict[str, str]:
    """Spelling -> field, also under the spelling's spaces removed ('TEMPATLAHIR')."""
    table = _LOOKUP.get(kind)
    if table is None:
        table = {}
        for field, spellings in headers_for(kind).items():
            for spelling in spellings:
                table.setdefault(spelling, field)
                table.setdefault("#" + spelling.replace(" ", ""), field)
        _LOOKUP[kind] = table
    return table


def recognise(header: object, kind: str) -> str | None:
    found = recognise_spelling(header, kind)
    return found[0] if found else None


def recognise_spelling(header: object, kind: str) -> tuple[str, bool] | None:
    """(field, weak) for a header cell, or None. Weak spellings (TELEPON) yield to strong ones (HP)."""
    key = normalise(header)
    if not key or len(key) > 80:
        return None
    table = _lookup(kind)
    for variant in _variants(key):
        field = table.get(variant) or table.get("#" + variant.replace(" ", ""))
        if field:
            return field, variant in WEAK_SPELLINGS
    return None


def is_header_text(value: object) -> bool:
    """A cell that is a header of either list (a repeated header line, 'NIP' under 'NAMA')."""
    return isinstance(value, str) and (recognise(value, SPONSORS) or recognise(value, WORKERS)) is not None


LETTER_KEY = "@"  # overrides keyed by a column letter: '@C' for column C


def parse_overrides(pairs: Iterable[str], kind: str) -> dict[str, str | None]:
    """`--map "NO. KTP=nik"` -> {'NO KTP': 'nik'}; `--map C=nik` names column C; `HEADER=` ignores a column.

    A one-to-three letter key names a column by letter as well as any header spelled that way.
    """
    known = set(headers_for(kind))
    result: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, field = pair.partition("=")
        field = field.strip()
        if not sep or not header.strip():
            raise ValueError(translate("columns", "'{pair}' is not HEADER=field.").format(pair=pair))
        if field in ("", "-"):
            value = None
        elif field not in known:
            raise ValueError(translate("columns", "Unknown field '{field}'; known fields: {fields}.").format(
                field=field, fields=", ".join(sorted(known))))
        else:
            value = field
        result[normalise(header)] = value
        if re.fullmatch(r"[A-Za-z]{1,3}", header.strip()):
            result[LETTER_KEY + header.strip().upper()] = value
    return result


def _letters(index: int) -> str:
    n, out = index + 1, ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def map_columns(headers: Sequence[object], kind: str,
                overrides: dict[str, str | None] | None = None) -> dict[int, str]:
    """Column index -> field. Overrides (by header text, then by letter) win; then strong spellings,
    then weak ones (a landline TELEPON only when no HP column); a field goes to its first column."""
    overrides = overrides or {}
    mapping: dict[int, str] = {}
    decided: set[int] = set()
    for i, header in enumerate(headers):
        key = normalise(header)
        letter = LETTER_KEY + _letters(i)
        if key and key in overrides or letter in overrides:
            field = overrides[key] if key and key in overrides else overrides[letter]
            decided.add(i)
            if field and field not in mapping.values():
                mapping[i] = field
    for weak_pass in (False, True):
        for i, header in enumerate(headers):
            if i in decided or i in mapping:
                continue
            found = recognise_spelling(header, kind)
            if found and found[1] == weak_pass and found[0] not in mapping.values():
                mapping[i] = found[0]
    return dict(sorted(mapping.items()))


def header_score(cells: Sequence[object], kind: str, overrides: dict[str, str | None] | None = None) -> int:
    """How many cells of a row look like known headers of `kind` or headers named by --map."""
    named = {k for k, v in (overrides or {}).items() if v and not k.startswith(LETTER_KEY)}
    return len({recognise(c, kind) or normalise(c) for c in cells
                if isinstance(c, str) and (recognise(c, kind) or normalise(c) in named)})
