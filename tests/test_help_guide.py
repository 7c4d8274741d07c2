"""Help pages for every screen, and the user guide PDF built from them."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from rentan_desktop.help import guide_pdf, pages
from rentan_desktop.ui.shell.tabs import TABS


@pytest.mark.parametrize("tab", [t.key for t in TABS])
def test_every_tab_has_a_page_in_indonesian(tab):
    page = pages.page_for_tab(tab)
    assert page != "index"
    assert pages.page_path("id", page).parent.name == "id"
    assert pages.title_of(pages.read_page("id", page))


def test_every_image_a_page_names_exists_and_is_small():
    for page in pages.PAGES:
        text = pages.read_page("id", page)
        sources = [m["src"] for line in text.splitlines() if (m := guide_pdf._IMAGE.match(line.strip()))]
        for src in sources:
            image = pages.help_dir("id") / src
            assert image.exists(), src
            assert image.stat().st_size < 250_000, src


def test_guide_pdf_has_every_page_and_its_text(tmp_path):
    out = guide_pdf.build_guide(tmp_path / "panduan.pdf", "id")
    reader = PdfReader(out)
    assert len(reader.pages) >= len(pages.PAGES)
    text = " ".join(p.extract_text() for p in reader.pages)
    for _, title in pages.titles("id"):
        assert title.split(":")[0] in text
    assert "Cadangkan ke…" in text and "Rp16.800" in text


def test_english_pages_exist_and_fall_back_per_page():
    assert pages.title_of(pages.read_page("en", "pembayaran")) == "Payments"
    assert pages.page_path("xx", "beranda").parent.name == "id"
