"""Enrollment form (formulir pendaftaran peserta BPU): one A4 page per worker, one PDF per batch.

Drawn with the canvas API for speed: everything that is the same on every page (letterhead,
titles, labels, boxes, the benefits summary) is drawn once into a PDF form XObject and
stamped on each page; only the worker's values and QR code are drawn per page. Values sit in
fixed slots like on a paper form: a long value shrinks a little, then wraps within its slot.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from rentan_desktop import fields, i18n
from rentan_desktop.domain.months import current_month, month_label
from rentan_desktop.domain.phone import display_phone
from rentan_desktop.domain.vocab import gender_label, heir_relationship_label, relationship_label
from rentan_desktop.i18n import translate
from rentan_desktop.printing import base
from rentan_desktop.printing.base import A4, FONT, FONT_BOLD, FONT_ITALIC, INK, MARGIN, mm
from rentan_desktop.printing.records import workers_by_uid
from rentan_desktop.store import settings
from rentan_desktop.tasks import TaskState

FORM_NAME = "RentanEnrollmentStatic"
SIZE = 8.5          # value and label font size
PITCH = 11.5        # height of one line of a slot
BAND = 14.5         # height of a section band
LABEL_WIDTH = 52 * mm
PROGRESS_EVERY = 25  # pages between progress reports and cancel checks


@dataclass(frozen=True)
class Slot:
    key: str
    label: str
    lines: int
    top: float = 0.0    # y of the slot's top edge (filled in by the layout)


@dataclass(frozen=True)
class Layout:
    """Where everything goes; computed once per batch (it depends only on labels and the letterhead)."""
    title_top: float
    slots: tuple[Slot, ...]
    bands: tuple[tuple[str, float], ...]
    benefits_top: float
    sign_top: float
    value_x: float
    value_width: float


def _sections() -> list[tuple[str, list[Slot]]]:
    return [
        (translate("printing", "A. PARTICIPANT"), [
            Slot("name", translate("printing", "Full name (as on the KTP)"), 2),
            Slot("nik", fields.label("workers", "nik"), 1),
            Slot("birth", translate("printing", "Place and date of birth"), 1),
            Slot("gender", fields.label("workers", "gender"), 1),
            Slot("mother_name", fields.label("workers", "mother_name"), 1),
            Slot("phone", translate("printing", "Mobile phone"), 1),
            Slot("address", translate("printing", "Address (street, RT/RW)"), 2),
            Slot("village", translate("printing", "Village (kelurahan/desa)"), 1),
            Slot("district", translate("printing", "District (kecamatan)"), 1),
            Slot("regency", fields.label("workers", "regency"), 1),
            Slot("occupation", fields.label("workers", "occupation"), 1),
            Slot("work_location", fields.label("workers", "work_location"), 1),
            Slot("income", translate("printing", "Declared monthly income"), 1),
            Slot("kpj", translate("printing", "KPJ card number"), 1),
        ]),
        (translate("printing", "B. HEIR"), [
            Slot("heir_name", translate("printing", "Heir's name"), 1),
            Slot("heir_relationship", translate("printing", "Relationship to the participant"), 1),
        ]),
        (translate("printing", "C. PROGRAMMES AND CONTRIBUTION"), [
            Slot("programmes", translate("printing", "Programmes"), 1),
            Slot("start_month", translate("printing", "First month covered"), 1),
            Slot("amount", translate("printing", "Monthly contribution"), 1),
            Slot("words", translate("printing", "In words"), 2),
            Slot("branch", translate("printing", "BPJS branch office"), 1),
        ]),
        (translate("printing", "D. SPONSOR (PAYS THE CONTRIBUTION)"), [
            Slot("sponsor_name", translate("printing", "Sponsor's name"), 1),
            Slot("sponsor_nip", fields.label("sponsors", "nip"), 1),
            Slot("sponsor_opd", translate("printing", "OPD"), 2),
            Slot("sponsor_position", fields.label("sponsors", "position"), 1),
            Slot("relationship", translate("printing", "Relationship to the participant"), 1),
        ]),
    ]


def _benefits_text() -> list[str]:
    r = base.rupiah
    return [
        translate("printing", "JKK (work accident): all medical treatment needed; income while unable to work "
                  "(100% for 12 months, then 50%); 48 times the declared income on death by accident."),
        translate("printing", "JKM (death): {total} ({lump} lump sum, {periodic} periodic, {funeral} funeral), "
                  "plus scholarships for up to two children after 3 years of membership.").format(
            total=r(42_000_000), lump=r(20_000_000), periodic=r(12_000_000), funeral=r(10_000_000)),
        translate("printing", "JHT (old-age savings, optional): 2% of the declared income saved each month with "
                  "its returns."),
        translate("printing", "Contributions are due by the 15th of the month covered. Protection starts when "
                  "BPJS Ketenagakerjaan accepts the complete registration."),
    ]


def _draw_static(c: Canvas, lh: base.Letterhead) -> Layout:
    """Draw the parts shared by every page into the current form; return the layout."""
    width = A4[0]
    right = width - MARGIN
    y = base.draw_letterhead(c, lh)
    title_top = y
    text_width = right - MARGIN - 26 * mm
    c.setFillColor(INK)
    y = base.draw_wrapped(c, translate("printing", "ENROLLMENT FORM FOR BPJS KETENAGAKERJAAN PARTICIPANTS"),
                          MARGIN, y - 4, text_width, font=FONT_BOLD, size=11.5, leading=14)
    y = base.draw_wrapped(c, translate("printing", "Non-wage workers (Bukan Penerima Upah, BPU), contribution "
                                       "paid by a sponsor"), MARGIN, y, text_width, size=8.5, leading=11)
    y = base.draw_wrapped(c, translate("printing", "Programme \u201cOne civil servant, one vulnerable worker\u201d"),
                          MARGIN, y, text_width, font=FONT_ITALIC, size=8.5, leading=11)
    y = min(y - 6, title_top - 21 * mm)

    value_x = MARGIN + LABEL_WIDTH + 6
    value_width = right - value_x - 2
    slots: list[Slot] = []
    bands: list[tuple[str, float]] = []
    for band_title, section in _sections():
        bands.append((band_title, y))
        c.setFillColor(base.SHADE)
        c.rect(MARGIN, y - BAND, right - MARGIN, BAND, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(FONT_BOLD, 8.5)
        c.drawString(MARGIN + 3, y - BAND + 4.3, band_title)
        y -= BAND + 2
        for slot in section:
            placed = Slot(slot.key, slot.label, slot.lines, y)
            slots.append(placed)
            for i, line in enumerate(simpleSplit(slot.label, FONT, SIZE - 0.5, LABEL_WIDTH - 4)[:slot.lines]):
                c.setFont(FONT, SIZE - 0.5)
                c.drawString(MARGIN + 3, y - 8.5 - i * PITCH, line)
            c.setFont(FONT, SIZE)
            c.drawString(MARGIN + LABEL_WIDTH, y - 8.5, ":")
            c.setStrokeColor(colors.HexColor("#b8b8b8"))
            c.setLineWidth(0.3)
            c.line(value_x, y - slot.lines * PITCH - 1, right, y - slot.lines * PITCH - 1)
            y -= slot.lines * PITCH + 1
        y -= 3

    bands.append((translate("printing", "E. BENEFITS"), y))
    c.setFillColor(base.SHADE)
    c.rect(MARGIN, y - BAND, right - MARGIN, BAND, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont(FONT_BOLD, 8.5)
    c.drawString(MARGIN + 3, y - BAND + 4.3, translate("printing", "E. BENEFITS"))
    y -= BAND + 9
    benefits_top = y
    for text in _benefits_text():
        c.setFont(FONT, 7.5)
        c.drawString(MARGIN + 3, y, "\u2022")
        y = base.draw_wrapped(c, text, MARGIN + 10, y, right - MARGIN - 12, size=7.2, leading=8.8)
    y -= 4

    # Signature boxes: the place and date line goes above them per page.
    sign_top = y - 11
    box_height = sign_top - MARGIN + 4 * mm
    box_width = (right - MARGIN - 8 * mm) / 2
    for i, caption in enumerate((translate("printing", "Participant"),
                                 translate("printing", "Sponsor"))):
        x = MARGIN + i * (box_width + 8 * mm)
        c.setStrokeColor(base.RULE)
        c.setLineWidth(0.5)
        c.rect(x, sign_top - box_height, box_width, box_height, stroke=1, fill=0)
        c.setFont(FONT_BOLD, 8.5)
        c.drawCentredString(x + box_width / 2, sign_top - 11, caption)
        c.setFont(FONT, 6.8)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawCentredString(x + box_width / 2, sign_top - 21, translate("printing", "signature and full name"))
        c.setFillColor(INK)
    return Layout(title_top, tuple(slots), tuple(bands), benefits_top, sign_top, value_x, value_width)


def _fit(text: str, width: float, lines: int, font: str = FONT) -> tuple[float, list[str]]:
    """Shrink a long value a little, then wrap it within its slot; cut with an ellipsis last."""
    if not text:
        return SIZE, []
    if stringWidth(text, font, SIZE) <= width:
        return SIZE, [text]
    for size in (SIZE, 8.0, 7.5, 7.0, 6.5):
        split = simpleSplit(text, font, size, width)
        if len(split) <= lines:
            return size, split
    split = simpleSplit(text, font, 6.5, width)[:lines]
    last = split[-1]
    while last and stringWidth(last + "\u2026", font, 6.5) > width:
        last = last[:-1]
    split[-1] = last + "\u2026"
    return 6.5, split


class _Amounts:
    """Monthly contribution by (income, JHT, month), from the payments area's rate tables."""

    def __init__(self, db: sqlite_utils.Database):
        from rentan_desktop.payments.rates import RateBook

        self._book = RateBook.load(db)  # loaded once per batch, not once per worker
        self._cache: dict[tuple[int, bool, str], Any] = {}

    def __call__(self, income: int, jht: bool, month: str) -> Any:
        key = (income, jht, month)
        if key not in self._cache:
            self._cache[key] = self._book.amount(income, jht, month)
        return self._cache[key]


