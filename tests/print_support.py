"""Helpers for the printing tests: a filled install, PDF text, fonts and text positions."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from reportlab.pdfbase.pdfmetrics import stringWidth

from rentan_desktop.payments.demo import generate_payments
from rentan_desktop.printing import base
from rentan_desktop.roster import demo, service
from rentan_desktop.store import settings

HEAD = {"head_name": "Drs. Bambang Sutrisno, M.Pd.", "head_nip": "196608011988031001",
        "head_position": "Kepala Dinas", "treasurer_name": "Siti Aminah",
        "treasurer_nip": "198001012005012002", "treasurer_position": "Bendahara Pengeluaran"}
LETTERHEAD = {"pemda": "Kota Palangka Raya", "opd": "Dinas Pendidikan",
              "address": "Jl. Tjilik Riwut Km 5, Palangka Raya 73112", "logo_path": ""}
SPONSOR = {"kind": "pns", "nip": "19700505 199503 1 002", "name": "Budi Santoso", "position": "Kepala Seksi",
           "position_level": "staff"}
WORKER = {"nik": "6271011508950001", "name": "Ahmad Fauzi", "mother_name": "Sri Wahyuni", "birth_place": "Sampit",
          "phone": "0812 3456 7890", "start_month": "2026-11", "occupation": "Petani", "street": "Jl. Kenanga 5",
          "rt": "003", "rw": "011", "village": "Langkai", "district": "Pahandut", "regency": "Kota Palangka Raya",
          "work_location": "Pasar Besar", "heir_name": "Rina Fauzi", "heir_relationship": "spouse",
          "relationship": "neighbour", "declared_income": 1_000_000}


def fill(db, *, workers: int = 30, sponsors: int = 12, payments: bool = True) -> None:
    settings.put(db, "letterhead", LETTERHEAD)
    settings.put(db, "signatories", HEAD)
    demo.generate(db, sponsors=sponsors, workers=workers, opds=1, seed=7)
    if payments:
        generate_payments(db, seed=7)


def add_sponsor_with_worker(db, **worker) -> tuple[str, str]:
    settings.put(db, "letterhead", LETTERHEAD)
    settings.put(db, "signatories", HEAD)
    sponsor = service.save_sponsor(db, "Siti", SPONSOR)
    saved = service.save_worker(db, "Siti", {**WORKER, "sponsor_id": sponsor.id, **worker})
    return sponsor.uid, saved.uid


def pages_text(path: Path | bytes) -> list[str]:
    """The text of each page of a PDF file, or of a PDF held in memory (the print preview's)."""
    reader = pypdf.PdfReader(io.BytesIO(path) if isinstance(path, bytes) else str(path))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def all_text(path: Path | bytes) -> str:
    return " ".join(pages_text(path))


def font_report(path: Path) -> dict[str, bool]:
    """Every font the PDF uses (pages and form XObjects) -> whether its program is embedded."""
    reader = pypdf.PdfReader(str(path))
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        if not resources:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def _font_name(font_dict) -> str:
    name = str(font_dict.get("/BaseFont", "")) if font_dict else ""
    name = name.split("+")[-1]
    return {"DejaVuSans": base.FONT, "DejaVuSans-Bold": base.FONT_BOLD, "DejaVuSans-Oblique": base.FONT_ITALIC,
            "DejaVuSansMono": base.FONT_MONO}.get(name, base.FONT)


def overflowing_text(path: Path) -> list[str]:
    """Text fragments that run past the right edge of the page (minus 1 mm)."""
    base.register_fonts()
    reader = pypdf.PdfReader(str(path))
    out: list[str] = []
    for page in reader.pages:
        right = float(page.mediabox.width) - 1 / 25.4 * 72

        def visitor(text, cm, tm, font_dict, font_size, right=right):
            text = text.strip("\n")
            if not text.strip():
                return
            scale = (cm[0] if cm else 1) * (tm[0] if tm else 1)
            x = tm[4] * (cm[0] if cm else 1) + (cm[4] if cm else 0)
            width = stringWidth(text, _font_name(font_dict), font_size) * scale
            if x + width > right:
                out.append(text)

        page.extract_text(visitor_text=visitor)
    return out


def png_pages(pdf: Path, out_dir: Path, dpi: int = 60) -> list[Path]:
    import subprocess

    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return sorted(out_dir.glob(f"{pdf.stem}*.png"))
