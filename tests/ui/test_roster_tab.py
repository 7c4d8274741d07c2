"""The roster tab: windowed models, search-as-you-type, filters, SQL sorting, redraw after writes."""

from __future__ import annotations

import pytest

from rentan_desktop.roster import demo, queries, service
from rentan_desktop.store import settings
from rentan_desktop.ui.qt import QMenu, QModelIndex, Qt
from rentan_desktop.ui.roster.roster_models import (
    RosterRole,
    SponsorColumn,
    SponsorTableModel,
    WorkerColumn,
    WorkerTableModel,
)
from rentan_desktop.ui.roster.roster_tab import RosterTab
from rentan_desktop.ui.roster.worker_dialog import WorkerDialog
from rentan_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_for_ops


@pytest.fixture
def tab(qtbot, opd_env):
    demo.generate(opd_env.db, sponsors=30, workers=60)
    widget = RosterTab(opd_env)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.headline.text()))
    return widget


def column_values(model, column, role=Qt.ItemDataRole.DisplayRole):
    section = model.column_of(column)
    return [model.index(r, section).data(role) for r in range(model.rowCount())]


def test_worker_model_passes_the_model_tester(qtmodeltester, opd_env):
    demo.generate(opd_env.db, sponsors=30, workers=300)
    workers = WorkerTableModel(opd_env.db)
    workers.refresh()
    qtmodeltester.check(workers)
    workers.sort(workers.column_of(WorkerColumn.VILLAGE), Qt.SortOrder.DescendingOrder)
    workers.set_filter(queries.WorkerFilter(search="a"))
    assert workers.rowCount() == queries.count_workers(opd_env.db, queries.WorkerFilter(search="a"))


def test_sponsor_model_passes_the_model_tester(qtmodeltester, opd_env):
    demo.generate(opd_env.db, sponsors=30, workers=40)
    sponsors = SponsorTableModel(opd_env.db, show_opd=True)
    sponsors.refresh()
    qtmodeltester.check(sponsors)
    sponsors.sort(sponsors.column_of(SponsorColumn.WORKERS), Qt.SortOrder.AscendingOrder)
    assert sponsors.rowCount() == 30 and sponsors.columnCount() == len(SponsorColumn)


def test_rows_load_in_blocks_beyond_the_first(opd_env):
    demo.generate(opd_env.db, sponsors=30, workers=600)
    model = WorkerTableModel(opd_env.db)
    model.refresh()
    everyone = queries.worker_ids(opd_env.db)
    assert [model.id_at(r) for r in (0, 255, 256, 599)] == [everyone[i] for i in (0, 255, 256, 599)]
    assert model.row_of_id(everyone[400]) == 400


def test_tab_comes_right_after_home_in_the_opd_window(qtbot, opd_env):
    window = MainWindow(opd_env)
    qtbot.addWidget(window)
    assert window.tabs.widget(0) is window.tab("home")  # issue 13: Beranda opens first
    assert window.tabs.tabText(1) == "Roster"  # labelled before it is built (hidden tabs build when shown)
    roster = window.tab("roster")
    assert isinstance(roster, RosterTab) and window.tabs.widget(1) is roster


def test_search_as_you_type_by_name_and_nik(qtbot, tab):
    qtbot.keyClicks(tab.search, "a")
    qtbot.waitUntil(lambda: tab.worker_model.rowCount() < 60)
    names = column_values(tab.worker_model, WorkerColumn.NAME)
    assert names and all(n.lower().startswith("a") for n in names)
    nik = column_values(tab.worker_model, WorkerColumn.NIK)[0]
    tab.search.setText(nik[:4] + " " + nik[4:12])
    tab.apply_search()
    assert all(n.startswith(nik[:12]) for n in column_values(tab.worker_model, WorkerColumn.NIK))


def test_search_waits_for_typing_to_pause(qtbot, tab):
    tab.search.setText("zzz")
    assert tab.worker_model.rowCount() == 60  # not yet: the debounce timer is running
    qtbot.waitUntil(lambda: tab.worker_model.rowCount() == 0, timeout=2000)


def test_worker_filters(tab):
    tab.without_sponsor.setChecked(True)
    assert all(t == "— none —" for t in column_values(tab.worker_model, WorkerColumn.SPONSOR))
    tab.without_sponsor.setChecked(False)
    tab.worker_status.setCurrentIndex(tab.worker_status.findData("ended"))
    assert set(column_values(tab.worker_model, WorkerColumn.STATUS, RosterRole.STATUS)) == {"ended"}


def test_sponsors_below_quota_are_shown_and_filtered(qtbot, tab, opd_env):
    settings.put(opd_env.db, "quotas", {"head_opd": 3, "head_division": 2, "staff": 1})
    tab.on_changes(frozenset({"settings"}))
    tab.pages.setCurrentIndex(1)
    tab.below_quota.setChecked(True)
    model = tab.sponsor_model
    assert model.rowCount() > 0
    assert all(column_values(model, SponsorColumn.WORKERS, RosterRole.BELOW_QUOTA))
    text = column_values(model, SponsorColumn.WORKERS)[0]
    done, quota = map(int, text.split("/"))
    assert done < quota
    colour = model.index(0, model.column_of(SponsorColumn.WORKERS)).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.color().name() == "#b00020"
    assert "below quota" in tab.headline.text()


