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
SPONSOR_HEADERS: dict[str, tuple[str, ...]] = {
    "nip": ("NIP", "NIP BARU", "NIP PNS", "NIP PPPK", "NIPPPK", "NOMOR INDUK PEGAWAI", "NO NIP"),
    "name": ("NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN", "NAMA PNS", "NAMA LENGKAP DAN GELAR",
             "NAMA GELAR", "NAMA DAN GELAR", "NAMA PENANGGUNG"),
    "position": ("JABATAN", "NAMA JABATAN", "JABATAN TERAKHIR", "JABATAN SAAT INI"),
    "eselon": ("ESELON", "ESELON JABATAN", "ESL"),
    "kind": ("STATUS PEGAWAI", "STATUS KEPEGAWAIAN", "JENIS PEGAWAI", "STATUS ASN", "KEDUDUKAN",
             "JENIS KEPEGAWAIAN"),
    "gender": ("L P", "LP", "JENIS KELAMIN", "JK", "KELAMIN", "SEX"),
    "birth_date": ("TANGGAL LAHIR", "TGL LAHIR", "TGL LHR", "TANGGAL LHR"),
    "phone": ("NO HP", "NOMOR HP", "NO TELP", "NO TELEPON", "TELEPON", "HP", "NO WA", "NOMOR WA",
              "NO HANDPHONE", "HANDPHONE"),
}
WORKER_HEADERS: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "NO NIK", "NOMOR NIK", "NIK KTP", "NO KTP", "NOMOR KTP", "NOMOR INDUK KEPENDUDUKAN"),
    "name": ("NAMA", "NAMA LENGKAP", "NAMA PEKERJA", "NAMA PESERTA", "NAMA SESUAI KTP", "NAMA TENAGA KERJA"),
    "birth_place": ("TEMPAT LAHIR", "TMP LAHIR", "TEMPAT LHR", "TPT LAHIR"),
    "birth_date": ("TANGGAL LAHIR", "TGL LAHIR", "TGL LHR", "TANGGAL LHR"),
    # One column "Palangka Raya, 12-05-1980", as many hand-made lists write it.
    "birth_place_date": ("TEMPAT TANGGAL LAHIR", "TEMPAT TGL LAHIR", "TTL", "TEMPAT DAN TANGGAL LAHIR",
                         "TEMPAT TGL LHR"),
    "gender": ("L P", "LP", "JENIS KELAMIN", "JK", "KELAMIN", "SEX"),
    "mother_name": ("NAMA IBU KANDUNG", "IBU KANDUNG", "NAMA IBU", "NAMA GADIS IBU KANDUNG"),
    "phone": ("NO HP", "NOMOR HP", "NO TELP", "NO TELEPON", "TELEPON", "HP", "NO WA", "NOMOR WA",
              "NO HANDPHONE", "HANDPHONE"),
    "street": ("ALAMAT", "ALAMAT LENGKAP", "ALAMAT RUMAH", "JALAN", "ALAMAT DOMISILI"),
    "rt": ("RT",),
    "rw": ("RW",),
    "village": ("DESA", "KELURAHAN", "DESA KELURAHAN", "KEL DESA", "KEL", "DESA KEL"),
    "district": ("KECAMATAN", "KEC"),
    "regency": ("KABUPATEN", "KOTA", "KABUPATEN KOTA", "KAB KOTA", "KAB"),
    "occupation": ("PEKERJAAN", "JENIS PEKERJAAN", "PROFESI", "MATA PENCAHARIAN"),
    "work_location": ("LOKASI KERJA", "LOKASI PEKERJAAN", "TEMPAT KERJA", "LOKASI"),
    "declared_income": ("PENGHASILAN", "PENGHASILAN PER BULAN", "UPAH", "PENDAPATAN", "PENGHASILAN BULANAN"),
    "jht": ("JHT", "IKUT JHT"),
    "heir_name": ("AHLI WARIS", "NAMA AHLI WARIS"),
    "heir_relationship": ("HUBUNGAN AHLI WARIS", "HUB AHLI WARIS", "HUBUNGAN KELUARGA AHLI WARIS"),
    "sponsor_nip": ("NIP PENANGGUNG", "NIP ASN", "NIP PENANGGUNG JAWAB", "NIP PEMBERI", "NIP ASN PENANGGUNG",
                    "NIP SPONSOR", "NIP PNS"),
    "relationship": ("HUBUNGAN", "HUBUNGAN DENGAN ASN", "HUBUNGAN DENGAN PENANGGUNG", "HUBUNGAN PENANGGUNG"),
    "start_month": ("BULAN MULAI", "MULAI", "MULAI BULAN", "MULAI KEPESERTAAN", "BULAN AWAL"),
    "kpj": ("KPJ", "NO KPJ", "NOMOR KPJ", "NO KARTU"),
}


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


def recognise(header: object, kind: str) -> str | None:
    key = normalise(header)
    if not key:
        return None
    for field, spellings in headers_for(kind).items():
        if key in spellings:
            return field
    return None


def parse_overrides(pairs: Iterable[str], kind: str) -> dict[str, str | None]:
    """`--map "NO. KTP=nik"` -> {'NO KTP': 'nik'}; `HEADER=` or `HEADER=-` ignores a column."""
    known = set(headers_for(kind))
    result: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, field = pair.partition("=")
        field = field.strip()
        if not sep or not header.strip():
            raise ValueError(translate("columns", "'{pair}' is not HEADER=field.").format(pair=pair))
        if field in ("", "-"):
            result[normalise(header)] = None
        elif field not in known:
            raise ValueError(translate("columns", "Unknown field '{field}'; known fields: {fields}.").format(
                field=field, fields=", ".join(sorted(known))))
        else:
            result[normalise(header)] = field
    return result


def map_columns(headers: Sequence[object], kind: str,
                overrides: dict[str, str | None] | None = None) -> dict[int, str]:
    """Column index -> field. Overrides win; a field is taken by the first column naming it."""
    overrides = overrides or {}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(headers):
        key = normalise(header)
        field = overrides[key] if key in overrides else recognise(header, kind)
        if field and field not in taken:
            mapping[i] = field
            taken.add(field)
    return mapping


def header_score(cells: Sequence[object], kind: str, overrides: dict[str, str | None] | None = None) -> int:
    """How many cells of a row look like known headers of `kind` or headers named by --map."""
    named = {k for k, v in (overrides or {}).items() if v}
    return sum(1 for c in cells if isinstance(c, str) and (recognise(c, kind) or normalise(c) in named))
