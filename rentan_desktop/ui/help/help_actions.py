"""Help menu entries: the user guide (F1 opens the page of the screen on show) and the guide as a PDF."""

from __future__ import annotations

from pathlib import Path

from rentan_desktop.help import pages
from rentan_desktop.i18n import language
from rentan_desktop.ui.common.background import run_task
from rentan_desktop.ui.qt import QAction, QCoreApplication, QKeySequence, QMainWindow, Qt


def install(window: QMainWindow) -> None:
    """Put 'User guide' (F1) and 'User guide (PDF)' at the top of the window's Help menu."""
    menu = window.help_menu
    first = menu.actions()[0] if menu.actions() else None
    guide = QAction(QCoreApplication.translate("HelpActions", "&User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    guide.triggered.connect(lambda: open_help(window))
    pdf = QAction(QCoreApplication.translate("HelpActions", "User guide (&PDF)"), window)
    pdf.triggered.connect(lambda: open_guide_pdf(window))
    menu.insertAction(first, guide)
    menu.insertAction(first, pdf)
    if first is not None:
        menu.insertSeparator(first)
    window.help_action, window.guide_pdf_action = guide, pdf


def current_tab_key(window) -> str | None:
    current = window.tabs.currentWidget()
    return next((key for key, widget in window.tab_widgets.items() if widget is current), None)


def open_help(window, page: str | None = None):
    from rentan_desktop.ui.help.help_window import HelpWindow

    page = page or pages.page_for_tab(current_tab_key(window), "disnaker" if window.env.is_disnaker else "opd")
    dialog = getattr(window, "help_window", None)
    if dialog is None:
        dialog = window.help_window = HelpWindow(window)
    dialog.show_page(page)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def open_guide_pdf(window):
    """Build the guide PDF in a temporary folder (a second or two) and show it in the print preview."""
    lang = language()
    from rentan_desktop.printing import scratch

    folder = scratch.new_folder(scratch.GUIDE_PREFIX)  # removed once the preview has read the PDF
    out = folder / "panduan-rentan-desktop.pdf"

    def done(path: Path) -> None:  # the print preview: print it or save it where the clerk wants
        from rentan_desktop.ui.printing.print_actions import open_preview

        open_preview(path, title=QCoreApplication.translate("HelpActions", "User guide"),
                     suggested_name=path.name, parent=window)

    from rentan_desktop.help import guide_pdf  # reportlab: imported when the guide is asked for

    return run_task(lambda _state: guide_pdf.build_guide(out, lang),
                    title=QCoreApplication.translate("HelpActions", "Making the user guide…"), parent=window,
                    on_success=done, on_end=lambda: scratch.remove(folder))  # the preview has read it by then