def test_header_click_sorts_in_sql(tab):
    header = tab.worker_table.horizontalHeader()
    nik_section = tab.worker_model.column_of(WorkerColumn.NIK)
    header.setSortIndicator(nik_section, Qt.SortOrder.DescendingOrder)
    niks = column_values(tab.worker_model, WorkerColumn.NIK)
    assert niks == sorted(niks, reverse=True)
    header.setSortIndicator(tab.worker_model.column_of(WorkerColumn.BIRTH_DATE), Qt.SortOrder.AscendingOrder)
    born = column_values(tab.worker_model, WorkerColumn.BIRTH_DATE)
    assert [b[6:] + b[3:5] + b[:2] for b in born] == sorted(b[6:] + b[3:5] + b[:2] for b in born)


def test_writes_redraw_the_tables_and_headline(qtbot, tab, opd_env):
    opd_env.ops.changed.connect(tab.on_changes)  # what the main window does for every tab
    before = tab.worker_model.rowCount()
    opd_env.ops.run(lambda db: service.save_worker(db, "Siti", {
        "nik": "6271011508950001", "name": "Aaron Baru", "mother_name": "Sri", "start_month": "2026-11"}),
        changes={"workers"})
    wait_for_ops(qtbot, opd_env)
    qtbot.waitUntil(lambda: tab.worker_model.rowCount() == before + 1)
    assert "Aaron Baru" in column_values(tab.worker_model, WorkerColumn.NAME)
    assert f"({before + 1})" in tab.pages.tabText(0)


def test_show_a_sponsors_workers(tab, opd_env):
    sponsor_id = opd_env.db.execute(
        "SELECT sponsor_id FROM workers WHERE sponsor_id IS NOT NULL LIMIT 1").fetchone()[0]
    tab.show_sponsor_workers(sponsor_id)
    assert tab.sponsor_chip.isVisible()
    expected = opd_env.db.execute("SELECT count(*) FROM workers WHERE sponsor_id = ?", [sponsor_id]).fetchone()[0]
    assert tab.worker_model.rowCount() == expected
    tab.show_sponsor_workers(None)
    assert tab.worker_model.rowCount() == 60


def test_selected_and_visible_uids_for_printing(tab, opd_env):
    tab.worker_table.selectRow(0)
    uid = tab.worker_model.uid_at(0)
    assert tab.selected_worker_uids() == [uid]
    tab.search.setText("a")
    tab.apply_search()
    visible = tab.visible_worker_uids()
    assert len(visible) == tab.worker_model.rowCount() and visible[0] == tab.worker_model.uid_at(0)
    tab.pages.setCurrentIndex(1)
    tab.sponsor_table.selectRow(1)
    assert tab.selected_sponsor_uids() == [tab.sponsor_model.uid_at(1)]
    assert isinstance(tab.print_menu, QMenu)


def test_context_menu_offers_edit_end_history(tab):
    tab.worker_table.selectRow(0)
    rect = tab.worker_table.visualRect(tab.worker_model.index(0, 0))
    menu, record = tab._context_menu(tab.worker_table, rect.center())
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["Edit…", "End…", "History…"]
    assert record["uid"] == tab.worker_model.uid_at(0)


def test_keyboard_search_shortcut_and_enter_edits(qtbot, tab, monkeypatch):
    tab.activateWindow()
    tab.worker_table.setFocus()
    qtbot.keyClick(tab.worker_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(tab.search.hasFocus)
    qtbot.keyClicks(tab.search, "a")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # search at once and go to the results
    assert tab.worker_table.hasFocus() and tab.worker_model.rowCount() < 60
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == ""
    opened = []
    monkeypatch.setattr(WorkerDialog, "exec", lambda self: opened.append(self.name.text()) or 0)
    tab.worker_table.setFocus()
    tab.worker_table.setCurrentIndex(tab.worker_model.index(0, 0))
    qtbot.keyClick(tab.worker_table, Qt.Key.Key_Return)
    assert opened == [tab.worker_model.index(0, 0).data()]


def test_ended_rows_are_greyed(qtbot, tab, opd_env):
    tab.worker_status.setCurrentIndex(tab.worker_status.findData("ended"))
    index = tab.worker_model.index(0, 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"
    assert tab.worker_model.index(0, 0, QModelIndex()).data(RosterRole.STATUS) == "ended"


def test_surname_search_finds_names_containing_it_and_starting_with_it(tab, opd_env):
    # Names containing the text are always found, not only when none starts with it (issue 15).
    surname = opd_env.db.execute(
        "SELECT substr(name, instr(name, ' ') + 1) FROM workers WHERE name LIKE '% %' "
        "AND lower(name) NOT LIKE lower(substr(name, instr(name, ' ') + 1)) || '%' LIMIT 1").fetchone()[0]
    starting = opd_env.db.execute(
        "SELECT id FROM workers WHERE id = (SELECT min(id) FROM workers WHERE name NOT LIKE ? || '%')",
        [surname]).fetchone()[0]
    opd_env.db.execute("UPDATE workers SET name = ? || ' Wulandari' WHERE id = ?", [surname, starting])
    opd_env.db.conn.commit()
    tab.search.setText(surname)
    tab.apply_search()
    names = column_values(tab.worker_model, WorkerColumn.NAME)
    assert all(surname.lower() in n.lower() for n in names)
    assert any(n.lower().startswith(surname.lower()) for n in names)
    assert any(not n.lower().startswith(surname.lower()) for n in names)
    assert tab.worker_count.text() == f"{len(names)} worker(s)"
    tab.search.setText("zzzz")
    tab.apply_search()
    assert tab.worker_model.rowCount() == 0


def test_an_empty_install_shows_the_next_step(qtbot, opd_env):
    widget = RosterTab(opd_env)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.worker_empty.isVisible() and "Import" in widget.worker_empty.text()
    widget.pages.setCurrentIndex(1)
    assert widget.sponsor_empty.isVisible()
    widget.search.setText("x")
    widget.apply_search()
    assert not widget.sponsor_empty.isVisible()  # a search that finds nothing is not an empty install
