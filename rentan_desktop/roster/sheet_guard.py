"""Checks made before a spreadsheet is parsed, so a hostile or odd file is refused in one line.

python-calamine sizes its buffers by a sheet's used range: one stray cell at row 1,048,576 of
a 2.7 KB file asked for 6.7 GB, and a zip bomb renamed .xlsx expands without limit. So the
file is recognised by its first bytes (not its name), the zip's members are checked (sizes,
expansion ratio), and each worksheet's XML is streamed once to count its real cells and find
its real extent (and its merged ranges) before any reader allocates by the claimed size.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate

MAX_FILE_BYTES = 200 * 2 ** 20
MAX_UNCOMPRESSED = 1536 * 2 ** 20  # all members together
MAX_EXPANSION = 250  # a member's uncompressed / compressed size (sheet XML compresses 10-30x)
MAX_DENSE_CELLS = 8_000_000  # rows x columns calamine may allocate (about 256 MB)
MAX_META_BYTES = 20 * 2 ** 20  # workbook.xml, its relations
# Members a reader loads whole (shared strings; an OpenDocument's content): their size is memory.
MAX_LOADED_MEMBER = 256 * 2 ** 20
LOADED_MEMBERS = ("xl/sharedStrings.xml", "content.xml", "xl/styles.xml")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d+)"')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*?\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')
_CELL_OPEN = re.compile(rb"<(?:\w+:)?c[ >/]")


Stamp = tuple[str, int, int, str]  # (resolved path, size, mtime in ns, SHA-256)


def file_stamp(path: Path) -> Stamp:
    """What tells a file apart from itself changed: its size, modification time and content hash."""
    info = path.stat()
    with path.open("rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    return str(path.resolve()), info.st_size, info.st_mtime_ns, digest


def column_number(letters: str | bytes) -> int:
    """'A' -> 1, 'AB' -> 28."""
    if isinstance(letters, bytes):
        letters = letters.decode("ascii")
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(index: int) -> str:
    """0 -> 'A', 27 -> 'AB' (a zero-based column index as the spreadsheet names it)."""
    n, out = index + 1, ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def sniff(path: Path) -> str:
    """What the file is by its first bytes: zip, ole, sqlite, pdf, html, utf16, text, binary or empty."""
    with path.open("rb") as f:
        head = f.read(4096)
    if not head:
        return "empty"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf16"
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > len(head) // 4 and min(even, odd) < len(head) // 50 + 1:
            return "utf16"
        if head.count(0) * 100 > len(head):  # a stray NUL in a text list is refused per cell, later
            return "binary"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")) or b"<table" in lowered[:1024]:
        return "html"
    return "text"


def check_file_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(translate(
            "importer", "{name}: the file is {size} MB, more than the {limit} MB a roster import reads. Split the "
                        "list into smaller files (for example one per OPD or per kecamatan).").format(
            name=path.name, size=size // 2 ** 20, limit=MAX_FILE_BYTES // 2 ** 20))


def refuse_kind(path: Path, kind: str) -> None:
    """A translated one-line refusal for files that are not spreadsheets at all."""
    name = path.name
    messages = {
        "empty": translate("importer", "{name}: the file is empty."),
        "sqlite": translate("importer", "{name}: this is a database file (perhaps a Rentan backup), not a "
                                        "spreadsheet. Choose the .xlsx, .ods or .csv list instead."),
        "pdf": translate("importer", "{name}: this is a PDF. Ask for the list as Excel or CSV from the system "
                                     "that printed it, or type it into a spreadsheet."),
        "html": translate("importer", "{name}: this is a web page saved with a spreadsheet name (some personnel "
                                      "systems export like this). Open it in Excel or LibreOffice and save it as "
                                      ".xlsx, then import that file."),
        "binary": translate("importer", "{name}: not a spreadsheet Rentan Desktop can read (.xlsx, .xls, .ods "
                                        "or .csv)."),
    }
    raise UserError(messages.get(kind, messages["binary"]).format(name=name))


def ole_is_encrypted(path: Path) -> bool:
    """An encrypted .xlsx is an OLE file holding 'EncryptionInfo' (its stream names are UTF-16)."""
    marker = "EncryptionInfo".encode("utf-16-le")
    with path.open("rb") as f:
        data = f.read(min(path.stat().st_size, 8 * 2 ** 20))
    return marker in data


# BIFF8 DIMENSIONS record: id 0x0200, length 14, then first row, last row + 1 (4 bytes each),
# first column, last column + 1 (2 bytes each). calamine sizes an .xls sheet by it.
_XLS_DIMENSIONS = re.compile(rb"\x00\x02\x0e\x00(.{4})(.{4})(.{2})(.{2})\x00\x00", re.S)


def check_xls(path: Path) -> None:
    """Refuse an .xls whose sheets claim more cells than a reader may allocate (read from the raw
    DIMENSIONS records, before the workbook is opened)."""
    with path.open("rb") as f:
        data = f.read(MAX_FILE_BYTES)
    for m in _XLS_DIMENSIONS.finditer(data):
        first_row, last_row = (int.from_bytes(m.group(i), "little") for i in (1, 2))
        first_col, last_col = (int.from_bytes(m.group(i), "little") for i in (3, 4))
        if not (first_row <= last_row <= 65536 * 16 and first_col <= last_col <= 16384):
            continue  # not a DIMENSIONS record after all (these bytes can occur in any data)
        if (last_row - first_row) * (last_col - first_col) > MAX_DENSE_CELLS:
            raise UserError(translate(
                "importer", "{name}: a sheet of this old-format workbook claims {rows} rows by {columns} columns, "
                            "more than a roster import reads. Open it in Excel or LibreOffice, delete the empty "
                            "rows and columns after the list, and save it as .xlsx.").format(
                name=path.name, rows=last_row, columns=last_col))


def password_message(name: str) -> str:
    return translate("importer", "{name}: the workbook is protected with a password. Open it in Excel or "
                                 "LibreOffice, remove the password (File > Info > Protect Workbook), save it, and "
                                 "import it again.").format(name=name)


def damaged_message(name: str) -> str:
    return translate("importer", "{name}: the file is damaged or only partly copied and cannot be read. Copy it "
                                 "again from its source, or open it in Excel or LibreOffice and save it again.").format(
        name=name)


@dataclass
class SheetExtent:
    """What a worksheet really holds, counted from its XML without parsing it."""

    name: str
    member: str
    cells: int = 0
    rows: int = 0  # highest row number holding a cell
    columns: int = 0  # highest column number holding a cell
    declared_rows: int = 0
    declared_columns: int = 0
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # zero-based r0, c0, r1, c1
    # A reference below the rows read so far (<c r="XFD1048000"> inside row 3): calamine places a cell
    # by its reference and would size the sheet by it; only the streaming reader may read such a sheet.
    stray_reference: bool = False

    @property
    def dense_cells(self) -> int:
        if self.stray_reference:
            return 1 << 62
        return max(self.rows, self.declared_rows) * max(self.columns, self.declared_columns, 1)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UserError(damaged_message(path.name)) from exc


def check_zip(path: Path, book: zipfile.ZipFile) -> None:
    """Member sizes and expansion ratios: a zip bomb is refused before anything is inflated."""
    total = 0
    for info in book.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 2 ** 20 and ratio > MAX_EXPANSION:
            raise UserError(translate(
                "importer", "{name}: refused: a part of the file expands {ratio}x when unpacked, which no real "
                            "spreadsheet does (a 'zip bomb'). Ask the sender for the original list.").format(
                name=path.name, ratio=int(ratio)))
        if info.filename in LOADED_MEMBERS and info.file_size > MAX_LOADED_MEMBER:
            raise UserError(translate(
                "importer", "{name}: refused: the file's text part is {size} MB, more than a roster import reads "
                            "({limit} MB). Split the list into smaller files.").format(
                name=path.name, size=info.file_size // 2 ** 20, limit=MAX_LOADED_MEMBER // 2 ** 20))
    if total > MAX_UNCOMPRESSED:
        raise UserError(translate(
            "importer", "{name}: refused: the file unpacks to {size} MB, more than a roster import reads ({limit} "
                        "MB). Split the list into smaller files.").format(
            name=path.name, size=total // 2 ** 20, limit=MAX_UNCOMPRESSED // 2 ** 20))


def _read_small(book: zipfile.ZipFile, member: str) -> bytes:
    info = book.getinfo(member)
    if info.file_size > MAX_META_BYTES:
        raise ValueError(member)
    return book.read(member)


def workbook_sheets(path: Path, book: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, member path) in workbook order, from xl/workbook.xml and its relations."""
    names = set(book.namelist())
    if "xl/workbook.xml" not in names:
        if "content.xml" in names:
            return []  # OpenDocument: no worksheets to scan
        raise UserError(translate(
            "importer", "{name}: a zip archive but not an Excel workbook. Unpack it and choose the .xlsx, .ods or "
                        ".csv list inside.").format(name=path.name))
    try:
        book_xml = ElementTree.fromstring(_read_small(book, "xl/workbook.xml"))
        rels_xml = ElementTree.fromstring(_read_small(book, "xl/_rels/workbook.xml.rels"))
    except (KeyError, ValueError, ElementTree.ParseError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise UserError(damaged_message(path.name)) from exc
    targets = {r.get("Id"): r.get("Target", "") for r in rels_xml if r.tag.endswith("Relationship")}
    out = []
    for sheet in book_xml.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rid, "")
        member = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        if member in names:
            out.append((sheet.get("name") or member, member))
    return out


