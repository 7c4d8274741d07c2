"""QR codes on paper, drawn as vector runs (no bitmap, no Helvetica): on a canvas or in a story."""

from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

# A fixed mask pattern (any of the eight is valid to every reader).
QR_MASK = 2


@functools.lru_cache(maxsize=256)
def _qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """QR modules as horizontal runs (row, start, length): one path per code, fast to draw."""
    import segno

    # A fixed mask pattern (any of the eight is valid to every reader) skips segno's evaluation of
    # all eight, which is most of the time a form page takes.
    matrix = segno.make(data, error="m", micro=False, mask=QR_MASK).matrix
    runs = []
    for row, cells in enumerate(matrix):
        start = None
        for col, dark in enumerate((*cells, 0)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                runs.append((row, start, col - start))
                start = None
    return len(matrix), tuple(runs)


def draw_qr(c: Canvas, data: str, x: float, y: float, size: float, *, quiet: int = 2) -> None:
    """A QR code (error level M) filling a size×size square at (x, y), with a white quiet zone."""
    count, runs = _qr_runs(data)
    module = size / (count + 2 * quiet)
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
    path = c.beginPath()
    top = y + size - quiet * module
    left = x + quiet * module
    for row, start, length in runs:
        path.rect(left + start * module, top - (row + 1) * module, length * module, module)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


class QrFlowable(Flowable):
    """A QR code in a platypus story, drawn like the canvas documents' codes (no Helvetica)."""

    def __init__(self, data: str, size: float):
        super().__init__()
        self.data = data
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.data, 0, 0, self.size)


def qr_flowable(data: str, size: float) -> QrFlowable:
    """A QR code as a flowable for platypus stories (same encoder and mask as draw_qr)."""
    return QrFlowable(data, size)
