"""PDFium is not thread-safe: every use goes through printing.native, which serialises it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rentan_desktop.printing import native

PACKAGE = Path(__file__).resolve().parent.parent / "rentan_desktop"

SCRIPT = r"""
import sys, threading
from rentan_desktop.printing import native
doc = native.open_document(sys.argv[1])
count = native.page_count(doc)
def work():
    for i in range(30):
        native.render_page_bgrx(doc, i % count, 0.6)
threads = [threading.Thread(target=work) for _ in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
native.close_document(doc)
print("ok")
"""


def _pdf(tmp_path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "three.pdf"
    canvas = Canvas(str(path))
    for page in range(3):
        canvas.drawString(72, 720, f"page {page + 1} " + "Rp16.800 " * 20)
        canvas.showPage()
    canvas.save()
    return path


def test_four_threads_rendering_one_document_do_not_crash(tmp_path):
    # Without the lock this ends in "Fatal Python error" / malloc aborts within a few calls.
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(_pdf(tmp_path))], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr[-800:]


def test_a_rendered_page_is_plain_pixels(tmp_path):
    doc = native.open_document(str(_pdf(tmp_path)))
    try:
        pixels, width, height, stride = native.render_page_bgrx(doc, 0, 0.5)
    finally:
        native.close_document(doc)
    assert isinstance(pixels, bytes) and len(pixels) == stride * height and width > 200


def test_only_the_native_module_imports_pypdfium2():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "import pypdfium2" in p.read_text(encoding="utf-8") and p.name != "native.py"]
    assert offenders == []
