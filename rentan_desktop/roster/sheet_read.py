"""Reading the rows of a spreadsheet or CSV as a stream of (row number, cells).

The file is recognised by its content (an .xlsx renamed .csv is read as a workbook, a CSV
named .xls as text), checked by sheet_guard before anything is parsed, and read lazily:
a 1,000,000-row CSV is never held in memory. Workbooks go through python-calamine when
their real extent is small enough for its dense buffers, otherwise through a streaming XML
reader that only holds the cells that exist. Merged cells give their value to every cell of
the merge (a sponsor NIP merged over three worker rows belongs to all three).

Every failure is a UserError in the user's language with advice; the detail goes to the log.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import csv
import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.roster import sheet_guard
from rentan_desktop.roster.sheet_guard import column_number

log = logging.getLogger(__name__)

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
MAX_COLUMNS = 256  # cells further right are not part of any list
MAX_MERGE_AREA = 100_000
CSV_FIELD_LIMIT = 1 << 20
DELIMITERS = (",", ";", "\t", "|")
# Names a list may have; what the file really is comes from its content (an .xlsx renamed .csv).
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")

Row = tuple[int, list[Any]]  # (spreadsheet row number, cells)


@dataclass
class Sheet:
    """One table of a file: a worksheet, or the CSV itself."""

    path: Path
    name: str | None
    reader: str  # "csv", "calamine" or "stream"
    index: int = 0
    member: str = ""
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    estimated_rows: int = 0  # for progress: the real extent, or a CSV's size over its line length
    # A CSV that writes numbers as ="0812..." (the Excel trick that keeps NIK/NIP digits): unwrap them.
    excel_text: bool = False
    stamp: sheet_guard.Stamp | None = None  # an .xlsx's file stamp when its sheets were listed

    def rows(self) -> Iterator[Row]:
        """Every non-empty row, top to bottom, with its row number as the spreadsheet shows it."""
        if self.reader == "csv":
            return _csv_rows(self)
        if self.reader == "stream":
            return _with_merges(_stream_rows(self), self.merges)
        return _calamine_rows(self)

    def head(self, count: int) -> list[Row]:
        """The first rows; a workbook's are streamed, so a preview never loads the whole sheet."""
        out = []
        source = _with_merges(_stream_rows(self), self.merges) if self.member else self.rows()
        for row in source:
            if row[0] > count:
                break
            out.append(row)
        return out


# ---------------------------------------------------------------------------- opening

