"""The embedded fonts of every printed document: DejaVu Sans (resources/fonts, shipped with its
licence; reportlab's Vera when missing) registered once as FONT, FONT_BOLD, FONT_ITALIC, FONT_MONO."""

from __future__ import annotations

import functools
import os

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rentan_desktop.paths import resources_dir

FONT = "RentanSans"
FONT_BOLD = "RentanSans-Bold"
FONT_ITALIC = "RentanSans-Italic"
FONT_MONO = "RentanMono"

_FONT_FILES = {
    FONT: ("DejaVuSans.ttf", "Vera.ttf"),
    FONT_BOLD: ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    FONT_ITALIC: ("DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
    FONT_MONO: ("DejaVuSansMono.ttf", "Vera.ttf"),
}


def _font_path(shipped: str, fallback: str) -> str:
    path = resources_dir() / "fonts" / shipped
    if path.is_file():
        return str(path)
    import reportlab

    return os.path.join(os.path.dirname(reportlab.__file__), "fonts", fallback)


@functools.cache
def register_fonts() -> None:
    """Register the embedded TrueType fonts once per process."""
    from reportlab.lib.fonts import addMapping

    for name, (shipped, fallback) in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, _font_path(shipped, fallback)))
    # Map <b>, <i> and <b><i> inside Paragraphs to the embedded faces (no bold-italic face shipped).
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)
