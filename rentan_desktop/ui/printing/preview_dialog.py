"""Preview of a printed document before it is saved or sent to a printer.

Pages are rendered with pypdfium2 only when shown (a batch of 1,000 forms stays light), and
printing paints each page image at the printer's resolution onto Qt's QPrinter, page by page,
behind a progress dialog whose Cancel stops between pages.

The PDF holds NIKs and names in clear: the dialog reads it into memory and removes the temporary
file (and its scratch folder, printing/scratch.py) as soon as it opens, so nothing is left on disk
however the preview is closed (Escape, the window's close button, the app quitting).
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from rentan_desktop.printing import native, scratch
from rentan_desktop.ui.common import ui_state
from rentan_desktop.ui.common.screen import fit_to_screen
from rentan_desktop.ui.qt import (
    QAbstractPrintDialog,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QImage,
    QLabel,
    QMessageBox,
    QPageSize,
    QPainter,
    QPixmap,
    QPrintDialog,
    QPrinter,
    QProgressDialog,
    QPushButton,
    QRect,
    QScrollArea,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)

SCREEN_DPI = 96
PRINT_DPI_MAX = 300   # enough for text and QR codes; more only costs memory and time
CACHE_PAGES = 6


def render_page(document, index: int, dpi: float) -> QImage:
    """One PDF page as a QImage (white background) at the given resolution.

    PDFium is not thread-safe: every call goes through printing.native (one lock, objects
    closed before it is released) and this runs on the GUI thread only."""
    pixels, width, height, stride = native.render_page_bgrx(document, index, dpi / 72)
    return QImage(pixels, width, height, stride, QImage.Format.Format_RGB32).copy()  # own the pixels


class PreviewDialog(QDialog):
    """Shows `pdf_path`; offers Save PDF… and Print…. The file is a temporary one, removed once read
    (with its scratch folder), unless `keep_file` is set."""

    def __init__(self, pdf_path: Path, *, title: str, suggested_name: str, parent: QWidget | None = None,
                 keep_file: bool = False, data_dir: Path | str | None = None):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name
        self.data_dir = data_dir  # where the install remembers the folder documents were last saved to
        self.keep_file = keep_file
        self.saved_to: Path | None = None
        self.printed_pages = 0
        self.pdf_bytes = self.pdf_path.read_bytes()
        if not keep_file:
            scratch.discard_file(self.pdf_path)
        self.document = native.open_document(self.pdf_bytes)
        self.page_count = native.page_count(self.document)
        self._cache: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()
        self.setWindowTitle(self.tr("Preview: {title}").format(title=title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(self.page_count, 1))
        self.page_spin.valueChanged.connect(self.show_page)
        self.of_label = QLabel(self.tr("of {count}").format(count=self.page_count))
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.prev_button.clicked.connect(lambda: self.page_spin.setValue(self.page_spin.value() - 1))
        self.next_button.clicked.connect(lambda: self.page_spin.setValue(self.page_spin.value() + 1))
        self.zoom = QComboBox()
        for label, value in ((self.tr("Fit width"), 0), ("75%", 75), ("100%", 100), ("125%", 125), ("150%", 150)):
            self.zoom.addItem(label, value)
        self.zoom.setCurrentIndex(self.zoom.findData(100))
        self.zoom.currentIndexChanged.connect(lambda _: self.show_page(self.page_spin.value()))

        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.page_label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #6b6b6b; } QLabel { background: #6b6b6b; }")

        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.of_label)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Zoom")))
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        fit_to_screen(self, 920, 1000)
        self.show_page(1)

    # -- viewing
    def _dpi(self) -> float:
        percent = self.zoom.currentData() or 0
        if percent:
            return SCREEN_DPI * percent / 100
        available = max(self.scroll.viewport().width() - 24, 200)
        return available / native.page_width_pt(self.document, self.page_spin.value() - 1) * 72

    def show_page(self, number: int) -> None:
        index = min(max(number, 1), self.page_count) - 1
        dpi = round(self._dpi())
        key = (index, dpi)
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = QPixmap.fromImage(render_page(self.document, index, dpi))
            self._cache[key] = pixmap
            while len(self._cache) > CACHE_PAGES:
                self._cache.popitem(last=False)
        self.page_label.setPixmap(pixmap)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.page_count - 1)

    # -- saving and printing
    def save_pdf(self) -> Path | None:
        if self.data_dir is not None:  # the folder the last document went to: a batch of forms lands together
            path = ui_state.save_file_name(self, self.data_dir, "documents", self.tr("Save PDF"), self.suggested_name,
                                           self.tr("PDF documents (*.pdf)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(Path.home() / self.suggested_name),
                                                  self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            target.write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save PDF"), self.tr(
                "Cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc))
            return None
        self.saved_to = target
        return target

    def print_document(self) -> int:
        """Ask for a printer and pages, then print; returns the number of pages sent."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setFullPage(True)  # the PDF page already has its margins: map it onto the whole sheet
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        first, last = 1, self.page_count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or self.page_count, self.page_count)
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.page_spin.value()
        self.printed_pages = self.paint_pages(printer, first, last)
        return self.printed_pages

    def paint_pages(self, printer: QPrinter, first: int, last: int) -> int:
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return 0
        sent = 0
        try:
            for number in range(first, last + 1):
                if progress.wasCanceled():
                    printer.abort()
                    break
                if number > first:
                    printer.newPage()
                image = render_page(self.document, number - 1, dpi)
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
                sent += 1
                progress.setValue(sent)
                QApplication.processEvents()
        finally:
            painter.end()
            progress.reset()
        return sent

    def done(self, result: int) -> None:
        self._cache.clear()
        self.page_label.clear()
        if self.document is not None:
            native.close_document(self.document)
            self.document = None
        super().done(result)