def open_sheets(path: str | Path) -> list[Sheet]:
    """The tables of a file, after the safety checks; refuses with one translated line."""
    path = Path(path)
    if not path.is_file():
        raise UserError(translate("importer", "File not found: {path}").format(path=path))
    if path.suffix.lower() not in SUFFIXES:
        sheet_guard.refuse_kind(path, "binary")
    sheet_guard.check_file_size(path)
    kind = sheet_guard.sniff(path)
    if kind == "zip":
        return _zip_sheets(path)
    if kind == "ole":
        if sheet_guard.ole_is_encrypted(path):
            raise UserError(sheet_guard.password_message(path.name))
        sheet_guard.check_xls(path)
        return _calamine_sheets(path, [])
    if kind in ("text", "utf16"):
        encoding = detect_encoding(path)
        lines = _sample_lines(path, encoding)
        average = max(1, sum(len(line) + 1 for line in lines) // max(1, len(lines)))
        return [Sheet(path, None, "csv", encoding=encoding, delimiter=detect_delimiter(path, encoding),
                      estimated_rows=path.stat().st_size // average,
                      excel_text=any('="' in line for line in lines))]
    sheet_guard.refuse_kind(path, kind)
    raise AssertionError("unreachable")


# The last workbooks inspected, by stamp: the wizard's preview, its check of every row and the
# import each open the same file, and scanning its XML once is enough while it is unchanged.
_INSPECTED: dict[sheet_guard.Stamp, list[sheet_guard.SheetExtent]] = {}
_INSPECTED_KEPT = 4


def _inspected(path: Path) -> tuple[sheet_guard.Stamp, list[sheet_guard.SheetExtent]]:
    stamp = sheet_guard.file_stamp(path)
    found = _INSPECTED.get(stamp)
    if found is None:
        found = sheet_guard.inspect_xlsx(path)
        while len(_INSPECTED) >= _INSPECTED_KEPT:
            _INSPECTED.pop(next(iter(_INSPECTED)))
        _INSPECTED[stamp] = found
    return stamp, copy.deepcopy(found)


def _zip_sheets(path: Path) -> list[Sheet]:
    stamp, extents = _inspected(path)
    if not extents:  # OpenDocument (.ods): members checked, calamine reads it
        return _calamine_sheets(path, [])
    for extent in extents:
        if extent.cells > sheet_guard.MAX_DENSE_CELLS:
            raise UserError(translate(
                "importer", "{name}: sheet '{sheet}' holds {cells} cells, more than a roster import reads "
                            "({limit}). Split the list into smaller files.").format(
                name=path.name, sheet=extent.name, cells=f"{extent.cells:,}".replace(",", "."),
                limit=f"{sheet_guard.MAX_DENSE_CELLS:,}".replace(",", ".")))
    if all(e.dense_cells <= sheet_guard.MAX_DENSE_CELLS for e in extents):
        # The sheets as the workbook lists them (calamine is opened when the rows are read: opening
        # it parses every shared string, which a preview of 60 rows does not need).
        return [Sheet(path, e.name, "calamine", i, e.member, e.merges, estimated_rows=e.rows, stamp=stamp)
                for i, e in enumerate(extents)]
    # A stray cell far below or right of the list (or a lying dimension): read only the cells that exist.
    return [Sheet(path, e.name, "stream", i, e.member, e.merges, estimated_rows=e.cells // max(1, e.columns),
                  stamp=stamp) for i, e in enumerate(extents)]


def _calamine_sheets(path: Path, extents: list[sheet_guard.SheetExtent]) -> list[Sheet]:
    book = _calamine_book(path)
    try:
        names = list(book.sheet_names)
    finally:
        book.close()
    found = {e.name: e for e in extents}
    return [Sheet(path, name, "calamine", i, found[name].member if name in found else "",
                  found[name].merges if name in found else [], estimated_rows=found[name].rows if name in found else 0)
            for i, name in enumerate(names)]


def _calamine_book(path: Path):
    from python_calamine import CalamineWorkbook  # heavy: load when first importing

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise _calamine_error(path, exc) from exc


def _calamine_error(path: Path, exc: Exception) -> UserError:
    log.warning("spreadsheet not readable: %s (%s)", type(exc).__name__, str(exc)[:200])
    if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
        return UserError(sheet_guard.password_message(path.name))
    return UserError(sheet_guard.damaged_message(path.name))


# ---------------------------------------------------------------------------- merged cells

def _with_merges(rows: Iterator[Row], merges: list[tuple[int, int, int, int]]) -> Iterator[Row]:
    """Give each cell of a merged range the value of its top-left cell (merges are zero-based)."""
    usable = sorted(m for m in merges if (m[2] - m[0] + 1) * (m[3] - m[1] + 1) <= MAX_MERGE_AREA
                    and m[1] < MAX_COLUMNS)
    if not usable:
        yield from rows
        return
    pending = list(reversed(usable))  # popped by start row
    active: list[tuple[int, int, int, int, Any]] = []
    for number, cells in rows:
        r = number - 1
        while pending and pending[-1][0] <= r:
            r0, c0, r1, c1 = pending.pop()
            value = cells[c0] if r0 == r and c0 < len(cells) else None
            active.append((r0, c0, r1, min(c1, MAX_COLUMNS - 1), value))
        if active:
            active = [a for a in active if a[2] >= r]
            for _r0, c0, _r1, c1, value in active:
                if value in (None, ""):
                    continue
                if len(cells) <= c1:
                    cells = cells + [None] * (c1 + 1 - len(cells))
                for c in range(c0, c1 + 1):
                    if cells[c] in (None, ""):
                        cells[c] = value
        yield number, cells


# ---------------------------------------------------------------------------- calamine

def _calamine_rows(sheet: Sheet) -> Iterator[Row]:
    book = _calamine_book(sheet.path)
    try:
        try:
            ws = _calamine_sheet(book, sheet)
            merges = [(a[0], a[1], b[0], b[1]) for a, b in (ws.merged_cell_ranges or [])]
            rows = ws.iter_rows()
            # calamine's rows begin at the first used column: a list that leaves column A empty
            # would otherwise read every value one column to the left of its header.
            pad = [None] * (ws.start[1] if ws.start else 0)
        except Exception as exc:
            raise _calamine_error(sheet.path, exc) from exc

        def numbered() -> Iterator[Row]:
            for number, cells in enumerate(rows, start=1):
                if cells.count(None) + cells.count("") < len(cells):  # not an empty row
                    yield number, (pad + cells if pad else cells)[:MAX_COLUMNS]

        yield from _with_merges(numbered(), merges)
    finally:
        book.close()


def _calamine_sheet(book: Any, sheet: Sheet) -> Any:
    """The worksheet by its name as workbook.xml gives it (the listing's order may differ from
    calamine's when the workbook lists a sheet whose part is missing), else by position."""
    if sheet.member and sheet.name:
        from python_calamine import WorksheetNotFound

        try:
            return book.get_sheet_by_name(sheet.name)
        except WorksheetNotFound:
            pass
    return book.get_sheet_by_index(sheet.index)


# ---------------------------------------------------------------------------- streaming xlsx

def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class _SharedStrings:
    """A workbook's shared strings, parsed only as far as the rows read so far need.

    Excel numbers its strings in the order it first meets them, so the 60 rows of a preview
    need only the first few hundred of the 2,000,000 a 200,000-row list may hold (parsing all
    of them took 2.8 s for a 50,000-row workbook, to show 60 rows).
    """

    MEMBER = "xl/sharedStrings.xml"

    def __init__(self, book: zipfile.ZipFile):
        self._strings: list[str] = []
        self._stream = book.open(self.MEMBER) if self.MEMBER in book.namelist() else None
        self._events = ElementTree.iterparse(self._stream, events=("start", "end")) if self._stream else None
        self._root: ElementTree.Element | None = None

    def get(self, index: int) -> str | None:
        """The string at `index`, None when the table has no such entry."""
        strings = self._strings
        while index >= len(strings) and self._events is not None:
            self._next()
        return strings[index] if 0 <= index < len(strings) else None

    def _next(self) -> None:
        assert self._events is not None
        for event, el in self._events:
            if event == "start":
                if self._root is None:
                    self._root = el
                continue
            if _local(el.tag) == "si":
                first = el[0] if len(el) == 1 else None
                if first is not None and not len(first) and _local(first.tag) == "t":  # the usual <si><t>..</t></si>
                    self._strings.append(first.text or "")
                else:
                    self._strings.append("".join(t.text or "" for t in el.iter() if _local(t.tag) == "t"))
                if self._root is not None and len(self._root) and self._root[0] is el:
                    self._root.remove(el)  # parsed: kept as text only, not as an element tree
                el.clear()
                return
        self.close()

    def close(self) -> None:
        self._events = None
        if self._stream is not None:
            self._stream.close()
            self._stream = None


_BUILTIN_DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})


