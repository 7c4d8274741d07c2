"""The user guide as one PDF, built from the same Markdown pages the help window shows.

Only the Markdown the pages use is understood: headings (#, ##), paragraphs, bullet and
numbered lists, **bold**, *italic* and images on a line of their own (scaled to the page).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from rentan_desktop.help import pages
from rentan_desktop.printing import base

_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)]+)\)\s*$")
_BULLET = re.compile(r"^(?:[-*]|\d+\.)\s+(?P<text>.*)$")
MAX_IMAGE_HEIGHT = 110 * mm


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
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(Paragraph(_inline(" ".join(paragraph)), st["body"]))
            paragraph.clear()
        if items:
            out.append(ListFlowable([ListItem(Paragraph(_inline(t), st["body"]), leftIndent=12) for t in items],
                                    bulletType="bullet", start="•", leftIndent=12, bulletFontName=base.FONT))
            items.clear()

    for raw in text.splitlines():
        line = raw.strip()
        block = _block(line, st, folder, width) if line else None
        if not line or block is not None:
            flush()
            out += block or []
        elif (m := _BULLET.match(line)) is not None:
            if paragraph:
                flush()
            items.append(m["text"])
        elif items:
            items[-1] += " " + line
        else:
            paragraph.append(line)
    flush()
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
        story += page_flowables(path.read_text(encoding="utf-8"), path.parent, doc.width)
    doc.build(story)
    return out
