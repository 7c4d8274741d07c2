"""The roster tab's right-click menus for a worker and for a sponsor.

Their texts keep the "RosterTab" translation context: they are the tab's own words.
`tab` is the RosterTab (not imported here, since it imports this module).
"""

from __future__ import annotations

from rentan_desktop.ui.printing import print_actions
from rentan_desktop.ui.qt import QCoreApplication, QMenu, QModelIndex, QPoint, QTableView, QWidget
from rentan_desktop.ui.roster import bulk_actions, pdp_actions
from rentan_desktop.ui.roster.roster_models import RosterRole


def context_menu(tab: QWidget, table: QTableView, pos: QPoint) -> tuple[QMenu, dict] | None:
    index: QModelIndex = table.indexAt(pos)
    if not index.isValid():
        return None
    if not table.selectionModel().isRowSelected(index.row(), QModelIndex()):
        table.selectRow(index.row())
    table.setCurrentIndex(index)
    record = table.model().index(index.row(), 0).data(RosterRole.RECORD)
    menu = QMenu(tab)
    menu.addAction(QCoreApplication.translate("RosterTab", "Edit…"), tab.edit_current)
    end = menu.addAction(QCoreApplication.translate("RosterTab", "End…"), tab.end_current)
    end.setEnabled(record["status"] != "ended")
    menu.addAction(QCoreApplication.translate("RosterTab", "History…"), tab.history_current)
    pdp_actions.extend_context_menu(menu, tab, "worker" if table is tab.worker_table else "sponsor", record["uid"])
    return menu, record


def worker_menu(tab: QWidget, pos: QPoint) -> None:
    built = context_menu(tab, tab.worker_table, pos)
    if built is None:
        return
    menu, record = built
    if len(tab.selected_worker_uids()) > 1:
        menu.addMenu(bulk_actions.build_menu(tab)).setText(QCoreApplication.translate("RosterTab", "With selected"))
    if record["status"] == "ended":
        menu.addAction(QCoreApplication.translate("RosterTab", "Reactivate…"), lambda: tab.reactivate_worker(record))
    if record["sponsor_id"]:
        menu.addAction(QCoreApplication.translate("RosterTab", "Show sponsor's workers"),
                       lambda: tab.show_sponsor_workers(record["sponsor_id"]))
    menu.addSeparator()
    print_actions.extend_worker_context_menu(menu, tab, record["uid"])
    menu.exec(tab.worker_table.viewport().mapToGlobal(pos))


def sponsor_menu(tab: QWidget, pos: QPoint) -> None:
    built = context_menu(tab, tab.sponsor_table, pos)
    if built is None:
        return
    menu, record = built
    if len(tab.selected_sponsor_uids()) > 1:
        menu.addMenu(bulk_actions.build_menu(tab)).setText(QCoreApplication.translate("RosterTab", "With selected"))
    menu.addAction(QCoreApplication.translate("RosterTab", "Show workers"), lambda: tab.show_sponsor_workers(record["id"]))
    add = menu.addAction(QCoreApplication.translate("RosterTab", "Add worker for this sponsor…"), lambda: tab.add_worker(record["id"]))
    add.setEnabled(record["status"] != "ended")
    menu.addSeparator()
    print_actions.extend_sponsor_context_menu(menu, tab, record["uid"])
    menu.exec(tab.sponsor_table.viewport().mapToGlobal(pos))