def _date_styles(book: zipfile.ZipFile) -> frozenset[int]:
    """Indexes of the cell styles whose number format shows a date (cells hold Excel serials)."""
    if "xl/styles.xml" not in book.namelist() or book.getinfo("xl/styles.xml").file_size > 20 * 2 ** 20:
        return frozenset()
    root = ElementTree.fromstring(book.read("xl/styles.xml"))
    custom = set()
    for fmt in root.iter():
        if _local(fmt.tag) == "numFmt":
            code = re.sub(r'"[^"]*"|\[[^]]*]', "", fmt.get("formatCode", "").lower())
            if "d" in code and "y" in code or "m" in code and "y" in code:
                custom.add(int(fmt.get("numFmtId", "0")))
    dates = set()
    for xfs in root.iter():
        if _local(xfs.tag) == "cellXfs":
            for i, xf in enumerate(x for x in xfs if _local(x.tag) == "xf"):
                fmt = int(xf.get("numFmtId", "0"))
                if fmt in _BUILTIN_DATE_FORMATS or fmt in custom:
                    dates.add(i)
    return frozenset(dates)


def _stream_rows(sheet: Sheet) -> Iterator[Row]:
    """Cells that exist, row by row, without allocating the sheet's claimed extent."""
    try:
        with zipfile.ZipFile(sheet.path) as book:
            strings = _SharedStrings(book)
            dates = _date_styles(book)
            with book.open(sheet.member) as f, contextlib.closing(strings):
                parent = None
                last_row = 0
                for event, el in ElementTree.iterparse(f, events=("start", "end")):
                    tag = _local(el.tag)
                    if event == "start":
                        if tag == "sheetData":
                            parent = el
                        continue
                    if tag != "row":
                        continue
                    last_row = int(el.get("r") or last_row + 1)
                    cells = _row_cells(el, strings, dates)
                    el.clear()
                    if parent is not None:
                        parent.remove(el)
                    if any(c not in (None, "") for c in cells):
                        yield last_row, cells
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError, EOFError, ValueError) as exc:
        log.warning("xlsx stream not readable: %s", type(exc).__name__)
        raise UserError(sheet_guard.damaged_message(sheet.path.name)) from exc