def _values(w: dict[str, Any], amounts: _Amounts, labels: dict[str, str], branch: str) -> dict[str, str]:
    r = base.rupiah
    month = w["start_month"] or current_month()
    amount = amounts(int(w["declared_income"] or 0), bool(w["jht"]), month)
    parts = [f"JKK {r(amount.jkk)}", f"JKM {r(amount.jkm)}"] + ([f"JHT {r(amount.jht)}"] if amount.jht else [])
    street = w["street"] or ""
    rt_rw = f"RT {w['rt'] or '-'} / RW {w['rw'] or '-'}" if (w["rt"] or w["rw"]) else ""
    birth = ", ".join(p for p in (w["birth_place"] or "", base.format_date(w["birth_date"])) if p)
    return {
        "name": w["name"] or "",
        "nik": w["nik"] or "",
        "birth": birth,
        "gender": gender_label(w["gender"]),
        "mother_name": w["mother_name"] or "",
        "phone": display_phone(w["phone"]) if w["phone"] else "",
        "address": ", ".join(p for p in (street, rt_rw) if p),
        "village": w["village"] or "",
        "district": w["district"] or "",
        "regency": w["regency"] or "",
        "occupation": w["occupation"] or "",
        "work_location": w["work_location"] or "",
        "income": r(w["declared_income"]),
        "kpj": w["kpj"] or labels["kpj_pending"],
        "heir_name": w["heir_name"] or "",
        "heir_relationship": heir_relationship_label(w["heir_relationship"]) if w["heir_relationship"] else "",
        "programmes": labels["jht"] if w["jht"] else labels["no_jht"],
        "start_month": month_label(month, i18n.language()),
        "amount": f"{r(amount.total)}  ({' + '.join(parts)})",
        "words": base.in_words(int(amount.total)),
        "branch": branch,
        "sponsor_name": w["sponsor_name"] or "",
        "sponsor_nip": base.format_nip(w["sponsor_nip"]),
        "sponsor_opd": w["sponsor_opd_name"] or "",
        "sponsor_position": w["sponsor_position"] or "",
        "relationship": relationship_label(w["relationship"]) if w["relationship"] else "",
    }


