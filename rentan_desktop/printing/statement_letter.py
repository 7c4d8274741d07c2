"""Statement letter (surat pernyataan): a civil servant agrees to sponsor the listed workers and to
the monthly deduction of their contributions, with the total. One letter per sponsor; a long list
flows onto more pages with the letterhead and the table header repeated."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

import sqlite_utils
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from rentan_desktop import i18n
from rentan_desktop.domain.months import current_month, month_label
from rentan_desktop.domain.vocab import relationship_label, sponsor_kind_label
from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate
from rentan_desktop.printing import base
from rentan_desktop.printing.base import mm
from rentan_desktop.printing.records import sponsor_by_uid, sponsored_workers
from rentan_desktop.tasks import TaskState


def _esc(text: object) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _identity_table(rows: list[tuple[str, str]]) -> Table:
    st = base.styles()
    data = [[Paragraph(_esc(label), st["body"]), ":", Paragraph(_esc(value), st["body"])] for label, value in rows]
    table = Table(data, colWidths=[45 * mm, 4 * mm, base.content_width() - 55 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), base.FONT, 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("LEFTPADDING", (0, 0), (0, -1), 6 * mm)]))
    return table


def story_for_sponsor(db: sqlite_utils.Database, sponsor_uid: str, *, month: str, book, day: dt.date | None,
                      signatories: base.Signatories) -> list:
    st = base.styles()
    sponsor = sponsor_by_uid(db, sponsor_uid)
    workers = sponsored_workers(db, sponsor_uid)
    if not workers:
        raise UserError(_no_worker_reason(sponsor["name"]))
    story: list = [
        Paragraph(translate("printing", "STATEMENT LETTER"), st["title"]),
        Paragraph(translate("printing", "Willingness to pay the BPJS Ketenagakerjaan contributions of vulnerable "
                                        "workers"), st["subtitle"]),
        Paragraph(translate("printing", "I, the undersigned:"), st["body"]),
        Spacer(1, 2 * mm),
        _identity_table([
            (translate("printing", "Name"), sponsor["name"]),
            (translate("printing", "NIP"), base.format_nip(sponsor["nip"]) or "-"),
            (translate("printing", "Position"), sponsor["position"] or "-"),
            (translate("printing", "Employment"), sponsor_kind_label(sponsor["kind"])),
            (translate("printing", "OPD"), sponsor["opd_name"]),
        ]),
        Spacer(1, 3 * mm),
        Paragraph(translate("printing", "state that I am willing to pay, as sponsor, the work accident (JKK) and "
                                        "death (JKM) insurance contributions of BPJS Ketenagakerjaan for the "
                                        "following vulnerable workers:"), st["body_justify"]),
        Spacer(1, 2 * mm),
    ]
    header = [translate("printing", "No."), translate("printing", "Name"), translate("printing", "NIK"),
              translate("printing", "Occupation"), translate("printing", "Relationship"),
              translate("printing", "Monthly contribution")]
    rows: list[list] = [header]
    total = 0
    for number, w in enumerate(workers, start=1):
        amount = book.amount(int(w["declared_income"] or 0), bool(w["jht"]), month).total
        total += amount
        rows.append([str(number), w["name"], w["nik"], w["occupation"] or "",
                     relationship_label(w["relationship"]) if w["relationship"] else "", base.rupiah(amount)])
    rows.append(["", translate("printing", "Total per month"), "", "", "", base.rupiah(total)])
    table = base.data_table(rows, [9 * mm, 48 * mm, 33 * mm, 32 * mm, 24 * mm, base.content_width() - 146 * mm],
                            right_columns=[5], total_rows=[len(rows) - 1])
    table.setStyle(TableStyle([("SPAN", (1, -1), (4, -1))]))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    words = base.in_words(total)
    closing = [
        Paragraph(translate("printing", "I agree that the total of <b>{total}</b> (<i>{words}</i>) a month is "
                                        "deducted from my allowance (TPP) or salary through payroll every month "
                                        "from {month} on, until I withdraw this statement in writing.").format(
            total=base.rupiah(total), words=_esc(words), month=month_label(month, i18n.language())),
            st["body_justify"]),
        Spacer(1, 2 * mm),
        Paragraph(translate("printing", "I make this statement truthfully and without pressure from anyone."),
                  st["body_justify"]),
        Spacer(1, 6 * mm),
    ]
    opd_name = sponsor["opd_name"]
    me = base.Signer(translate("printing", "The undersigned,"), sponsor["name"], sponsor["nip"] or "")
    # The closing sentences travel with the signatures so a signature never stands alone on a page.
    story.append(KeepTogether([*closing, base.signature_table(
        [(translate("printing", "Acknowledged by,"), signatories.head(opd_name)), ("", me)],
        width=base.content_width(), place_date=base.place_and_date(db, day))]))
    return story


def _no_worker_reason(name: str) -> str:
    return translate("printing", "{name} sponsors no workers yet; there is nothing to state.").format(name=name)


def skipped_sponsors(db: sqlite_utils.Database, sponsor_uids: Sequence[str]) -> dict[str, str]:
    """The chosen sponsors that get no letter, each with the reason (by uid): one without a worker yet
    has nothing to state. The others are printed; the caller names these to the user."""
    skipped: dict[str, str] = {}
    for uid in dict.fromkeys(sponsor_uids):
        if not sponsored_workers(db, uid):
            skipped[uid] = _no_worker_reason(sponsor_by_uid(db, uid)["name"])
    return skipped


def render(out_path: str | os.PathLike[str], *, db: sqlite_utils.Database, sponsor_uids: Sequence[str],
           month: str | None = None, state: TaskState | None = None, day: dt.date | None = None) -> Path:
    """One statement letter per sponsor (each starts on a new page) in one PDF. A sponsor with nothing to
    state is left out (see skipped_sponsors); when that leaves nobody, the reason is the error."""
    from rentan_desktop.payments.rates import RateBook

    if not sponsor_uids:
        raise UserError(translate("printing", "Choose at least one sponsor."))
    skipped = skipped_sponsors(db, sponsor_uids)
    if len(skipped) == len(set(sponsor_uids)):
        raise UserError("\n".join(skipped.values()))
    sponsor_uids = [uid for uid in dict.fromkeys(sponsor_uids) if uid not in skipped]
    state = state or TaskState()
    month = month or current_month()
    book = RateBook.load(db)
    signatories = base.Signatories.from_db(db)
    total = len(sponsor_uids)
    story: list = []
    for index, uid in enumerate(sponsor_uids):
        state.check()
        if story:
            story.append(PageBreak())

        def mark(done: int = index) -> None:
            state.check()
            state.progress(done, total, translate("printing", "Printing statement letters…"))

        story.append(base.ProgressMark(mark))
        story += story_for_sponsor(db, uid, month=month, book=book, day=day, signatories=signatories)
    title = translate("printing", "Statement letter")
    out = base.build_story_pdf(out_path, story, db=db, title=title)
    state.progress(total, total)
    return out