def _row_cells(row: ElementTree.Element, strings: _SharedStrings, dates: frozenset[int]) -> list[Any]:
    cells: list[Any] = []
    position = 0
    for c in row:
        ref = c.get("r")
        if ref:
            letters = ref.rstrip("0123456789")
            position = column_number(letters) - 1
        if position >= MAX_COLUMNS:
            break
        kind = c.get("t")
        value: Any = None
        v = next((x for x in c if _local(x.tag) == "v"), None)
        if kind == "inlineStr":
            value = "".join(t.text or "" for t in c.iter() if _local(t.tag) == "t")
        elif v is not None and v.text is not None:
            if kind == "s":
                value = strings.get(int(v.text))
            elif kind in ("str", "e"):
                value = v.text
            elif kind == "b":
                value = v.text == "1"
            else:
                value = float(v.text)
                if dates and int(c.get("s") or 0) in dates and 0 < value < 2958466:
                    value = EXCEL_EPOCH + dt.timedelta(days=value)
        if len(cells) < position:
            cells.extend([None] * (position - len(cells)))
        cells.append(value)
        position += 1
    return cells


# ---------------------------------------------------------------------------- CSV

def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or not), else Windows cp1252, else latin-1."""
    with path.open("rb") as f:
        head = f.read(1 << 20)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sheet_guard.sniff(path) == "utf16":
        return "utf-16-be" if head[0::2].count(0) > head[1::2].count(0) else "utf-16-le"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _sample_lines(path: Path, encoding: str, count: int = 60) -> list[str]:
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        sample = text.read(1 << 16)
    return [line for line in sample.splitlines()[:count] if line.strip()]


def detect_delimiter(path: Path, encoding: str) -> str:
    """The delimiter that splits most sample lines into the same number (>1) of cells."""
    lines = _sample_lines(path, encoding)
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts: dict[int, int] = {}
        for line in lines:
            try:
                n = len(next(csv.reader([line], delimiter=delimiter)))
            except (csv.Error, StopIteration):
                continue
            if n > 1:
                counts[n] = counts.get(n, 0) + 1
        if counts:
            width, lines_of_width = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            score = (lines_of_width, width)
            if score > best_score:
                best, best_score = delimiter, score
    return best


def _excel_text(cell: str) -> str:
    """'="197406182006041009"' is what Excel shows as 197406182006041009."""
    return cell[2:-1] if cell.startswith('="') and cell.endswith('"') and len(cell) > 2 else cell


def _csv_rows(sheet: Sheet) -> Iterator[Row]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    number = 0
    try:
        with sheet.path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding=sheet.encoding, errors="strict", newline="")
            for number, cells in enumerate(csv.reader(text, delimiter=sheet.delimiter), start=1):
                if any(c.strip() for c in cells):
                    if sheet.excel_text:
                        cells = [_excel_text(c) for c in cells]
                    yield number, cells[:MAX_COLUMNS]
    except UnicodeDecodeError as exc:
        raise UserError(translate(
            "importer", "{name}, row {row}: characters that are not valid {encoding} (the file mixes text "
                        "encodings). Open it in a spreadsheet and save it again as CSV UTF-8.").format(
            name=sheet.path.name, row=number + 1, encoding=sheet.encoding.upper())) from exc
    except csv.Error as exc:
        log.warning("csv not readable at row %s: %s", number + 1, exc)
        raise UserError(translate(
            "importer", "{name}, row {row}: the CSV cannot be read there (a quote opened and never closed, or a "
                        "cell longer than a roster holds). Open it in a spreadsheet, check that row, and save it "
                        "again as CSV.").format(name=sheet.path.name, row=number + 1)) from exc