def scan_sheet(book: zipfile.ZipFile, name: str, member: str) -> SheetExtent:
    """Stream a worksheet's XML once: count cells, find the real extent, the dimension and merges."""
    extent = SheetExtent(name, member)
    tail = b""
    past_rows = False  # </sheetData> seen
    with book.open(member) as stream:
        first = True
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            cut = data.rfind(b">") + 1
            body, tail = data[:cut], data[cut:]
            if first:
                m = _DIMENSION.search(body)
                if m:
                    end_col, end_row = (m.group(3), m.group(4)) if m.group(3) else (m.group(1), m.group(2))
                    extent.declared_columns, extent.declared_rows = column_number(end_col), int(end_row)
                first = False
            plain = body.count(b"<c ") + body.count(b"<c>")
            extent.cells += plain if plain or b":c " not in body else len(_CELL_OPEN.findall(body))
            last, at = _last_row(body)
            if last:
                extent.rows = max(extent.rows, last)
            if not extent.stray_reference and _beyond(extent.rows).search(body):
                extent.stray_reference = True
            extent.columns = max(extent.columns, _widest_column(body, extent.columns))
            # Merged ranges follow the rows (<mergeCells> comes after </sheetData>): the end of the rows
            # is looked for after the chunk's last row element only, instead of searching every chunk.
            start = 0
            if not past_rows:
                start = body.find(b"sheetData>", at)  # also </x:sheetData>
                past_rows = start >= 0
            if past_rows and body.find(b"mergeCell", start) >= 0:  # cheap test before the regex
                for m in _MERGE.finditer(body, start):
                    extent.merges.append((int(m.group(2)) - 1, column_number(m.group(1)) - 1,
                                          int(m.group(4)) - 1, column_number(m.group(3)) - 1))
    return extent