def _draw_page(c: Canvas, layout: Layout, w: dict[str, Any], values: dict[str, str], place_date: str) -> None:
    c.doForm(FORM_NAME)
    right = A4[0] - MARGIN
    c.setFillColor(INK)
    for slot in layout.slots:
        font = FONT_BOLD if slot.key in ("name", "nik", "amount") else FONT
        size, lines = _fit(values[slot.key], layout.value_width, slot.lines, font)
        if not lines:
            continue
        t = c.beginText(layout.value_x, slot.top - 8.5)
        t.setFont(font, size, PITCH)
        for line in lines:
            t.textLine(line)
        c.drawText(t)
    # The record's uid as text and as a QR code, so the signed paper finds its record again.
    qr_size = 21 * mm
    base.draw_qr(c, w["uid"], right - qr_size, layout.title_top - qr_size + 2 * mm, qr_size)
    c.setFont(FONT, 6.3)
    c.drawRightString(right - qr_size - 2, layout.title_top - qr_size + 3.5 * mm, f"ID {w['uid']}")
    # Place and date above the signature boxes, names at the bottom of each box.
    c.setFont(FONT, 8.5)
    c.drawRightString(right, layout.sign_top + 3, place_date)
    box_width = (right - MARGIN - 8 * mm) / 2
    for i, name in enumerate((w["name"] or "", w["sponsor_name"] or "")):
        x = MARGIN + i * (box_width + 8 * mm)
        size, lines = _fit(f"( {name} )" if name else "", box_width - 8, 2)
        c.setFont(FONT, size)
        y = MARGIN - 4 * mm + 6 + (len(lines) - 1) * (size + 1.5)
        for line in lines:
            c.drawCentredString(x + box_width / 2, y, line)
            y -= size + 1.5


