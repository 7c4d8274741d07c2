"""Shared building blocks for every printed document (reportlab, A4, no Qt).

Documents in this package and report PDFs (rentan_desktop.reports) use these pieces so that
all paper from one office looks the same: the office letterhead at the top of every page,
the same embedded fonts, styles, tables, signature blocks and QR codes.

Fonts
    register_fonts() -> None          idempotent; registers DejaVu Sans (resources/fonts, shipped
                                      with its licence; falls back to reportlab's Vera) as
                                      FONT, FONT_BOLD, FONT_ITALIC, FONT_MONO and the family FONT so that
                                      <b>/<i> work in Paragraphs. Text stays real text (searchable,
                                      copyable) and the subset is embedded in the PDF.
Settings
    Letterhead.from_db(db)            pemda, opd, address, logo_path (settings "letterhead")
    Signatories.from_db(db)           head_*/treasurer_* (settings "signatories");
                                      .head() / .treasurer() -> Signer
    place_name(db) -> str             'Kota Palangka Raya' -> 'Palangka Raya' (for "place, date")
    long_date(day) -> str             '23 November 2026' (month names follow the language)
    place_and_date(db, day=None)      'Palangka Raya, 23 November 2026'
Formatting (re-exported from the domain so documents import one module)
    rupiah(16800) -> 'Rp16.800'; in_words(16800) -> 'Enam belas ribu delapan ratus rupiah';
    format_date('2022-11-29') -> '29/11/2022'; format_nip(nip) -> '19660801 198803 1 001'
Canvas API (fast, for one-page-per-record documents such as enrollment forms)
    draw_letterhead(c, lh, *, page_size=A4) -> float   draws it, returns the y below its rule
    draw_wrapped(c, text, x, y, width, *, font=FONT, size=9, leading=None) -> float
                                      wraps long text within width, returns the next y
    draw_signature(c, x, y, width, signer, *, caption="", place_date="") -> float
    draw_qr(c, data, x, y, size)      a QR code whose lower-left corner is (x, y)
    new_canvas(out_path, *, title, page_size=A4) -> Canvas   compression on, metadata set
Platypus API (flowing documents: letters, lists, reports with charts)
    styles() -> dict[str, ParagraphStyle]   keys: title, subtitle, heading, body, body_justify,
                                      small, cell, cell_bold, cell_right, cell_right_bold, centre
    table_style(*, header_rows=1, right_columns=(), total_rows=()) -> TableStyle
    data_table(rows, col_widths, *, header_rows=1, right_columns=(), total_rows=()) -> Table
                                      wraps every str cell in a Paragraph (long text wraps) and
                                      repeats the header rows on each page
    signature_table(signers, *, width, place_date="", h_align="CENTER") -> Table  signers side by side
    qr_flowable(data, size) -> Flowable
    build_story_pdf(out_path, story, *, db, title, landscape=False, letterhead=None,
                    footer=None) -> Path
                                      A4 document with the letterhead repeated on every page
                                      and "title · page N" in the footer; a chart is any
                                      reportlab Drawing placed in the story (give chart
                                      labels fontName=FONT so no unembedded Helvetica appears).
    content_width(landscape=False) -> float   usable width inside the margins
    save_atomically(write, out_path) -> Path  write(tmp) then replace out_path (no half files)
    ProgressMark(callback)            zero-size flowable calling callback() when laid out: put one
                                      per record in a batch story to report progress and let
                                      TaskState.check() cancel a long build
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from rentan_desktop import i18n
from rentan_desktop.domain.dates import format_date
from rentan_desktop.domain.money import in_words, rupiah
from rentan_desktop.domain.months import MONTH_NAMES_EN, MONTH_NAMES_ID
from rentan_desktop.domain.nip import format_nip as _format_nip
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.printing.fonts import FONT, FONT_BOLD, FONT_ITALIC, FONT_MONO, register_fonts
from rentan_desktop.printing.qr import draw_qr, qr_flowable
from rentan_desktop.store import clock, settings

__all__ = [
    "A4", "FONT", "FONT_BOLD", "FONT_ITALIC", "FONT_MONO", "MARGIN", "ProgressMark", "Letterhead", "Signatories", "Signer",
    "build_story_pdf", "content_width", "data_table", "draw_letterhead", "draw_qr", "draw_signature",
    "draw_wrapped", "format_date", "format_nip", "in_words", "long_date", "mm", "new_canvas",
    "place_and_date", "place_name", "qr_flowable", "register_fonts", "rupiah", "save_atomically",
    "signature_table",
    "styles", "table_style",
]

MARGIN = 18 * mm
LETTERHEAD_HEIGHT = 30 * mm  # from the top margin to the rule under the letterhead
INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#444444")
SHADE = colors.HexColor("#e8edf3")

# ---------------------------------------------------------------- settings and formatting

@dataclass(frozen=True)
class Letterhead:
    pemda: str = ""
    opd: str = ""
    address: str = ""
    logo_path: str = ""

    @classmethod
    def from_db(cls, db: sqlite_utils.Database) -> Letterhead:
        value = settings.get(db, "letterhead") or {}
        return cls(pemda=str(value.get("pemda") or settings.get(db, "pemda", "") or ""),
                   opd=str(value.get("opd") or ""), address=str(value.get("address") or ""),
                   logo_path=str(value.get("logo_path") or ""))

    def government_line(self) -> str:
        if not self.pemda:
            return ""
        return translate("printing", "GOVERNMENT OF {pemda}").format(pemda=self.pemda.upper())


@dataclass(frozen=True)
class Signer:
    position: str
    name: str
    nip: str = ""


@dataclass(frozen=True)
class Signatories:
    head_name: str = ""
    head_nip: str = ""
    head_position: str = ""
    treasurer_name: str = ""
    treasurer_nip: str = ""
    treasurer_position: str = ""

    @classmethod
    def from_db(cls, db: sqlite_utils.Database) -> Signatories:
        value = settings.get(db, "signatories") or {}
        return cls(**{key: str(value.get(key) or "") for key in cls.__dataclass_fields__})

    def head(self, opd_name: str = "") -> Signer:
        position = (self.head_position or translate("printing", "Head")).strip()
        if opd_name and opd_name.lower() not in position.lower():
            # 'Kepala Dinas' + 'Dinas Pendidikan' -> 'Kepala Dinas Pendidikan', not 'Kepala Dinas Dinas ...'
            words = position.split()
            if len(words) > 1 and opd_name.lower().startswith(words[-1].lower() + " "):
                words = words[:-1]
            position = " ".join([*words, opd_name])
        return Signer(position, self.head_name, self.head_nip)

    def treasurer(self) -> Signer:
        return Signer(self.treasurer_position or translate("printing", "Treasurer"),
                      self.treasurer_name, self.treasurer_nip)


def format_nip(nip: str | None) -> str:
    if not nip:
        return ""
    try:
        return _format_nip(nip)
    except (ValueError, IndexError):
        return nip


_REGION_PREFIX = re.compile(r"^(kota administrasi|kabupaten administrasi|kabupaten|kota|kab\.?)\s+", re.I)


def place_name(db: sqlite_utils.Database) -> str:
    """The town written before the date: 'Kabupaten Kendal' -> 'Kendal'."""
    pemda = Letterhead.from_db(db).pemda or settings.get(db, "pemda", "") or ""
    return _REGION_PREFIX.sub("", pemda.strip()) or pemda.strip()


def long_date(day: dt.date | str | None = None) -> str:
    """'23 November 2026'; month names follow the current language."""
    if day is None:
        day = clock.today()
    elif isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    names = MONTH_NAMES_EN if i18n.language() == "en" else MONTH_NAMES_ID
    return f"{day.day} {names[day.month - 1]} {day.year}"


def place_and_date(db: sqlite_utils.Database, day: dt.date | str | None = None) -> str:
    place = place_name(db)
    return f"{place}, {long_date(day)}" if place else long_date(day)


# ---------------------------------------------------------------- canvas API

def new_canvas(out_path: str | os.PathLike[str], *, title: str, page_size: tuple[float, float] = A4) -> Canvas:
    register_fonts()
    c = Canvas(str(out_path), pagesize=page_size, pageCompression=1, initialFontName=FONT)
    c.setTitle(title)
    c.setAuthor("Rentan Desktop")
    c.setCreator("Rentan Desktop")
    return c


@functools.lru_cache(maxsize=8)
def _logo(path: str) -> ImageReader | None:
    try:
        return ImageReader(path) if path and Path(path).is_file() else None
    except OSError:
        return None


def draw_letterhead(c: Canvas, lh: Letterhead, *, page_size: tuple[float, float] = A4) -> float:
    """Letterhead at the top of the page: logo left, names centred, address, double rule."""
    width, height = page_size
    top = height - MARGIN + 6 * mm
    left, right = MARGIN, width - MARGIN
    logo = _logo(lh.logo_path)
    logo_size = 22 * mm
    text_left = left + (logo_size + 4 * mm if logo else 0)
    text_right = right - (logo_size + 4 * mm if logo else 0)
    centre = (text_left + text_right) / 2
    text_width = text_right - text_left
    if logo is not None:
        iw, ih = logo.getSize()
        scale = min(logo_size / iw, logo_size / ih)
        c.drawImage(logo, left + (logo_size - iw * scale) / 2, top - logo_size + (logo_size - ih * scale) / 2,
                    iw * scale, ih * scale, mask="auto")
    y = top - 4.2 * mm
    c.setFillColor(INK)
    gov = lh.government_line()
    if gov:
        y = _centred_lines(c, gov, centre, y, text_width, FONT_BOLD, 11.5, 13.5)
    if lh.opd:
        y = _centred_lines(c, lh.opd.upper(), centre, y - 0.6 * mm, text_width, FONT_BOLD, 14, 16)
    if lh.address:
        y = _centred_lines(c, lh.address, centre, y - 0.4 * mm, text_width, FONT, 8.5, 10.5)
    rule_y = max(min(y - 1.5 * mm, top - (logo_size + 1.5 * mm if logo else 0)), top - LETTERHEAD_HEIGHT)
    c.setStrokeColor(INK)
    c.setLineWidth(1.6)
    c.line(left, rule_y, right, rule_y)
    c.setLineWidth(0.5)
    c.line(left, rule_y - 1.6, right, rule_y - 1.6)
    return rule_y - 6 * mm


def _centred_lines(c: Canvas, text: str, centre: float, y: float, width: float, font: str, size: float,
                   leading: float) -> float:
    lines = simpleSplit(text, font, size, width)
    # A very long name shrinks a little before it takes a third line.
    while len(lines) > 2 and size > 7:
        size -= 0.5
        leading -= 0.5
        lines = simpleSplit(text, font, size, width)
    c.setFont(font, size)
    for line in lines:
        c.drawCentredString(centre, y, line)
        y -= leading
    return y + leading - size - 1


def draw_wrapped(c: Canvas, text: str, x: float, y: float, width: float, *, font: str = FONT,
                 size: float = 9, leading: float | None = None, max_lines: int | None = None) -> float:
    """Draw text from baseline y, wrapping within width; returns the baseline of the next line."""
    leading = leading or size * 1.25
    lines = simpleSplit(text or "", font, size, width) or [""]
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and pdfmetrics.stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    t = c.beginText(x, y)
    t.setFont(font, size, leading)
    for line in lines:
        t.textLine(line)
    c.drawText(t)
    return y - leading * len(lines)


def draw_signature(c: Canvas, x: float, y: float, width: float, signer: Signer, *, caption: str = "",
                   place_date: str = "", space: float = 20 * mm) -> float:
    """A signature block centred in [x, x+width] from top baseline y; returns the y below it."""
    centre = x + width / 2
    c.setFillColor(INK)
    size, leading = 9, 11.5
    for text, font in ((place_date, FONT), (caption, FONT)):
        if text:
            for line in simpleSplit(text, font, size, width):
                c.setFont(font, size)
                c.drawCentredString(centre, y, line)
                y -= leading
    for line in simpleSplit(signer.position, FONT, size, width):
        c.setFont(FONT, size)
        c.drawCentredString(centre, y, line)
        y -= leading
    y -= space
    name = signer.name or "(" + "." * 40 + ")"
    c.setFont(FONT_BOLD, size)
    for line in simpleSplit(name, FONT_BOLD, size, width):
        c.drawCentredString(centre, y, line)
        y -= leading
    if signer.name:
        c.setLineWidth(0.5)
        line_width = min(width, max(pdfmetrics.stringWidth(name, FONT_BOLD, size), 30 * mm))
        c.line(centre - line_width / 2, y + leading - 2, centre + line_width / 2, y + leading - 2)
    if signer.nip:
        c.setFont(FONT, size)
        c.drawCentredString(centre, y, f"NIP. {format_nip(signer.nip)}")
        y -= leading
    return y


# ---------------------------------------------------------------- platypus API

def content_width(landscape: bool = False) -> float:
    page = to_landscape(A4) if landscape else A4
    return page[0] - 2 * MARGIN


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17,
                                alignment=TA_CENTER, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=13, alignment=TA_CENTER,
                                   spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                                  spaceBefore=6, spaceAfter=3),
        "body": base,
        "body_justify": ParagraphStyle("body_justify", parent=base, alignment=TA_JUSTIFY),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_right_bold": ParagraphStyle("cell_right_bold", parent=cell, fontName=FONT_BOLD, alignment=TA_RIGHT),
        "cell_centre": ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
    }


def styles() -> dict[str, ParagraphStyle]:
    return _styles()


def table_style(*, header_rows: int = 1, right_columns: Iterable[int] = (),
                total_rows: Iterable[int] = ()) -> TableStyle:
    """Grid, shaded bold header, right-aligned money columns, bold shaded total rows."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 10.5),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
                     ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8.5, 10.5),
                     ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE")]
    for col in right_columns:
        commands.append(("ALIGN", (col, header_rows), (col, -1), "RIGHT"))
    for row in total_rows:
        commands += [("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f4f4f4")),
                     ("FONT", (0, row), (-1, row), FONT_BOLD, 8.5, 10.5)]
    return TableStyle(commands)


