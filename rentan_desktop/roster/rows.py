"""Which rows of a sheet are the header, and which rows below it are people.

Real exports put a title above the header, split a header over two lines under a merged
parent ("TEMPAT/TANGGAL LAHIR" over "TEMPAT" | "TANGGAL"), number their columns on the line
below (1 2 3, (1) (2), KOLOM 1), repeat the header on every printed page, and put group rows
(a family card, a kelurahan) and totals and signatures between and below the people. Those
rows are recognised and counted by reason; only the rest is read as people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rentan_desktop.i18n import translate
from rentan_desktop.roster import columns, convert
from rentan_desktop.roster.sheet_read import Row

HEADER_SEARCH_ROWS = 30

# Reasons a row is not a person (codes; the report words them).
REPEATED_HEADER = "header"
NUMBERING = "numbering"
GROUP = "group"
SIGNATURE = "signature"

# '(1)' typed into a cell formatted as accounting reads back as the number -1.
_NUMBER_CELL = re.compile(r"^\(?\s*-?\d{1,3}\s*\)?\.?$|^(KOLOM|KOL)\s*\d{0,3}$")
_GROUP_NAME = re.compile(
    r"^(NO\.?\s*KK|NOMOR\s*KK|NAMA\.?\s*KK|KK|NO\s*KARTU\s*KELUARGA|KEPALA\s*KELUARGA|KELUARGA|RUMAH\s*TANGGA|ID\s*RUMAH\s*TANGGA|"
    r"DUSUN|LINGKUNGAN|RT\s*\d|RW\s*\d|KELURAHAN|DESA|KECAMATAN|UNIT\s*KERJA|SUB\s*UNIT|BIDANG|BAGIAN|"
    r"JUMLAH|TOTAL|SUB\s*TOTAL|MENGETAHUI|KETERANGAN|CATATAN)\b", re.IGNORECASE)
# 'Alamat : Dusun Mertak', 'PROVINSI :', 'Nama Kepala Keluarga :': a label and its value, as population
# registers (BIP, SIAK) print above each family or page; never a person's name or NIK.
_LABEL_LINE = re.compile(r"^[A-Za-z][A-Za-z./ ]{1,40}:(\s|$)")
_FAMILY_CARD = re.compile(r"^\d{16}$")
# A total line under a list: "Jumlah" in the NO column, "10 orang" where the names are (QA walk r5, 1).
_TOTAL_WORD = re.compile(r"^(JUMLAH|JML\.?|TOTAL|SUB\s*TOTAL|GRAND\s*TOTAL)\b", re.IGNORECASE)
_COUNT = re.compile(r"^\d[\d.]*\s*(ORANG|ORG|JIWA|PEGAWAI|PNS|ASN|PESERTA|PEKERJA|KK)\.?$", re.IGNORECASE)


# The signature block under a list: "Palangka Raya, 30 November 2026", "a.n. Kepala Dinas", "Sekretaris",
# the rank line "Pembina (IV/a)" and "NIP. 19660801 198803 1 001", each alone on its row.
_PLACE_AND_DATE = re.compile(r"^[^\d,]{3,60},[\s./\d-]*([A-Za-z]+\.?)?[\s./\d-]*(19|20)\d\d$")
_SIGNATURE_LINE = re.compile(
    r"^(A\.?\s?N\.?|U\.?\s?B\.?|PLT\.?|PLH\.?|KEPALA|SEKRETARIS|BENDAHARA|CAMAT|LURAH|PEJABAT|PENGELOLA|"
    r"DIREKTUR|KASUBAG|KASUBBAG|KABID|KADIS|PEMBINA|PENATA|PENGATUR|NIP\b|DIBUAT|DISETUJUI|DIPERIKSA|"
    r"YANG\s+MEMBUAT|PETUGAS|OPERATOR)", re.IGNORECASE)


def signature_line(text: str) -> bool:
    """A line of the signature block under a list (never a person's name)."""
    text = " ".join(text.split())
    return bool(_PLACE_AND_DATE.match(text) or _SIGNATURE_LINE.match(text))


@dataclass
class Header:
    """The header found: its row numbers, one label per column and the column mapping."""

    first_row: int  # spreadsheet row number of the (first) header line; 0 = no header row
    last_row: int
    labels: list[str]
    mapping: dict[int, str]

    @property
    def lines(self) -> int:
        return 0 if not self.first_row else self.last_row - self.first_row + 1


def _text(cell: Any) -> str:
    return convert.cell_text(cell)


def _label(cell: Any) -> str:
    """A header cell as one line ('JABATAN\\n(SKD/Kontrak)' is wrapped text, not two headers)."""
    return " ".join(convert.cell_text(cell).split())


def combine_lines(upper: Sequence[Any], lower: Sequence[Any], kind: str) -> list[str]:
    """One label per column from a two-line header; a parent carries to the columns under it."""
    width = max(len(upper), len(lower))
    labels: list[str] = []
    parent = ""
    for c in range(width):
        u = _label(upper[c]) if c < len(upper) else ""
        lo = _label(lower[c]) if c < len(lower) else ""
        if u:
            parent = u
        elif not lo:
            parent = ""
        top = u or (parent if lo else "")
        if not lo or columns.normalise(lo) == columns.normalise(top):
            labels.append(top)
            continue
        if not top:
            labels.append(lo)
            continue
        parent = _without_data_word(top)
        candidates = [f"{lo} {parent}", f"{parent} {lo}"]
        if "LAHIR" in columns.normalise(top):
            candidates.append(f"{lo} LAHIR")
        if not _OTHER_PERSON.search(columns.normalise(top)):
            candidates.append(lo)  # 'NAMA' under 'DATA AYAH' is the father's name, never the person's
        labels.append(next((c for c in candidates if columns.recognise(c, kind)), f"{top} {lo}"))
    return labels


# A parent header naming someone else than the person of the row (Dapodik's DATA AYAH / DATA IBU /
# DATA WALI, a worker list's PENANGGUNG): the columns under it are that person's.
_OTHER_PERSON = re.compile(r"\b(AYAH|IBU|WALI|ORANG TUA|ORTU|SUAMI|ISTRI|PASANGAN|ANAK|AHLI WARIS|PENANGGUNG|"
                           r"ASN|PNS|SPONSOR|KEPALA KELUARGA)\b")


def _without_data_word(top: str) -> str:
    """'DATA IBU' -> 'IBU' (so NAMA under it reads NAMA IBU)."""
    return re.sub(r"^\s*DATA\s+", "", top, flags=re.IGNORECASE)


def find_header(head: list[Row], kind: str, overrides: dict[str, str | None] | None = None,
                row_number: int | None = None) -> Header | None:
    """The header among the first rows: the line, or pair of lines, naming most known fields.

    `row_number` forces the (first) header line; 0 means the sheet has no header row.
    """
    if row_number == 0:
        width = max((len(cells) for _, cells in head), default=0)
        labels = [""] * width
        return Header(0, 0, labels, columns.map_columns(labels, kind, overrides))
    best: Header | None = None
    best_score = 1 if row_number is None else -1
    for i, (number, cells) in enumerate(head[:HEADER_SEARCH_ROWS]):
        if row_number is not None and number != row_number:
            continue
        options = [(number, [_label(c) for c in cells])]
        if i + 1 < len(head) and head[i + 1][0] == number + 1:
            # Two lines only when the upper one adds to the lower: a title, or a family card's
            # number, above the real header is not its parent.
            pair = combine_lines(cells, head[i + 1][1], kind)
            lower = [_label(c) for c in head[i + 1][1]]
            if columns.header_score(pair, kind, overrides) > columns.header_score(lower, kind, overrides):
                options.append((number + 1, pair))
        for last, labels in options:
            score = columns.header_score(labels, kind, overrides)
            if score > best_score:
                best_score = score
                best = Header(number, last, labels, columns.map_columns(labels, kind, overrides))
    return best


_DIGITS = re.compile(r"^[\d\s.'`-]{8,}$")


def _looks_like_identifier(cell: Any) -> bool:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return cell >= 1e7
    return isinstance(cell, str) and bool(_DIGITS.match(cell.strip()))


def plainly_a_person(ident: Any, name: Any) -> bool:
    """The common case, decided first: digits where the NIK/NIP is and a name (no header line has both)."""
    return _looks_like_identifier(ident) and isinstance(name, str) and bool(name.strip())


def merged_group_line(cells: Sequence[Any], mapping: dict[int, str], id_col: int, name_col: int) -> bool:
    """A family card line merged across the person columns (BIP registers): the KK number merged
    over NO and NIK, the head of family's name merged over NAMA, JK and TEMPAT LAHIR. A person's
    NIK is not repeated beside it, nor is the name under another field's header."""
    width = len(cells)
    if id_col >= width or name_col >= width:
        return False
    ident, name = cells[id_col], cells[name_col]
    beside = [cells[c] for c in (id_col - 1, id_col + 1) if 0 <= c < width and c not in mapping]
    if ident not in beside:
        return False
    return any(c != name_col and c < width and cells[c] == name for c in mapping)


def numbering_columns(labels: Sequence[str]) -> frozenset[int]:
    """Columns headed NO / NO. URUT (the row number), where a register writes a family's KK number."""
    return frozenset(i for i, label in enumerate(labels) if columns.normalise(label) in ("NO", "NO URUT", "NOMOR"))


def classify(cells: Sequence[Any], mapping: dict[int, str], id_field: str,
             number_columns: frozenset[int] = frozenset()) -> str | None:
    """None for a row that may be a person, else why it is not (REPEATED_HEADER, NUMBERING, GROUP)."""
    by_field = {f: (cells[c] if c < len(cells) else None) for c, f in mapping.items()}
    ident, name = by_field.get(id_field), by_field.get("name")
    if plainly_a_person(ident, name):
        return None
    filled = [c for c in cells if not convert.blank(c)]
    if not filled:
        return GROUP
    texts = [_text(c).upper() for c in filled]
    if len(filled) >= 2 and all(_NUMBER_CELL.match(t) or t in ("NO", "NO.") for t in texts):
        return NUMBERING
    if columns.is_header_text(ident) or columns.is_header_text(name):
        return REPEATED_HEADER
    headerish = sum(1 for c in filled if columns.is_header_text(c))
    if headerish >= 2 and headerish * 2 >= len(filled):
        return REPEATED_HEADER
    if convert.placeholder(ident) and convert.placeholder(name):
        return GROUP
    ident_text = _text(ident)
    if _GROUP_NAME.match(ident_text) or convert.placeholder(name) and any(ch.isalpha() for ch in ident_text):
        return GROUP  # 'NO KK: 6271...' or 'Mengetahui,' where the identifier column is
    if convert.placeholder(ident) and isinstance(name, str) and _GROUP_NAME.match(name.strip()):
        return GROUP
    if _register_line(cells, mapping, number_columns, ident, name):
        return GROUP
    if convert.placeholder(ident) and _total_line(cells, mapping, name):
        return GROUP
    if len(filled) == 1 and convert.placeholder(ident) and signature_line(texts[0]):
        return SIGNATURE
    return None


def _total_line(cells: Sequence[Any], mapping: dict[int, str], name: Any) -> bool:
    """A count where the name goes ("10 orang"), or "Jumlah"/"Total" in a column no field reads."""
    if isinstance(name, str) and _COUNT.match(name.strip()):
        return True
    return any(_TOTAL_WORD.match(_text(cell).strip()) for c, cell in enumerate(cells) if c not in mapping)


def _register_line(cells: Sequence[Any], mapping: dict[int, str], number_columns: frozenset[int],
                   ident: Any, name: Any) -> bool:
    """A population register's own lines: a label and its value, or a family card's line."""
    ident_text = _text(ident)
    if _LABEL_LINE.match(ident_text) or isinstance(name, str) and _LABEL_LINE.match(name.strip()):
        return True
    if convert.placeholder(ident) and _family_card_line(cells, mapping, number_columns):
        return True
    # the KK number merged over NO and NAMA, the head of family's name under NIK
    return bool(_FAMILY_CARD.match(_text(name).strip()) and not any(ch.isdigit() for ch in ident_text))


def _family_card_line(cells: Sequence[Any], mapping: dict[int, str], number_columns: frozenset[int]) -> bool:
    """A family card's own line in a population register: its 16-digit KK number under NO (where the
    people have their row number), the head of family's name, and no gender of its own. A person of a
    list with its own NO KK column and an empty NIK is not one: that row is refused for the NIK."""
    gender = next((c for c, f in mapping.items() if f == "gender"), None)
    if gender is not None and gender < len(cells) and not convert.placeholder(cells[gender]):
        return False
    return any(_FAMILY_CARD.match(_text(cells[c]).strip()) for c in number_columns if c < len(cells))


def after_signature(cells: Sequence[Any], mapping: dict[int, str], id_field: str) -> bool:
    """Below a signature line, a row with one cell and no identifier is the signatory's name or rank."""
    filled = [c for c in cells if not convert.blank(c)]
    ident_col = next((c for c, f in mapping.items() if f == id_field), None)
    ident = cells[ident_col] if ident_col is not None and ident_col < len(cells) else None
    return len(filled) == 1 and convert.placeholder(ident)


def stacked_above(head: list[Row], header: Header, kind: str) -> set[str]:
    """Fields named on the line above the header in a column whose header names another field:
    a printed DUK puts each person on two rows, NAMA above NIP in one column."""
    above = next((cells for number, cells in head if number == header.first_row - 1), None)
    if above is None:
        return set()
    found = set()
    for column, field in header.mapping.items():
        upper = columns.recognise(_label(above[column]), kind) if column < len(above) else None
        if upper and upper != field:
            found.add(upper)
    return found


def two_rows_per_person(name: str) -> str:
    """Why a list that puts each person on two rows cannot be read, and what to import instead."""
    return translate(
        "importer", "{name}: each person takes two rows in this list (the name above the NIP in one column, as "
                    "a printed DUK has it). Import a list with one row per person instead, such as the 'Data "
                    "ASN' download of SIASN or the staff list of SIMPEG, or put the NIP in a column of its "
                    "own.").format(name=name)
