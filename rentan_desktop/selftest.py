"""`rentan-desktop --self-test`: does this build (source or frozen) really work?

Opens a database in a temporary folder, sets it up, creates records, backs it up, renders a
PDF with the app's font and reads it back, and round-trips every native dependency (age
encryption, minisign, zstandard, Excel read/write, PDF rendering, QR codes). A missing
hidden import, data file or resource in a PyInstaller build fails here. Qt-free: the UI adds
its widget check on top (rentan_desktop.ui.maintenance.self_test.widget_self_test).
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from rentan_desktop.paths import resources_dir

FONT_NAME = "RentanSelfTest"


def run(out: TextIO | None = None, *, extra: list[tuple[str, Callable[[Path], object]]] | None = None,
        keep_folder: bool = False) -> int:
    """Run every check in a temporary data folder; print one line per check; 0 when all pass."""
    out = out or sys.stdout
    folder = Path(tempfile.mkdtemp(prefix="rentan-selftest-"))
    checks = [
        ("resources", _check_resources),
        ("modules", lambda _f: _check_modules(skip="rentan_desktop.ui")),
        ("database", _check_database),
        ("backup", _check_backup),
        ("pdf", _check_pdf),
        ("crypto", lambda _f: _check_crypto()),
        ("spreadsheet", _check_spreadsheet),
        ("log masking", _check_logs),
        *(extra or []),
    ]
    failed = 0
    start = time.perf_counter()
    try:
        for name, check in checks:
            began = time.perf_counter()
            try:
                detail = check(folder)
            except Exception:  # a self-test reports every failure, whatever it is
                failed += 1
                print(f"FAIL {name}", file=out)
                traceback.print_exc(file=out)
                continue
            took = (time.perf_counter() - began) * 1000
            print(f"ok   {name} ({took:.0f} ms){': ' + str(detail) if detail else ''}", file=out)
    finally:
        from rentan_desktop.maintenance.logs import close_logging

        close_logging()
        if not keep_folder:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - start
    verdict = "passed" if not failed else f"FAILED ({failed} check(s))"
    print(f"self-test {verdict} in {total:.1f} s", file=out)
    return 0 if not failed else 1


def _check_resources(_folder: Path) -> str:
    from rentan_desktop import i18n

    root = resources_dir()
    fonts = sorted(p.name for p in (root / "fonts").glob("*.ttf"))
    qm = sorted(p.name for p in (root / "i18n" / "id").glob("*.qm"))
    ts = sorted((root / "i18n" / "id").glob("*.ts"))
    if not fonts:
        raise FileNotFoundError(f"no fonts in {root / 'fonts'}")
    if not qm or not ts:
        raise FileNotFoundError(f"no translations in {root / 'i18n' / 'id'}")
    icon = root / "icons" / "rentan.png"
    if not icon.exists():
        raise FileNotFoundError(icon)
    previous = i18n.language()
    i18n.set_language("id")
    try:
        # Any catalogue entry must come back translated: proves the .ts files are readable.
        catalogue = i18n._catalogue("id")
        if not catalogue:
            raise RuntimeError("the Indonesian catalogue is empty")
    finally:
        i18n.set_language(previous)
    return f"{len(fonts)} fonts, {len(qm)} .qm"


SELF_TEST_PASSPHRASE = "self-test passphrase"


def _check_database(folder: Path) -> str:
    from rentan_desktop import setup_hooks
    from rentan_desktop.context import AppContext
    from rentan_desktop.domain.money import in_words, rupiah
    from rentan_desktop.domain.nik import check_nik
    from rentan_desktop.roster import demo, service
    from rentan_desktop.store.migrations import schema_version
    from rentan_desktop.store.site import initialise

    ctx = AppContext.open(folder)
    try:
        ctx.create_install_key("Self Test", SELF_TEST_PASSPHRASE)
        initialise(ctx.db, role="opd", pemda="Kota Palangka Raya", operator="Self Test",
                   opd_code="9.99", opd_name="Dinas Uji Mandiri")
        setup_hooks.after_initialise(ctx.db, ctx.data_dir)
        saved = service.save_sponsor(ctx.db, "Self Test", {"kind": "csr", "name": "PT Uji Mandiri"})
        demo.generate(ctx.db, sponsors=3, workers=3, opds=1, seed=7, operator="Self Test")
        nik = ctx.db.execute("SELECT nik FROM workers LIMIT 1").fetchone()[0]
        if not check_nik(nik).valid:
            raise RuntimeError("a generated NIK does not pass the NIK check (lokal data files missing?)")
        from rentan_desktop.domain.regions import region_name

        if region_name("91.01") is None:  # Merauke's pre-2022 code: only in the shipped history file
            raise RuntimeError("the historic region codes are missing (rentan_desktop/data not shipped?)")
        if rupiah(16800) != "Rp16.800" or "ribu" not in in_words(16800):
            raise RuntimeError("money formatting is broken")
        counts = {t: ctx.db[t].count for t in ("sponsors", "workers")}
        version = schema_version(ctx.db)
        if not ctx.db["sponsors"].count_where("uid = ?", [saved.uid]):
            raise RuntimeError("the saved sponsor is not in the database")
    finally:
        ctx.close()
    return f"schema {version}, {counts['sponsors']} sponsors, {counts['workers']} workers"


def _check_backup(folder: Path) -> str:
    from rentan_desktop.context import AppContext
    from rentan_desktop.maintenance.backup import check_backup, create_backup, list_backups, write_copy
    from rentan_desktop.maintenance.integrity import check_file
    from rentan_desktop.paths import db_path
    from rentan_desktop.store.cipher import is_plain

    ctx = AppContext.open(folder)
    ctx.unlock(SELF_TEST_PASSPHRASE)
    path = create_backup(db_path(folder), "manual", key=ctx.db_key())
    verdict = check_backup(path, key=ctx.db_key())
    rebuilt = folder / "self-test-restore.sqlite3"  # the backup rebuilt as a restore would
    if verdict.ok:
        write_copy(path, rebuilt, ctx.db_key())
        verdict = check_file(rebuilt, key=ctx.db_key())
    if not verdict.ok:
        raise RuntimeError(verdict.summary)
    if is_plain(rebuilt) or is_plain(db_path(folder)):
        raise RuntimeError("the database or its backup is not encrypted")
    rebuilt.unlink()
    return f"{len(list_backups(folder))} backup(s)"


def _register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(resources_dir() / "fonts" / "DejaVuSans.ttf")))
    return FONT_NAME


def _check_pdf(folder: Path) -> str:
    import segno
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from rentan_desktop.domain.money import rupiah

    font = _register_font()
    target = folder / "selftest.pdf"
    page = canvas.Canvas(str(target), pagesize=A4)
    page.setFont(font, 14)
    text = f"Rentan Desktop — uji mandiri: iuran {rupiah(16800)} per bulan"
    page.drawString(72, 760, text)
    qr = QrCodeWidget("rentan-selftest")
    drawing = Drawing(80, 80)
    drawing.add(qr)
    renderPDF.draw(drawing, page, 72, 650)
    page.showPage()
    page.save()
    from rentan_desktop.printing import native

    with native.pdfium() as pypdfium2:  # PDFium is not thread-safe; close everything before releasing it
        document = pypdfium2.PdfDocument(str(target))
        try:
            page = document[0]
            textpage = page.get_textpage()
            extracted = textpage.get_text_range()
            textpage.close()
            bitmap = page.render(scale=0.5)
            size = bitmap.width, bitmap.height
            bitmap.close()
            page.close()
        finally:
            document.close()
    if "Rp16.800" not in extracted:
        raise RuntimeError(f"the rendered PDF lacks its text: {extracted!r}")
    png = io.BytesIO()
    segno.make("rentan-selftest").save(png, kind="png")
    return f"{target.stat().st_size} bytes, page {size[0]}x{size[1]} px"


def _check_crypto() -> str:
    import pyrage
    import zstandard

    from rentan_desktop.sync import minisig

    identity = pyrage.x25519.Identity.generate()
    sealed = pyrage.encrypt(b"rentan", [identity.to_public()])
    if pyrage.decrypt(sealed, [identity]) != b"rentan":
        raise RuntimeError("age round trip failed")
    # The app's own minisign signer (cryptography's Ed25519 + BLAKE2b): what bundles are signed with.
    key = minisig.SigningKey.generate()
    if key.public().verify(b"rentan", key.sign(b"rentan", "self-test")) != "self-test":
        raise RuntimeError("minisign round trip failed")
    packed = zstandard.ZstdCompressor().compress(b"rentan" * 100)
    if zstandard.ZstdDecompressor().decompress(packed) != b"rentan" * 100:
        raise RuntimeError("zstandard round trip failed")
    return "age, minisign, zstd"


def _check_spreadsheet(folder: Path) -> str:
    import python_calamine
    import xlsxwriter

    target = folder / "selftest.xlsx"
    book = xlsxwriter.Workbook(str(target))
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, ["NIK", "Nama", "Iuran"])
    sheet.write_row(1, 0, ["3201012345670001", "Uji", 16800])
    book.close()
    rows = python_calamine.CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Data").to_python()
    if rows[1][2] != 16800:
        raise RuntimeError(f"Excel round trip failed: {rows!r}")
    return "xlsx write + read"


def _check_logs(folder: Path) -> str:
    import logging

    from rentan_desktop.maintenance.logs import close_logging, setup_logging

    path = setup_logging(folder, program="self-test")
    logging.getLogger("rentan.selftest").info("masking check %s", "3201012345670001")
    close_logging()
    text = path.read_text(encoding="utf-8")
    if "3201012345670001" in text or "3201********0001" not in text:
        raise RuntimeError("a NIK reached the log file unmasked")
    return "NIK masked"


def _check_modules(prefix: str = "rentan_desktop", skip: str | None = None) -> str:
    """Import every module of the package (tabs and commands are loaded by name at run time)."""
    import importlib
    import pkgutil

    import rentan_desktop

    names = [m.name for m in pkgutil.walk_packages(rentan_desktop.__path__, "rentan_desktop.")
             if m.name.startswith(prefix) and not (skip and m.name.startswith(skip))]
    names = [n for n in names if not n.endswith("__main__")]
    for name in names:
        importlib.import_module(name)
    from rentan_desktop.cli import build_parser

    build_parser()  # every registered command module
    return f"{len(names)} modules"
