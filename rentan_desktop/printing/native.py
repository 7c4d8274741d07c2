"""One door for the native PDF libraries, which are not thread-safe.

PDFium (pypdfium2) keeps global state without locks: two threads inside it at once, or a page
or bitmap finalised by the garbage collector on a worker thread while the GUI thread renders,
ends the process with a segmentation fault and no Python traceback. So every PDFium call in
this program goes through `pdfium()`, which serialises them behind one process-wide lock, and
closes what it opens explicitly (nothing is left for a finaliser on another thread).

reportlab and Pillow (the PDF writers) keep module-level caches (fonts, the letterhead logo's
decoded image); `writing()` runs one document at a time so two print jobs never share them
half-built.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

_PDFIUM = threading.RLock()
_WRITER = threading.Lock()


@contextlib.contextmanager
def pdfium() -> Iterator[object]:
    """Hold the PDFium lock; yields the pypdfium2 module."""
    with _PDFIUM:
        import pypdfium2

        yield pypdfium2


@contextlib.contextmanager
def writing() -> Iterator[None]:
    """One PDF document written at a time (reportlab, Pillow)."""
    with _WRITER:
        yield


def render_page_bgrx(document, index: int, scale: float) -> tuple[bytes, int, int, int]:
    """Page `index` of an open pypdfium2 document as BGRx pixels: (bytes, width, height, stride).

    The bitmap and page are closed before returning, under the lock, so no PDFium object
    outlives the call."""
    with pdfium() as pdfium_module:
        page = document[index]
        try:
            bitmap = page.render(scale=scale, force_bitmap_format=pdfium_module.raw.FPDFBitmap_BGRx)
            try:
                return bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride
            finally:
                bitmap.close()
        finally:
            page.close()


def page_width_pt(document, index: int) -> float:
    with pdfium():
        page = document[index]
        try:
            return float(page.get_width())
        finally:
            page.close()


def open_document(source: str | bytes):
    """A PDF from a file path or from its bytes (pdfium keeps a reference to them while it is open)."""
    with pdfium() as pdfium_module:
        return pdfium_module.PdfDocument(source)


def close_document(document) -> None:
    with pdfium():
        document.close()


def page_count(document) -> int:
    with pdfium():
        return len(document)
