"""Key fingerprint letter: a signed paper that tells another office which key is really ours.

The sync area calls render(); the receiving office compares the fingerprint on this letter
(as text, or by scanning the QR code) with the one its screen shows before trusting a key.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import sqlite_utils
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from rentan_desktop.i18n import translate
from rentan_desktop.printing import base
from rentan_desktop.printing.base import mm


def _esc(text: object) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _grouped(fingerprint: str) -> str:
    """Groups of four characters, five groups a line: easier to read aloud over the phone."""
    from rentan_desktop.fields.display import fingerprint_lines  # the trust dialog's grouping too

    return "<br/>".join(_esc(line) for line in fingerprint_lines(fingerprint))


def render(out_path: str | os.PathLike[str], *, db: sqlite_utils.Database, title: str, site_label: str,
           fingerprint: str, key_text: str, day: dt.date | None = None) -> Path:
    """Write the letter: title, the site, the fingerprint as text and QR, the key, the head's signature."""
    st = base.styles()
    mono = ParagraphStyle("mono", parent=st["body"], fontName=base.FONT_MONO, fontSize=14, leading=19)
    key_style = ParagraphStyle("key", parent=st["small"], fontName=base.FONT_MONO, fontSize=7.5, leading=9.5)
    lh = base.Letterhead.from_db(db)
    qr = base.qr_flowable(fingerprint, 42 * mm)
    fingerprint_cell = [
        Paragraph(_esc(translate("printing", "Key fingerprint")), st["heading"]),
        Paragraph(_grouped(fingerprint), mono),
        Spacer(1, 2 * mm),
        Paragraph(_esc(translate("printing", "The QR code on the right carries the same fingerprint.")), st["small"]),
    ]
    box = Table([[fingerprint_cell, qr]], colWidths=[base.content_width() - 48 * mm, 48 * mm])
    box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), base.FONT, 10), ("BOX", (0, 0), (-1, -1), 0.8, base.RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("BACKGROUND", (0, 0), (0, 0), base.colors.HexColor("#f6f8fb")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    # Keys are long unbroken words: cut lines at 96 characters so they never run off the page.
    pieces = [line[i:i + 96] for line in key_text.strip().splitlines() for i in range(0, max(len(line), 1), 96)]
    key_lines = "<br/>".join(_esc(piece) for piece in pieces) or "-"
    signatories = base.Signatories.from_db(db)
    site_word = translate("printing", "Site")
    printed_word = translate("printing", "Printed on")
    story = [
        Paragraph(_esc(title), st["title"]),
        Spacer(1, 4 * mm),
        Paragraph(_esc(translate("printing", "This letter confirms the public key that {site} uses to sign the data "
                                             "bundles it sends. Before trusting a key received on a USB stick, "
                                             "compare its fingerprint with the one printed here, character by "
                                             "character, or scan the QR code.").format(site=site_label)),
                  st["body_justify"]),
        Spacer(1, 3 * mm),
        Paragraph(f"<b>{_esc(site_word)}</b>: {_esc(site_label)}", st["body"]),
        Paragraph(f"<b>{_esc(printed_word)}</b>: {_esc(base.long_date(day))}", st["body"]),
        Spacer(1, 4 * mm),
        box,
        Spacer(1, 5 * mm),
        Paragraph(_esc(translate("printing", "Public key")), st["heading"]),
        Paragraph(key_lines, key_style),
        Spacer(1, 4 * mm),
        Paragraph(_esc(translate("printing", "If the fingerprints differ, do not import the key and call the "
                                             "sending office.")), st["body_justify"]),
        Spacer(1, 8 * mm),
        KeepTogether([base.signature_table([("", signatories.head(lh.opd))], width=base.content_width() / 2,
                                           place_date=base.place_and_date(db, day), h_align="RIGHT")]),
    ]
    return base.build_story_pdf(out_path, story, db=db, title=title)


def render_own(out_path: str | os.PathLike[str], *, db: sqlite_utils.Database, day: dt.date | None = None) -> Path:
    """The letter for this install's own signing key (what `rentan print fingerprint` prints)."""
    from rentan_desktop.store.site import site_info
    from rentan_desktop.sync.keys import own_public

    public = own_public(db)
    info = site_info(db)
    if info is not None and not info.is_disnaker:
        site_label = f"OPD {info.opd_code} {info.opd_name} ({info.pemda})"
    else:
        site_label = f"Disnaker {info.pemda}" if info is not None else ""
    signing = translate("printing", "Signing key")
    recipient = translate("printing", "Encryption recipient")
    key_text = f"{signing} ({public.key_id}):\n{public.sign_pub}\n{recipient}:\n{public.age_recipient}"
    return render(out_path, db=db, title=translate("printing", "KEY FINGERPRINT LETTER"), site_label=site_label,
                  fingerprint=public.fingerprint, key_text=key_text, day=day)
