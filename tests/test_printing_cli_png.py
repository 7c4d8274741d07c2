"""`rentan print ...` from a terminal on a demo install, and every document rendered to PNG.

Set RENTAN_PRINT_PNG_DIR to keep the PNG pages somewhere a person can look at them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rentan_desktop.cli import main
from rentan_desktop.domain.months import current_month
from rentan_desktop.store import settings
from tests.print_support import all_text, fill, font_report, png_pages


@pytest.fixture
def demo_install(opd_ctx):
    fill(opd_ctx.db, workers=30, sponsors=12)
    return opd_ctx


def _run(ctx, *args: str) -> int:
    return main(["--data-dir", str(ctx.data_dir), "print", *args])


def _some(db, sql: str) -> str:
    return db.execute(sql).fetchone()[0]


def _print_everything(ctx, tmp_path: Path) -> dict[str, Path]:
    db = ctx.db
    month = current_month()
    nip = _some(db, "SELECT s.nip FROM sponsors s JOIN workers w ON w.sponsor_id = s.id "
                    "WHERE s.nip IS NOT NULL AND w.status != 'ended' LIMIT 1")
    nik, paid_month = db.execute("SELECT w.nik, p.month FROM payments p JOIN workers w ON w.id = p.worker_id "
                                 "WHERE p.kind = 'payment' AND p.reversed_at IS NULL LIMIT 1").fetchone()
    payment = _some(db, "SELECT uid FROM payments WHERE kind = 'payment' AND reversed_at IS NULL LIMIT 1")
    some_nik = _some(db, "SELECT nik FROM workers LIMIT 1")
    outputs = {
        "forms-status": ("forms", "--status", "active"),
        "forms-nik": ("forms", "--worker", some_nik),
        "forms-sponsor": ("forms", "--sponsor", nip),
        "statement": ("statement", "--sponsor", nip),
        "deductions": ("deductions", "--month", month),
        "receipt-worker": ("receipt", "--worker", nik, "--month", paid_month),
        "receipt-payment": ("receipt", "--payment", payment),
    }
    written = {}
    for name, args in outputs.items():
        out = tmp_path / f"{name}.pdf"
        assert _run(ctx, *args, "--out", str(out)) == 0, name
        written[name] = out
    return written


def test_every_print_command_writes_its_pdf(demo_install, tmp_path, capsys):
    written = _print_everything(demo_install, tmp_path)
    for out in written.values():
        assert out.stat().st_size > 1000
        assert all(font_report(out).values())
    some_nik = all_text(written["forms-nik"])
    assert demo_install.db.execute("SELECT nik FROM workers LIMIT 1").fetchone()[0] in some_nik
    assert str(written["statement"]) in capsys.readouterr().out


def test_print_refusals_are_one_line(demo_install, tmp_path, capsys):
    assert _run(demo_install, "forms", "--worker", "6271011508950009", "--out", str(tmp_path / "x.pdf")) == 2
    assert "6271011508950009" in capsys.readouterr().err
    assert _run(demo_install, "receipt", "--out", str(tmp_path / "x.pdf")) == 2
    assert _run(demo_install, "deductions", "--month", "11/20x6", "--out", str(tmp_path / "x.pdf")) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_fingerprint_letter_of_this_install(demo_install, tmp_path):
    try:
        from rentan_desktop.sync import keys
    except ImportError:
        pytest.skip("the sync area is not in this tree")
    if not keys.has_keys(demo_install.db):
        keys.create_keys(demo_install.db, demo_install.data_dir, passphrase=None)
    out = tmp_path / "k.pdf"
    assert _run(demo_install, "fingerprint", "--out", str(out)) == 0
    assert keys.own_public(demo_install.db).fingerprint in all_text(out)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_every_document_renders_to_png(demo_install, tmp_path):
    """Renders one of each document with a logo; keep them with RENTAN_PRINT_PNG_DIR to look."""
    import segno

    ctx = demo_install
    logo = tmp_path / "logo.png"
    segno.make("Kota Palangka Raya").save(str(logo), scale=8)
    letterhead = settings.get(ctx.db, "letterhead")
    settings.put(ctx.db, "letterhead", dict(letterhead, logo_path=str(logo)))
    _print_everything(ctx, tmp_path)
    keep = os.environ.get("RENTAN_PRINT_PNG_DIR")
    out_dir = Path(keep) if keep else tmp_path / "png"
    for pdf in sorted(tmp_path.glob("*.pdf")):
        pngs = png_pages(pdf, out_dir, dpi=96 if keep else 40)
        assert pngs and all(p.stat().st_size > 2000 for p in pngs), pdf.name
