"""QA walk r3, defect 15: Disnaker's duplicate case shows its decision choosers in view at
1366x768 (not below the grid's fold), months as "December 2026", and case-only differences plain."""

from __future__ import annotations

from rentan_desktop.domain.months import month_label
from rentan_desktop.ui.qt import QColor, QComboBox, QRect
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.disnaker_data import feed_three_opds

HIGHLIGHT = QColor("#ffe9a8")


def _case_view(qtbot, env):
    feed_three_opds(env.db)
    env.db.execute("UPDATE workers SET village = 'Menteng', start_month = '2026-11' WHERE name = 'Budi Hartono'")
    env.db.execute("UPDATE workers SET name = 'BUDI HARTONO', village = 'MENTENG', start_month = '2026-12' "
                   "WHERE uid IN (SELECT uid FROM workers WHERE name = 'Budi Hartono' ORDER BY id LIMIT 1)")
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.show_tab("duplicates")
    tab = window.tab("duplicates")
    qtbot.waitUntil(lambda: tab.view.case is not None, timeout=5000)
    qtbot.wait(50)
    return window, tab.view


def fully_shown(widget) -> bool:
    """Whole inside every ancestor: not cut by a scrolling viewport nor by the window's edge."""
    parent = widget.parentWidget()
    while parent is not None:
        place = QRect(widget.mapTo(parent, widget.rect().topLeft()), widget.size())
        if not parent.rect().contains(place):
            return False
        parent = parent.parentWidget()
    return True


def test_the_decision_choosers_are_in_view_without_scrolling(qtbot, disnaker_env):
    _, view = _case_view(qtbot, disnaker_env)
    assert len(view.choosers) == 2
    for chooser in view.choosers:
        assert isinstance(chooser, QComboBox) and chooser.isVisible() and fully_shown(chooser)


def test_months_read_as_months_and_case_differences_are_not_highlighted(qtbot, disnaker_env):
    _, view = _case_view(qtbot, disnaker_env)
    rows = {view.grid.verticalHeaderItem(i).text(): i for i in range(view.grid.rowCount())}
    firsts = {view.grid.item(rows["First month"], j).text() for j in range(2)}
    assert month_label("2026-12", "en") in firsts and not any("-" in m for m in firsts)
    for field in ("Name", "Village"):
        item = view.grid.item(rows[field], 0)
        assert item.background().color() != HIGHLIGHT, field
    assert view.grid.item(rows["First month"], 0).background().color() == HIGHLIGHT  # a real difference