def data_table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], *, header_rows: int = 1,
               right_columns: Iterable[int] = (), total_rows: Iterable[int] = ()) -> Table:
    """A table whose text cells wrap (Paragraphs) and whose header repeats on every page."""
    st = styles()
    right = set(right_columns)
    totals = {r % len(rows) if rows else r for r in total_rows}
    cells = []
    for r, row in enumerate(rows):
        bold = r < header_rows or r in totals
        out = []
        for col, value in enumerate(row):
            if isinstance(value, str):
                name = ("cell_right" if col in right and r >= header_rows else "cell") + ("_bold" if bold else "")
                out.append(Paragraph(_escape(value), st[name]))
            else:
                out.append(value)
        cells.append(out)
    table = Table(cells, colWidths=list(col_widths), repeatRows=header_rows)
    table.setStyle(table_style(header_rows=header_rows, right_columns=right, total_rows=totals))
    return table


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def signature_table(signers: Sequence[tuple[str, Signer]], *, width: float, place_date: str = "",
                    h_align: str = "CENTER") -> Table:
    """Signers side by side: each (caption, Signer); the place and date sits above the last one."""
    st = styles()
    centre = st["centre"]
    bold = ParagraphStyle("sig_name", parent=centre, fontName=FONT_BOLD)
    columns = []
    for i, (caption, signer) in enumerate(signers):
        top = []
        if place_date and i == len(signers) - 1:
            top.append(_escape(place_date))
        elif place_date:
            top.append("&nbsp;")
        if caption:
            top.append(_escape(caption))
        top.append(_escape(signer.position))
        name = f"<u>{_escape(signer.name)}</u>" if signer.name else "(" + "." * 40 + ")"
        bottom = [Paragraph(name, bold)]
        if signer.nip:
            bottom.append(Paragraph(f"NIP. {format_nip(signer.nip)}", centre))
        columns.append([Paragraph("<br/>".join(top), centre), "", bottom])
    rows = [list(r) for r in zip(*columns, strict=True)]
    col = width / max(len(signers), 1)
    table = Table(rows, colWidths=[col] * len(signers), rowHeights=[None, 20 * mm, None], hAlign=h_align)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 4),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    table.keepWithNext = False
    return table


