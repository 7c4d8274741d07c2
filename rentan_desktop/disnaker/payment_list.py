"""The monthly collective payment list that goes with the Pemda's transfer to BPJS.

Every worker paid for in the month across all OPDs (reversals subtracted), with KPJ and
amount, grouped by OPD with subtotals and a grand total; written as .xlsx or PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
import xlsxwriter

from rentan_desktop.domain.money import rupiah
from rentan_desktop.domain.months import is_month, month_label, month_text
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import language, translate


@dataclass
class Line:
    worker_uid: str
    nik: str
    name: str
    kpj: str | None
    sponsor_name: str | None
    jkk: int
    jkm: int
    jht: int
    amount: int


@dataclass
class OpdGroup:
    code: str
    name: str
    lines: list[Line] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


@dataclass
class PaymentList:
    month: str
    groups: list[OpdGroup]
    # Payments for a NIK already on the list (two OPDs paid for one person): BPJS takes one
    # contribution per NIK, so these stay off the list, to be refunded or resolved as duplicates.
    repeated: list[Line] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)

    @property
    def count(self) -> int:
        return sum(len(g.lines) for g in self.groups)

    @property
    def without_kpj(self) -> int:
        return sum(1 for g in self.groups for line in g.lines if not line.kpj)


# Reversals count against the payment they undo whatever sign they were stored with.
_SIGN = "CASE WHEN p.kind = 'reversal' THEN -abs({col}) ELSE {col} END"

_SQL = f"""
    SELECT o.code, o.name, w.uid, w.nik, w.name, w.kpj, s.name,
           sum({_SIGN.format(col='p.jkk')}), sum({_SIGN.format(col='p.jkm')}), sum({_SIGN.format(col='p.jht')}),
           sum({_SIGN.format(col='p.amount')})
    FROM payments p JOIN workers w ON w.id = p.worker_id JOIN opds o ON o.id = p.opd_id
    LEFT JOIN sponsors s ON s.id = w.sponsor_id
    WHERE p.month = ?
    GROUP BY p.opd_id, p.worker_id
    HAVING sum({_SIGN.format(col='p.amount')}) != 0
    ORDER BY o.code, w.name
"""


def check_month(month: str) -> str:
    month = (month or "").strip()
    if not is_month(month):
        raise UserError(translate("payment_list", "The month must look like 2026-11 (got '{value}').").format(
            value=month))
    return month


def build(db: sqlite_utils.Database, month: str) -> PaymentList:
    month = check_month(month)
    groups: dict[str, OpdGroup] = {}
    seen: set[str] = set()
    repeated: list[Line] = []
    for code, opd_name, uid, nik, name, kpj, sponsor, jkk, jkm, jht, amount in db.execute(_SQL, [month]):
        line = Line(uid, nik, name, kpj, sponsor, jkk, jkm, jht, amount)
        if nik in seen:
            repeated.append(line)
            continue
        seen.add(nik)
        groups.setdefault(code, OpdGroup(code, opd_name)).lines.append(line)
    return PaymentList(month, list(groups.values()), repeated)


def _headers() -> list[str]:
    return [translate("payment_list", "No"), translate("payment_list", "KPJ"), translate("payment_list", "NIK"),
            translate("payment_list", "Name"), translate("payment_list", "Sponsor"),
            translate("payment_list", "JKK"), translate("payment_list", "JKM"), translate("payment_list", "JHT"),
            translate("payment_list", "Amount")]


def title(plist: PaymentList) -> str:
    return translate("payment_list", "Collective contribution payment list, {month}").format(
        month=month_label(plist.month, language()))


def write_xlsx(plist: PaymentList, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(out), {"strings_to_numbers": False})
    try:
        ws = wb.add_worksheet(plist.month)
        bold = wb.add_format({"bold": True})
        head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        group = wb.add_format({"bold": True, "bg_color": "#F2F2F2"})
        money = wb.add_format({"num_format": "#,##0"})
        money_bold = wb.add_format({"num_format": "#,##0", "bold": True, "top": 1})
        text = wb.add_format({"num_format": "@"})
        ws.write(0, 0, title(plist), bold)
        ws.write(1, 0, translate("payment_list", "{count} workers, total {total}").format(
            count=plist.count, total=rupiah(plist.total)))
        row = 3
        for j, h in enumerate(_headers()):
            ws.write_string(row, j, h, head)
        for j, width in enumerate((5, 14, 19, 30, 30, 10, 10, 10, 12)):
            ws.set_column(j, j, width)
        ws.freeze_panes(row + 1, 0)
        row += 1
        for g in plist.groups:
            ws.merge_range(row, 0, row, 8, f"{g.code} {g.name}", group)
            row += 1
            for i, line in enumerate(g.lines, start=1):
                ws.write_number(row, 0, i)
                ws.write_string(row, 1, line.kpj or "", text)
                ws.write_string(row, 2, line.nik, text)
                ws.write_string(row, 3, line.name)
                ws.write_string(row, 4, line.sponsor_name or "")
                for j, value in enumerate((line.jkk, line.jkm, line.jht, line.amount), start=5):
                    ws.write_number(row, j, value, money)
                row += 1
            ws.write_string(row, 3, translate("payment_list", "Total {opd}").format(opd=g.name), bold)
            ws.write_number(row, 8, g.total, money_bold)
            row += 2
        ws.write_string(row, 3, translate("payment_list", "Grand total"), bold)
        ws.write_number(row, 8, plist.total, money_bold)
    finally:
        wb.close()
    return out


def _fit(text: str, width: float, font: str, size: float) -> str:
    """Cut a cell to its column with an ellipsis (rows keep one line and a fixed height)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Pages:
    """The list drawn row by row on the canvas: fixed-height rows, the letterhead and the column
    header on every page. Linear in the number of rows (a platypus Table re-measures the rest of
    the table at every page break, which takes minutes for a Pemda-wide month)."""

    SIZE = 8.5
    ROW = 13.0

    def __init__(self, db: sqlite_utils.Database, plist: PaymentList, out: Path):
        from reportlab.lib.pagesizes import A4, landscape

        from rentan_desktop.printing import base

        self.base = base
        self.page_size = landscape(A4)
        self.c = base.new_canvas(out, title=title(plist), page_size=self.page_size)
        self.lh = base.Letterhead.from_db(db)
        self.left = base.MARGIN
        self.width = self.page_size[0] - 2 * base.MARGIN
        fractions = (0.05, 0.11, 0.14, 0.22, 0.2, 0.07, 0.07, 0.06, 0.08)
        self.widths = [self.width * f for f in fractions]
        self.xs = [self.left + sum(self.widths[:i]) for i in range(len(self.widths))]
        self.bottom = base.MARGIN + 4 * base.mm
        self.footer = title(plist)
        self.page = 0
        self.y = 0.0

    def new_page(self, first: bool = False) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = self.base.draw_letterhead(self.c, self.lh, page_size=self.page_size)
        c = self.c
        c.setFont(self.base.FONT, 7.5)
        c.drawString(self.left, self.base.MARGIN - 2 * self.base.mm, self.footer)
        c.drawRightString(self.left + self.width, self.base.MARGIN - 2 * self.base.mm,
                          translate("payment_list", "page {n}").format(n=self.page))
        if not first:
            self.header()

    def header(self) -> None:
        self.row(_headers(), bold=True, shade="#e8edf3")

    def room(self, rows: int = 1) -> None:
        if self.y - rows * self.ROW < self.bottom:
            self.new_page()

    def row(self, cells: list[str], *, bold: bool = False, shade: str | None = None, span: bool = False) -> None:
        from reportlab.lib import colors

        c = self.c
        y = self.y - self.ROW
        if shade:
            c.setFillColor(colors.HexColor(shade))
            c.rect(self.left, y, self.width, self.ROW, stroke=0, fill=1)
        c.setFillColor(colors.black)
        font = self.base.FONT_BOLD if bold else self.base.FONT
        c.setFont(font, self.SIZE)
        text_y = y + 3.6
        if span:  # one cell across the row: an OPD heading
            c.drawString(self.left + 3, text_y, _fit(cells[0], self.width - 6, font, self.SIZE))
        else:
            for i, value in enumerate(cells):
                if not value:
                    continue
                if i >= 5:
                    c.drawRightString(self.xs[i] + self.widths[i] - 3, text_y, value)
                else:
                    # A cell whose right neighbour is empty may run into it (the total's label).
                    room = self.widths[i] + (self.widths[i + 1] if i < 4 and not cells[i + 1] else 0)
                    c.drawString(self.xs[i] + 3, text_y, _fit(value, room - 6, font, self.SIZE))
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.3)
        c.line(self.left, y, self.left + self.width, y)
        self.y = y

    def text(self, value: str, *, size: float = 10, bold: bool = False, centre: bool = False, gap: float = 14) -> None:
        self.c.setFont(self.base.FONT_BOLD if bold else self.base.FONT, size)
        if centre:
            self.c.drawCentredString(self.left + self.width / 2, self.y - size, value)
        else:
            self.c.drawString(self.left, self.y - size, value)
        self.y -= gap


