"""Payroll deduction list (daftar potongan) for a month: per sponsor with the workers they pay for,
subtotals, the grand total in figures and words, signed by the head of the OPD and the treasurer.

The figures come from rentan_desktop.payments.deductions.deduction_list (the payments area decides
who is deducted what); this module only lays them out.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle

from rentan_desktop import i18n
from rentan_desktop.domain.months import month_label, month_text
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.printing import base
from rentan_desktop.printing.base import mm
from rentan_desktop.tasks import TaskState


def render(out_path: str | os.PathLike[str], *, db: sqlite_utils.Database, month: str,
           sponsor_uids: Sequence[str] | None = None, state: TaskState | None = None,
           day: dt.date | None = None) -> Path:
    from rentan_desktop.payments.deductions import deduction_list

    state = state or TaskState()
    state.progress(0, 2, translate("printing", "Reading the deductions…"))
    data = deduction_list(db, month, list(sponsor_uids) if sponsor_uids is not None else None)
    if not data.sponsors:
        raise UserError(translate("printing", "Nobody is to be deducted for {month}.").format(
            month=month_label(month, i18n.language())))
    state.check()
    st = base.styles()
    lh = base.Letterhead.from_db(db)
    opd_name = data.opd_name or lh.opd
    story: list = [
        Paragraph(translate("printing", "PAYROLL DEDUCTION LIST"), st["title"]),
        Paragraph(translate("printing", "BPJS Ketenagakerjaan contributions of vulnerable workers sponsored by "
                                        "civil servants"), st["centre"]),
        Paragraph(translate("printing", "Month: {month} · OPD: {opd}").format(
            month=month_label(month, i18n.language()), opd=opd_name or "-"), st["subtitle"]),
    ]
    header = [translate("printing", "No."), translate("printing", "Sponsor (name / NIP)"),
              translate("printing", "Worker"), translate("printing", "NIK"), translate("printing", "KPJ"),
              translate("printing", "Deduction")]
    rows: list[list] = [header]
    subtotal_rows: list[int] = []
    for number, sponsor in enumerate(data.sponsors, start=1):
        who = sponsor.name + (f"\n{base.format_nip(sponsor.nip)}" if sponsor.nip else "")
        for i, worker in enumerate(sponsor.workers):
            rows.append([str(number) if i == 0 else "", who if i == 0 else "", worker.name, worker.nik,
                         worker.kpj or "-", base.rupiah(worker.amount)])
        if len(sponsor.workers) > 1:
            rows.append(["", "", translate("printing", "Subtotal ({count} workers)").format(
                count=len(sponsor.workers)), "", "", base.rupiah(sponsor.total)])
            subtotal_rows.append(len(rows) - 1)
    rows.append(["", translate("printing", "GRAND TOTAL: {sponsors} sponsors, {workers} workers").format(
        sponsors=len(data.sponsors), workers=data.worker_count), "", "", "", base.rupiah(data.grand_total)])
    widths = [8 * mm, 44 * mm, 0, 33 * mm, 25.5 * mm, 24 * mm]
    widths[2] = base.content_width() - sum(widths)
    table = base.data_table(rows, widths, right_columns=[5], total_rows=[len(rows) - 1])
    extra = [("SPAN", (1, -1), (4, -1))]
    for r in subtotal_rows:
        extra += [("SPAN", (2, r), (4, r)), ("FONT", (2, r), (-1, r), base.FONT_BOLD, 8.5),
                  ("BACKGROUND", (2, r), (-1, r), base.colors.HexColor("#f7f7f7"))]
    table.setStyle(TableStyle(extra))
    words = Paragraph(translate("printing", "In words: <i>{words}</i>").format(
        words=base.in_words(data.grand_total)), st["body"])
    signatories = base.Signatories.from_db(db)
    # The amount in words travels with the signatures so they never stand alone on a page.
    story += [table, Spacer(1, 3 * mm), KeepTogether([words, Spacer(1, 8 * mm), base.signature_table(
        [(translate("printing", "Approved by,"), signatories.head(opd_name or "")), ("", signatories.treasurer())],
        width=base.content_width(), place_date=base.place_and_date(db, day))])]
    state.progress(1, 2, translate("printing", "Laying out the deduction list…"))
    title = translate("printing", "Payroll deduction list {month}").format(month=month_text(month))
    out = base.build_story_pdf(out_path, story, db=db, title=title)
    state.progress(2, 2)
    return out
