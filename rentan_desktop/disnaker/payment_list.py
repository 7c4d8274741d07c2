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
from rentan_desktop.domain.months import is_month, month_label
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
    for code, opd_name, uid, nik, name, kpj, sponsor, jkk, jkm, jht, amount in db.execute(_SQL, [month]):
        group = groups.setdefault(code, OpdGroup(code, opd_name))
        group.lines.append(Line(uid, nik, name, kpj, sponsor, jkk, jkm, jht, amount))
    return PaymentList(month, list(groups.values()))


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


def write_pdf(db: sqlite_utils.Database, plist: PaymentList, out: Path) -> Path:
    from reportlab.platypus import Paragraph, Spacer

    from rentan_desktop.printing import base

    st = base.styles()
    width = base.content_width(landscape=True)
    story = [Paragraph(title(plist).upper(), st["title"]),
             Paragraph(translate("payment_list", "{count} workers in {opds} OPD · total {total}").format(
                 count=plist.count, opds=len(plist.groups), total=rupiah(plist.total)), st["subtitle"])]
    fractions = (0.04, 0.11, 0.14, 0.2, 0.2, 0.07, 0.07, 0.07, 0.1)
    widths = [width * f for f in fractions]
    for g in plist.groups:
        rows: list[list[str]] = [_headers()]
        for i, line in enumerate(g.lines, start=1):
            rows.append([str(i), line.kpj or translate("payment_list", "(no KPJ)"), line.nik, line.name,
                         line.sponsor_name or "", rupiah(line.jkk), rupiah(line.jkm), rupiah(line.jht),
                         rupiah(line.amount)])
        rows.append(["", "", "", translate("payment_list", "Total {opd}").format(opd=g.name), "", "", "", "",
                     rupiah(g.total)])
        story += [Paragraph(f"{g.code} {g.name}", st["heading"]),
                  base.data_table(rows, widths, right_columns=(5, 6, 7, 8), total_rows=(-1,))]
    story += [Spacer(1, 6), Paragraph(translate("payment_list", "Grand total: {total} ({words})").format(
        total=rupiah(plist.total), words=base.in_words(plist.total) if plist.total > 0 else "-"), st["heading"])]
    signer = base.Signatories.from_db(db).head()
    story += [Spacer(1, 10), base.signature_table([("", signer)], width=width / 2,
                                                  place_date=base.place_and_date(db))]
    return base.build_story_pdf(out, story, db=db, title=title(plist), landscape=True)


def export(db: sqlite_utils.Database, month: str, out: Path | str) -> PaymentList:
    """Write the month's list to `out` (.xlsx or .pdf, by its suffix)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError(translate("payment_list", "The payment list is written as .xlsx or .pdf."))
    plist = build(db, month)
    if not plist.groups:
        raise UserError(translate("payment_list", "No contribution is recorded for {month}.").format(month=month))
    if suffix == ".xlsx":
        write_xlsx(plist, out)
    else:
        write_pdf(db, plist, out)
    return plist