_ROW_WINDOW = 1 << 16


def _last_row(body: bytes) -> tuple[int, int]:
    """The number of the last row element in `body` and where it begins ((0, 0): none).

    The regex tries every tag, so the end of the chunk is searched first: a row element is far
    shorter than the window, and a tag cut by the window's start has lost its '<' and cannot
    match, so the window's last match is the chunk's. Only a window without one scans it all.
    """
    last = None
    if len(body) > _ROW_WINDOW:
        for last in _ROW.finditer(body, len(body) - _ROW_WINDOW):  # noqa: B007 - the last one is kept
            pass
    if last is None:
        for last in _ROW.finditer(body):  # noqa: B007
            pass
    return (int(last.group(1)), last.start()) if last is not None else (0, 0)


def _widest_column(body: bytes, known: int = 0) -> int:
    """The highest column letter any cell reference in `body` uses (cheap: test wide ones first).

    `known` is the widest column already seen: single letters at or below it are not searched.
    """
    if 0 < known < 26 and not _wider_than(known).search(body):
        return 0  # the usual chunk: one search finds no reference beyond the columns already seen
    for width in (3, 2):
        if not re.search(rb'r="[A-Z]{%d}\d' % width, body):  # cheap test before collecting references
            continue
        refs = re.findall(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{%d})\d' % width, body)
        if refs:
            return column_number(max(refs))
    for ch in b"ZYXWVUTSRQPONMLKJIHGFEDCBA":
        if ch - 64 <= known:
            return 0
        if b'r="' + bytes([ch]) in body:
            return ch - 64
    return 0


def _beyond(row: int) -> re.Pattern[bytes]:
    """A row or cell reference (r="..." with up to three letters) to a row after `row`: more digits,
    or as many with a greater digit where they first differ (one search, no number parsed)."""
    digits = str(row)

    def greater(i: int) -> str:
        if i == len(digits):
            return ""
        rest = len(digits) - i - 1
        here = f"[{int(digits[i]) + 1}-9]" + (rf"\d{{{rest}}}" if rest else "") if digits[i] != "9" else ""
        deeper = greater(i + 1)
        return "|".join(p for p in (here, f"{digits[i]}(?:{deeper})" if deeper else "") if p)

    alternatives = "|".join(p for p in (greater(0), rf"\d{{{len(digits) + 1}}}") if p)
    # Possessive letters: a reference's letters are never given back to the digits (a third faster).
    return re.compile(rf'r="[A-Z]{{0,3}}+(?:{alternatives})'.encode())


@functools.cache
def _wider_than(known: int) -> re.Pattern[bytes]:
    """What the search below could find beyond column `known` (1-25): a two- or three-letter
    reference, or a single letter after it (tested, as below, without the digit)."""
    return re.compile(rb'r="(?:[A-Z]{2,3}\d|[%c-Z])' % (65 + known))


def inspect_xlsx(path: Path) -> list[SheetExtent]:
    """Refuse a bomb, a damaged zip or a non-workbook; return each worksheet's real extent."""
    book = _open_zip(path)
    with book:
        check_zip(path, book)
        try:
            return [scan_sheet(book, name, member) for name, member in workbook_sheets(path, book)]
        except UserError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
            # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile lacks.
            raise UserError(damaged_message(path.name)) from exc
