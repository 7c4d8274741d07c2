"""The user guide as one PDF, built from the same Markdown pages the help window shows.

Only the Markdown the pages use is understood: headings (#, ##), paragraphs, bullet and
numbered lists, **bold**, *italic* and images on a line of their own (scaled to the page).
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from rentan_desktop.help import pages
from rentan_desktop.printing import base

_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)]+)\)\s*$")
_BULLET = re.compile(r"^(?:[-*]|(?P<number>\d+)\.)\s+(?P<text>.*)$")
MAX_IMAGE_HEIGHT = 110 * mm
# A help page that spills a few lines onto a new page has its picture made smaller, down to this
# share of its size, so that no page of the guide holds only a stray section (QA walk r3, 17).
MIN_IMAGE_SHRINK = 0.45
FRAME_PADDING = 12  # SimpleDocTemplate's frame: 6 pt inside each edge


def _inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)


def _styles() -> dict[str, ParagraphStyle]:
    base.styles()  # registers the DejaVu fonts
    body = ParagraphStyle("guide_body", fontName=base.FONT, fontSize=10.5, leading=14.5, spaceAfter=5)
    return {
        "h1": ParagraphStyle("guide_h1", parent=body, fontName=base.FONT_BOLD, fontSize=17, leading=21,
                             spaceAfter=9),
        "h2": ParagraphStyle("guide_h2", parent=body, fontName=base.FONT_BOLD, fontSize=12.5, leading=16,
                             spaceBefore=7, spaceAfter=4, keepWithNext=1),
        "body": body,
    }


def _image(path: Path, width: float):
    if not path.exists():
        return None
    picture = Image(str(path))
    scale = min(width / picture.imageWidth, MAX_IMAGE_HEIGHT / picture.imageHeight, 1.0)
    picture.drawWidth, picture.drawHeight = picture.imageWidth * scale, picture.imageHeight * scale
    return picture


def _block(line: str, st: dict, folder: Path, width: float) -> list | None:
    """The flowables of a heading or picture line; None for any other line."""
    if line.startswith("## "):
        return [Paragraph(_inline(line[3:]), st["h2"])]
    if line.startswith("# "):
        return [Paragraph(_inline(line[2:]), st["h1"])]
    if (m := _IMAGE.match(line)) is not None:
        picture = _image(folder / m["src"], width)
        return [picture, Spacer(1, 3 * mm)] if picture is not None else []
    return None


def page_flowables(text: str, folder: Path, width: float) -> list:
    st = _styles()
    out: list = []
    items: list = []
    numbered: list[bool] = [False]
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(Paragraph(_inline(" ".join(paragraph)), st["body"]))
            paragraph.clear()
        if items:  # steps "1." keep their numbers; "-" items get bullets
            kind = {"bulletType": "1", "bulletFormat": "%s."} if numbered[0] else {"bulletType": "bullet",
                                                                                   "start": "•"}
            out.append(ListFlowable([ListItem(Paragraph(_inline(t), st["body"]), leftIndent=18) for t in items],
                                    leftIndent=18, bulletFontName=base.FONT, **kind))
            items.clear()

    for raw in text.splitlines():
        line = raw.strip()
        block = _block(line, st, folder, width) if line else None
        if not line or block is not None:
            flush()
            out += block or []
        elif (m := _BULLET.match(line)) is not None:
            if paragraph or (items and numbered[0] != bool(m["number"])):
                flush()
            numbered[0] = bool(m["number"])
            items.append(m["text"])
        elif items:
            items[-1] += " " + line
        else:
            paragraph.append(line)
    flush()
    return out


def _height(flowables: list, width: float, height: float) -> float:
    canvas = Canvas(io.BytesIO())  # lists measure their items on a canvas
    total = 0.0
    for flowable in flowables:
        total += flowable.wrapOn(canvas, width, height)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def fit_on_one_page(flowables: list, width: float, height: float) -> list:
    """Shrink a page's pictures just enough for it to fit one page, when that takes no more than
    MIN_IMAGE_SHRINK; a page longer than that flows on as it is (its overflow is then substantial)."""
    pictures = [f for f in flowables if isinstance(f, Image)]
    over = _height(flowables, width, height) - height
    if over <= 0 or not pictures:
        return flowables
    room = sum(p.drawHeight for p in pictures)
    scale = (room - over - 2) / room
    if scale < MIN_IMAGE_SHRINK:
        return flowables
    for picture in pictures:
        picture.drawWidth, picture.drawHeight = picture.drawWidth * scale, picture.drawHeight * scale
    return flowables


def short_sections_whole(flowables: list, width: float, height: float) -> list:
    """A section (a heading and what follows it) shorter than a third of a page is never split
    across pages, so a heading never stands alone at a page's foot."""
    sections: list[list] = [[]]
    for flowable in flowables:
        if isinstance(flowable, Paragraph) and flowable.style.name == "guide_h2":
            sections.append([])
        sections[-1].append(flowable)
    out: list = []
    for section in sections:
        short = section and _height(section, width, height) < height / 3
        out += [KeepTogether(section)] if short else section
    return out


def build_guide(out: Path | str, language: str = "id") -> Path:
    """Write the guide (every page, each from a new page) to `out`; returns the path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=pages.title_of(pages.read_page(language, "index")),
                            author="Rentan Desktop")
    story: list = []
    for i, page in enumerate(pages.PAGES):
        if i:
            story.append(PageBreak())
        path = pages.page_path(language, page)
        flowables = page_flowables(path.read_text(encoding="utf-8"), path.parent, doc.width)
        story += short_sections_whole(fit_on_one_page(flowables, doc.width - FRAME_PADDING,
                                                      doc.height - FRAME_PADDING), doc.width - FRAME_PADDING,
                                      doc.height - FRAME_PADDING)
    doc.build(story)
    return out
