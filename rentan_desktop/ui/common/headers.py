"""Table columns at least as wide as their headers: an Indonesian header ("Tunggakan (lewat jatuh
tempo)", "Jenis kelamin") is never cut at the default width on a 1366x768 screen."""

from __future__ import annotations

from rentan_desktop.ui.qt import Qt, QTableView

HEADER_MARGINS = 6  # the style's margins either side of a header's text (Qt's own resizeColumnsToContents leaves 7)
SORT_ARROW = 16  # a sortable table draws its arrow inside the sorted section


def text_width(view: QTableView, column: int) -> int:
    """The width under which the header text of `column` is cut."""
    text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    return view.horizontalHeader().fontMetrics().horizontalAdvance(text) + HEADER_MARGINS


def header_width(view: QTableView, column: int) -> int:
    """The width the header of `column` needs, with room for the sort arrow when it is sorted on."""
    return text_width(view, column) + (SORT_ARROW if view.isSortingEnabled() else 0)


def fit_headers(view: QTableView) -> None:
    """Widen every column whose header text does not fit; wider columns are left as they are."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        needed = header_width(view, column)
        if header.sectionSize(column) < needed:
            view.setColumnWidth(column, needed)