def render(out_path: str | os.PathLike[str], *, db: sqlite_utils.Database, worker_uids: Sequence[str],
           state: TaskState | None = None, day: dt.date | None = None) -> Path:
    """Write one enrollment form page per worker (in the given order) into one PDF."""
    from rentan_desktop.errors import UserError

    if not worker_uids:
        raise UserError(translate("printing", "There are no workers to print."))
    state = state or TaskState()
    total = len(worker_uids)
    lh = base.Letterhead.from_db(db)
    place_date = base.place_and_date(db, day)
    branch = str(settings.get(db, "bpjs_branch", "") or "")
    amounts = _Amounts(db)
    labels = {"jht": translate("printing", "JKK + JKM + JHT"), "no_jht": translate("printing", "JKK + JKM"),
              "kpj_pending": translate("printing", "(given by BPJS after registration)")}
    title = translate("printing", "Enrollment forms") if total > 1 else translate("printing", "Enrollment form")

    def write(path: str) -> None:
        c = base.new_canvas(path, title=title)
        c.beginForm(FORM_NAME)
        layout = _draw_static(c, lh)
        c.endForm()
        state.progress(0, total, translate("printing", "Printing enrollment forms…"))
        for done, w in enumerate(workers_by_uid(db, worker_uids), start=1):
            _draw_page(c, layout, w, _values(w, amounts, labels, branch), place_date)
            c.showPage()
            if done % PROGRESS_EVERY == 0:
                state.check()
                state.progress(done, total)
        state.check()
        c.save()
        state.progress(total, total)

    return base.save_atomically(write, out_path)