class ProgressMark(Flowable):
    """Takes no space; calls back when the layout reaches it (progress and cancel in long builds)."""

    def __init__(self, callback: Callable[[], None]):
        super().__init__()
        self._callback = callback
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._callback()


class _LetterheadDoc(BaseDocTemplate):
    def __init__(self, filename: str, *, page_size: tuple[float, float], letterhead: Letterhead, title: str,
                 footer: str):
        super().__init__(filename, pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, title=title, author="Rentan Desktop",
                         creator="Rentan Desktop", pageCompression=1, initialFontName=FONT)
        self._letterhead = letterhead
        self._footer = footer
        width, height = page_size
        top = height - MARGIN + 6 * mm - LETTERHEAD_HEIGHT - 4 * mm
        frame = Frame(MARGIN, MARGIN + 4 * mm, width - 2 * MARGIN, top - MARGIN - 4 * mm, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="letterhead", frames=[frame], onPage=self._decorate)])

    def _decorate(self, c: Canvas, doc: BaseDocTemplate) -> None:
        c.saveState()
        draw_letterhead(c, self._letterhead, page_size=self.pagesize)
        c.setFont(FONT, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        page = translate("printing", "page {n}").format(n=doc.page)
        c.drawString(MARGIN, MARGIN - 2 * mm, self._footer)
        c.drawRightString(self.pagesize[0] - MARGIN, MARGIN - 2 * mm, page)
        c.restoreState()


def save_atomically(write: Callable[[str], None], out_path: str | os.PathLike[str]) -> Path:
    """Run write(temporary_path), then move the finished file over out_path.

    A cancelled or failed run leaves no half-written PDF, and a file held open by a PDF viewer
    (Windows refuses to replace it) gets a clear message instead of a traceback.
    """
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        write(str(tmp))
        os.replace(tmp, out)
    except PermissionError as exc:
        raise UserError(translate("printing", "Cannot write {path}: close it in other programs (a PDF viewer?) "
                                  "or choose another file.").format(path=out)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out


def build_story_pdf(out_path: str | os.PathLike[str], story: list, *, db: sqlite_utils.Database, title: str,
                    landscape: bool = False, letterhead: Letterhead | None = None,
                    footer: str | None = None) -> Path:
    """Lay out a platypus story on A4 with the letterhead repeated on every page."""
    register_fonts()
    page_size = to_landscape(A4) if landscape else A4
    head = letterhead or Letterhead.from_db(db)

    def write(path: str) -> None:
        doc = _LetterheadDoc(path, page_size=page_size, letterhead=head, title=title,
                             footer=footer if footer is not None else title)
        doc.build(list(story))

    return save_atomically(write, out_path)
