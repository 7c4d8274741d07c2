"""Payment receipt (kuitansi): one page per payment transaction, the amount in figures and words.

A transaction is a payment, or a prepayment whose months were recorded together; choosing any
of its months prints the whole transaction (rentan_desktop.printing.records.receipt_groups).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from rentan_desktop import i18n
from rentan_desktop.domain.months import month_label
from rentan_desktop.domain.vocab import payment_method_label
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.printing import base
from rentan_desktop.printing.base import mm
from rentan_desktop.printing.records import receipt_groups
from rentan_desktop.tasks import TaskState


def _esc(text: object) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _months_text(months: list[str]) -> str:
    lang = i18n.language()
    if len(months) == 1:
        return month_label(months[0], lang)
    return translate("printing", "{first} to {last} ({count} months)").format(
        first=month_label(months[0], lang), last=month_label(months[-1], lang), count=len(months))


def receipt_number(payments: list[dict[str, Any]]) -> str:
    """A stable number printed on the receipt: the first payment's uid, short, upper case."""
    return "KW-" + payments[0]["uid"].replace("-", "")[:10].upper()


def story_for_receipt(db: sqlite_utils.Database, payments: list[dict[str, Any]], *,
                      signatories: base.Signatories, day: dt.date | None) -> list:
    st = base.styles()
    first = payments[0]
    total = sum(int(p["amount"]) for p in payments)
    months = [p["month"] for p in payments]
    payer = first["sponsor_name"] or first["worker_name"]
    payer_line = payer + (f" (NIP. {base.format_nip(first['sponsor_nip'])})" if first["sponsor_nip"] else "")
    purpose = translate("printing", "BPJS Ketenagakerjaan contribution (JKK + JKM{jht}) of the vulnerable worker "
                                    "{name}, NIK {nik}{kpj}, for {months}.").format(
        jht=" + JHT" if any(p["jht"] for p in payments) else "", name=first["worker_name"], nik=first["worker_nik"],
        kpj=f", KPJ {first['worker_kpj']}" if first["worker_kpj"] else "", months=_months_text(months))
    label = st["body"]
    reference_word = translate("printing", "ref.")
    value = st["body"]
    heading = translate("printing", "RECEIPT") if len(payments) == 1 else translate("printing", "RECEIPT (PREPAYMENT)")
    rows = [
        [Paragraph(_esc(translate("printing", "Number")), label), ":",
         Paragraph(receipt_number(payments), value)],
        [Paragraph(_esc(translate("printing", "Received from")), label), ":", Paragraph(_esc(payer_line), value)],
        [Paragraph(_esc(translate("printing", "The sum of")), label), ":",
         Paragraph(f"<b><i>{_esc(base.in_words(total))}</i></b>", value)],
        [Paragraph(_esc(translate("printing", "For")), label), ":", Paragraph(_esc(purpose), value)],
        [Paragraph(_esc(translate("printing", "Payment method")), label), ":", Paragraph(_esc(
            payment_method_label(first["method"]) + (f" · {reference_word} {first['reference']}"
                                                      if first["reference"] else "")
            + f" · {base.format_date(first['paid_on'])}"), value)],
    ]
    identity = Table(rows, colWidths=[38 * mm, 4 * mm, base.content_width() - 42 * mm])
    identity.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), base.FONT, 10),
                                  ("BACKGROUND", (2, 2), (2, 2), base.SHADE),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    detail = [[translate("printing", "Month"), "JKK", "JKM", "JHT", translate("printing", "Amount")]]
    for p in payments:
        detail.append([month_label(p["month"], i18n.language()), base.rupiah(p["jkk"]), base.rupiah(p["jkm"]),
                       base.rupiah(p["jht"]) if p["jht"] else "-", base.rupiah(p["amount"])])
    detail.append([translate("printing", "Total"), base.rupiah(sum(p["jkk"] for p in payments)),
                   base.rupiah(sum(p["jkm"] for p in payments)),
                   base.rupiah(sum(p["jht"] for p in payments)) if any(p["jht"] for p in payments) else "-",
                   base.rupiah(total)])
    width = base.content_width()
    table = base.data_table(detail, [width - 4 * 30 * mm] + [30 * mm] * 4, right_columns=[1, 2, 3, 4],
                            total_rows=[len(detail) - 1])
    amount_box = Table([[Paragraph(f"<b>{base.rupiah(total)}</b>", base.styles()["title"])]],
                       colWidths=[62 * mm], hAlign="LEFT")
    amount_box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), base.FONT, 10), ("BOX", (0, 0), (-1, -1), 1.2, base.INK),
                                    ("BACKGROUND", (0, 0), (-1, -1), base.SHADE),
                                    ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    payer_signer = base.Signer(translate("printing", "Paid by,"), payer, first["sponsor_nip"] or "")
    treasurer = signatories.treasurer()
    receiver = base.Signer(treasurer.position, treasurer.name, treasurer.nip)
    return [
        Paragraph(heading, st["title"]),
        Spacer(1, 4 * mm),
        identity,
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 5 * mm),
        KeepTogether([amount_box, Spacer(1, 4 * mm), base.signature_table(
            [("", payer_signer), (translate("printing", "Received by,"), receiver)],
            width=width, place_date=base.place_and_date(db, day))]),
    ]


def render(out_path: str | os.PathLike[str], *, db: sqlite_utils.Database, payment_uids: Sequence[str],
           state: TaskState | None = None, day: dt.date | None = None) -> Path:
    """One receipt per payment transaction among the given payments, each on its own page."""
    if not payment_uids:
        raise UserError(translate("printing", "Choose at least one payment."))
    state = state or TaskState()
    groups = receipt_groups(db, list(payment_uids))
    signatories = base.Signatories.from_db(db)
    story: list = []
    total = len(groups)
    for index, payments in enumerate(groups):
        state.check()
        if story:
            story.append(PageBreak())

        def mark(done: int = index) -> None:
            state.check()
            state.progress(done, total, translate("printing", "Printing receipts…"))

        story.append(base.ProgressMark(mark))
        story += story_for_receipt(db, payments, signatories=signatories, day=day)
    title = translate("printing", "Receipt") if total == 1 else translate("printing", "Receipts")
    out = base.build_story_pdf(out_path, story, db=db, title=title)
    state.progress(total, total)
    return out
