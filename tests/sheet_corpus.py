"""Synthetic spreadsheets reproducing what clerks really bring (no real person's data).

Every builder writes a file under a tmp folder and returns its path: xlsx through xlsxwriter
(merges, two-line headers), CSV as raw bytes (encodings, BOMs, line endings, delimiters),
and hostile files (a zip bomb, a stray cell at row 1,048,576, a lying dimension).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import xlsxwriter

SPONSOR_NIP = "197003141995032001"  # a woman born 14/03/1970, appointed 03/1995
SPONSOR_NIP_2 = "198312122009031006"
PPPK_NIP = "199004172022282007"


def nik(day: int, month: int, year: int, serial: int = 1, female: bool = False, district: int = 1) -> str:
    """A well-formed Palangka Raya NIK for a birth date (women: day + 40)."""
    return f"6271{district:02d}{day + (40 if female else 0):02d}{month:02d}{year % 100:02d}{serial:04d}"


def worker_row(i: int, **changes: object) -> dict[str, object]:
    """A complete worker (everything BPJS needs) numbered i."""
    row: dict[str, object] = {
        "NIK": nik(1 + i % 28, 1 + i % 12, 1980 + i % 20, serial=i + 1),
        "NAMA": f"Pekerja Contoh {i}", "TEMPAT LAHIR": "Palangka Raya",
        "TANGGAL LAHIR": f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1980 + i % 20}", "L/P": "L",
        "NAMA IBU KANDUNG": f"Ibu Contoh {i}", "NO HP": f"0812{i:08d}", "ALAMAT": f"Jl. Contoh No. {i}",
        "RT": "001", "RW": "002", "KELURAHAN": "Langkai", "KECAMATAN": "Pahandut", "KABUPATEN/KOTA": "Palangka Raya",
        "PEKERJAAN": "Petani", "AHLI WARIS": f"Waris {i}", "HUBUNGAN AHLI WARIS": "Istri",
        "BULAN MULAI": "2026-01",
    }
    row.update(changes)
    return row


def write_xlsx(path: Path, rows: list[list[object]], merges: list[tuple[int, int, int, int, object]] = ()) -> Path:
    """Rows of values (None = empty); merges are (first_row, first_col, last_row, last_col, value)."""
    book = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    sheet = book.add_worksheet("Data")
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, int | float):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, str(value))
    for r0, c0, r1, c1, value in merges:
        sheet.merge_range(r0, c0, r1, c1, value)
    book.close()
    return path


def table(rows: list[dict[str, object]]) -> list[list[object]]:
    headers = list(rows[0])
    return [headers] + [[r.get(h) for h in headers] for r in rows]


def csv_bytes(rows: list[list[object]], delimiter: str = ",", newline: str = "\r\n") -> str:
    def cell(v: object) -> str:
        text = "" if v is None else str(v)
        return f'"{text}"' if delimiter in text or '"' in text else text
    return newline.join(delimiter.join(cell(v) for v in r) for r in rows) + newline


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8", delimiter: str = ",",
              newline: str = "\r\n", bom: bytes = b"") -> Path:
    path.write_bytes(bom + csv_bytes(rows, delimiter, newline).encode(encoding))
    return path


def rewrite_sheet_xml(path: Path, edit) -> Path:
    """Rewrite xl/worksheets/sheet1.xml of an xlsx through `edit(text) -> text`."""
    with zipfile.ZipFile(path) as src:
        members = {i.filename: src.read(i.filename) for i in src.infolist()}
    members["xl/worksheets/sheet1.xml"] = edit(members["xl/worksheets/sheet1.xml"].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return path


def stray_cell_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """A normal list plus one cell at XFD1048576 (and a dimension claiming the whole sheet)."""
    write_xlsx(path, rows)

    def edit(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml)
        return xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is>'
                                           '</c></row></sheetData>')
    return rewrite_sheet_xml(path, edit)


def lying_dimension_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """A small list whose dimension tag claims a million rows by 16,384 columns."""
    write_xlsx(path, rows)
    return rewrite_sheet_xml(path, lambda xml: re.sub(r'<dimension ref="[^"]*"/>',
                                                      '<dimension ref="A1:XFD1048576"/>', xml))


def zip_bomb(path: Path, megabytes: int = 300) -> Path:
    """A zip whose one member expands about a thousand times (named like a workbook)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        with out.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(megabytes):
                member.write(block)
    return path


def encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE file holding EncryptionInfo."""
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1016)
    ole += "EncryptionInfo".encode("utf-16-le") + b"\0" * 2048 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(bytes(ole))
    return path
