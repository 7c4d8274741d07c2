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


def test_no_page_of_the_guide_holds_only_a_stray_section(tmp_path):
    """QA walk r3, 17: a help page spilling a few lines (or a lone heading) onto a new page."""
    reader = PdfReader(guide_pdf.build_guide(tmp_path / "panduan.pdf", "id"))
    for number, page in enumerate(reader.pages, 1):
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        assert len(lines) >= 9, (number, lines)


def test_first_month_steps_follow_the_order_the_app_needs():
    text = pages.read_page("id", "index")
    steps = text[text.index("## Pekerjaan bulan pertama"):]
    order = ["**Penanggung**", "**Pekerja**", "**Lengkapi data untuk BPJS**", "Tulis berkas pendaftaran kunci",
             "Tulis paket untuk Disnaker", "**Pembayaran**", "**Cetak**", "**Cadangkan**"]
    places = [steps.index(step) for step in order]
    assert places == sorted(places)
    assert "Bandingkan dan percayai" in steps and "diajukan" in steps


def test_help_names_controls_as_they_appear():
    """Every button or menu item the help names in bold ("…"/"...") is a text the Indonesian UI shows;
    and no control that does not exist (the old "Data BPJS belum lengkap" checkbox)."""
    import re
    from pathlib import Path

    shown = " ".join(Path(p).read_text(encoding="utf-8") for p in Path("resources/i18n/id").glob("*.ts"))
    shown = shown.replace("&amp;", "")  # menu accelerators
    for page in pages.PAGES:
        text = pages.read_page("id", page)
        assert "centang *Data BPJS belum lengkap*" not in text
        for name in re.findall(r"\*\*([^*]+?(?:\.\.\.|…))\*\*", text):
            assert f">{name}<" in shown, (page, name)


def test_help_explains_a_bpjs_rejection_in_both_languages():
    assert "ditolak BPJS" in pages.read_page("id", "pekerja")
    assert "Rejected by BPJS" in pages.read_page("en", "pekerja")
    assert "Ditolak BPJS" in pages.read_page("id", "beranda")