def write_pdf(db: sqlite_utils.Database, plist: PaymentList, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    pages = _Pages(db, plist, out)
    base = pages.base
    pages.new_page(first=True)
    pages.text(title(plist).upper(), size=12, bold=True, centre=True, gap=17)
    pages.text(translate("payment_list", "{count} workers in {opds} OPD · total {total}").format(
        count=plist.count, opds=len(plist.groups), total=rupiah(plist.total)), size=9.5, centre=True, gap=18)
    pages.header()
    no_kpj = translate("payment_list", "(no KPJ)")
    for g in plist.groups:
        pages.room(3)
        pages.row([f"{g.code} {g.name}"], bold=True, shade="#f4f4f4", span=True)
        for i, line in enumerate(g.lines, start=1):
            pages.room()
            pages.row([str(i), line.kpj or no_kpj, line.nik, line.name, line.sponsor_name or "", rupiah(line.jkk),
                       rupiah(line.jkm), rupiah(line.jht), rupiah(line.amount)])
        pages.room()
        pages.row(["", "", "", translate("payment_list", "Total {opd}").format(opd=g.name), "", "", "", "",
                   rupiah(g.total)], bold=True)
    pages.room(12)
    pages.y -= 8
    words = base.in_words(plist.total) if plist.total > 0 else "-"
    pages.text(translate("payment_list", "Grand total: {total} ({words})").format(
        total=rupiah(plist.total), words=words), size=10, bold=True, gap=30)
    signer = base.Signatories.from_db(db).head(pages.lh.opd)
    base.draw_signature(pages.c, pages.left + pages.width / 2, pages.y, pages.width / 2, signer,
                        place_date=base.place_and_date(db))
    pages.c.save()
    return out


def export(db: sqlite_utils.Database, month: str, out: Path | str) -> PaymentList:
    """Write the month's list to `out` (.xlsx or .pdf, by its suffix)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError(translate("payment_list", "The payment list is written as .xlsx or .pdf."))
    plist = build(db, month)
    if not plist.groups:
        raise UserError(translate("payment_list", "No contribution is recorded for {month}.").format(
            month=month_text(month)))
    if suffix == ".xlsx":
        write_xlsx(plist, out)
    else:
        write_pdf(db, plist, out)
    return plist
