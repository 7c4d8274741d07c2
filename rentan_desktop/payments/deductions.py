"""The payroll deduction list (daftar potongan): what the finance office deducts from each servant.

For a month: every sponsor on a payroll (PNS, PPPK, non-ASN staff) with the workers they pay
for and the amount to deduct. A worker whose month was already paid by another method
(cash, transfer, a prepayment...) is left off: payroll must not deduct it again. A row already
deducted lists the sponsor and amount recorded with its payment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from rentan_desktop.domain.months import month_label
from rentan_desktop.i18n import language, translate
from rentan_desktop.payments import coverage
from rentan_desktop.payments.rates import RateBook
from rentan_desktop.payments.service import METHOD_SPONSOR_KINDS
from rentan_desktop.store import settings


@dataclass
class DeductionWorker:
    worker_uid: str
    name: str
    nik: str
    kpj: str | None
    amount: int


@dataclass
class DeductionSponsor:
    sponsor_uid: str
    nip: str | None
    name: str
    position: str | None
    workers: list[DeductionWorker] = field(default_factory=list)
    total: int = 0


@dataclass
class DeductionList:
    month: str
    opd_code: str | None
    opd_name: str | None
    sponsors: list[DeductionSponsor]
    worker_count: int
    grand_total: int


def deduction_list(db: sqlite_utils.Database, month: str, sponsor_uids: list[str] | None = None) -> DeductionList:
    """Who is deducted what for `month`.

    A row already paid lists the payment as recorded: the sponsor stored with it (the one who was
    deducted, even if the worker has changed sponsor since) and the amount paid. Only unpaid rows
    take the worker's current sponsor and today's rate (QA walk r3, defect 42).
    """
    payable, params = coverage.payable_sql(month)
    kinds = METHOD_SPONSOR_KINDS["tpp"]
    where = f"({payable} OR p.id IS NOT NULL) AND s.kind IN ({','.join('?' * len(kinds))})"
    params += list(kinds)
    if sponsor_uids is not None:
        where += " AND s.uid IN (SELECT value FROM json_each(?))"
        import json

        params.append(json.dumps(list(sponsor_uids)))
    rows = db.execute(
        f"SELECT s.uid, s.nip, s.name, s.position, w.uid, w.name, w.nik, w.kpj, w.declared_income, w.jht, "
        f"p.method, p.amount FROM workers w "
        f"LEFT JOIN payments p ON p.month = ? AND p.worker_id = w.id AND p.kind = 'payment' "
        f"AND p.reversed_at IS NULL "
        f"JOIN sponsors s ON s.id = coalesce(p.sponsor_id, w.sponsor_id) WHERE {where} "
        f"ORDER BY s.name COLLATE NOCASE, s.id, w.name COLLATE NOCASE, w.id", [month, *params]).fetchall()
    book = RateBook.load(db)
    prices: dict[tuple[int, int], int] = {}
    sponsors: list[DeductionSponsor] = []
    current: DeductionSponsor | None = None
    count = grand = 0
    for s_uid, nip, s_name, position, w_uid, name, nik, kpj, income, jht, method, paid_amount in rows:
        if method is not None and method != "tpp":
            continue  # already paid another way
        if paid_amount is not None:
            amount = paid_amount
        else:
            if (income, jht) not in prices:
                prices[(income, jht)] = book.amount(income, bool(jht), month).total
            amount = prices[(income, jht)]
        if current is None or current.sponsor_uid != s_uid:
            current = DeductionSponsor(s_uid, nip, s_name, position)
            sponsors.append(current)
        current.workers.append(DeductionWorker(w_uid, name, nik, kpj, amount))
        current.total += amount
        count += 1
        grand += amount
    return DeductionList(month, settings.get(db, "opd_code"), settings.get(db, "opd_name"), sponsors, count, grand)


def export_xlsx(data: DeductionList, path: Path | str, pemda: str = "") -> Path:
    """Write the list as .xlsx: amounts are numbers, NIP/NIK/KPJ are text, subtotals per sponsor."""
    import xlsxwriter

    path = Path(path)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    try:
        sheet = book.add_worksheet(translate("payments", "Deductions")[:31])
        bold = book.add_format({"bold": True})
        title = book.add_format({"bold": True, "font_size": 13})
        header = book.add_format({"bold": True, "bg_color": "#DDE7F0", "border": 1, "text_wrap": True})
        text = book.add_format({"num_format": "@", "border": 1})
        cell = book.add_format({"border": 1})
        money = book.add_format({"num_format": '"Rp"#,##0', "border": 1})
        sub_label = book.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"})
        sub_money = book.add_format({"bold": True, "num_format": '"Rp"#,##0', "border": 1, "bg_color": "#F2F2F2"})
        total_money = book.add_format({"bold": True, "num_format": '"Rp"#,##0', "top": 2, "bottom": 6})
        total_label = book.add_format({"bold": True, "top": 2, "bottom": 6})
        widths = [5, 22, 30, 28, 30, 20, 14, 14]
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        sheet.write_string(0, 0, translate("payments", "Payroll deduction list for BPJS Ketenagakerjaan "
                                                       "contributions"), title)
        place = " ".join(p for p in (data.opd_code, data.opd_name) if p) or pemda
        sheet.write_string(1, 0, place, bold)
        sheet.write_string(2, 0, translate("payments", "Month: {month}").format(
            month=month_label(data.month, language())), bold)
        heads = [translate("payments", "No."), translate("payments", "NIP"), translate("payments", "Sponsor"),
                 translate("payments", "Position"), translate("payments", "Worker"), translate("payments", "NIK"),
                 translate("payments", "KPJ"), translate("payments", "Amount")]
        row = 4
        for col, head in enumerate(heads):
            sheet.write_string(row, col, head, header)
        row += 1
        number = 0
        for sponsor in data.sponsors:
            number += 1
            for index, worker in enumerate(sponsor.workers):
                if index == 0:
                    sheet.write_number(row, 0, number, cell)
                    sheet.write_string(row, 1, sponsor.nip or "", text)
                    sheet.write_string(row, 2, sponsor.name, cell)
                    sheet.write_string(row, 3, sponsor.position or "", cell)
                else:
                    for col in range(4):
                        sheet.write_blank(row, col, None, cell)
                sheet.write_string(row, 4, worker.name, cell)
                sheet.write_string(row, 5, worker.nik, text)
                sheet.write_string(row, 6, worker.kpj or "", text)
                sheet.write_number(row, 7, worker.amount, money)
                row += 1
            sheet.write_string(row, 2, translate("payments", "Total to deduct from {name}").format(
                name=sponsor.name), sub_label)
            for col in (0, 1, 3, 4, 5, 6):
                sheet.write_blank(row, col, None, sub_label)
            sheet.write_number(row, 7, sponsor.total, sub_money)
            row += 1
        row += 1
        sheet.write_string(row, 2, translate("payments", "Grand total: {sponsors} sponsors, {workers} workers")
                           .format(sponsors=len(data.sponsors), workers=data.worker_count), total_label)
        sheet.write_number(row, 7, data.grand_total, total_money)
    finally:
        book.close()
    return path
