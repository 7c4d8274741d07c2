"""Printing: 1,000 enrollment forms as one PDF, beside reportlab drawing the same page content
with no app code (the floor: same embedded font, same strings, boxes and QR code per page), and
beside a stricter floor that, like the app, draws the unchanging part once as a form XObject.

    .venv/bin/python bench/bench_printing.py [--forms 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from rentan_desktop.paths import resources_dir
from rentan_desktop.printing import enrollment_form
from rentan_desktop.printing.records import select_workers
from rentan_desktop.roster import demo
from rentan_desktop.store import db as store_db
from rentan_desktop.store import settings
from rentan_desktop.store.site import initialise

LABELS = ["Full name (as on the KTP)", "NIK", "Place and date of birth", "Sex", "Mother's maiden name",
          "Mobile phone", "Address (street, RT/RW)", "Village (kelurahan/desa)", "District (kecamatan)",
          "Regency/city", "Occupation", "Work location", "Declared monthly income", "KPJ card number",
          "Heir's name", "Relationship to the participant", "Programmes", "First month covered",
          "Monthly contribution", "In words", "BPJS branch office", "Sponsor's name", "NIP", "OPD", "Position",
          "Relationship to the participant"]
BENEFITS = ["JKK (work accident): all medical treatment needed; income while unable to work (100% for 12 months,",
            "then 50%); 48 times the declared income on death by accident.",
            "JKM (death): Rp42.000.000 (Rp20.000.000 lump sum, Rp12.000.000 periodic, Rp10.000.000 funeral), plus",
            "scholarships for up to two children after 3 years of membership.",
            "JHT (old-age savings, optional): 2% of the declared income saved each month with its returns.",
            "Contributions are due by the 15th of the month covered. Protection starts when BPJS Ketenagakerjaan",
            "accepts the complete registration."]


sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Figure, load_note  # noqa: E402
from common import row as print_row  # noqa: E402


def _register_floor_fonts() -> None:
    fonts = resources_dir() / "fonts"
    for name, file in (("FloorSans", "DejaVuSans.ttf"), ("FloorSans-Bold", "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts / file)))


def _floor_static(c: Canvas) -> None:
    """What is the same on every page: letterhead, titles, labels, bands, rules, benefits, boxes."""
    width, height = A4
    c.setFont("FloorSans-Bold", 11.5)
    c.drawCentredString(width / 2, height - 60, "GOVERNMENT OF KOTA PALANGKA RAYA")
    c.setFont("FloorSans-Bold", 14)
    c.drawCentredString(width / 2, height - 76, "DINAS PENDIDIKAN DAN KEBUDAYAAN")
    c.setFont("FloorSans", 8.5)
    c.drawCentredString(width / 2, height - 88, "Jl. Tjilik Riwut Km 5, Palangka Raya, Kalimantan Tengah 73112")
    c.setLineWidth(1.6)
    c.line(51, height - 96, width - 51, height - 96)
    c.setFont("FloorSans-Bold", 11.5)
    c.drawString(51, height - 115, "ENROLLMENT FORM FOR BPJS KETENAGAKERJAAN PARTICIPANTS")
    c.setFont("FloorSans", 8.5)
    c.drawString(51, height - 128, "Non-wage workers (Bukan Penerima Upah, BPU), contribution paid by a sponsor")
    y = height - 170
    for i, label in enumerate(LABELS):
        if i in (0, 14, 16, 21):
            c.setFillColorRGB(0.91, 0.93, 0.95)
            c.rect(51, y - 14.5, width - 102, 14.5, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("FloorSans-Bold", 8.5)
            c.drawString(54, y - 10, "SECTION")
            y -= 16.5
        c.setFont("FloorSans", 8)
        c.drawString(54, y - 8.5, label)
        c.drawString(198, y - 8.5, ":")
        c.setLineWidth(0.3)
        c.line(205, y - 12.5, width - 51, y - 12.5)
        y -= 12.5
    c.setFont("FloorSans", 7.2)
    for line in BENEFITS:
        c.drawString(61, y - 20, line)
        y -= 8.8
    c.setLineWidth(0.5)
    c.rect(51, 40, 235, 90, stroke=1, fill=0)
    c.rect(310, 40, 235, 90, stroke=1, fill=0)


def _floor_values(c: Canvas, row: tuple) -> None:
    """What changes per page: the values, the names in the signature boxes, the QR code."""
    width, height = A4
    y = height - 170
    for i in range(len(LABELS)):
        if i in (0, 14, 16, 21):
            y -= 16.5
        c.setFont("FloorSans", 8.5)
        c.drawString(205, y - 8.5, str(row[i % len(row)] or ""))
        y -= 12.5
    c.drawCentredString(168, 48, f"( {row[1]} )")
    c.drawCentredString(427, 48, f"( {row[2]} )")
    matrix = segno.make(row[0], error="m", micro=False, mask=2).matrix  # the same code as the app's
    module = 21 * mm / (len(matrix) + 4)
    p = c.beginPath()
    for r, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                p.rect(width - 120 + col * module, height - 110 - r * module, module, module)
    c.drawPath(p, stroke=0, fill=1)


def floor(path: Path, rows: list[tuple], *, shared_form: bool = False) -> None:
    """Plain reportlab, no app code. shared_form=False: everything drawn on every page;
    shared_form=True: the unchanging part drawn once as a form XObject (what the app does)."""
    _register_floor_fonts()
    c = Canvas(str(path), pagesize=A4, pageCompression=1, initialFontName="FloorSans")
    if shared_form:
        c.beginForm("static")
        _floor_static(c)
        c.endForm()
    for row in rows:
        if shared_form:
            c.doForm("static")
        else:
            _floor_static(c)
        _floor_values(c, row)
        c.showPage()
    c.save()


FLOOR_SQL = """SELECT w.uid, w.name, s.name, w.nik, w.birth_place, w.birth_date, w.gender, w.mother_name, w.phone,
 w.street, w.village, w.district, w.regency, w.occupation, w.work_location, w.declared_income, w.kpj,
 w.heir_name, w.heir_relationship, w.start_month, s.nip, o.name, s.position, w.relationship
 FROM workers w JOIN opds o ON o.id = w.opd_id LEFT JOIN sponsors s ON s.id = w.sponsor_id ORDER BY w.name"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--forms", "--workers", type=int, default=1000,
                        help="forms to print, one per worker (--workers: the scale run_all passes)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    args.runs = max(args.runs, 3)
    db = store_db.memory()
    initialise(db, role="opd", pemda="Kota Palangka Raya", operator="Bench", opd_code="1.01",
               opd_name="Dinas Pendidikan dan Kebudayaan")
    settings.put(db, "letterhead", {"pemda": "Kota Palangka Raya", "opd": "Dinas Pendidikan dan Kebudayaan",
                                    "address": "Jl. Tjilik Riwut Km 5, Palangka Raya, Kalimantan Tengah 73112",
                                    "logo_path": ""})
    demo.generate(db, sponsors=max(10, args.forms // 2), workers=args.forms, opds=1)
    uids = select_workers(db)[:args.forms]
    enrollment_form.render(Path(tempfile.gettempdir()) / "warm.pdf", db=db, worker_uids=uids[:5])  # fonts loaded
    app_times, floor_times, form_floor_times = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):
            start = time.perf_counter()
            rows = db.execute(FLOOR_SQL).fetchall()[:args.forms]
            floor(Path(folder) / "floor.pdf", rows)
            floor_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            rows = db.execute(FLOOR_SQL).fetchall()[:args.forms]
            floor(Path(folder) / "floor-form.pdf", rows, shared_form=True)
            form_floor_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            enrollment_form.render(Path(folder) / "forms.pdf", db=db, worker_uids=uids)
            app_times.append(time.perf_counter() - start)
        app_size = (Path(folder) / "forms.pdf").stat().st_size
        floor_size = (Path(folder) / "floor.pdf").stat().st_size
    try:
        import reportlab.lib.rl_accel as accel
        accelerated = "_rl_accel" in accel.fp_str.__module__
    except Exception:  # noqa: BLE001 - only reported
        accelerated = False
    app, flo = Figure(tuple(app_times)), Figure(tuple(floor_times))
    form_flo = Figure(tuple(form_floor_times))
    print(f"enrollment forms, {len(uids)} pages in one PDF (median [range] of {len(app_times)} runs; rl-accel "
          f"{'on' if accelerated else 'off'}; {load_note()})")
    print_row(f"app: {len(uids) / app.median:.0f} pages/s, {app_size / 2**20:.1f} MiB", app, flo,
        f"target <= 1.5x (floor: bare canvas, {floor_size / 2**20:.1f} MiB)")
    print_row("app beside the floor with the static part as a form XObject", app, form_flo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
